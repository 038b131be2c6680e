import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, getLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { carryForwardAction } from "./actions";
import { CarryForwardButton } from "./carry-forward-button";
import { isAppError } from "@/lib/errors";
import { sectionCompleteness } from "@/lib/questionnaire/completeness";
import { asLocale } from "@/lib/i18n/config";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { findCommentsForState } from "@/lib/server/review/find-comments-for-state";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycleOverview"))("title") };
}

/** Overview of the State's reply in one cycle: deadline, progress per section, the latest edits. */
export default async function CycleOverviewPage({ params }: { params: Promise<{ cycle: string }> }) {
  const actor = await requireArea("area:state");
  const { cycle: slug } = await params;
  const t = await getTranslations("cycleOverview");
  const tWs = await getTranslations("workspace");
  const format = await getFormatter();
  const workspace = await getStateWorkspace({ actor, cycleSlug: slug, locale: asLocale(await getLocale()) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { cycle, definition, submission, answers } = workspace;
  const ctx = { modules: cycle.modules };
  const values = Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
  const completeness = sectionCompleteness(definition, values, ctx);
  const titles = new Map(definition.sections.map((s) => [s.code, s.title]));
  const sectionOf = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.id, s.code] as const)));
  const lastEditBySection = new Map<string, { at: Date; by: string | null }>();
  for (const [questionId, a] of Object.entries(answers)) {
    const code = sectionOf.get(questionId);
    if (!code) continue;
    const known = lastEditBySection.get(code);
    if (!known || known.at < a.updatedAt) lastEditBySection.set(code, { at: a.updatedAt, by: a.updatedByName });
  }
  const recent = Object.entries(answers)
    .sort(([, a], [, b]) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, 8);
  const editable =
    cycle.status === "OPEN" && (submission.status === "DRAFT" || submission.status === "RETURNED") && can(actor.role, "submission:edit:own-state");
  const tReview = await getTranslations("review.state");
  const shared = submission.status === "RETURNED" ? await findCommentsForState({ actor, submissionId: submission.id }) : [];
  const sinceReturn = shared.filter((c) => c.stateAuthorName === null);
  const commentedQuestions = [...new Set(sinceReturn.map((c) => c.questionId))];
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/workspace">{t("back")}</Link>
      </p>
      <PageHeader
        title={cycle.title}
        description={t("summary", {
          mandate: cycle.mandate,
          from: date(cycle.periodFrom),
          to: date(cycle.periodTo),
          deadline: date(cycle.deadline),
        })}
      />
      <p className="mb-6" role="status">
        {t("progress", { percent: completeness.overall.percent, answered: completeness.overall.answeredRequired, total: completeness.overall.totalRequired })} ·{" "}
        {tWs(`replyStatus.${submission.status}`)}
      </p>
      {submission.status === "RETURNED" && submission.returnedAt ? (
        <div className="mb-6">
          <Alert tone="info">
            <p>{tReview("returnedBanner", { date: format.dateTime(submission.returnedAt, { dateStyle: "long" }), count: sinceReturn.length })}</p>
            {commentedQuestions.length ? (
              <p className="mt-1">
                {tReview("commentsOn")}{" "}
                {commentedQuestions.map((id, i) => (
                  <span key={id}>
                    {i ? ", " : ""}
                    <Link href={`/workspace/${cycle.slug}/${(sectionOf.get(id) ?? "a").toLowerCase()}#${id}`}>{id}</Link>
                  </span>
                ))}
              </p>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {submission.status === "ACCEPTED" && submission.acceptedVersion ? (
        <div className="mb-6">
          <Alert tone="success">{tReview("acceptedNotice", { version: submission.acceptedVersion })}</Alert>
        </div>
      ) : null}
      {editable && Object.keys(answers).length === 0 ? <CarryForwardButton submissionId={submission.id} action={carryForwardAction} /> : null}
      <DataTable
        caption={t("sectionsCaption")}
        head={
          <tr>
            <Th>{t("section")}</Th>
            <Th>{t("completion")}</Th>
            <Th>{t("lastEdit")}</Th>
          </tr>
        }
      >
        {completeness.sections.map((s) => {
          const last = lastEditBySection.get(s.sectionCode);
          return (
            <tr key={s.sectionCode}>
              <Td>
                <Link href={`/workspace/${cycle.slug}/${s.sectionCode.toLowerCase()}`}>
                  {s.sectionCode}. {titles.get(s.sectionCode)}
                </Link>
              </Td>
              <Td>
                <div className="flex items-center gap-2">
                  <progress max={100} value={s.percent} aria-label={t("sectionProgress", { section: s.sectionCode })} className="h-2 w-24" />
                  <span>{s.totalRequired === 0 ? t("noneRequired") : t("sectionCounts", { answered: s.answeredRequired, total: s.totalRequired })}</span>
                </div>
              </Td>
              <Td>{last ? t("editedBy", { who: last.by ?? "—", when: format.dateTime(last.at, { dateStyle: "medium", timeStyle: "short" }) }) : "—"}</Td>
            </tr>
          );
        })}
      </DataTable>
      <p className="mt-4">
        <Link href={`/workspace/${cycle.slug}/sign-off`}>{t("toSignOff")}</Link>
        {workspace.latestSnapshot ? (
          <>
            {" · "}
            <Link href={`/workspace/${cycle.slug}/versions`}>{tReview("versionsLink")}</Link>
          </>
        ) : null}
      </p>
      <section aria-labelledby="recent" className="mt-8">
        <h2 id="recent" className="mb-2 text-lg font-semibold">
          {t("recentTitle")}
        </h2>
        {recent.length === 0 ? <p>{t("noEdits")}</p> : null}
        <ul className="list-disc ps-6">
          {recent.map(([questionId, a]) => (
            <li key={questionId}>
              {t("recentLine", { question: questionId, who: a.updatedByName ?? "—", when: format.dateTime(a.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
