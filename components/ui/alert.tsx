import { clsx } from "clsx";
import type { ReactNode } from "react";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-[#0b5cab] bg-blue-50 text-[#1a3a5c]",
} as const;

/** A message box; errors are announced to screen readers at once. */
export function Alert({ tone = "info", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={clsx("rounded border-s-4 p-3 text-sm", TONES[tone])}>
      {children}
    </div>
  );
}
