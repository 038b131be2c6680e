import type { Metadata } from "next";
import Link from "next/link";
import { formatLongDate } from "@/lib/i18n/config";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { AnswerSummary } from "@/components/questionnaire/answer-summary";
import { CommentThreads } from "@/components/review/comment-thread";
import { FlagToggles } from "@/components/review/flag-toggles";
import { ReviewDecision } from "@/components/review/review-decision";
import type { ThreadComment } from "@/components/review/types";
import { VersionDiff } from "@/components/review/version-diff";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { isSectionOffered, resolveVisibility } from "@/lib/questionnaire/conditions";
import { getReplyForReview } from "@/lib/server/review/get-reply-for-review";
import { diffAnswers } from "@/lib/submission/diff";
import { acceptsGoodPracticeFlag } from "@/lib/submission/flags";
import { acceptSubmissionAction, addReviewCommentAction, returnSubmissionAction, setFlagAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("metaTitle") };
}

/**
 * One State's reply, read question by question by the secretariat: the submitted answer, what
 * changed since the version before, the State's answer in the previous cycle, flags and comment
 * threads (internal notes apart), and the decision (accept or return for clarification).
 */
export default async function ReplyReviewPage({ params }: { params: Promise<{ slug: string; state: string }> }) {
  const actor = await requireArea("area:secretariat");
  const { slug, state } = await params;
  const t = await getTranslations("review");
  const reply = await getReplyForReview({ actor, cycleSlug: slug, memberStateId: state }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { cycle, definition, memberState, submission, versions, answers, answersAreDraft, previousVersionAnswers, previousCycle, comments, flags } = reply;
  const canReview = can(actor.role, "submission:review");
  const latest = versions[0];
  const ctx = { modules: cycle.modules };
  const visibility = resolveVisibility(definition, answers, ctx);
  const changes = latest && previousVersionAnswers ? diffAnswers(definition, previousVersionAnswers, answers) : [];
  const changed = new Set(changes.map((c) => c.questionId));
  const pendingComments = comments.filter((c) => !c.internal && !c.sharedAt && !c.authorIsState).length;
  const secretariatLabel = t("secretariat");
  const threadComments = (questionId: string): ThreadComment[] =>
    comments
      .filter((c) => c.questionId === questionId)
      .map((c) => ({
        id: c.id,
        parentId: c.parentId,
        body: c.body,
        author: c.authorIsState ? t("stateAuthor", { name: c.authorName, state: memberState.name }) : c.authorName || secretariatLabel,
        fromState: c.authorIsState,
        internal: c.internal,
        pending: !c.internal && !c.sharedAt,
        createdAt: c.createdAt.toISOString(),
      }));
  const status = submission ? submission.status : "NOT_STARTED";
  const locale = await getLocale();

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/cycles/${cycle.slug}`}>{t("backToDashboard")}</Link>
      </p>
      <PageHeader
        title={t("title", { state: memberState.name })}
        description={
          <>
            {t(`status.${status}`)}
            {latest ? ` · ${t("versionLine", { version: latest.version, date: formatLongDate(latest.submittedAt, locale) })}` : ""}
            {submission?.channel ? ` · ${t(`channel.${submission.channel}`)}` : ""}
            {submission?.language ? ` · ${t("languageLine", { language: languageName(submission.language, locale) })}` : ""}
            {submission?.acceptedVersion ? ` · ${t("acceptedLine", { version: submission.acceptedVersion })}` : ""}
          </>
        }
      />

      {submission && canReview && submission.status === "SUBMITTED" && latest ? (
        <ReviewDecision submissionId={submission.id} version={latest.version} pendingComments={pendingComments} returnAction={returnSubmissionAction} acceptAction={acceptSubmissionAction} />
      ) : null}
      {answersAreDraft ? <p className="mb-4 rounded border border-gray-300 bg-white p-3">{t("draftNotice")}</p> : null}

      {versions.length ? (
        <section aria-labelledby="versions-title" className="mb-6">
          <h2 id="versions-title" className="mb-2 text-lg font-semibold">
            {t("versionsTitle")}
          </h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-gray-400 text-start">
                <th className="py-1 text-start">{t("versionCol")}</th>
                <th className="py-1 text-start">{t("submittedCol")}</th>
                <th className="py-1 text-start">{t("byCol")}</th>
                <th className="py-1 text-start">{t("hashCol")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} className="border-b border-gray-200">
                  <td className="py-1">{v.version}</td>
                  <td className="py-1">{v.submittedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                  <td className="py-1">{v.submittedByName ?? t("importedBy")}</td>
                  <td className="py-1 font-mono text-xs">{v.sha256.slice(0, 16)}…</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {latest && previousVersionAnswers ? (
        <section aria-labelledby="changes-title" className="mb-6">
          <h2 id="changes-title" className="mb-2 text-lg font-semibold">
            {t("changesTitle", { from: latest.version - 1, to: latest.version, count: changes.length })}
          </h2>
          <VersionDiff definition={definition} changes={changes} fromVersion={latest.version - 1} toVersion={latest.version} linkFor={(id) => `#${id}`} />
        </section>
      ) : null}

      {definition.sections
        .filter((s) => isSectionOffered(s, ctx))
        .map((section) => (
          <section key={section.code} aria-labelledby={`section-${section.code}`} className="mb-8">
            <h2 id={`section-${section.code}`} className="mb-3 border-b border-gray-300 pb-1 text-xl font-semibold text-[#1a3a5c]">
              {section.code}. {section.title}
            </h2>
            {section.questions
              .filter((q) => visibility.isQuestionVisible(q.id))
              .map((question) => {
                const questionFlags = flags.filter((f) => f.questionId === question.id).map((f) => f.kind);
                return (
                  <article key={question.id} id={question.id} aria-labelledby={`${question.id}-title`} className="mb-4 scroll-mt-4 rounded border border-gray-300 bg-white p-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h3 id={`${question.id}-title`} className="font-semibold">
                        <span className="me-2 text-gray-600">{question.id}</span>
                        {question.text}
                        {changed.has(question.id) ? <span className="ms-2 rounded bg-amber-100 px-2 text-xs font-semibold text-amber-900">{t("changedBadge")}</span> : null}
                      </h3>
                      {submission && canReview ? (
                        <FlagToggles submissionId={submission.id} questionId={question.id} flags={questionFlags} goodPracticeAllowed={acceptsGoodPracticeFlag(question)} disabled={false} action={setFlagAction} />
                      ) : questionFlags.length ? (
                        <p className="text-xs font-semibold">{questionFlags.map((k) => t(`flags.${k}`)).join(" · ")}</p>
                      ) : null}
                    </div>
                    <div className="mt-2 grid gap-4 md:grid-cols-2">
                      <div>
                        <p className="text-xs font-semibold uppercase text-gray-700">{latest ? t("replyVersion", { version: latest.version }) : t("replyDraft")}</p>
                        <AnswerSummary question={question} value={answers[question.id]} />
                      </div>
                      <div className="border-s border-gray-200 ps-4">
                        <p className="text-xs font-semibold uppercase text-gray-700">{previousCycle ? t("previousCycle", { cycle: previousCycle.title }) : t("noPreviousCycle")}</p>
                        {previousCycle ? <AnswerSummary question={question} value={previousCycle.answers[question.id]} /> : null}
                      </div>
                    </div>
                    {submission ? (
                      <CommentThreads submissionId={submission.id} questionId={question.id} comments={threadComments(question.id)} viewer="secretariat" canWrite={canReview} action={addReviewCommentAction} />
                    ) : null}
                  </article>
                );
              })}
          </section>
        ))}
    </div>
  );
}

/** "French" in the reader's language ("français" for a French reader). */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
