import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { answers as answersTable, attachments, reportingCycles, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type AttachmentSummary, ZListAttachmentsInput, type TListAttachmentsInput } from "@/lib/schemas/attachments";
import { parseInput } from "@/lib/schemas/parse";
import { assertEditable } from "@/lib/server/submissions/load-submission";
import { attachmentReadScope } from "./attachment-scope";
import { summaryColumns, toSummary } from "./file-field";

export interface QuestionAttachments {
  submissionId: string;
  questionId: string;
  /** Whether the actor may add and remove files now (own State, editable reply, open cycle). */
  editable: boolean;
  /** The answer's version (0 when unanswered). */
  answerVersion: number;
  /** The attachments in the answer, in its order. */
  attachments: AttachmentSummary[];
}

/**
 * The attachments of one question of a submission, named by id or (for State users) by the cycle's
 * slug, in the order the answer lists them.
 */
export async function listQuestionAttachments(opts: { actor: Actor | null; input: TListAttachmentsInput }): Promise<QuestionAttachments> {
  const { actor } = opts;
  const scope = attachmentReadScope(actor);
  const input = parseInput(ZListAttachmentsInput, opts.input);
  const db = await getDb();
  const [row] = await db
    .select({ submission: submissions, cycleStatus: reportingCycles.status })
    .from(submissions)
    .innerJoin(reportingCycles, eq(reportingCycles.id, submissions.cycleId))
    .where(and("submissionId" in input ? eq(submissions.id, input.submissionId) : eq(reportingCycles.slug, input.cycleSlug), scope));
  if (!row) throw new AppError("NOT_FOUND");
  if ("cycleSlug" in input && actor?.memberStateId !== row.submission.memberStateId) throw new AppError("NOT_FOUND");

  const [answer] = await db
    .select({ value: answersTable.value, version: answersTable.version })
    .from(answersTable)
    .where(and(eq(answersTable.submissionId, row.submission.id), eq(answersTable.questionId, input.questionId)));
  const ids = Object.values(answer?.value ?? {}).flatMap((v) => (Array.isArray(v) ? v.filter((id): id is string => typeof id === "string") : []));
  const rows = ids.length
    ? await db
        .select(summaryColumns)
        .from(attachments)
        .where(and(eq(attachments.submissionId, row.submission.id), eq(attachments.questionId, input.questionId), inArray(attachments.id, ids)))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const editable =
    !!actor &&
    can(actor.role, "submission:edit:own-state") &&
    actor.memberStateId === row.submission.memberStateId &&
    isEditable({ submission: row.submission, cycle: { status: row.cycleStatus } });
  return {
    submissionId: row.submission.id,
    questionId: input.questionId,
    editable,
    answerVersion: answer?.version ?? 0,
    attachments: ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [toSummary(r)] : [];
    }),
  };
}

function isEditable(row: Parameters<typeof assertEditable>[0]): boolean {
  try {
    assertEditable(row);
    return true;
  } catch {
    return false;
  }
}
