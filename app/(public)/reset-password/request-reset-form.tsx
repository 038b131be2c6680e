"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZRequestPasswordResetInput, type TRequestPasswordResetInput } from "@/lib/schemas/users";
import { requestPasswordResetAction } from "./actions";

export function RequestResetForm() {
  const t = useTranslations("resetPassword");
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TRequestPasswordResetInput>({ resolver: zodResolver(ZRequestPasswordResetInput), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TRequestPasswordResetInput) {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (result.ok) setSent(true);
    else setFormError(applyServerErrors(form.setError, result.error, ["email"]));
  }

  if (sent) return <Alert tone="success">{t("sent")}</Alert>;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <FormMessage message={formError} />
      <Field id="email" label={t("email")} error={errors.email?.message}>
        <input id="email" type="email" autoComplete="email" className={INPUT_CLASS} {...describedBy("email", { error: errors.email })} {...form.register("email")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
