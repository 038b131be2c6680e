import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { answers as answersTable, memberStates, questionnaireVersions, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { exchangeSections } from "@/lib/exchange/cells";
import { readRepliesDocument, type ImportedReply, type ImportProblem } from "@/lib/exchange/json-format";
import type { Channel } from "@/lib/exchange/layout";
import { readTemplate } from "@/lib/exchange/read-template";
import { messagesFor } from "@/lib/i18n/messages";
import { checkAnswers } from "@/lib/questionnaire/build-answer-schema";
import { missingRequired } from "@/lib/questionnaire/completeness";
import { visibleAnswers } from "@/lib/questionnaire/conditions";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import type { Answers } from "@/lib/questionnaire/values";
import { parseInput } from "@/lib/schemas/parse";
import { ZImportInput, type TImportInput } from "@/lib/schemas/exchange";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { createSnapshot } from "@/lib/server/submissions/create-snapshot";
import { transition } from "@/lib/submission/status-machine";
import { isSystemActor } from "./system-actor";

export interface RecordedReply {
  state: string;
  stateName: string;
  version: number;
  sha256: string;
  channel: Channel;
  receivedOn: string;
  /** Required questions the reply leaves unanswered (a paper reply may be partial; it is recorded anyway). */
  missingRequired: number;
}

export type ImportResult = { ok: true; recorded: RecordedReply[] } | { ok: false; errors: ImportProblem[] };

/** Thrown inside the transaction so that nothing is written when any reply has a problem. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super("import refused");
  }
}

const validationMessages = messagesFor("en").validation as Record<string, string>;

function reasonOf(path: (string | number)[], key: string): string {
  const text = validationMessages[key.replace(/^validation\./, "")] ?? key;
  const where = path.slice(1).join(".");
  return where ? `${path[0]}.${where}: ${text}` : text;
}

function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Every problem of one reply's answers against the questionnaire (validity only: see the decision in docs/formats.md). */
function checkReply(
  reply: ImportedReply & { rowOf?: Record<string, string> },
  definition: QuestionnaireDefinition,
  modules: readonly string[],
  offered: Set<string>,
  stateIds: Set<string>,
): { problems: ImportProblem[]; data: Answers } {
  const problems: ImportProblem[] = [];
  const rowFor = (questionId: string | null) => (questionId && reply.rowOf?.[questionId]) || reply.row;
  const add = (questionId: string | null, reason: string) => problems.push({ row: rowFor(questionId), state: reply.state, questionId, reason });
  const input = (typeof reply.answers === "object" && reply.answers !== null ? reply.answers : {}) as Record<string, unknown>;
  const { data, issues } = checkAnswers(definition, input, { mode: "draft", modules });
  if (Object.keys(input).length === 0) add(null, "The reply has no answers.");
  for (const issue of issues) {
    const questionId = typeof issue.path[0] === "string" ? issue.path[0] : null;
    add(questionId, reasonOf(issue.path, issue.message));
  }
  const fields = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.id, q.fields] as const)));
  for (const [questionId, answer] of Object.entries(data)) {
    if (!offered.has(questionId)) {
      add(questionId, `${questionId}: This question belongs to a module this cycle does not include.`);
      continue;
    }
    for (const field of fields.get(questionId) ?? []) {
      const value = answer[field.key];
      if (value === null || value === undefined) continue;
      if (field.type === "FILE") add(questionId, `${questionId}.${field.key}: Attachments cannot be imported.`);
      if (field.type === "STATE_LIST") {
        for (const code of value as string[]) if (!stateIds.has(code)) add(questionId, `${questionId}.${field.key}: "${code}" is not a known State code.`);
      }
    }
  }
  return { problems, data };
}

/**
 * Records replies that arrived outside the system (note verbale, e-mail) from a filled XLSX template
 * or a JSON file in the documented format (permission submission:import). Every reply is validated
 * against the cycle's questionnaire first; any problem (unknown State, duplicate State, unknown
 * question or option, wrong type, a reply already submitted or accepted) refuses the whole file and
 * every problem is returned. Otherwise, in one transaction: per State, its answers are replaced, an
 * immutable snapshot (next version) is created, the submission becomes SUBMITTED with the channel and
 * date received, and `submission.imported` is audited.
 */
