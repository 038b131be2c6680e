"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface ChartBar {
  label: string;
  count: number;
}

const BAR_HEIGHT = 34;

/**
 * Horizontal bars with their counts written next to them. The chart is one image for assistive
 * technology (`role="img"` with a summary of every bar); the data table under it carries the same
 * numbers for screen reader and keyboard users.
 */
export function CountChart({ bars, summary, tone = "primary" }: { bars: ChartBar[]; summary: string; tone?: "primary" | "muted" }) {
  const height = Math.max(1, bars.length) * BAR_HEIGHT + 40;
  const longest = bars.reduce((n, b) => Math.max(n, b.label.length), 0);
  const labelWidth = Math.min(280, Math.max(80, longest * 7));
  return (
    <div role="img" aria-label={summary} className="my-3 w-full max-w-3xl" data-testid="count-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#d1d5db" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "#374151", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: "#1f2937", fontSize: 12 }} interval={0} />
          <Bar dataKey="count" fill={tone === "primary" ? "#1a5c9e" : "#6b7280"} isAnimationActive={false} barSize={20}>
            <LabelList dataKey="count" position="right" fill="#111827" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
