"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import type { z } from "zod";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import { NAMING_POLICIES, ZReportMetaFields, type ReportMeta } from "@/lib/report/document";
import { useEditor } from "./editor-context";
import { labelledError } from "./labelled-error";

/** The masthead fields an editor changes here; the same fields the server's setMeta operation takes. */
const ZMetaForm = ZReportMetaFields.pick({ symbol: true, date: true, title: true, jobNumber: true, session: true, naming: true, includeSubmitted: true });
type MetaFormInput = z.input<typeof ZMetaForm>;
type MetaFormOutput = z.output<typeof ZMetaForm>;
const FIELDS = ["symbol", "date", "title", "jobNumber", "session", "naming", "includeSubmitted"] as const;

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * Edit the masthead and title block, and the naming policy and inclusion of submitted replies (these
 * two apply at the next regeneration). Server field errors ("edit.meta.symbol") land on their fields.
 */
export function MetaForm({ meta, onDone }: { meta: ReportMeta; onDone: (saved: boolean) => void }) {
  const t = useTranslations("reports.meta");
  const tNaming = useTranslations("reports.new.naming");
  const { run, busy } = useEditor();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<MetaFormInput, unknown, MetaFormOutput>({
    resolver: zodResolver(ZMetaForm),
    defaultValues: { symbol: meta.symbol, date: meta.date, title: meta.title, jobNumber: meta.jobNumber, session: meta.session, naming: meta.naming, includeSubmitted: meta.includeSubmitted },
  });
  const { errors, isSubmitting } = form.formState;
  const errorOf = (name: (typeof FIELDS)[number]) => labelledError(t(`fields.${name}`), errors[name]?.message);

  async function onSubmit(values: MetaFormOutput) {
    setMessage(null);
    const outcome = await run({ op: "setMeta", meta: values }, (version) => t("saved", { version }));
    if (outcome.ok) {
      onDone(true);
      return;
    }
    if (outcome.conflict) {
      setMessage(t("conflictKept"));
      return;
    }
    let unmatched: string | null = outcome.message;
    for (const [path, messages] of Object.entries(outcome.fieldErrors ?? {})) {
      const field = path.replace(/^edit\.meta\./, "") as Path<MetaFormInput>;
      if ((FIELDS as readonly string[]).includes(field) && messages[0]) {
        form.setError(field, { type: "server", message: messages[0] });
        unmatched = null;
      }
    }
    setMessage(unmatched);
  }

  function textField(name: "symbol" | "date" | "title" | "jobNumber" | "session", type: "text" | "date" = "text") {
    const id = `meta-${name}`;
    const error = errorOf(name);
    return (
      <Field id={id} label={t(`fields.${name}`)} error={error}>
        <input id={id} type={type} autoComplete="off" className={INPUT_CLASS} {...describedBy(id, { error })} {...form.register(name, name === "jobNumber" || name === "session" ? { setValueAs: emptyAsUndefined } : {})} />
      </Field>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="meta-form-title" className="mt-3 rounded border border-gray-300 bg-white p-4">
      <h3 id="meta-form-title" className="mb-3 font-semibold">
        {t("formTitle")}
      </h3>
      <FormMessage message={message} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        {textField("symbol")}
        {textField("date", "date")}
      </div>
      {textField("title")}
      <div className="grid gap-x-6 sm:grid-cols-2">
        {textField("jobNumber")}
        {meta.family === "GA" ? textField("session") : null}
      </div>
      <fieldset className="mb-4">
        <legend className="mb-1 font-semibold">{t("fields.naming")}</legend>
        <p className="mb-1 text-sm text-gray-700">{t("nextRegeneration")}</p>
        {NAMING_POLICIES.map((policy) => (
          <div key={policy} className="flex items-center gap-2">
            <input id={`meta-naming-${policy}`} type="radio" value={policy} className="h-5 w-5" {...form.register("naming")} />
            <label htmlFor={`meta-naming-${policy}`}>{tNaming(`${policy}.label`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="mb-4 flex items-center gap-2">
        <input id="meta-includeSubmitted" type="checkbox" className="h-5 w-5" {...form.register("includeSubmitted")} />
        <label htmlFor="meta-includeSubmitted">{t("fields.includeSubmitted")}</label>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy || isSubmitting}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
