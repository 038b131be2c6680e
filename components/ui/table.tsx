import type { ReactNode } from "react";

/** A plain data table with a caption for screen readers; scrolls horizontally rather than breaking the page at high zoom. */
export function DataTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded border border-gray-300 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 text-start">{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ children }: { children?: ReactNode }) {
  return <th scope="col" className="border-b border-gray-300 px-3 py-2 text-start font-semibold">{children}</th>;
}

export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td className={`border-b border-gray-200 px-3 py-2 align-top ${className ?? ""}`}>{children}</td>;
}
