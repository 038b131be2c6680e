import type { Role } from "@/lib/auth/permissions";

/** Demo-only password for every demo account (listed in the README; never seeded on PostgreSQL unless SEED_DEMO=true). */
export const DEMO_PASSWORD = "Rapporteur-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  memberStateId: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@rapporteur.test", name: "Amina Diallo (admin)", role: "ADMIN", memberStateId: null },
  { email: "reviewer@rapporteur.test", name: "Jonas Berg (reviewer)", role: "SECRETARIAT_REVIEWER", memberStateId: null },
  { email: "editor@rapporteur.test", name: "Li Wen (report editor)", role: "REPORT_EDITOR", memberStateId: null },
  { email: "focal.point@rapporteur.test", name: "Kwame Mensah (focal point, Ghana)", role: "STATE_FOCAL_POINT", memberStateId: "GHA" },
  { email: "contributor@rapporteur.test", name: "Ama Owusu (contributor, Ghana)", role: "STATE_CONTRIBUTOR", memberStateId: "GHA" },
];