export async function importReplies(opts: { actor: Actor | null; input: TImportInput }): Promise<ImportResult> {
  const { actor } = opts;
  assertCan(actor, "submission:import");
  const input = parseInput(ZImportInput, opts.input);
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor, slug: input.slug });
  const definition = await getQuestionnaireDefinition(db, cycle.questionnaireVersionId);
  const [qv] = await db
    .select({ key: questionnaireVersions.key, version: questionnaireVersions.version })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.id, cycle.questionnaireVersionId));
  const identity = { cycleSlug: cycle.slug, questionnaireKey: qv?.key ?? definition.key, questionnaireVersion: qv?.version ?? definition.version };
  const modules = cycle.modules;
  const bytes = Buffer.from(input.contentBase64, "base64");

  let read: { replies: (ImportedReply & { rowOf?: Record<string, string> })[]; problems: ImportProblem[] };
  try {
    read = isXlsx(bytes)
      ? await readTemplate(bytes, definition, modules, identity)
      : readRepliesDocument(bytes.toString("utf8"), { cycleSlug: identity.cycleSlug, questionnaire: { key: identity.questionnaireKey, version: identity.questionnaireVersion } });
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError("VALIDATION", error instanceof Error ? error.message : "The file could not be read.");
  }
  const problems = [...read.problems];
  if (read.replies.length === 0 && problems.length === 0) throw new AppError("VALIDATION", "The file holds no replies.");

  const states = await db.select({ id: memberStates.id, name: memberStates.name }).from(memberStates);
  const stateNames = new Map(states.map((s) => [s.id, s.name]));
  const stateIds = new Set(stateNames.keys());
  const offered = new Set(exchangeSections(definition, modules).flatMap((s) => s.columns.map((c) => c.questionId)));
  const firstRow = new Map<string, string>();
  const valid: { reply: ImportedReply; data: Answers }[] = [];
  for (const reply of read.replies) {
    if (!stateIds.has(reply.state)) {
      problems.push({ row: reply.row, state: reply.state, questionId: null, reason: `"${reply.state}" is not a known State code (ISO 3166-1 alpha-3).` });
      continue;
    }
    const earlier = firstRow.get(reply.state);
    if (earlier) {
      problems.push({ row: reply.row, state: reply.state, questionId: null, reason: `The State appears twice in the file (also ${earlier}).` });
      continue;
    }
    firstRow.set(reply.state, reply.row);
    const checked = checkReply(reply, definition, modules, offered, stateIds);
    problems.push(...checked.problems);
    if (checked.problems.length === 0) valid.push({ reply, data: checked.data });
  }

  const ctx = { modules };
  try {
    const recorded = await db.transaction(async (tx) => {
      const out: RecordedReply[] = [];
      for (const { reply, data } of valid) {
        await tx.insert(submissions).values({ cycleId: cycle.id, memberStateId: reply.state }).onConflictDoNothing();
        const [submission] = await tx
          .select()
          .from(submissions)
          .where(and(eq(submissions.cycleId, cycle.id), eq(submissions.memberStateId, reply.state)))
          .for("update");
        if (!submission) throw new Error("submission row missing after insert");
        try {
          transition(submission.status, "RECORD_IMPORT");
        } catch (error) {
          if (!isAppError(error)) throw error;
          problems.push({ row: reply.row, state: reply.state, questionId: null, reason: `The reply is ${submission.status.toLowerCase()}; ${error.message}` });
          continue;
        }
        if (problems.length > 0) continue;

        const visible = visibleAnswers(definition, data, ctx);
        const now = new Date();
        const userId = isSystemActor(actor) ? null : actor.userId;
        const ids = Object.keys(visible);
        await tx
          .delete(answersTable)
          .where(ids.length ? and(eq(answersTable.submissionId, submission.id), notInArray(answersTable.questionId, ids)) : eq(answersTable.submissionId, submission.id));
        for (const [questionId, value] of Object.entries(visible)) {
          await tx
            .insert(answersTable)
            .values({ submissionId: submission.id, questionId, value, version: 1, updatedById: userId, updatedAt: now })
            .onConflictDoUpdate({
              target: [answersTable.submissionId, answersTable.questionId],
              set: { value, version: sql`${answersTable.version} + 1`, carriedForward: false, updatedById: userId, updatedAt: now },
            });
        }
        const version = submission.submittedVersion + 1;
        const channel = reply.channel ?? input.channel;
        const receivedOn = reply.receivedOn ?? input.receivedOn;
        const { sha256 } = await createSnapshot(tx, {
          cycleId: cycle.id,
          submissionId: submission.id,
          memberStateId: reply.state,
          version,
          questionnaireVersionId: cycle.questionnaireVersionId,
          answers: visible,
          submittedById: userId,
          submittedAt: now,
        });
        const status = transition(submission.status, "RECORD_IMPORT");
        await tx
          .update(submissions)
          .set({
            status,
            submittedVersion: version,
            channel,
            receivedAt: new Date(`${receivedOn}T00:00:00Z`),
            lastEditedAt: now,
            lastEditedById: userId,
          })
          .where(eq(submissions.id, submission.id));
        await writeAudit(tx, {
          actor,
          action: "submission.imported",
          targetType: "submission",
          targetId: submission.id,
          memberStateId: reply.state,
          details: { version, sha256, channel, receivedOn, fileName: input.fileName, via: isSystemActor(actor) ? "cli" : "web", from: submission.status, to: status },
        });
        out.push({
          state: reply.state,
          stateName: stateNames.get(reply.state) ?? reply.state,
          version,
          sha256,
          channel,
          receivedOn,
          missingRequired: missingRequired(definition, visible, ctx).length,
        });
      }
      if (problems.length > 0) throw new ImportRefused(problems);
      return out;
    });
    return { ok: true, recorded };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, errors: error.problems };
    throw error;
  }
}
