"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";

/** "Start from our previous reply": copies the last accepted answers of an earlier cycle. */
export function CarryForwardButton({
  submissionId,
  action,
}: {
  submissionId: string;
  action: (input: { submissionId: string }) => Promise<ActionResult<{ copied: number; fromCycle: string | null }>>;
}) {
  const t = useTranslations("cycleOverview");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mb-6 rounded border border-gray-300 bg-white p-4">
      <p className="mb-2">{t("carryForwardIntro")}</p>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action({ submissionId });
            if (!result.ok) setMessage(result.error.message);
            else if (!result.data.fromCycle) setMessage(t("carryForwardNone"));
            else {
              setMessage(t("carryForwardDone", { count: result.data.copied, cycle: result.data.fromCycle }));
              router.refresh();
            }
          })
        }
      >
        {t("carryForward")}
      </Button>
      {message ? (
        <p role="status" className="mt-2 text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
