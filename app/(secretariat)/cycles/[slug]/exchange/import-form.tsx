"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { INPUT_CLASS } from "@/components/form/field";
import { useErrorText } from "@/components/form/field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { ImportProblem } from "@/lib/exchange/json-format";
import type { RecordedReply } from "@/lib/server/exchange/import-replies";
import { MAX_IMPORT_BYTES } from "@/lib/schemas/exchange";
import { importRepliesAction } from "./actions";

/** What a browser may send through the server action (next.config.js allows the base64 of 10 MB). */
const MAX_BROWSER_BYTES = MAX_IMPORT_BYTES;

type Outcome =
  | { kind: "recorded"; recorded: RecordedReply[] }
  | { kind: "refused"; errors: ImportProblem[] }
  | { kind: "error"; message: string; fieldErrors?: Record<string, string[]> };

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The import form: file, channel and date received; shows every error or the States recorded. */
export function ImportForm({ slug, today }: { slug: string; today: string }) {
  const t = useTranslations("exchange.import");
  const errorText = useErrorText();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: "error", message: t("chooseFile") });
      return;
    }
    if (file.size > MAX_BROWSER_BYTES) {
      setOutcome({ kind: "error", message: t("tooLarge") });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const result = await importRepliesAction({
        slug,
        channel: String(form.get("channel")) as "NOTE_VERBALE" | "EMAIL" | "ONLINE",
        receivedOn: String(form.get("receivedOn")),
        fileName: file.name,
        contentBase64: toBase64(await file.arrayBuffer()),
      });
      if (!result.ok) setOutcome({ kind: "error", message: result.error.message, fieldErrors: result.error.fieldErrors });
      else if (result.data.ok) setOutcome({ kind: "recorded", recorded: result.data.recorded });
      else setOutcome({ kind: "refused", errors: result.data.errors });
    } finally {
      setPending(false);
    }
  }

  const fieldError = (name: string) => (outcome?.kind === "error" ? outcome.fieldErrors?.[name]?.[0] : undefined);

  return (
    <div className="mt-4">
      <form onSubmit={onSubmit} className="space-y-4" aria-describedby={`${id}-hint`}>
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {t("hint")}
        </p>
        <div>
          <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
            {t("file")}
          </label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            name="file"
            type="file"
            required
            accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-channel`} className="mb-1 block font-semibold">
            {t("channel")}
          </label>
          <select id={`${id}-channel`} name="channel" defaultValue="NOTE_VERBALE" className={INPUT_CLASS}>
            <option value="NOTE_VERBALE">{t("channels.NOTE_VERBALE")}</option>
            <option value="EMAIL">{t("channels.EMAIL")}</option>
            <option value="ONLINE">{t("channels.ONLINE")}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-received`} className="mb-1 block font-semibold">
            {t("receivedOn")}
          </label>
          <input
            id={`${id}-received`}
            name="receivedOn"
            type="date"
            required
            defaultValue={today}
            max={today}
            aria-invalid={fieldError("receivedOn") ? true : undefined}
            aria-describedby={fieldError("receivedOn") ? `${id}-received-error` : undefined}
            className={INPUT_CLASS}
          />
          {fieldError("receivedOn") ? (
            <p id={`${id}-received-error`} className="mt-1 text-sm font-semibold text-red-800">
              {errorText(fieldError("receivedOn"))}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("importing") : t("submit")}
        </Button>
      </form>

      <div className="mt-6" aria-live="polite">
        {outcome?.kind === "error" ? <Alert tone="error">{errorText(outcome.message)}</Alert> : null}
        {outcome?.kind === "recorded" ? (
          <div className="space-y-3">
            <Alert tone="success">{t("recorded", { count: outcome.recorded.length })}</Alert>
            <DataTable
              caption={t("recordedCaption")}
              head={
                <tr>
                  <Th>{t("columns.state")}</Th>
                  <Th>{t("columns.version")}</Th>
                  <Th>{t("columns.channel")}</Th>
                  <Th>{t("columns.receivedOn")}</Th>
                  <Th>{t("columns.missing")}</Th>
                </tr>
              }
            >
              {outcome.recorded.map((r) => (
                <tr key={r.state}>
                  <Td>
                    {r.stateName} ({r.state})
                  </Td>
                  <Td>{r.version}</Td>
                  <Td>{t(`channels.${r.channel}`)}</Td>
                  <Td>{r.receivedOn}</Td>
                  <Td>{r.missingRequired}</Td>
                </tr>
              ))}
            </DataTable>
          </div>
        ) : null}
        {outcome?.kind === "refused" ? (
          <div className="space-y-3">
            <Alert tone="error">{t("refused", { count: outcome.errors.length })}</Alert>
            <DataTable
              caption={t("errorsCaption")}
              head={
                <tr>
                  <Th>{t("columns.row")}</Th>
                  <Th>{t("columns.state")}</Th>
                  <Th>{t("columns.question")}</Th>
                  <Th>{t("columns.reason")}</Th>
                </tr>
              }
            >
              {outcome.errors.map((e, i) => (
                <tr key={i}>
                  <Td>{e.row}</Td>
                  <Td>{e.state ?? "—"}</Td>
                  <Td>{e.questionId ?? "—"}</Td>
                  <Td>{e.reason}</Td>
                </tr>
              ))}
            </DataTable>
          </div>
        ) : null}
      </div>
    </div>
  );
}
