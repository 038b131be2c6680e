import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { getDb } from "@/lib/db";
import { writeAudit } from "@/lib/server/audit";
import { pgErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

// The trigger of migration 0001 raises insufficient_privilege (42501) for any change or removal.
const REFUSED = "42501";

let admin: TestUser;
let eventId: number;

async function eventById(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.id, id));
  return row;
}

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  const db = await getDb();
  const result = await db.execute<{ id: string }>(
    sql`insert into audit_event (actor_user_id, actor_email, action, details)
        values (${admin.id}, ${admin.email}, 'test.recorded', '{"n": 1}'::jsonb) returning id`,
  );
  eventId = Number(result.rows[0]!.id);
});

describe("the audit trail", () => {
  it("accepts new events, from writeAudit and from plain SQL", async () => {
    const db = await getDb();
    await writeAudit(db, { actor: admin.actor, action: "test.written", targetType: "user", targetId: admin.id, details: { n: 2 } });
    const [written] = await db.select().from(auditEvents).where(eq(auditEvents.action, "test.written"));
    expect(written).toMatchObject({ actorUserId: admin.id, actorEmail: admin.email, targetId: admin.id, details: { n: 2 } });
    expect(await eventById(eventId)).toMatchObject({ action: "test.recorded", details: { n: 1 } });
  });

  it("refuses UPDATE in the database, and the event is unchanged", async () => {
    const db = await getDb();
    const error = await pgErrorOf(db.execute(sql`update audit_event set action = 'test.tampered' where id = ${eventId}`));
    expect(error.code).toBe(REFUSED);
    expect(error.message).toMatch(/append-only: UPDATE/);
    expect(await eventById(eventId)).toMatchObject({ action: "test.recorded" });
  });

  it("refuses DELETE in the database, and the event is still there", async () => {
    const db = await getDb();
    const error = await pgErrorOf(db.execute(sql`delete from audit_event where id = ${eventId}`));
    expect(error.code).toBe(REFUSED);
    expect(error.message).toMatch(/append-only: DELETE/);
    expect(await eventById(eventId)).toBeDefined();
  });

  it("refuses TRUNCATE in the database, and the events are still there", async () => {
    const db = await getDb();
    const error = await pgErrorOf(db.execute(sql`truncate audit_event`));
    expect(error.code).toBe(REFUSED);
    expect(error.message).toMatch(/append-only: TRUNCATE/);
    expect(await eventById(eventId)).toBeDefined();
  });

  it("refuses changes made through the ORM as well", async () => {
    const db = await getDb();
    const error = await pgErrorOf(db.update(auditEvents).set({ details: {} }).where(eq(auditEvents.id, eventId)));
    expect(error.code).toBe(REFUSED);
    expect(await eventById(eventId)).toMatchObject({ details: { n: 1 } });
  });
});
