// Shared figures for the benchmarks: quantiles, a process's memory from /proc, a plain text table.
import { readdirSync, readFileSync } from "node:fs";

/** The q-quantile of an ascending array (nearest rank); NaN when empty. */
export const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

export const ms = (n) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms` : "-");

/** A field of /proc/<pid>/status in MiB (VmRSS, VmHWM); NaN when the process is gone. */
export function procStatusMiB(pid, key) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(key));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch {
    return NaN;
  }
}

/** Lines of a left-aligned table with a dashed rule under the header. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; with `children`, also its reaped children's. */
export function cpuSeconds(pid, { children = false } = {}) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): utime, stime, cutime, cstime are fields 14–17.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return (utime + stime + (children ? cutime + cstime : 0)) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** CPU seconds used by every process named `name` (with reaped children, so exited backends count through their postmaster). */
export function cpuSecondsByName(name) {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() !== name) continue;
    } catch {
      continue;
    }
    const s = cpuSeconds(Number(entry), { children: true });
    if (Number.isFinite(s)) total += s;
  }
  return total;
}
