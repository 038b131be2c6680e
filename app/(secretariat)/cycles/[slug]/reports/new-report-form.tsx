"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { labelledError } from "@/components/report/labelled-error";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";
import { AGENDA_LIST_TYPES, NAMING_POLICIES } from "@/lib/report/document";
import { ZCreateReportInput, type TCreateReportInput } from "@/lib/server/reports/types";

export interface NewReportTemplate {
  id: string;
  family: "SC" | "GA";
  name: string;
}

const FIELDS: readonly Path<TCreateReportInput>[] = [
  "templateId",
  "symbol",
  "date",
  "title",
  "naming",
  "includeSubmitted",
  "jobNumber",
  "session",
  "agendaItemNumber",
  "agendaListType",
  "agendaListSymbol",
  "agendaItemTitle",
];

/** An empty text box means "not given": the schema's optional fields and the coerced agenda number. */
const emptyAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The "New draft" form. It is checked here and on the server with the same schema; the server's
 * field errors land on their fields. Generating can take a moment, so the button is disabled and a
 * live status says how many replies the draft is being generated from; then the editor opens.
 */
export function NewReportForm({
  cycleSlug,
  templates,
  defaults,
  counts,
  action,
}: {
  cycleSlug: string;
  templates: readonly NewReportTemplate[];
  defaults: Omit<TCreateReportInput, "cycleSlug">;
  counts: { accepted: number; submitted: number };
  action: (input: TCreateReportInput) => Promise<ActionResult<{ reportId: string; version: number }>>;
}) {
  const t = useTranslations("reports.new");
  const router = useRouter();
  const titleId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [generating, setGenerating] = useState<number | null>(null);
  const form = useForm<TCreateReportInput, unknown, ReturnType<typeof ZCreateReportInput.parse>>({
    resolver: zodResolver(ZCreateReportInput),
    defaultValues: { ...defaults, cycleSlug },
  });
  const { errors, isSubmitting, dirtyFields } = form.formState;
  const templateId = useWatch({ control: form.control, name: "templateId" });
  const includeSubmitted = useWatch({ control: form.control, name: "includeSubmitted" });
  const family = templates.find((tpl) => tpl.id === templateId)?.family;
  const replies = counts.accepted + (includeSubmitted ? counts.submitted : 0);

  async function onSubmit(values: ReturnType<typeof ZCreateReportInput.parse>) {
    setMessage(null);
    setGenerating(replies);
    const result = await action(values);
    if (result.ok) {
      router.push(`/cycles/${encodeURIComponent(cycleSlug)}/reports/${result.data.reportId}`);
      return;
    }
    setGenerating(null);
    setMessage(applyServerErrors(form.setError, result.error, FIELDS));
  }

  function errorOf(name: Path<TCreateReportInput>, label: string): string | undefined {
    const error = (errors as Record<string, { message?: string } | undefined>)[name];
    return labelledError(label, error?.message);
  }

  function textField(name: Path<TCreateReportInput>, opts: { type?: "text" | "date"; hint?: string; numeric?: boolean; optional?: boolean } = {}) {
    const id = `new-report-${name}`;
    const label = t(`fields.${name}` as never);
    const error = errorOf(name, label);
    return (
      <Field id={id} label={label} hint={opts.hint} error={error}>
        <input
          id={id}
          type={opts.type ?? "text"}
          inputMode={opts.numeric ? "numeric" : undefined}
          autoComplete="off"
          className={INPUT_CLASS}
          {...describedBy(id, { hint: Boolean(opts.hint), error })}
          {...form.register(name, opts.optional ? { setValueAs: emptyAsUndefined } : {})}
        />
      </Field>
    );
  }

  const templateError = errorOf("templateId", t("fields.templateId"));
  const namingError = errorOf("naming", t("fields.naming"));
  const listTypeError = errorOf("agendaListType", t("fields.agendaListType"));

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby={titleId} className="max-w-3xl rounded border border-gray-300 bg-white p-4">
      <h2 id={titleId} className="mb-1 text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-sm text-gray-700">{t("intro", { accepted: counts.accepted, submitted: counts.submitted })}</p>
      <FormMessage message={message} />

      <Field id="new-report-templateId" label={t("fields.templateId")} error={templateError}>
        <select
          id="new-report-templateId"
          className={INPUT_CLASS}
          {...describedBy("new-report-templateId", { error: templateError })}
          {...form.register("templateId", {
            onChange: () => {
              // The default title belongs to the default template: an untouched title follows the template.
              if (!dirtyFields.title) form.setValue("title", "");
            },
          })}
        >
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </select>
      </Field>

      <div className="grid gap-x-6 sm:grid-cols-2">
        {textField("symbol", { hint: t("hints.symbol") })}
        {textField("date", { type: "date" })}
      </div>
      {textField("title", { hint: t("hints.title"), optional: true })}
      {textField("jobNumber", { hint: t("hints.jobNumber"), optional: true })}

      {family === "GA" ? (
        <fieldset className="mb-4 rounded border border-gray-300 p-3">
          <legend className="px-1 font-semibold">{t("gaLegend")}</legend>
          {textField("session", { hint: t("hints.session"), optional: true })}
          <div className="grid gap-x-6 sm:grid-cols-2">
            {textField("agendaItemNumber", { numeric: true, optional: true })}
            <Field id="new-report-agendaListType" label={t("fields.agendaListType")} error={listTypeError}>
              <select
                id="new-report-agendaListType"
                className={INPUT_CLASS}
                {...describedBy("new-report-agendaListType", { error: listTypeError })}
                {...form.register("agendaListType", { setValueAs: emptyAsUndefined })}
              >
                <option value="">{t("chooseListType")}</option>
                {AGENDA_LIST_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {textField("agendaListSymbol", { hint: t("hints.agendaListSymbol"), optional: true })}
          {textField("agendaItemTitle", { optional: true })}
        </fieldset>
      ) : null}

      <fieldset className="mb-4" aria-describedby={namingError ? "new-report-naming-error" : undefined}>
        <legend className="mb-1 font-semibold">{t("fields.naming")}</legend>
        {NAMING_POLICIES.map((policy) => (
          <div key={policy} className="mb-1 flex items-start gap-2">
            <input id={`new-report-naming-${policy}`} type="radio" value={policy} className="mt-1 h-5 w-5" aria-describedby={`new-report-naming-${policy}-hint`} {...form.register("naming")} />
            <div>
              <label htmlFor={`new-report-naming-${policy}`} className="font-semibold">
                {t(`naming.${policy}.label`)}
              </label>
              <p id={`new-report-naming-${policy}-hint`} className="text-sm text-gray-700">
                {t(`naming.${policy}.hint`)}
              </p>
            </div>
          </div>
        ))}
        {namingError ? (
          <p id="new-report-naming-error" className="mt-1 text-sm font-semibold text-red-800">
            {namingError}
          </p>
        ) : null}
      </fieldset>

      <div className="mb-4 flex items-start gap-2">
        <input id="new-report-includeSubmitted" type="checkbox" className="mt-1 h-5 w-5" aria-describedby="new-report-includeSubmitted-hint" {...form.register("includeSubmitted")} />
        <div>
          <label htmlFor="new-report-includeSubmitted" className="font-semibold">
            {t("fields.includeSubmitted")}
          </label>
          <p id="new-report-includeSubmitted-hint" className="text-sm text-gray-700">
            {t("hints.includeSubmitted", { count: counts.submitted })}
          </p>
        </div>
      </div>

      <Button type="submit" disabled={isSubmitting || generating !== null}>
        {generating !== null ? t("generatingButton") : t("submit")}
      </Button>
      <p role="status" aria-live="polite" className="mt-3 text-sm font-semibold">
        {generating !== null ? t("generating", { count: generating }) : ""}
      </p>
    </form>
  );
}
