import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";

export { DEMO_PASSWORD };

/** The demo accounts seeded on every fresh end-to-end database, by role. */
export const DEMO = {
  ADMIN: "admin@rapporteur.test",
  SECRETARIAT_REVIEWER: "reviewer@rapporteur.test",
  REPORT_EDITOR: "editor@rapporteur.test",
  STATE_FOCAL_POINT: "focal.point@rapporteur.test",
  STATE_CONTRIBUTOR: "contributor@rapporteur.test",
} as const;

export type DemoRole = keyof typeof DEMO;

// Fails loudly if the seed and these journeys drift apart.
for (const [role, email] of Object.entries(DEMO)) {
  if (!DEMO_ACCOUNTS.some((a) => a.email === email && a.role === role)) {
    throw new Error(`demo account ${email} with role ${role} is not seeded`);
  }
}

/** A suffix that makes the e-mail addresses of one test run unique, whatever ran before. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${uniqueSuffix()}@e2e.rapporteur.test`;
}

/** A password the policy accepts: long, not on the common list, unrelated to the e-mail address. */
export function goodPassword(): string {
  return `Quiet harbour lanterns ${uniqueSuffix()}`;
}
