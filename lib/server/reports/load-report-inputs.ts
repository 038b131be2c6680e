import "server-only";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { answerFlags, memberStates, questionnaireVersions, submissionSnapshots, submissions } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { visibleAnswers } from "@/lib/questionnaire/conditions";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import type { GenerateReportInput, GenerationReply } from "@/lib/report/generate";
import type { ReportMeta } from "@/lib/report/document";
import type { ReportState } from "@/lib/report/state-lists";
import type { ReportingCycle } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";

/** A reply that can count in a report: the latest submitted snapshot of an ACCEPTED or SUBMITTED reply. */
export interface CountableReply extends GenerationReply {
  memberStateName: string;
}

export interface ReportInputs {
  cycle: ReportingCycle;
  definition: QuestionnaireDefinition;
  questionnaireVersion: number;
  /** ACCEPTED and SUBMITTED replies, in United Nations order (returned ones never count). */
  replies: CountableReply[];
  states: Map<string, ReportState>;
  goodPractice: { stateId: string; questionId: string }[];
}

/**
 * Everything generation needs from the database, read once: the cycle's questionnaire, every State's
 * name and article, each counted reply's snapshot (visible answers only) with its sha256, and the
 * reviewers' good-practice flags. A returned reply is not counted (it is being clarified).
 */
export async function loadReportInputs(db: DbOrTx, cycle: ReportingCycle): Promise<ReportInputs> {
  const definition = await getQuestionnaireDefinition(db, cycle.questionnaireVersionId);
  const [qv] = await db.select({ version: questionnaireVersions.version }).from(questionnaireVersions).where(eq(questionnaireVersions.id, cycle.questionnaireVersionId));
  const stateRows = await db.select({ id: memberStates.id, name: memberStates.name, takesArticle: memberStates.takesArticle }).from(memberStates);
  const states = new Map(stateRows.map((s) => [s.id, { id: s.id, name: s.name, takesArticle: s.takesArticle }]));
  const rows = await db
    .select({
      submissionId: submissions.id,
      stateId: submissions.memberStateId,
      stateName: memberStates.name,
      status: submissions.status,
      receivedAt: submissions.receivedAt,
      version: submissionSnapshots.version,
      submittedAt: submissionSnapshots.submittedAt,
      sha256: submissionSnapshots.sha256,
      answers: submissionSnapshots.answers,
    })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(submissionSnapshots, and(eq(submissionSnapshots.submissionId, submissions.id), eq(submissionSnapshots.version, submissions.submittedVersion)))
    .where(and(eq(submissions.cycleId, cycle.id), inArray(submissions.status, ["SUBMITTED", "ACCEPTED"]), gt(submissions.submittedVersion, 0)))
    .orderBy(asc(memberStates.sortOrder));
  const ctx = { modules: cycle.modules };
  const replies = rows.map(
    (r): CountableReply => ({
      source: {
        stateId: r.stateId,
        stateName: r.stateName,
        submissionId: r.submissionId,
        version: r.version,
        sha256: r.sha256,
        status: r.status === "ACCEPTED" ? "ACCEPTED" : "SUBMITTED",
      },
      receivedOn: (r.receivedAt ?? r.submittedAt).toISOString().slice(0, 10),
      answers: visibleAnswers(definition, r.answers, ctx),
      memberStateName: r.stateName,
    }),
  );
  const submissionIds = rows.map((r) => r.submissionId);
  const flags =
    submissionIds.length === 0
      ? []
      : await db
          .select({ submissionId: answerFlags.submissionId, questionId: answerFlags.questionId })
          .from(answerFlags)
          .where(and(inArray(answerFlags.submissionId, submissionIds), eq(answerFlags.kind, "GOOD_PRACTICE")));
  const stateOf = new Map(rows.map((r) => [r.submissionId, r.stateId]));
  const goodPractice = flags.map((f) => ({ stateId: stateOf.get(f.submissionId)!, questionId: f.questionId }));
  return { cycle, definition, questionnaireVersion: qv?.version ?? definition.version, replies, states, goodPractice };
}

/** The generation input for a draft with these masthead and naming choices. */
export function generationInput(inputs: ReportInputs, meta: ReportMeta, generatedAt: Date): GenerateReportInput {
  const { cycle } = inputs;
  return {
    template: meta.templateId,
    meta,
    cycle: {
      slug: cycle.slug,
      title: cycle.title,
      organ: cycle.organ,
      mandate: cycle.mandate,
      periodFrom: cycle.periodFrom,
      periodTo: cycle.periodTo,
      cutOff: cycle.cutOff,
      modules: cycle.modules,
    },
    definition: inputs.definition,
    questionnaireVersion: inputs.questionnaireVersion,
    replies: inputs.replies,
    states: inputs.states,
    goodPractice: inputs.goodPractice,
    generatedAt: generatedAt.toISOString(),
  };
}

/** The fingerprints staleness is checked against: the replies that would count now for this draft. */
export function currentFingerprints(inputs: Pick<ReportInputs, "replies">, includeSubmitted: boolean): { stateId: string; stateName: string; sha256: string }[] {
  return inputs.replies
    .filter((r) => includeSubmitted || r.source.status === "ACCEPTED")
    .map((r) => ({ stateId: r.source.stateId, stateName: r.source.stateName, sha256: r.source.sha256 }));
}
