import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { VersionDiff } from "@/components/review/version-diff";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { findMemberStateNames } from "@/lib/server/member-states/find-member-state-names";
import { findVersionsForState } from "@/lib/server/review/find-versions-for-state";
import { asLocale } from "@/lib/i18n/config";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { diffAnswers } from "@/lib/submission/diff";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.state"))("versionsLink") };
}

/** The State's submitted versions, newest first, each with what changed since the one before. */
export default async function VersionsPage({ params }: { params: Promise<{ cycle: string }> }) {
  const actor = await requireArea("area:state");
  const { cycle: slug } = await params;
  const t = await getTranslations("review.state");
  const workspace = await getStateWorkspace({ actor, cycleSlug: slug, locale: asLocale(await getLocale()) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { cycle, definition, submission } = workspace;
  const versions = await findVersionsForState({ actor, submissionId: submission.id });
  const names = await findMemberStateNames({ actor });
  const stateName = names.find((s) => s.id === submission.memberStateId)?.name ?? submission.memberStateId;
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/workspace/${cycle.slug}`}>{cycle.title}</Link>
      </p>
      <PageHeader title={t("versionsTitle", { state: stateName })} description={t("versionsIntro")} />
      {versions.length === 0 ? <p>{t("noVersions")}</p> : null}
      {versions.map((v, i) => {
        const before = versions[i + 1];
        return (
          <section key={v.version} aria-labelledby={`v${v.version}`} className="mb-8">
            <h2 id={`v${v.version}`} className="text-lg font-semibold">
              {t("versionHeading", { version: v.version, date: v.submittedAt.toISOString().slice(0, 16).replace("T", " ") })}
            </h2>
            <p className="mb-2 font-mono text-xs">{t("hash", { hash: v.sha256 })}</p>
            {before ? (
              <VersionDiff
                definition={definition}
                changes={diffAnswers(definition, before.answers, v.answers)}
                fromVersion={before.version}
                toVersion={v.version}
              />
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
