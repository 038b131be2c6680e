"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";
import { ROLES, STATE_ROLES, type Role } from "@/lib/auth/permissions";

type IdAction = (input: { userId: string }) => Promise<ActionResult<unknown>>;

/** Per-user actions on the admin list: resend invitation, disable or enable, change role. */
export function UserRowActions({
  user,
  memberStates,
  actions,
  canManage,
}: {
  user: { id: string; email: string; role: Role; memberStateId: string | null; status: "INVITED" | "ACTIVE" | "DISABLED" };
  memberStates: readonly { id: string; name: string }[];
  actions: {
    resend: IdAction;
    disable?: IdAction;
    enable?: IdAction;
    changeRole?: (input: { userId: string; role: Role; memberStateId?: string }) => Promise<ActionResult<unknown>>;
  };
  canManage: boolean;
}) {
  const t = useTranslations("users");
  const tRole = useTranslations("roles");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [role, setRole] = useState<Role>(user.role);
  const [stateId, setStateId] = useState(user.memberStateId ?? "");

  function run(call: () => Promise<ActionResult<unknown>>, done: string) {
    setMessage(null);
    startTransition(async () => {
      const result = await call();
      setMessage(result.ok ? done : result.error.message);
      if (result.ok) router.refresh();
    });
  }

  const isState = STATE_ROLES.includes(role);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {user.status === "INVITED" ? (
          <Button variant="secondary" disabled={pending} aria-label={t("resendFor", { email: user.email })} onClick={() => run(() => actions.resend({ userId: user.id }), t("resent"))}>
            {t("resend")}
          </Button>
        ) : null}
        {canManage && actions.disable && user.status !== "DISABLED" ? (
          <Button variant="danger" disabled={pending} aria-label={t("disableFor", { email: user.email })} onClick={() => run(() => actions.disable!({ userId: user.id }), t("disabledDone"))}>
            {t("disable")}
          </Button>
        ) : null}
        {canManage && actions.enable && user.status === "DISABLED" ? (
          <Button variant="secondary" disabled={pending} aria-label={t("enableFor", { email: user.email })} onClick={() => run(() => actions.enable!({ userId: user.id }), t("enabledDone"))}>
            {t("enable")}
          </Button>
        ) : null}
      </div>
      {canManage && actions.changeRole ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => actions.changeRole!({ userId: user.id, role, memberStateId: isState ? stateId : undefined }), t("roleChanged"));
          }}
        >
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            {t("roleFor", { email: user.email })}
          </label>
          <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)} className="rounded border border-gray-500 px-2 py-1">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tRole(r)}
              </option>
            ))}
          </select>
          {isState ? (
            <>
              <label className="sr-only" htmlFor={`state-${user.id}`}>
                {t("memberStateFor", { email: user.email })}
              </label>
              <select id={`state-${user.id}`} value={stateId} onChange={(e) => setStateId(e.target.value)} className="max-w-full rounded border border-gray-500 px-2 py-1">
                <option value="">{t("chooseState")}</option>
                {memberStates.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("changeRole")}
          </Button>
        </form>
      ) : null}
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
