import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createTestCycle } from "@/tests/fixtures/cycles";

/** Runs `npm run cli -- …` against the integration database, as an operator would. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "cli", "--", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run cli", () => {
  it("lists the cycles with slug, status and title", async () => {
    const { cycle } = await createTestCycle({ status: "CLOSED" });
    const result = await cli(["cycles"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`${cycle.slug}\\s+CLOSED\\s+${cycle.title}`));
  }, 120_000);

  it("imports a JSON file and exports it again; a bad file exits non-zero with every error on stderr", async () => {
    const c = await createTestCycle();
    const dir = mkdtempSync(path.join(tmpdir(), "rapporteur-cli-"));
    const file = (name: string, replies: unknown[]) => {
      const p = path.join(dir, name);
      writeFileSync(p, JSON.stringify({ format: "rapporteur.replies", version: 1, cycle: { slug: c.cycle.slug }, questionnaire: { key: c.version.key, version: 1 }, replies }));
      return p;
    };

    const bad = await cli(["import", "--cycle", c.cycle.slug, file("bad.json", [{ state: "XYZ", answers: {} }, { state: "URY", answers: { "LEG-01": { status: "MAYBE" } } }])]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Nothing was imported: 2 problems.");
    expect(bad.stderr).toContain('"XYZ" is not a known State code');
    expect(bad.stderr).toMatch(/replies\[1\]\s+URY\s+LEG-01\s+LEG-01.status/);

    const good = await cli(["import", "--cycle", c.cycle.slug, "--channel", "email", "--received", "2026-01-15", file("good.json", [{ state: "URY", answers: { "LEG-01": { status: "NO" } } }])]);
    expect(good.stderr).toBe("");
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("URY  Uruguay: version 1, EMAIL, received 2026-01-15");
    const audit = await (await getDb())
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "submission.imported"), eq(auditEvents.actorEmail, "system:cli"), eq(auditEvents.memberStateId, "URY")));
    expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ via: "cli", channel: "EMAIL", receivedOn: "2026-01-15" }));

    const out = path.join(dir, "out.json");
    const exported = await cli(["export", "--cycle", c.cycle.slug, "--format", "json", "--out", out]);
    expect(exported.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.replies).toEqual([expect.objectContaining({ state: "URY", channel: "EMAIL", receivedOn: "2026-01-15", answers: { "LEG-01": { status: "NO" } } })]);

    const unknown = await cli(["export", "--cycle", "no-such-cycle", "--format", "csv", "--out", path.join(dir, "x.csv")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No such cycle.");
  }, 180_000);
});
