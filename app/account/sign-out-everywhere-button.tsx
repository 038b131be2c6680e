"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "./actions";

export function SignOutEverywhereButton() {
  const t = useTranslations("account");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await signOutEverywhereAction({});
            if (result.ok) await signOut({ callbackUrl: "/sign-in" });
            else setError(result.error.message);
          })
        }
      >
        {t("signOutEverywhere")}
      </Button>
    </>
  );
}
