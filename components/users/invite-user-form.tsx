"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, LOCALES } from "@/lib/i18n/config";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyServerErrors } from "@/components/form/apply-server-errors";
import { describedBy, Field, INPUT_CLASS } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";
import type { Role } from "@/lib/auth/permissions";
import { ZInviteUserInput, type TInviteUserInput } from "@/lib/schemas/users";

const STATE_ROLES: readonly string[] = ["STATE_FOCAL_POINT", "STATE_CONTRIBUTOR"];

/**
 * Invite a user. Admins choose any role and State; a focal point's form is fixed to contributors
 * of their own State (the server enforces the same rule).
 */
export function InviteUserForm({
  roles,
  memberStates,
  fixedMemberStateId,
  action,
  title,
}: {
  roles: readonly Role[];
  memberStates: readonly { id: string; name: string }[];
  fixedMemberStateId?: string;
  action: (input: TInviteUserInput) => Promise<ActionResult<{ userId: string }>>;
  /** Heading of the form; defaults to "Invite a user". */
  title?: string;
}) {
  const titleId = useId();
  const t = useTranslations("users");
  const uiLocale = useLocale();
  const languageNames = new Intl.DisplayNames([uiLocale], { type: "language" });
  const tRole = useTranslations("roles");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TInviteUserInput>({
    resolver: zodResolver(ZInviteUserInput) as never,
    defaultValues: { email: "", name: "", role: roles[0], memberStateId: fixedMemberStateId ?? "", locale: isLocale(uiLocale) ? uiLocale : undefined },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: "role" });
  const needsState = STATE_ROLES.includes(role);

  async function onSubmit(values: TInviteUserInput) {
    setMessage(null);
    const isState = STATE_ROLES.includes(values.role);
    const input = { ...values, memberStateId: isState ? (fixedMemberStateId ?? values.memberStateId) : "" };
    const result = await action(input);
    if (result.ok) {
      setMessage({ tone: "success", text: t("invited", { email: values.email }) });
      form.reset({ email: "", name: "", role: values.role, memberStateId: fixedMemberStateId ?? values.memberStateId, locale: values.locale });
      return;
    }
    const text = applyServerErrors(form.setError, result.error, ["email", "name", "role", "memberStateId", "locale"]);
    setMessage(text ? { tone: "error", text } : null);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby={titleId} className="rounded border border-gray-300 bg-white p-4">
      <h2 id={titleId} className="mb-3 text-lg font-semibold">
        {title ?? t("inviteTitle")}
      </h2>
      <FormMessage message={message?.text ?? null} tone={message?.tone} />
      <Field id="invite-name" label={t("name")} error={errors.name?.message}>
        <input id="invite-name" autoComplete="off" className={INPUT_CLASS} {...describedBy("invite-name", { error: errors.name })} {...form.register("name")} />
      </Field>
      <Field id="invite-email" label={t("email")} error={errors.email?.message}>
        <input id="invite-email" type="email" autoComplete="off" className={INPUT_CLASS} {...describedBy("invite-email", { error: errors.email })} {...form.register("email")} />
      </Field>
      {roles.length > 1 ? (
        <Field id="invite-role" label={t("role")} error={errors.role?.message}>
          <select id="invite-role" className={INPUT_CLASS} {...describedBy("invite-role", { error: errors.role })} {...form.register("role")}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {tRole(r)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {needsState && !fixedMemberStateId ? (
        <Field id="invite-state" label={t("memberState")} error={errors.memberStateId?.message}>
          <select id="invite-state" className={INPUT_CLASS} {...describedBy("invite-state", { error: errors.memberStateId })} {...form.register("memberStateId")}>
            <option value="">{t("chooseState")}</option>
            {memberStates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id="invite-locale" label={t("language")} error={errors.locale?.message}>
        <select id="invite-locale" className={INPUT_CLASS} {...describedBy("invite-locale", { error: errors.locale })} {...form.register("locale")}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {languageNames.of(l) ?? l}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {t("sendInvitation")}
      </Button>
    </form>
  );
}
