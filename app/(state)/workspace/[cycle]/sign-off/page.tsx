import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, getLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { missingRequired } from "@/lib/questionnaire/completeness";
import { asLocale } from "@/lib/i18n/config";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { submitSubmissionAction } from "../actions";
import { SignOffForm } from "./sign-off-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signOff"))("title") };
}

/** Sign-off: what is still missing (with links to each question), the declaration, and submission. */
export default async function SignOffPage({ params }: { params: Promise<{ cycle: string }> }) {
  const actor = await requireArea("area:state");
  const { cycle: slug } = await params;
  const t = await getTranslations("signOff");
  const tReceipt = await getTranslations("receipt");
  const format = await getFormatter();
  const workspace = await getStateWorkspace({ actor, cycleSlug: slug, locale: asLocale(await getLocale()) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { cycle, definition, submission, answers, latestSnapshot } = workspace;
  const values = Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
  const missing = missingRequired(definition, values, { modules: cycle.modules });
  const questionText = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.id, q.text] as const)));
  const missingQuestions = [...new Map(missing.map((m) => [m.questionId, m])).values()];
  const editable = cycle.status === "OPEN" && (submission.status === "DRAFT" || submission.status === "RETURNED");
  const canSubmit = can(actor.role, "submission:submit:own-state");

  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/workspace/${cycle.slug}`}>{t("back")}</Link>
      </p>
      <PageHeader title={t("title")} description={cycle.title} />
      {latestSnapshot && (submission.status === "SUBMITTED" || submission.status === "ACCEPTED") ? (
        <div role="status" className="mb-6 rounded border border-green-700 bg-green-50 p-3">
          <p>
            {t("alreadySubmitted", {
              version: latestSnapshot.version,
              when: format.dateTime(latestSnapshot.submittedAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </p>
          <p className="mt-1">
            {t("fingerprint")} <code className="break-all">{latestSnapshot.sha256}</code>
          </p>
          <p className="mt-2">
            <a href={`/api/submissions/${submission.id}/receipt`} download>
              {tReceipt("download")}
            </a>
          </p>
        </div>
      ) : null}
      <section aria-labelledby="missing-heading" className="mb-8">
        <h2 id="missing-heading" className="mb-2 text-lg font-semibold">
          {missingQuestions.length ? t("missingTitle", { count: missingQuestions.length }) : t("nothingMissing")}
        </h2>
        <ul className="list-disc space-y-1 ps-6">
          {missingQuestions.map((m) => (
            <li key={m.questionId}>
              <Link href={`/workspace/${cycle.slug}/${m.sectionCode.toLowerCase()}#${m.questionId}`}>
                {m.questionId}: {questionText.get(m.questionId)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {editable ? (
        canSubmit ? (
          <SignOffForm submissionId={submission.id} complete={missingQuestions.length === 0} action={submitSubmissionAction} />
        ) : (
          <p className="rounded border border-gray-300 bg-white p-3">{t("focalPointOnly")}</p>
        )
      ) : null}
    </div>
  );
}
