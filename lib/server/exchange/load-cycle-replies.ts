import "server-only";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { memberStates, questionnaireVersions, submissionSnapshots, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { ExportReply } from "@/lib/exchange/layout";
import { visibleAnswers } from "@/lib/questionnaire/conditions";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat, type ReportingCycle } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";

export interface CycleReplies {
  cycle: ReportingCycle;
  definition: QuestionnaireDefinition;
  questionnaire: { key: string; version: number };
  /** Each State's latest submitted version (submitted, returned or accepted), in United Nations order. */
  replies: ExportReply[];
}

/**
 * What an export holds: for every State whose reply is SUBMITTED, RETURNED or ACCEPTED, its latest
 * submitted snapshot (never the draft answers, never comments or internal notes), hidden answers left
 * out. `withReplies: false` gives the cycle and questionnaire only (the blank template).
 */
export async function loadCycleReplies(opts: { actor: Actor | null; slug: string; withReplies?: boolean }): Promise<CycleReplies> {
  assertCan(opts.actor, "submission:export");
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor: opts.actor, slug: opts.slug });
  const definition = await getQuestionnaireDefinition(db, cycle.questionnaireVersionId);
  const [qv] = await db
    .select({ key: questionnaireVersions.key, version: questionnaireVersions.version })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.id, cycle.questionnaireVersionId));
  const questionnaire = { key: qv?.key ?? definition.key, version: qv?.version ?? definition.version };
  if (opts.withReplies === false) return { cycle, definition, questionnaire, replies: [] };

  const rows = await db
    .select({
      state: memberStates.id,
      stateName: memberStates.name,
      status: submissions.status,
      channel: submissions.channel,
      receivedAt: submissions.receivedAt,
      version: submissionSnapshots.version,
      submittedAt: submissionSnapshots.submittedAt,
      sha256: submissionSnapshots.sha256,
      answers: submissionSnapshots.answers,
    })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(
      submissionSnapshots,
      and(eq(submissionSnapshots.submissionId, submissions.id), eq(submissionSnapshots.version, submissions.submittedVersion)),
    )
    .where(
      and(eq(submissions.cycleId, cycle.id), inArray(submissions.status, ["SUBMITTED", "RETURNED", "ACCEPTED"]), gt(submissions.submittedVersion, 0)),
    )
    .orderBy(asc(memberStates.sortOrder));

  const ctx = { modules: cycle.modules };
  const replies = rows.map(
    (r): ExportReply => ({
      state: r.state,
      stateName: r.stateName,
      status: r.status,
      version: r.version,
      channel: r.channel,
      receivedOn: r.receivedAt ? r.receivedAt.toISOString().slice(0, 10) : null,
      submittedAt: r.submittedAt.toISOString(),
      sha256: r.sha256,
      answers: visibleAnswers(definition, r.answers, ctx),
    }),
  );
  return { cycle, definition, questionnaire, replies };
}
