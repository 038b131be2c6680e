"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZTotpCodeInput, type TTotpCodeInput } from "@/lib/schemas/users";
import { confirmTotpAction, disableTotpAction } from "../actions";

/** Enrol an authenticator app (QR code, then a code to confirm) and receive recovery codes; or turn it off. */
export function TwoFactorForm({ enabled, enrolment }: { enabled: boolean; enrolment: { secret: string; qrSvgDataUrl: string } | null }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TTotpCodeInput>({ resolver: zodResolver(ZTotpCodeInput), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TTotpCodeInput) {
    setMessage(null);
    if (enabled) {
      const result = await disableTotpAction(values);
      if (result.ok) {
        router.push("/account");
        router.refresh();
      }
      else setMessage(applyServerErrors(form.setError, result.error, ["code"]));
      return;
    }
    const result = await confirmTotpAction(values);
    if (result.ok) setCodes(result.data.recoveryCodes);
    else setMessage(applyServerErrors(form.setError, result.error, ["code"]));
  }

  if (codes) {
    return (
      <div>
        <Alert tone="success">{t("enabled")}</Alert>
        <h2 className="mt-6 text-lg font-semibold">{t("recoveryTitle")}</h2>
        <p className="mb-2">{t("recoveryIntro")}</p>
        <ul className="grid max-w-sm grid-cols-2 gap-2 font-mono" aria-label={t("recoveryTitle")}>
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/">{t("continue")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <FormMessage message={message} />
      {enrolment ? (
        <div className="mb-6">
          <p className="mb-2">{t("scan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
          <img src={enrolment.qrSvgDataUrl} alt={t("qrAlt")} width={200} height={200} className="border border-gray-300 bg-white" />
          <p className="mt-2 text-sm">
            {t("manual")} <code className="break-all">{enrolment.secret}</code>
          </p>
        </div>
      ) : (
        <p className="mb-4">{t("disableIntro")}</p>
      )}
      <Field id="code" label={t("code")} error={errors.code?.message}>
        <input id="code" inputMode="numeric" autoComplete="one-time-code" className={INPUT_CLASS} {...describedBy("code", { error: errors.code })} {...form.register("code")} />
      </Field>
      <Button type="submit" variant={enabled ? "danger" : "primary"} disabled={isSubmitting}>
        {enabled ? t("disable") : t("confirm")}
      </Button>
    </form>
  );
}
