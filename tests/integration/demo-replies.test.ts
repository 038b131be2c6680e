import { randomBytes } from "node:crypto";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Client, Pool } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as schema from "@/db/schema";
import { DEMO_EXCLUDED_STATES, DEMO_PLAN_SC_2024, DEMO_PLAN_SC_2026, snapshotSha256 } from "@/db/seed/demo-replies";
import { runStartupSeed } from "@/db/seed/startup";
import { MIGRATIONS_FOLDER, type Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { buildAnswerSchema } from "@/lib/questionnaire/build-answer-schema";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";

// A database of its own (not the run's shared one, whose sc-2026 other files use): migrated, then the
// start-up seed with demo seeding on, twice.
const adminUrl = new URL(inject("databaseUrl"));
adminUrl.pathname = "/postgres";
const name = `rapporteur_demo_${Date.now()}_${randomBytes(3).toString("hex")}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
let pool: Pool;
let db: Db;
const previousSeedDemo = process.env.SEED_DEMO;

async function admin(sql: string) {
  const client = new Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`create database "${name}"`);
  pool = new Pool({ connectionString: url.toString(), max: 2 });
  db = drizzle(pool, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  process.env.SEED_DEMO = "true";
  resetEnvForTests();
});

afterAll(async () => {
  if (previousSeedDemo === undefined) delete process.env.SEED_DEMO;
  else process.env.SEED_DEMO = previousSeedDemo;
  resetEnvForTests();
  await pool?.end();
  await admin(`drop database if exists "${name}" with (force)`);
});

async function counts() {
  const { rows } = await pool.query<{ slug: string; status: string; n: string }>(
    "select c.slug, s.status, count(*) as n from submission s join reporting_cycle c on c.id = s.cycle_id group by c.slug, s.status order by 1, 2",
  );
  return Object.fromEntries(rows.map((r) => [`${r.slug} ${r.status}`, Number(r.n)]));
}

describe("demo replies seeded at start-up", () => {
  it("seeds both cycles once; a second start changes nothing", async () => {
    await runStartupSeed(db);
    const first = await counts();
    expect(first).toEqual({
      "sc-2024 ACCEPTED": DEMO_PLAN_SC_2024.length,
      "sc-2026 ACCEPTED": 15,
      "sc-2026 SUBMITTED": 10,
      "sc-2026 RETURNED": 3,
      "sc-2026 DRAFT": 12,
    });
    const answersBefore = (await pool.query("select count(*)::int as n from answer")).rows[0].n as number;
    const snapshotsBefore = (await pool.query("select count(*)::int as n from submission_snapshot")).rows[0].n as number;
    expect(snapshotsBefore).toBe(DEMO_PLAN_SC_2024.length + 28);
    expect(answersBefore).toBeGreaterThan(60 * 30);

    await runStartupSeed(db);
    expect(await counts()).toEqual(first);
    expect((await pool.query("select count(*)::int as n from answer")).rows[0].n).toBe(answersBefore);
    expect((await pool.query("select count(*)::int as n from submission_snapshot")).rows[0].n).toBe(snapshotsBefore);
    expect(DEMO_PLAN_SC_2026.length).toBe(40);
  });

  it("leaves Ghana and the other reserved States without any reply", async () => {
    const { rows } = await pool.query("select member_state_id from submission where member_state_id = any($1)", [[...DEMO_EXCLUDED_STATES]]);
    expect(rows).toEqual([]);
  });

  it("gives each returned reply the reviewer's comment, shared with the State when it was returned", async () => {
    const { rows } = await pool.query(
      `select s.member_state_id, count(r.id)::int as comments, bool_and(r.shared_at = s.returned_at and not r.internal) as shared_on_return
         from submission s left join review_comment r on r.submission_id = s.id
        where s.status = 'RETURNED' group by s.member_state_id`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatchObject({ comments: 1, shared_on_return: true });
  });

  it("stores snapshots whose sha256 can be recomputed, and accepted replies with their version, time and reviewer", async () => {
    const { rows } = await pool.query(
      `select s.cycle_id, s.member_state_id, s.status, s.accepted_version, s.accepted_at, s.received_at, s.submitted_version,
              u.email as accepted_by, c.cut_off::text as cut_off, c.slug,
              n.version, n.questionnaire_version_id, n.submitted_at, n.answers, n.sha256, n.submitted_by_id
         from submission s join reporting_cycle c on c.id = s.cycle_id
         join submission_snapshot n on n.submission_id = s.id
         left join app_user u on u.id = s.accepted_by_id`,
    );
    expect(rows.length).toBe(DEMO_PLAN_SC_2024.length + 28);
    for (const r of rows) {
      expect(r.sha256).toBe(
        snapshotSha256({ cycleId: r.cycle_id, memberStateId: r.member_state_id, version: r.version, questionnaireVersionId: r.questionnaire_version_id, submittedAt: r.submitted_at, answers: r.answers }),
      );
      expect(r.version).toBe(1);
      expect(r.submitted_version).toBe(1);
      expect(r.submitted_by_id).toBeNull();
      expect(r.received_at.getTime()).toBe(r.submitted_at.getTime());
      if (r.status === "ACCEPTED") {
        expect(r.accepted_version).toBe(1);
        expect(r.accepted_by).toBe("reviewer@rapporteur.test");
        expect(r.accepted_at.getTime()).toBeGreaterThan(r.submitted_at.getTime());
      }
      if (r.slug === "sc-2024") expect(r.received_at.getTime()).toBeLessThan(Date.parse(`${r.cut_off}T00:00:00Z`));
    }
    const channels = await pool.query("select distinct channel from submission s join reporting_cycle c on c.id = s.cycle_id where c.slug = 'sc-2024'");
    expect(channels.rows.map((r) => r.channel).sort()).toEqual(expect.arrayContaining(["NOTE_VERBALE", "ONLINE"]));
  });

  it("keeps current answers that pass submit mode for submitted replies and equal their snapshot", async () => {
    const versions = await db.select().from(schema.questionnaireVersions);
    const submitSchemaOf = new Map(versions.map((v) => [v.id, buildAnswerSchema(ZQuestionnaireDefinition.parse(v.definition), { mode: "submit", modules: ["CONFLICT"] })]));
    const { rows } = await pool.query(
      `select s.id, s.status, c.questionnaire_version_id, n.answers as snapshot,
              coalesce(jsonb_object_agg(a.question_id, a.value) filter (where a.id is not null), '{}') as answers
         from submission s join reporting_cycle c on c.id = s.cycle_id
         left join submission_snapshot n on n.submission_id = s.id left join answer a on a.submission_id = s.id
        group by s.id, s.status, c.questionnaire_version_id, n.answers`,
    );
    let empty = 0;
    for (const r of rows) {
      if (r.snapshot) {
        const parsed = submitSchemaOf.get(r.questionnaire_version_id)!.safeParse(r.answers);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(r.snapshot);
      } else if (Object.keys(r.answers).length === 0) empty += 1;
    }
    expect(empty).toBe(4);
  });
});
