import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { SectionForm } from "@/components/questionnaire/section-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { isSectionOffered } from "@/lib/questionnaire/conditions";
import { findMemberStateNames } from "@/lib/server/member-states/find-member-state-names";
import { asLocale } from "@/lib/i18n/config";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { findCommentsForState } from "@/lib/server/review/find-comments-for-state";
import type { ThreadComment } from "@/components/review/types";
import { replyToCommentAction, saveAnswersAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ section: string }> }): Promise<Metadata> {
  const { section } = await params;
  return { title: (await getTranslations("questionnaire"))("sectionTitle", { code: section.toUpperCase() }) };
}

/** One section of the State's reply, answered with autosave. */
export default async function SectionPage({ params }: { params: Promise<{ cycle: string; section: string }> }) {
  const actor = await requireArea("area:state");
  const { cycle: slug, section: code } = await params;
  const t = await getTranslations("questionnaire");
  const workspace = await getStateWorkspace({ actor, cycleSlug: slug, locale: asLocale(await getLocale()) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { cycle, definition, submission, answers } = workspace;
  const ctx = { modules: cycle.modules };
  const offered = definition.sections.filter((s) => isSectionOffered(s, ctx));
  const index = offered.findIndex((s) => s.code.toLowerCase() === code.toLowerCase());
  const section = offered[index];
  if (!section) notFound();
  const next = offered[index + 1];
  const memberStates = await findMemberStateNames({ actor });
  const editable =
    cycle.status === "OPEN" && (submission.status === "DRAFT" || submission.status === "RETURNED") && can(actor.role, "submission:edit:own-state");
  const initial = Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { value: a.value, version: a.version }]));
  // Comments reach a State only when its reply is returned: a reply never returned has none to read.
  const sharedComments = submission.returnedAt ? await findCommentsForState({ actor, submissionId: submission.id }) : [];
  const secretariat = t("secretariatAuthor");
  const comments: Record<string, ThreadComment[]> = {};
  for (const c of sharedComments) {
    (comments[c.questionId] ??= []).push({
      id: c.id,
      parentId: c.parentId,
      body: c.body,
      author: c.stateAuthorName ?? secretariat,
      fromState: c.stateAuthorName !== null,
      internal: false,
      pending: false,
      createdAt: c.createdAt.toISOString(),
    });
  }
  const carriedForward = Object.entries(answers)
    .filter(([, a]) => a.carriedForward)
    .map(([id]) => id);

  return (
    <div>
      <nav aria-label={t("sectionsNav")} className="mb-4 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        <Link href={`/workspace/${cycle.slug}`}>{t("overview")}</Link>
        {offered.map((s) =>
          s.code === section.code ? (
            <span key={s.code} aria-current="page" className="font-semibold">
              {s.code}
            </span>
          ) : (
            <Link key={s.code} href={`/workspace/${cycle.slug}/${s.code.toLowerCase()}`} aria-label={`${s.code}. ${s.title}`}>
              {s.code}
            </Link>
          ),
        )}
        <Link href={`/workspace/${cycle.slug}/sign-off`}>{t("signOffLink")}</Link>
      </nav>
      <PageHeader title={`${section.code}. ${section.title}`} description={section.intro} />
      <SectionForm
        submissionId={submission.id}
        definition={definition}
        sectionCode={section.code}
        modules={cycle.modules}
        initial={initial}
        carriedForward={carriedForward}
        memberStates={memberStates}
        editable={editable}
        save={saveAnswersAction}
        comments={comments}
        canReplyToComments={editable && submission.status === "RETURNED"}
        replyAction={replyToCommentAction}
        nextHref={next ? `/workspace/${cycle.slug}/${next.code.toLowerCase()}` : `/workspace/${cycle.slug}/sign-off`}
      />
    </div>
  );
}
