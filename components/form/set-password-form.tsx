"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";
import { ZSetPasswordWithTokenInput, type TSetPasswordWithTokenInput } from "@/lib/schemas/users";

/** Choose a password with a single-use link (invitation or reset); on success, go to sign-in. */
export function SetPasswordForm({
  token,
  email,
  action,
}: {
  token: string;
  email: string;
  action: (input: TSetPasswordWithTokenInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("setPassword");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSetPasswordWithTokenInput>({
    resolver: zodResolver(ZSetPasswordWithTokenInput),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TSetPasswordWithTokenInput) {
    setFormError(null);
    const result = await action(values);
    if (result.ok) {
      router.push("/sign-in?done=password");
      return;
    }
    setFormError(applyServerErrors(form.setError, result.error, ["password", "confirmPassword"]));
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <FormMessage message={formError} />
      <p className="mb-4">
        {t("account")} <strong>{email}</strong>
      </p>
      <input type="hidden" {...form.register("token")} />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={errors.password?.message}>
        <input id="password" type="password" autoComplete="new-password" className={INPUT_CLASS} {...describedBy("password", { hint: true, error: errors.password })} {...form.register("password")} />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={errors.confirmPassword?.message}>
        <input id="confirmPassword" type="password" autoComplete="new-password" className={INPUT_CLASS} {...describedBy("confirmPassword", { error: errors.confirmPassword })} {...form.register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
