"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/types";

type ReminderAction = (input: { slug: string }) => Promise<ActionResult<{ sent: number }>>;

/** "Remind now" (reviewers) and "Run scheduled reminders now" (admins), with the outcome announced. */
export function ReminderButtons({ slug, remindNow, runScheduled }: { slug: string; remindNow?: ReminderAction; runScheduled?: ReminderAction }) {
  const t = useTranslations("reminders.page");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function run(action: ReminderAction, done: (sent: number) => string) {
    setOutcome(null);
    startTransition(async () => {
      const result = await action({ slug });
      setOutcome(result.ok ? { tone: "success", text: done(result.data.sent) } : { tone: "error", text: result.error.message });
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-6">
        {remindNow ? (
          <div className="max-w-sm space-y-1">
            <Button aria-describedby="remind-now-hint" disabled={pending} onClick={() => run(remindNow, (sent) => t("sent", { count: sent }))}>
              {t("remindNow")}
            </Button>
            <p id="remind-now-hint" className="text-sm text-gray-700">
              {t("remindNowHint")}
            </p>
          </div>
        ) : null}
        {runScheduled ? (
          <div className="max-w-sm space-y-1">
            <Button
              variant="secondary"
              aria-describedby="run-scheduled-hint"
              disabled={pending}
              onClick={() => run(runScheduled, (sent) => t("ranScheduled", { count: sent }))}
            >
              {t("runScheduled")}
            </Button>
            <p id="run-scheduled-hint" className="text-sm text-gray-700">
              {t("runScheduledHint")}
            </p>
          </div>
        ) : null}
      </div>
      <div aria-live="polite">
        {pending ? <p className="text-sm">{t("working")}</p> : null}
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      </div>
    </div>
  );
}
