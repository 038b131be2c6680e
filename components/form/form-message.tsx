"use client";

import { Alert } from "@/components/ui/alert";
import { useErrorText } from "./field";

/** The message above a form (an error or a confirmation); validation keys are translated. */
export function FormMessage({ message, tone = "error" }: { message: string | null; tone?: "error" | "success" }) {
  const errorText = useErrorText();
  if (!message) return null;
  return (
    <div className="mb-4">
      <Alert tone={tone}>{errorText(message)}</Alert>
    </div>
  );
}
