"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { describedBy, Field, INPUT_CLASS, useErrorText } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";
import { CYCLE_FIELDS, CYCLE_ORGANS, ZCycleInput, type TCycleInput } from "@/lib/schemas/cycles";

export interface QuestionnaireOption {
  id: string;
  title: string;
  version: number;
  modules: { code: string; sections: string[] }[];
}

type TextField = Exclude<(typeof CYCLE_FIELDS)[number], "organ" | "questionnaireVersionId" | "modules">;

/**
 * Create or edit a reporting cycle. The same zod schema checks the form here and the input on the
 * server; errors the server finds (slug taken, questionnaire locked) land on their fields.
 */
export function CycleForm({
  mode,
  defaultValues,
  questionnaires,
  questionnaireLocked = false,
  action,
}: {
  mode: "create" | "edit";
  defaultValues: TCycleInput;
  questionnaires: readonly QuestionnaireOption[];
  /** States have answered: the version and modules are shown but cannot change. */
  questionnaireLocked?: boolean;
  action: (input: TCycleInput) => Promise<ActionResult<{ slug: string; changed?: string[] }>>;
}) {
  const t = useTranslations("cycles.form");
  const tCycles = useTranslations("cycles");
  const errorText = useErrorText();
  const router = useRouter();
  const titleId = useId();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TCycleInput>({ resolver: zodResolver(ZCycleInput) as never, defaultValues });
  const { errors, isSubmitting } = form.formState;
  const versionId = useWatch({ control: form.control, name: "questionnaireVersionId" });
  const modules = useWatch({ control: form.control, name: "modules" }) ?? [];
  const version = questionnaires.find((q) => q.id === versionId);

  async function onSubmit(values: TCycleInput) {
    setMessage(null);
    const result = await action(values);
    if (result.ok) {
      if (mode === "create") {
        router.push(`/cycles/${encodeURIComponent(result.data.slug)}/settings`);
        return;
      }
      setMessage({ tone: "success", text: result.data.changed?.length ? t("saved") : t("noChanges") });
      router.refresh();
      return;
    }
    const text = applyServerErrors(form.setError, result.error, CYCLE_FIELDS);
    setMessage(text ? { tone: "error", text } : null);
  }

  function textField(name: TextField, opts: { type?: "text" | "date"; hint?: string; readOnly?: boolean } = {}) {
    const id = `cycle-${name}`;
    const error = errors[name];
    return (
      <Field id={id} label={t(name)} hint={opts.hint} error={error?.message}>
        <input
          id={id}
          type={opts.type ?? "text"}
          autoComplete="off"
          readOnly={opts.readOnly}
          className={`${INPUT_CLASS} read-only:bg-gray-100`}
          {...describedBy(id, { hint: Boolean(opts.hint), error })}
          {...form.register(name)}
        />
      </Field>
    );
  }

  function toggleModule(code: string, checked: boolean) {
    const next = checked ? [...modules.filter((m) => m !== code), code] : modules.filter((m) => m !== code);
    form.setValue("modules", next, { shouldDirty: true });
  }

  const modulesError = errorText(errors.modules?.message ?? (Array.isArray(errors.modules) ? errors.modules.find(Boolean)?.message : undefined));

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby={titleId} className="max-w-3xl rounded border border-gray-300 bg-white p-4">
      <h2 id={titleId} className="mb-3 text-lg font-semibold">
        {mode === "create" ? tCycles("new.title") : tCycles("settings.editHeading")}
      </h2>
      <FormMessage message={message?.text ?? null} tone={message?.tone} />
      {textField("slug", { hint: t("slugHint"), readOnly: mode === "edit" })}
      {textField("title")}
      <Field id="cycle-organ" label={t("organ")} error={errors.organ?.message}>
        <select id="cycle-organ" className={INPUT_CLASS} {...describedBy("cycle-organ", { error: errors.organ })} {...form.register("organ")}>
          {CYCLE_ORGANS.map((o) => (
            <option key={o} value={o}>
              {tCycles(`organs.${o}`)}
            </option>
          ))}
        </select>
      </Field>
      {textField("mandate", { hint: t("mandateHint") })}
      <div className="grid gap-x-6 sm:grid-cols-2">
        {textField("periodFrom", { type: "date" })}
        {textField("periodTo", { type: "date" })}
      </div>

      {questionnaireLocked ? (
        <div className="mb-4">
          <p className="mb-1 font-semibold">{t("questionnaireVersion")}</p>
          <p id="cycle-locked" className="rounded border-s-4 border-[#0b5cab] bg-blue-50 p-2 text-sm">
            {tCycles("settings.locked")}
          </p>
          <p className="mt-1">{version ? t("lockedValue", { title: version.title, version: version.version }) : versionId}</p>
          <p className="mt-2 font-semibold">{t("modules")}</p>
          <p>{modules.length ? modules.join(", ") : t("noModulesChosen")}</p>
          {errors.questionnaireVersionId?.message || modulesError ? (
            <p className="mt-1 text-sm font-semibold text-red-800">{errorText(errors.questionnaireVersionId?.message) ?? modulesError}</p>
          ) : null}
        </div>
      ) : (
        <>
          <Field id="cycle-questionnaireVersionId" label={t("questionnaireVersion")} error={errors.questionnaireVersionId?.message}>
            <select
              id="cycle-questionnaireVersionId"
              className={INPUT_CLASS}
              {...describedBy("cycle-questionnaireVersionId", { error: errors.questionnaireVersionId })}
              {...form.register("questionnaireVersionId", {
                onChange: (e: { target: { value: string } }) => {
                  const offered = questionnaires.find((q) => q.id === e.target.value)?.modules.map((m) => m.code) ?? [];
                  form.setValue("modules", modules.filter((m) => offered.includes(m)));
                },
              })}
            >
              <option value="">{t("chooseVersion")}</option>
              {questionnaires.map((q) => (
                <option key={q.id} value={q.id}>
                  {t("versionOption", { title: q.title, version: q.version })}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="mb-4" aria-describedby={`cycle-modules-hint${modulesError ? " cycle-modules-error" : ""}`}>
            <legend className="mb-1 font-semibold">{t("modules")}</legend>
            <p id="cycle-modules-hint" className="mb-1 text-sm text-gray-600">
              {version && version.modules.length === 0 ? t("noModules") : t("modulesHint")}
            </p>
            {(version?.modules ?? []).map((m) => (
              <div key={m.code} className="flex items-center gap-2">
                <input
                  id={`cycle-module-${m.code}`}
                  type="checkbox"
                  className="h-5 w-5"
                  checked={modules.includes(m.code)}
                  onChange={(e) => toggleModule(m.code, e.target.checked)}
                />
                <label htmlFor={`cycle-module-${m.code}`}>{t("moduleLabel", { code: m.code, sections: m.sections.join("; ") })}</label>
              </div>
            ))}
            {modulesError ? (
              <p id="cycle-modules-error" className="mt-1 text-sm font-semibold text-red-800">
                {modulesError}
              </p>
            ) : null}
          </fieldset>
        </>
      )}

      <div className="grid gap-x-6 sm:grid-cols-3">
        {textField("opensOn", { type: "date" })}
        {textField("deadline", { type: "date" })}
        {textField("cutOff", { type: "date", hint: t("cutOffHint") })}
      </div>
      {textField("reportSymbol", { hint: t("reportSymbolHint") })}
      {textField("reminderDays", { hint: t("reminderDaysHint") })}
      <Button type="submit" disabled={isSubmitting}>
        {mode === "create" ? t("create") : t("save")}
      </Button>
    </form>
  );
}
