"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { TAddCommentInput } from "@/lib/schemas/review";
import type { ReviewAction, ThreadComment } from "./types";

function errorText(t: ReturnType<typeof useTranslations>, result: { error: { message: string; fieldErrors?: Record<string, string[]> } }): string {
  const key = Object.values(result.error.fieldErrors ?? {})[0]?.[0];
  return key?.startsWith("validation.") ? t(key as never) : result.error.message;
}

/** One form to write a comment: a new thread, or a reply in a thread. */
function CommentForm({
  submissionId,
  questionId,
  parentId,
  allowInternal,
  internalDefault,
  label,
  submitLabel,
  action,
  onDone,
}: {
  submissionId: string;
  questionId: string;
  parentId?: string;
  allowInternal: boolean;
  internalDefault: boolean;
  label: string;
  submitLabel: string;
  action: ReviewAction<TAddCommentInput, { id: string; shared: boolean }>;
  onDone?: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(internalDefault);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const send = () => {
    setError(null);
    startTransition(async () => {
      const result = await action({ submissionId, questionId, body, internal, parentId });
      if (!result.ok) {
        setError(errorText(t, result));
        return;
      }
      setBody("");
      onDone?.();
      router.refresh();
    });
  };
  // Not a <form>: on the State's section page the threads sit inside the answers' form, and a nested
  // form made "Send reply" submit the outer one (a page reload that lost the reply).
  return (
    <div className="mt-2">
      <label htmlFor={`${id}-body`} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        maxLength={4000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 w-full rounded border border-gray-400 p-2 text-sm"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800" role="alert">
          {error}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap items-center gap-4">
        {allowInternal && !parentId ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            {t("review.comments.internalCheckbox")}
          </label>
        ) : null}
        <button type="button" onClick={send} disabled={pending} className="rounded border border-gray-400 bg-white px-3 py-1 text-sm font-semibold">
          {pending ? t("review.comments.sending") : submitLabel}
        </button>
      </div>
    </div>
  );
}

/**
 * The comments on one question, in threads (a first comment and its replies), with a form for a
 * new thread (secretariat) and a reply form under each thread.
 */
export function CommentThreads({
  submissionId,
  questionId,
  comments,
  viewer,
  canWrite,
  action,
}: {
  submissionId: string;
  questionId: string;
  comments: ThreadComment[];
  viewer: "secretariat" | "state";
  canWrite: boolean;
  action: ReviewAction<TAddCommentInput, { id: string; shared: boolean }>;
}) {
  const t = useTranslations("review.comments");
  const roots = comments.filter((c) => !c.parentId || !comments.some((p) => p.id === c.parentId));
  const repliesOf = (id: string) => comments.filter((c) => c.parentId === id);
  const [openReply, setOpenReply] = useState<string | null>(null);
  return (
    <div className="mt-3">
      {roots.length ? (
        <ul className="space-y-3" aria-label={t("threadsLabel", { question: questionId })}>
          {roots.map((root) => (
            <li key={root.id} className={`rounded border p-2 ${root.internal ? "border-amber-600 bg-amber-50" : "border-[#0b5cab] bg-blue-50"}`}>
              {[root, ...repliesOf(root.id)].map((c) => (
                <div key={c.id} className={c.id === root.id ? "" : "ms-4 mt-2 border-s-2 border-gray-300 ps-2"}>
                  <p className="text-xs text-gray-700">
                    <span className="font-semibold">{c.author}</span> · {new Date(c.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC
                    {c.internal ? <span className="ms-2 font-semibold text-amber-900">{t("internalBadge")}</span> : null}
                    {c.pending ? <span className="ms-2 font-semibold text-[#1a3a5c]">{t("pendingBadge")}</span> : null}
                  </p>
                  <p className="whitespace-pre-wrap text-sm">{c.body}</p>
                </div>
              ))}
              {canWrite ? (
                openReply === root.id ? (
                  <CommentForm
                    submissionId={submissionId}
                    questionId={questionId}
                    parentId={root.id}
                    allowInternal={false}
                    internalDefault={root.internal}
                    label={t("replyLabel")}
                    submitLabel={t("replySubmit")}
                    action={action}
                    onDone={() => setOpenReply(null)}
                  />
                ) : (
                  <button type="button" className="mt-1 text-sm text-[#1a5c9e] underline" onClick={() => setOpenReply(root.id)}>
                    {t("reply")}
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite && viewer === "secretariat" ? (
        <CommentForm
          submissionId={submissionId}
          questionId={questionId}
          allowInternal
          internalDefault={false}
          label={t("newLabel", { question: questionId })}
          submitLabel={t("add")}
          action={action}
        />
      ) : null}
    </div>
  );
}
