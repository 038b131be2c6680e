import { Slot } from "@radix-ui/react-slot";
import { clsx } from "clsx";
import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-[#0b5cab] text-white hover:bg-[#094a8a] border-transparent",
  secondary: "bg-white text-[#1f2328] hover:bg-gray-100 border-gray-400",
  danger: "bg-white text-red-800 hover:bg-red-50 border-red-700",
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
  asChild?: boolean;
}

export function Button({ variant = "primary", asChild, className, ...props }: ButtonProps) {
  const Comp = asChild ? Slot : "button";
  return (
    <Comp
      className={clsx(
        "inline-flex items-center justify-center gap-2 rounded border px-4 py-2 text-sm font-semibold no-underline disabled:opacity-60",
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
