import { clsx } from "clsx";
import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-[#0b5cab] text-white hover:bg-[#094a8a] border-transparent",
  secondary: "bg-white text-[#1f2328] hover:bg-gray-100 border-gray-400",
  danger: "bg-white text-red-800 hover:bg-red-50 border-red-700",
} as const;

const SIZES = { sm: "gap-1 px-2 py-1 text-xs", md: "gap-2 px-4 py-2 text-sm" } as const;

/**
 * The editor's buttons: the look of components/ui/button (compact by default), taking a ref so that
 * focus can return to them after an edit.
 */
export function EditorButton({
  variant = "secondary",
  size = "sm",
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES }) {
  return <button type={type} className={clsx("inline-flex items-center justify-center rounded border font-semibold disabled:opacity-60", SIZES[size], VARIANTS[variant], className)} {...props} />;
}
