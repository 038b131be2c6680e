"use client";

import { clsx } from "clsx";
import { useParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, mediaTypeLabel } from "@/lib/attachments/media-types";
import type { AttachmentSummary } from "@/lib/schemas/attachments";
import { useAttachmentSync } from "./attachment-context";
import { describedBy, errorId, helpId } from "./field-errors";
import { ErrorText, HelpText } from "./field-parts";
import { FIELD_CLASS, INVALID_FIELD_CLASS, LABEL_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

interface Listing {
  submissionId: string;
  editable: boolean;
  attachments: AttachmentSummary[];
}

type Status = { kind: "idle" } | { kind: "uploading"; name: string; percent: number } | { kind: "removing"; name: string } | { kind: "done"; text: string };

interface ServerAnswer {
  questionId: string;
  value: Record<string, unknown>;
  version: number;
}

/** The message of an error response of the attachment routes (field error first). */
function errorMessage(body: unknown): string | null {
  const error = (body as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null)?.error;
  if (!error) return null;
  return error.fieldErrors?.file?.[0] ?? error.fieldErrors?.questionId?.[0] ?? error.message ?? null;
}

/** POST with upload progress (fetch cannot report it). Resolves with the status and the parsed JSON body. */
function postWithProgress(url: string, form: FormData, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as unknown });
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(form);
  });
}

/**
 * Attachments of a FILE question: a labelled file input (the browser's own control, reachable and
 * operable by keyboard), the list of attached files with a download link and a remove button each,
 * an upload status announced politely, and errors tied to the input. Each upload or removal is saved
 * at once by the server, which also updates the answer (the attachment ids) and its version; the
 * new answer is handed to the page's autosave through AttachmentSyncProvider when there is one.
 * Without it the field finds the submission from the cycle in the URL and leaves the form's copy of
 * the answer alone (so the autosave never sends a stale list). Only top-level FILE fields take files.
 */
