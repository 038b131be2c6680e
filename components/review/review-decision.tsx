"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TReviewDecisionInput } from "@/lib/schemas/review";
import type { ReviewAction } from "./types";

/** Accept, or return for clarification, the submitted version on screen — each after a confirmation. */
export function ReviewDecision({
  submissionId,
  version,
  pendingComments,
  returnAction,
  acceptAction,
}: {
  submissionId: string;
  version: number;
  pendingComments: number;
  returnAction: ReviewAction<TReviewDecisionInput, { sharedComments: number; notified: number }>;
  acceptAction: ReviewAction<TReviewDecisionInput, { version: number; acceptedAt: Date }>;
}) {
  const t = useTranslations("review.decision");
  const router = useRouter();
  const [confirming, setConfirming] = useState<"return" | "accept" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (kind: "return" | "accept") =>
    startTransition(async () => {
      setError(null);
      const result = kind === "return" ? await returnAction({ submissionId, version }) : await acceptAction({ submissionId, version });
      setConfirming(null);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setDone(kind === "return" ? t("returned", { count: (result.data as { sharedComments: number }).sharedComments }) : t("accepted", { version }));
      router.refresh();
    });

  return (
    <section aria-labelledby="decision-title" className="mb-6 rounded border border-gray-300 bg-white p-4">
      <h2 id="decision-title" className="font-semibold">
        {t("title", { version })}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("pendingComments", { count: pendingComments })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {confirming ? (
        <div role="group" aria-labelledby="decision-confirm" className="mt-2 rounded border border-gray-400 p-3">
          <p id="decision-confirm" className="mb-2 text-sm font-semibold">
            {confirming === "return" ? t("confirmReturn", { count: pendingComments }) : t("confirmAccept", { version })}
          </p>
          <div className="flex gap-2">
            <Button autoFocus disabled={pending} onClick={() => run(confirming)}>
              {confirming === "return" ? t("confirmReturnButton") : t("confirmAcceptButton")}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(null)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button onClick={() => setConfirming("accept")}>{t("accept")}</Button>
          <Button variant="secondary" onClick={() => setConfirming("return")}>
            {t("return")}
          </Button>
        </div>
      )}
    </section>
  );
}
