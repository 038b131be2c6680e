"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZSignInInput, type TSignInInput } from "@/lib/schemas/users";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("signIn");
  const [error, setError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const form = useForm<TSignInInput>({ resolver: zodResolver(ZSignInInput), defaultValues: { email: "", password: "", code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TSignInInput) {
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      email: values.email,
      password: values.password,
      code: values.code ?? "",
    });
    if (!result || result.error) {
      const reason = result?.error;
      if (reason === "CODE_REQUIRED") {
        setNeedsCode(true);
        setError(t("codeRequired"));
      } else if (reason === "RATE_LIMITED") {
        setError(t("rateLimited"));
      } else {
        setError(t("invalid"));
      }
      return;
    }
    // A full navigation, so the server renders the page with the new session.
    window.location.assign(callbackUrl ?? "/");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      {error ? (
        <div id="sign-in-error" className="mb-4">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <Field id="email" label={t("email")} error={errors.email?.message}>
        <input id="email" type="email" autoComplete="username" className={INPUT_CLASS} {...describedBy("email", { error: errors.email })} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} error={errors.password?.message}>
        <input id="password" type="password" autoComplete="current-password" className={INPUT_CLASS} {...describedBy("password", { error: errors.password })} {...form.register("password")} />
      </Field>
      {needsCode ? (
        <Field id="code" label={t("code")} hint={t("codeHint")} error={errors.code?.message}>
          <input id="code" inputMode="text" autoComplete="one-time-code" className={INPUT_CLASS} {...describedBy("code", { hint: true, error: errors.code })} {...form.register("code")} />
        </Field>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
