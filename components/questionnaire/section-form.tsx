"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useMemo } from "react";
import type { FieldErrors } from "@/lib/errors";
import { checkQuestionAnswer } from "@/lib/questionnaire/build-answer-schema";
import { resolveVisibility } from "@/lib/questionnaire/conditions";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { AttachmentSyncProvider } from "./fields/attachment-context";
import { QuestionFields } from "./fields/question-fields";
import { ConflictPanel } from "./conflict-panel";
import { SaveStatusLine } from "./save-status";
import { useAutosave, type SaveAction, type ServerAnswer } from "./use-autosave";
import { CommentThreads } from "@/components/review/comment-thread";
import type { ReviewAction, ThreadComment } from "@/components/review/types";
import type { TAddCommentInput } from "@/lib/schemas/review";

/**
 * One section of the questionnaire, answered with autosave. Visibility is decided on all the
 * submission's answers (conditions may refer to other sections); errors come from the same draft
 * schema the server applies.
 */
export function SectionForm({
  submissionId,
  definition,
  sectionCode,
  modules,
  initial,
  carriedForward,
  memberStates,
  editable,
  save,
  nextHref,
  comments = {},
  canReplyToComments = false,
  replyAction,
}: {
  submissionId: string;
  definition: QuestionnaireDefinition;
  sectionCode: string;
  modules: string[];
  initial: Record<string, ServerAnswer>;
  carriedForward: string[];
  memberStates: readonly { id: string; name: string }[];
  editable: boolean;
  save: SaveAction;
  nextHref: string;
  /** The secretariat's comments the State may see (after a return), by question. */
  comments?: Record<string, ThreadComment[]>;
  canReplyToComments?: boolean;
  replyAction?: ReviewAction<TAddCommentInput, { id: string; shared: boolean }>;
}) {
  const t = useTranslations("questionnaire");
  const section = definition.sections.find((s) => s.code === sectionCode)!;
  const validate = useCallback(
    (questionId: string, value: Record<string, unknown>): FieldErrors | null => {
      const question = section.questions.find((q) => q.id === questionId);
      if (!question) return { [questionId]: ["validation.unknownQuestion"] };
      const { issues } = checkQuestionAnswer(question, value, "draft");
      if (issues.length === 0) return null;
      const errors: FieldErrors = {};
      for (const issue of issues) (errors[[questionId, ...issue.path.map(String)].join(".")] ??= []).push(issue.message);
      return errors;
    },
    [section],
  );
  const autosave = useAutosave({ submissionId, initial, save, validate, disabled: !editable });
  const ctx = useMemo(() => ({ modules }), [modules]);
  const attachmentSync = useMemo(() => ({ submissionId, onServerAnswer: autosave.adoptServerField }), [submissionId, autosave.adoptServerField]);
  const visibility = useMemo(() => resolveVisibility(definition, autosave.values, ctx), [definition, autosave.values, ctx]);

  return (
    <div>
      <div className="sticky top-0 z-10 mb-4 bg-[#f6f8fa] py-2">
        <SaveStatusLine status={autosave.status} pendingCount={autosave.pendingCount} />
      </div>
      {!editable ? <p className="mb-4 rounded border border-gray-300 bg-white p-3">{t("readOnly")}</p> : null}
      <AttachmentSyncProvider value={attachmentSync}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void autosave.flush();
        }}
      >
        {section.questions.map((question) => {
          if (!visibility.isQuestionVisible(question.id)) return null;
          const prefix = `${question.id}.`;
          const errors = Object.fromEntries(
            Object.entries(autosave.errors)
              .filter(([k]) => k.startsWith(prefix))
              .map(([k, messages]) => [k.slice(prefix.length), messages[0] ?? ""]),
          );
          const questionError = autosave.errors[question.id]?.[0];
          const conflict = autosave.conflicts[question.id];
          return (
            <section key={question.id} id={question.id} aria-labelledby={`${question.id}-title`} className="mb-6 scroll-mt-20 rounded border border-gray-300 bg-white p-4">
              <h2 id={`${question.id}-title`} className="mb-1 font-semibold">
                <span className="me-2 text-gray-600">{question.id}</span>
                {question.text}
                {question.requirement === "R" ? <span className="ms-2 text-sm font-normal text-gray-700">({t("required")})</span> : null}
              </h2>
              {question.help ? <p className="mb-3 text-sm text-gray-700">{question.help}</p> : null}
              {comments[question.id]?.length && replyAction ? (
                <div className="mb-3">
                  <p className="text-sm font-semibold text-[#1a3a5c]">{t("commentsFromSecretariat")}</p>
                  <CommentThreads submissionId={submissionId} questionId={question.id} comments={comments[question.id]!} viewer="state" canWrite={canReplyToComments} action={replyAction} />
                </div>
              ) : null}
              {carriedForward.includes(question.id) ? <p className="mb-2 text-sm font-semibold text-amber-800">{t("carriedForward")}</p> : null}
              {questionError ? (
                <p className="mb-2 text-sm font-semibold text-red-800" role="alert">
                  {questionError.startsWith("validation.") ? t("invalidAnswer") : questionError}
                </p>
              ) : null}
              {conflict ? <ConflictPanel question={question} conflict={conflict} onResolve={(keep) => autosave.resolveConflict(question.id, keep)} /> : null}
              <QuestionFields
                question={question}
                value={autosave.values[question.id] ?? null}
                onChange={(next) => autosave.edit(question.id, next)}
                onBlur={() => void autosave.flush()}
                errors={errors}
                isFieldVisible={(field) => ((question.fields as readonly unknown[]).includes(field) ? visibility.isFieldVisible(question.id, field.key) : true)}
                memberStates={memberStates}
                disabled={!editable}
                idPrefix={`q-${question.id}`}
              />
            </section>
          );
        })}
        <div className="flex flex-wrap items-center gap-4">
          {editable ? (
            <button type="submit" className="rounded border border-gray-400 bg-white px-4 py-2 text-sm font-semibold">
              {t("saveNow")}
            </button>
          ) : null}
          <Link href={nextHref}>{t("next")}</Link>
        </div>
      </form>
      </AttachmentSyncProvider>
    </div>
  );
}
