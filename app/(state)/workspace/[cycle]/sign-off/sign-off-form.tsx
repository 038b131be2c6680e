"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";
import { ZSubmitSubmissionInput, type TSubmitSubmissionInput } from "@/lib/schemas/submissions";

/** The declaration and the submit button. */
export function SignOffForm({
  submissionId,
  complete,
  action,
}: {
  submissionId: string;
  complete: boolean;
  action: (input: TSubmitSubmissionInput) => Promise<ActionResult<{ version: number; sha256: string; submittedAt: Date }>>;
}) {
  const t = useTranslations("signOff");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TSubmitSubmissionInput>({
    resolver: zodResolver(ZSubmitSubmissionInput),
    defaultValues: { submissionId, declaration: false as unknown as true },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TSubmitSubmissionInput) {
    setMessage(null);
    const result = await action(values);
    if (result.ok) {
      // The page re-renders with the receipt (version, time, sha256) and without this form.
      router.refresh();
      return;
    }
    setMessage(applyServerErrors(form.setError, result.error, ["declaration"]));
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="rounded border border-gray-300 bg-white p-4">
      <FormMessage message={message} />
      <input type="hidden" {...form.register("submissionId")} />
      <div className="mb-4 flex items-start gap-3">
        <input id="declaration" type="checkbox" className="mt-1 h-5 w-5" aria-describedby={errors.declaration ? "declaration-error" : undefined} aria-invalid={errors.declaration ? true : undefined} {...form.register("declaration")} />
        <label htmlFor="declaration">{t("declaration")}</label>
      </div>
      {errors.declaration ? (
        <p id="declaration-error" className="mb-3 text-sm font-semibold text-red-800">
          {t("declarationRequired")}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting || !complete}>
        {t("submit")}
      </Button>
      {!complete ? <p className="mt-2 text-sm text-gray-700">{t("completeFirst")}</p> : null}
    </form>
  );
}
