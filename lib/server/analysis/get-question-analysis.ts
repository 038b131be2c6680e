import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { memberStates, reportingCycles, submissionSnapshots, submissions } from "@/db/schema";
import { analyseQuestion, offeredQuestions, questionsNeededFor, type QuestionAnalysis, type ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Question, Section } from "@/lib/questionnaire/definition";
import { ZQuestionAnalysisInput, type AnalysisInclude, type RegionalGroup, type TQuestionAnalysisInput } from "@/lib/schemas/analysis";
import { parseInput } from "@/lib/schemas/parse";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";

/** Statuses analysed under each filter: RETURNED counts as submitted but not accepted. */
const STATUSES: Record<AnalysisInclude, ("SUBMITTED" | "RETURNED" | "ACCEPTED")[]> = {
  accepted: ["ACCEPTED"],
  submitted: ["ACCEPTED", "SUBMITTED", "RETURNED"],
};

export interface QuestionAnalysisPage {
  cycle: { slug: string; title: string; status: string };
  /** The questions the cycle offers, by section: the question picker. */
  sections: { code: string; title: string; questions: { id: string; text: string }[] }[];
  section: Pick<Section, "code" | "title">;
  question: Question;
  previousId: string | null;
  nextId: string | null;
  filters: { group: RegionalGroup | null; include: AnalysisInclude };
  /** Replies in the set that are not accepted (only with include = "submitted"), with their status. */
  notAccepted: { id: string; name: string; status: "SUBMITTED" | "RETURNED" }[];
  analysis: QuestionAnalysis;
}

/**
 * One question of a cycle analysed across the States' replies: for each State in the filter, the
 * answers of its latest submitted version (the snapshot with the highest version) of a reply that is
 * accepted, or with include = "submitted" also submitted or returned. Hidden answers are ignored (see
 * lib/analysis). Secretariat only (`submission:read:any`); VALIDATION names the bad parameter (a question
 * the cycle does not offer is `question: validation.unknownQuestion`); NOT_FOUND for an unknown cycle.
 *
 * Queries: the cycle, the questionnaire definition (cached per process), and one query for the replies
 * that reads from each snapshot only the answers this question and its conditions need; STATE_LIST
 * questions add one for the names of the States.
 */
export async function getQuestionAnalysis({ actor, input }: { actor: Actor | null; input: TQuestionAnalysisInput }): Promise<QuestionAnalysisPage> {
  assertCan(actor, "submission:read:any");
  const { cycleSlug, question: questionParam, group, include } = parseInput(ZQuestionAnalysisInput, input);
  const db = await getDb();

  const [cycle] = await db.select().from(reportingCycles).where(eq(reportingCycles.slug, cycleSlug)).limit(1);
  if (!cycle) throw new AppError("NOT_FOUND");
  const definition = await getQuestionnaireDefinition(db, cycle.questionnaireVersionId);
  const ctx = { modules: cycle.modules };
  const offered = offeredQuestions(definition, ctx);
  if (offered.length === 0) throw new AppError("NOT_FOUND");

  const index = questionParam === undefined ? 0 : offered.findIndex((q) => q.question.id === questionParam);
  if (index < 0) throw new AppError("VALIDATION", undefined, { question: ["validation.unknownQuestion"] });
  const { question, section } = offered[index]!;

  // Read only the answers that decide this question's visibility, and the question's own.
  const needed = questionsNeededFor(definition, question.id);
  const others = definition.sections.flatMap((s) => s.questions.map((q) => q.id)).filter((id) => !needed.has(id));
  const answersColumn = others.length
    ? sql<Record<string, Record<string, unknown>>>`(${submissionSnapshots.answers} - ARRAY[${sql.join(
        others.map((id) => sql`${id}`),
        sql`, `,
      )}]::text[])`
    : sql<Record<string, Record<string, unknown>>>`${submissionSnapshots.answers}`;

  const rows = await db
    .select({ id: memberStates.id, name: memberStates.name, status: submissions.status, answers: answersColumn })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(
      submissionSnapshots,
      and(
        eq(submissionSnapshots.submissionId, submissions.id),
        eq(
          submissionSnapshots.version,
          sql`(select max(${sql.raw('latest."version"')}) from ${submissionSnapshots} as latest where ${sql.raw('latest."submission_id"')} = ${submissions.id})`,
        ),
      ),
    )
    .where(
      and(
        eq(submissions.cycleId, cycle.id),
        inArray(submissions.status, STATUSES[include]),
        group ? eq(memberStates.regionalGroup, group) : undefined,
      ),
    )
    .orderBy(asc(memberStates.sortOrder));

  const replies: ReplyForAnalysis[] = rows.map((r) => ({ state: { id: r.id, name: r.name, accepted: r.status === "ACCEPTED" }, answers: r.answers }));

  let stateNames: Map<string, string> | undefined;
  if (question.fields.some((f) => f.type === "STATE_LIST")) {
    const all = await db.select({ id: memberStates.id, name: memberStates.name }).from(memberStates);
    stateNames = new Map(all.map((s) => [s.id, s.name]));
  }

  const sections = new Map<string, QuestionAnalysisPage["sections"][number]>();
  for (const { section: s, question: q } of offered) {
    if (!sections.has(s.code)) sections.set(s.code, { code: s.code, title: s.title, questions: [] });
    sections.get(s.code)!.questions.push({ id: q.id, text: q.text });
  }

  return {
    cycle: { slug: cycle.slug, title: cycle.title, status: cycle.status },
    sections: [...sections.values()],
    section: { code: section.code, title: section.title },
    question,
    previousId: offered[index - 1]?.question.id ?? null,
    nextId: offered[index + 1]?.question.id ?? null,
    filters: { group: group ?? null, include },
    notAccepted: rows.filter((r) => r.status !== "ACCEPTED").map((r) => ({ id: r.id, name: r.name, status: r.status as "SUBMITTED" | "RETURNED" })),
    analysis: analyseQuestion(definition, question.id, replies, ctx, stateNames ? { stateNames } : {}),
  };
}
