import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { submissions, users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { completeTestAnswers } from "@/lib/questionnaire/test-fixture";
import { addComment } from "@/lib/server/review/add-comment";
import { returnSubmission } from "@/lib/server/review/return-submission";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { inviteUser } from "@/lib/server/users/invite-user";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf } from "@/tests/fixtures/errors";
import { outboxFor } from "@/tests/fixtures/mail";
import { createTestUser, uniqueEmail } from "@/tests/fixtures/users";

/** A message of a shipped catalogue (core file, or the namespace file named by the key's first part). */
function catalogue(locale: string, key: string): string {
  const dir = path.join(process.cwd(), "lib", "i18n", "messages");
  const ns = key.split(".")[0]!;
  let data = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Record<string, unknown>;
  if (!(ns in data)) data = JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), "utf8")) as Record<string, unknown>;
  return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data) as string;
}

/** The literal parts of a message without arguments, e.g. " : votre réponse à « " of "{state} : votre réponse à « {cycle} »". */
function literalParts(template: string): string[] {
  return template.split(/\{[^{}]*\}/).map((p) => p.trim()).filter((p) => p.length > 3);
}

describe("e-mails in the recipient's language", () => {
  it("sends an invitation in the language chosen for the invitee and keeps it for their e-mails; their interface follows their browser until they choose", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const email = uniqueEmail("invitee-ar");
    const { userId } = await inviteUser({ actor: admin.actor, input: { email, name: "مريم", role: "STATE_FOCAL_POINT", memberStateId: "JOR", locale: "ar" } });
    const [message] = await outboxFor(email);
    expect(message!.subject).toBe(catalogue("ar", "email.invitation.subject"));
    expect(message!.textBody).toContain("مريم");
    expect(message!.textBody.startsWith(catalogue("en", "email.invitation.body").slice(0, 10))).toBe(false);
    const [row] = await (await getDb()).select({ locale: users.locale, chosen: users.localeChosen }).from(users).where(eq(users.id, userId));
    expect(row).toEqual({ locale: "ar", chosen: false });
    // Without a choice the invitation is in English, and an unknown language is refused naming the field.
    const plain = uniqueEmail("invitee-en");
    await inviteUser({ actor: admin.actor, input: { email: plain, name: "Plain", role: "REPORT_EDITOR" } });
    expect((await outboxFor(plain))[0]!.subject).toBe(catalogue("en", "email.invitation.subject"));
    const bad = await appErrorOf(inviteUser({ actor: admin.actor, input: { email: uniqueEmail("x"), name: "X", role: "REPORT_EDITOR", locale: "de" as never } }));
    expect(bad.fieldErrors?.locale).toBeDefined();
  });

  it("writes the return for clarification to each focal point in their language, and records the reply's language", async () => {
    const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "TUN" });
    const db = await getDb();
    await db.update(users).set({ locale: "fr" }).where(eq(users.id, focal.id));
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const { cycle } = await createTestCycle();
    const workspace = await getStateWorkspace({ actor: focal.actor, cycleSlug: cycle.slug, locale: "fr" });
    const submissionId = workspace.submission.id;
    const changes = Object.entries(completeTestAnswers()).map(([questionId, value]) => ({ questionId, value, baseVersion: 0 }));
    await saveAnswers({ actor: focal.actor, input: { submissionId, changes } });
    await submitSubmission({ actor: focal.actor, input: { submissionId, declaration: true }, locale: "fr" });
    const [submitted] = await db.select({ language: submissions.language }).from(submissions).where(eq(submissions.id, submissionId));
    expect(submitted!.language).toBe("fr");

    await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-02", body: "Which law?" } });
    await returnSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } });
    const returned = (await outboxFor(focal.email)).at(-1)!;
    const french = literalParts(catalogue("fr", "review.email.returned.subject"));
    expect(french.length).toBeGreaterThan(0);
    for (const part of french) expect(returned.subject).toContain(part);
    for (const part of literalParts(catalogue("en", "review.email.returned.subject"))) expect(returned.subject).not.toContain(part);
  });
});

describe("the interface language of a user", () => {
  it("is the user's own choice once made, and nothing before (the browser's language applies)", async () => {
    const { getSessionActor } = await import("@/lib/server/auth/get-session-actor");
    const { setPreferredLocale } = await import("@/lib/server/account/set-preferred-locale");
    const user = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "JOR" });
    const db = await getDb();
    await db.update(users).set({ locale: "ar" }).where(eq(users.id, user.id)); // e.g. the invitation's language
    expect((await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion }))!.locale).toBeNull();
    await setPreferredLocale({ actor: user.actor, locale: "fr" });
    expect((await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion }))!.locale).toBe("fr");
    expect((await appErrorOf(setPreferredLocale({ actor: user.actor, locale: "de" }))).code).toBe("VALIDATION");
  });
});
