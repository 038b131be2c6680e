import { joinUnList, sortUnOrder, withArticle } from "@/lib/reference/country-order";

/**
 * States in United Nations style (BRIEF §2.12, §3.9 rule 3, §5.11), on top of `lib/reference`:
 * UN sort order (a leading "the" ignored, "the former Yugoslav Republic of Macedonia" under T),
 * "A, B and C" without a serial comma, and "the" before names that take it in running text
 * ("France, the Niger and Spain"), capitalised when the list opens a sentence ("The Niger and …").
 */

/** A State as the report engine names it. `name` has no leading "the"; `takesArticle` says whether running text adds it. */
export interface ReportState {
  /** Stable id (ISO alpha-3 code). */
  id: string;
  name: string;
  takesArticle: boolean;
}

export interface StateListOptions {
  /** The list opens a sentence: its first letter is upper case ("The Niger and Spain"). */
  capitalise?: boolean;
  /**
   * Write "the" where the name takes it (default true: UN style in running text). [004] omits the
   * article inside its parenthetical lists, which §2.12 records as an inconsistency; `false` imitates it.
   */
  articles?: boolean;
}

/** One State's name in running text: "the Niger", "Spain"; "The Niger" with `capitalise`. */
export function stateName(state: ReportState, opts: StateListOptions = {}): string {
  return withArticle(state.name, opts.articles !== false && state.takesArticle, { capitalise: opts.capitalise === true });
}

/** The States in UN order, without duplicates (the same id twice is kept once). */
export function sortStates<T extends ReportState>(states: readonly T[]): T[] {
  const seen = new Set<string>();
  const unique = states.filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
  return sortUnOrder(unique, (s) => s.name);
}

/** "France, the Niger and Spain": UN order, articles, "and" before the last, no serial comma. "" for none. */
export function formatStateList(states: readonly ReportState[], opts: StateListOptions = {}): string {
  const names = sortStates(states).map((s, i) => stateName(s, { ...opts, capitalise: opts.capitalise === true && i === 0 }));
  return joinUnList(names);
}

/** "(Australia, Colombia and Finland)", or "" for no States. */
export function parentheticalStateList(states: readonly ReportState[], opts: Omit<StateListOptions, "capitalise"> = {}): string {
  return states.length === 0 ? "" : `(${formatStateList(states, opts)})`;
}