export function FileField({ field, id, path, errors, disabled }: LeafControlProps<FieldOfType<"FILE">>) {
  const t = useTranslations("attachments.field");
  const format = useFormatter();
  const sync = useAttachmentSync();
  const params = useParams<{ cycle?: string }>();
  const inGroup = path.includes(".");
  // Control ids are `q-<question id>-<field key>` (QuestionFields); the question id is what the server needs.
  const questionId = !inGroup && id.startsWith("q-") && id.endsWith(`-${path}`) ? id.slice(2, id.length - path.length - 1) : null;
  const cycle = typeof params?.cycle === "string" ? params.cycle : null;

  const [listing, setListing] = useState<Listing | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [uploadError, setUploadError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const listUrl = questionId
    ? sync
      ? `/api/submissions/${sync.submissionId}/attachments?questionId=${encodeURIComponent(questionId)}`
      : cycle
        ? `/api/attachments?cycle=${encodeURIComponent(cycle)}&questionId=${encodeURIComponent(questionId)}`
        : null
    : null;

  useEffect(() => {
    if (!listUrl) return;
    let cancelled = false;
    fetch(listUrl, { cache: "no-store" })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const data = (await res.json()) as Listing;
        if (!cancelled) setListing(data);
      })
      .catch(() => {
        if (!cancelled) setLoadFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [listUrl]);

  const adopt = useCallback(
    (answer: ServerAnswer | null) => {
      if (!answer || !sync) return;
      const list = answer.value[field.key];
      const ids = Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : [];
      sync.onServerAnswer({ questionId: answer.questionId, fieldKey: field.key, ids, version: answer.version });
    },
    [sync, field.key],
  );

  const files = listing?.attachments ?? [];
  const busy = status.kind === "uploading" || status.kind === "removing";
  const full = files.length >= field.maxFiles;
  const canEdit = !disabled && !!listing?.editable && !!questionId;
  const serverError = errors.summary(path);
  const shownError = uploadError ?? serverError;

  async function upload(file: File) {
    if (!listing || !questionId) return;
    setUploadError(null);
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setUploadError(t("tooLarge", { name: file.name }));
      return;
    }
    const form = new FormData();
    form.set("questionId", questionId);
    form.set("fieldKey", field.key);
    form.set("file", file);
    setStatus({ kind: "uploading", name: file.name, percent: 0 });
    try {
      const { status: code, body } = await postWithProgress(`/api/submissions/${listing.submissionId}/attachments`, form, (percent) =>
        setStatus({ kind: "uploading", name: file.name, percent }),
      );
      if (code !== 201) {
        setStatus({ kind: "idle" });
        setUploadError(errorMessage(body) ?? t("failed"));
        return;
      }
      const result = body as { attachment: AttachmentSummary; answer: ServerAnswer };
      setListing((l) => (l ? { ...l, attachments: [...l.attachments, result.attachment] } : l));
      adopt(result.answer);
      setStatus({ kind: "done", text: t("uploaded", { name: result.attachment.fileName }) });
    } catch {
      setStatus({ kind: "idle" });
      setUploadError(t("failed"));
    } finally {
      if (input.current) input.current.value = "";
    }
  }

  async function remove(file: AttachmentSummary) {
    setUploadError(null);
    setStatus({ kind: "removing", name: file.fileName });
    try {
      const res = await fetch(`/api/attachments/${file.id}`, { method: "DELETE" });
      const body = (await res.json().catch(() => null)) as { answer: ServerAnswer | null } | null;
      if (!res.ok) {
        setStatus({ kind: "idle" });
        setUploadError(errorMessage(body) ?? t("failed"));
        return;
      }
      setListing((l) => (l ? { ...l, attachments: l.attachments.filter((a) => a.id !== file.id) } : l));
      adopt(body?.answer ?? null);
      setStatus({ kind: "done", text: t("removed", { name: file.fileName }) });
      input.current?.focus();
    } catch {
      setStatus({ kind: "idle" });
      setUploadError(t("failed"));
    }
  }

  function size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? t("sizeMb", { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) })
      : t("sizeKb", { size: format.number(Math.max(0.1, bytes / 1024), { maximumFractionDigits: 1 }) });
  }

  const inputId = id;
  const noteId = `${id}-note`;
  const statusId = `${id}-status`;
  const listId = `${id}-list`;

  return (
    <div className={clsx(FIELD_CLASS, shownError && INVALID_FIELD_CLASS)}>
      <label htmlFor={inputId} className={LABEL_CLASS}>
        {field.label}
      </label>
      <HelpText id={helpId(id)} help={field.help} />
      {inGroup ? (
        <p id={noteId} className="text-sm text-gray-700">
          {t("inGroup")}
        </p>
      ) : (
        <>
          <p id={noteId} className="mb-2 text-sm text-gray-700">
            {full ? t("full", { max: field.maxFiles }) : t("accepted", { max: field.maxFiles })}
          </p>
          {loadFailed ? (
            <p className="mb-2 text-sm text-red-800">{t("loadFailed")}</p>
          ) : !listing ? (
            <p className="mb-2 text-sm text-gray-700">{t("loading")}</p>
          ) : files.length === 0 ? (
            <p className="mb-2 text-sm text-gray-700">{t("none")}</p>
          ) : (
            <ul id={listId} aria-label={t("listLabel")} className="mb-3 divide-y divide-gray-200 rounded border border-gray-300">
              {files.map((file) => (
                <li key={file.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
                  <a href={`/api/attachments/${file.id}`} download={file.fileName} aria-label={t("downloadLabel", { name: file.fileName })} className="font-semibold break-all">
                    {file.fileName}
                  </a>
                  <span className="text-sm text-gray-700">
                    {mediaTypeLabel(file.mediaType)} · {size(file.sizeBytes)}
                  </span>
                  {canEdit ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void remove(file)}
                      aria-label={t("removeLabel", { name: file.fileName })}
                      className="ms-auto text-sm text-[#0b5cab] underline underline-offset-2 hover:text-[#094a8a] disabled:cursor-not-allowed disabled:opacity-60"
                    >
                      {t("remove")}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            disabled={!canEdit || full || busy}
            aria-describedby={describedBy(field.help && helpId(id), noteId, statusId, shownError && errorId(id))}
            aria-invalid={shownError ? true : undefined}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void upload(file);
            }}
            className="block text-sm file:me-3 file:rounded file:border file:border-gray-500 file:bg-white file:px-3 file:py-2 file:font-semibold disabled:cursor-not-allowed disabled:opacity-60"
          />
          <p id={statusId} aria-live="polite" className="mt-1 text-sm text-gray-700">
            {status.kind === "uploading"
              ? t("uploading", { name: status.name, percent: status.percent })
              : status.kind === "removing"
                ? t("removing", { name: status.name })
                : status.kind === "done"
                  ? status.text
                  : null}
          </p>
        </>
      )}
      <div aria-live="assertive">
        <ErrorText id={errorId(id)} message={shownError ?? undefined} />
      </div>
    </div>
  );
}
