"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";

type SlugAction = (input: { slug: string }) => Promise<ActionResult<unknown>>;

/**
 * Open (from draft or closed) or close (when open) a cycle, each after an explicit confirmation
 * step that keeps keyboard focus in place: the question and its two buttons replace the button.
 */
export function CycleStatusActions({
  slug,
  status,
  openAction,
  closeAction,
}: {
  slug: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  openAction: SlugAction;
  closeAction: SlugAction;
}) {
  const t = useTranslations("cycles.actions");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard focus follows the step: onto "Yes" when asked, back onto the button after.
  useEffect(() => {
    if (confirming || wasConfirming.current) boxRef.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const opening = status !== "OPEN";
  const run = () => {
    setMessage(null);
    startTransition(async () => {
      const result = await (opening ? openAction : closeAction)({ slug });
      setConfirming(false);
      if (result.ok) {
        setMessage({ tone: "success", text: opening ? t("opened") : t("closed") });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: result.error.message });
      }
    });
  };

  return (
    <div ref={boxRef}>
      <FormMessage message={message?.text ?? null} tone={message?.tone} />
      {confirming ? (
        <div role="group" aria-labelledby="cycle-status-confirm" className="rounded border border-gray-400 bg-gray-50 p-3">
          <p id="cycle-status-confirm" className="mb-2 font-semibold">
            {opening ? t("confirmOpen") : t("confirmClose")}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant={opening ? "primary" : "danger"} disabled={pending} onClick={run}>
              {opening ? t("confirmOpenButton") : t("confirmCloseButton")}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant={opening ? "primary" : "danger"} onClick={() => setConfirming(true)}>
          {status === "DRAFT" ? t("open") : status === "CLOSED" ? t("reopen") : t("close")}
        </Button>
      )}
    </div>
  );
}
