/**
 * United Nations ordering and rendering of country names (BRIEF §2.12, §5.11).
 *
 * Pure functions, no dependencies. Names are stored without a leading "the"; whether running text
 * needs the article is a separate flag (see `MemberStateSeed.takesArticle`).
 *
 * Sorting follows UN practice:
 * - a leading "the" is ignored ("the Niger" sorts under N, "the Czech Republic" under C);
 * - except "the former Yugoslav Republic of Macedonia", which sorts under T
 *   ("Singapore, the former Yugoslav Republic of Macedonia, Timor-Leste and Uganda", [004]);
 * - comparison is case-insensitive and ignores diacritics (Côte d'Ivoire sorts as "Cote d'Ivoire",
 *   Türkiye as "Turkiye").
 *
 * The comparison itself is a plain code-unit comparison of the keys, so the order does not depend on
 * the runtime's locale data.
 */

/** Options for {@link withArticle}. */
export interface WithArticleOptions {
  /** Capitalise the first letter, for a name at the start of a sentence ("The Niger …"). */
  capitalise?: boolean;
}

/** Accessor that returns the country name of an item, for {@link sortUnOrder}. */
export type NameOf<T> = (item: T) => string;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const LEADING_THE = /^the\s+/i;
const FORMER_YUGOSLAV = "former yugoslav";

/**
 * The key the UN sorts a country name by: lower case, without diacritics, without a leading "the",
 * with typographic apostrophes and runs of white space normalised. A name beginning "former Yugoslav"
 * (with or without "the") gets a key beginning "the former", so that it sorts under T.
 */
export function unSortKey(name: string): string {
  let key = name
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  key = key.replace(LEADING_THE, "");
  if (key.startsWith(FORMER_YUGOSLAV)) key = `the ${key}`;
  return key;
}

function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/**
 * Comparator for country names in UN order (negative when `a` comes first). Names with the same sort
 * key are ordered by their exact spelling, so the result never depends on input order.
 */
export function compareUnOrder(a: string, b: string): number {
  return compareCodeUnits(unSortKey(a), unSortKey(b)) || compareCodeUnits(a, b);
}

/**
 * Returns a new array with `items` in UN order of their names; the input is not modified. Stable:
 * items whose names are identical keep their relative order.
 */
export function sortUnOrder<T>(items: readonly T[], name: NameOf<T>): T[] {
  return items
    .map((item, index) => ({ item, index, key: unSortKey(name(item)), raw: name(item) }))
    .sort(
      (x, y) =>
        compareCodeUnits(x.key, y.key) || compareCodeUnits(x.raw, y.raw) || x.index - y.index,
    )
    .map((entry) => entry.item);
}

function capitaliseFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The name as written in running text: "the Niger" when the State takes the article, the plain name
 * otherwise. With `capitalise`, the first letter is upper case ("The Niger" at the start of a
 * sentence). A name that already begins with "the" is not given a second article.
 */
export function withArticle(
  name: string,
  takesArticle: boolean,
  opts: WithArticleOptions = {},
): string {
  const text = takesArticle && !LEADING_THE.test(name) ? `the ${name}` : name;
  return opts.capitalise ? capitaliseFirst(text) : text;
}

/**
 * Joins names the UN way: "A", "A and B", "A, B and C" (no serial comma). Returns "" for an empty
 * list. The names are joined in the order given; sort them first with {@link sortUnOrder}.
 */
export function joinUnList(names: readonly string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}
