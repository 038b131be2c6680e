import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberStates } from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { getDb } from "@/lib/db";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

let reviewer: TestUser;

async function stateCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(memberStates);
  return row?.n ?? 0;
}

beforeAll(async () => {
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
});

describe("reference data: the Member States", () => {
  it("holds the 193 Member States and the 2 observer States after start-up", async () => {
    expect(await stateCount()).toBe(195);
    const db = await getDb();
    const [members] = await db.select({ n: count() }).from(memberStates).where(eq(memberStates.status, "MEMBER"));
    const observers = await db.select({ id: memberStates.id }).from(memberStates).where(eq(memberStates.status, "OBSERVER"));
    expect(members?.n).toBe(193);
    expect(observers.map((o) => o.id).sort()).toEqual(["PSE", "VAT"]);
  });

  it("is seeded idempotently: running the seed twice keeps 195 rows", async () => {
    const db = await getDb();
    await seedReferenceData(db);
    await seedReferenceData(db);
    expect(await stateCount()).toBe(195);
  });

  it("restores a changed name when seeded again", async () => {
    const db = await getDb();
    await db.update(memberStates).set({ name: "Gold Coast" }).where(eq(memberStates.id, "GHA"));
    await seedReferenceData(db);
    const [ghana] = await db.select().from(memberStates).where(eq(memberStates.id, "GHA"));
    expect(ghana?.name).toBe("Ghana");
  });

  it("is listed by findMemberStates in United Nations order", async () => {
    const names = (await findMemberStates({ actor: reviewer.actor })).map((s) => s.name);
    expect(names).toHaveLength(195);
    // The seed file is kept in UN order; the database must give the same order back.
    expect(names).toEqual(MEMBER_STATES.map((s) => s.name));
    expect(names.indexOf("Côte d'Ivoire")).toBe(names.indexOf("Costa Rica") + 1);
    expect(names.indexOf("Croatia")).toBe(names.indexOf("Côte d'Ivoire") + 1);
    expect(names[0]).toBe("Afghanistan");
    expect(names.at(-1)).toBe("Zimbabwe");
  });

  it("filters by regional group, keeping the order", async () => {
    const african = await findMemberStates({ actor: reviewer.actor, regionalGroup: "AFRICAN" });
    expect(african).toHaveLength(54);
    expect(african.every((s) => s.regionalGroup === "AFRICAN")).toBe(true);
    const names = african.map((s) => s.name);
    expect(names).toEqual(MEMBER_STATES.filter((s) => s.regionalGroup === "AFRICAN").map((s) => s.name));
  });
});
