"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="rounded border border-white px-3 py-1 text-white hover:bg-white hover:text-[#1a3a5c]"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
    >
      {label}
    </button>
  );
}
