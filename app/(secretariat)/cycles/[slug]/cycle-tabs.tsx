"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The tabs between one cycle's pages; the current page is marked for assistive technology. */
export function CycleTabs({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  const current = [...tabs].sort((a, b) => b.href.length - a.href.length).find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`));
  return (
    <nav aria-label={label} className="mb-6 mt-2 flex flex-wrap gap-1 border-b border-gray-300">
      {tabs.map((tab) => {
        const active = tab.href === current?.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-2 no-underline ${active ? "border-gray-300 border-b-white bg-white font-semibold text-[#1a3a5c]" : "border-transparent text-[#1a5c9e] hover:bg-gray-100"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
