import "server-only";

/**
 * % complete of replies being written, kept per process. The key names everything the figure depends
 * on: the submission, its questionnaire version and modules, and its answers' count and latest edit
 * (every save raises a version and the edit time; a removal changes the count). A stale entry is never read, only
 * left to age out. Without it, a dashboard of many drafts re-checks every answer on every view.
 */
const MAX_ENTRIES = 5000;
const cache = new Map<string, number>();

export function percentCacheKey(parts: { submissionId: string; questionnaireVersionId: string; modules: readonly string[]; answerCount: number; answerVersionSum: number; lastAnswerAt: Date | null }): string {
  return [parts.submissionId, parts.questionnaireVersionId, [...parts.modules].sort().join("+"), parts.answerCount, parts.answerVersionSum, parts.lastAnswerAt?.toISOString() ?? "-"].join("|");
}

export function cachedPercent(key: string): number | undefined {
  return cache.get(key);
}

export function rememberPercent(key: string, percent: number): void {
  if (cache.size >= MAX_ENTRIES) {
    // Drop the oldest tenth (a Map iterates in insertion order).
    let n = Math.ceil(MAX_ENTRIES / 10);
    for (const k of cache.keys()) {
      cache.delete(k);
      if (--n === 0) break;
    }
  }
  cache.set(key, percent);
}
