import type { ReactNode } from "react";

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-gray-300 pb-4">
      <div>
        <h1 className="text-2xl font-semibold text-[#1a3a5c]">{title}</h1>
        {description ? <p className="mt-1 text-gray-700">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}
