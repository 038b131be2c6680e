/**
 * United Nations editorial number style (BRIEF §2.12). Pure functions.
 *
 * - One to nine are spelled out, 10 and above are figures ("two States", "10 States", "35 Member
 *   States"); zero is spelled out too ("no" is usually better, but the number rule is kept simple).
 * - A number that starts a sentence is spelled out, whatever its size ("Thirty-nine Member States…").
 * - In a series that contains a number of 10 or more, all numbers are figures ("27 countries, while 7
 *   Member States").
 * - Thousands take a comma separator: "1,352", "26,000".
 * - Percentages: figures followed by "per cent", never "%" ("87 per cent", "4 per cent"); spelled out at
 *   the start of a sentence ("Five per cent of the countries").
 * - Money: "$2 million", "$1.4 million", "$357,701", "$400,000".
 * - Ranges: "between 2012 and 2014", "from 18 December 2013 to 1 April 2016", and a span of years with
 *   an en dash ("2015–2017").
 * - Dates: day month year, no comma ("16 December 2015"); status dates "As at 30 September 2018" by
 *   default ("As of" configurable).
 * - Ordinals for sessions: "seventy-first session".
 */

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [
  [1_000_000_000, "billion"],
  [1_000_000, "million"],
  [1_000, "thousand"],
];

function checkInteger(n: number, what = "number") {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer (got ${n})`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds) parts.push(`${ONES[hundreds]} hundred`);
  if (rest) {
    const words = rest < 20 ? ONES[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${ONES[rest % 10]}` : "");
    parts.push(words);
  }
  return parts.join(" and ");
}

/** A non-negative integer in words, British style: 88 → "eighty-eight", 101 → "one hundred and one". */
export function numberToWords(n: number): string {
  checkInteger(n);
  if (n === 0) return "zero";
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      parts.push(`${below1000(Math.floor(rest / size))} ${name}`);
      rest %= size;
    }
  }
  if (rest) parts.push(rest < 100 && parts.length ? `and ${below1000(rest)}` : below1000(rest));
  return parts.join(" ");
}

/** Figures with a comma every three digits: 1352 → "1,352"; decimals kept: 1.4 → "1.4". */
export function withThousands(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const negative = n < 0;
  const [int, dec] = Math.abs(n).toString().split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${dec ? `.${dec}` : ""}`;
}

export interface NumberStyleOptions {
  /** The number opens the sentence: spelled out, capitalised. */
  sentenceStart?: boolean;
  /** The number belongs to a series with a number of 10 or more: figures. */
  inSeriesWithLarge?: boolean;
}

/** A count in running text: "seven", "10", "1,352"; "Thirty-nine" at the start of a sentence. */
export function formatCount(n: number, opts: NumberStyleOptions = {}): string {
  checkInteger(n, "count");
  if (opts.sentenceStart) return capitalise(numberToWords(n));
  if (n <= 9 && !opts.inSeriesWithLarge) return numberToWords(n);
  return withThousands(n);
}

/**
 * The numbers of one series in running text: all figures when any is 10 or more (27 and 7 →
 * ["27", "7"]), otherwise words ([6, 8] → ["six", "eight"]). With `sentenceStart`, the first is
 * spelled out and capitalised ("Fourteen action plans, six with … and eight with …").
 */
export function formatSeries(ns: readonly number[], opts: { sentenceStart?: boolean } = {}): string[] {
  const large = ns.some((n) => n >= 10);
  return ns.map((n, i) => formatCount(n, { inSeriesWithLarge: large, sentenceStart: opts.sentenceStart === true && i === 0 }));
}

/** "87 per cent"; "Five per cent" at the start of a sentence. Integers only (round first). */
export function formatPercent(p: number, opts: { sentenceStart?: boolean } = {}): string {
  checkInteger(p, "percentage");
  return opts.sentenceStart ? `${capitalise(numberToWords(p))} per cent` : `${withThousands(p)} per cent`;
}

/** The share n / d as a whole percentage, half up: 146 of 173 → 84.39… → 84; 1 of 8 → 12.5 → 13. */
export function percentOf(n: number, d: number): number {
  checkInteger(n, "count");
  checkInteger(d, "denominator");
  if (d === 0) throw new RangeError("denominator must be positive");
  return Math.floor((n * 200 + d) / (2 * d));
}

/**
 * An amount of United States dollars: "$357,701", "$400,000", "$2 million", "$1.4 million". Whole
 * millions, or millions with one decimal, are written in millions; other amounts in full.
 */
export function formatDollars(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`amount must be a non-negative number (got ${amount})`);
  if (amount >= 1_000_000 && Number.isInteger(amount / 100_000)) {
    return `$${withThousands(amount / 1_000_000)} million`;
  }
  return `$${withThousands(amount)}`;
}

/** "between 2012 and 2014" (the two ends as given, already formatted). */
export function betweenRange(from: string, to: string): string {
  return `between ${from} and ${to}`;
}

/** "from 18 December 2013 to 1 April 2016". */
export function fromToRange(from: string, to: string): string {
  return `from ${from} to ${to}`;
}

/** A span of years with an en dash: "2015–2017"; one year alone when both ends are equal. */
export function yearSpan(from: number, to: number): string {
  checkInteger(from, "year");
  checkInteger(to, "year");
  if (to < from) throw new RangeError(`year span ends before it starts (${from}–${to})`);
  return from === to ? String(from) : `${from}\u2013${to}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An ISO date "2015-12-16" as "16 December 2015"; "2014-08" as "August 2014". */
export function formatUnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`not an ISO date: "${iso}"`);
  if (m[3] === undefined) return `${MONTHS[month - 1]} ${m[1]}`;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (day < 1 || day > days) throw new RangeError(`not an ISO date: "${iso}"`);
  return `${day} ${MONTHS[month - 1]} ${m[1]}`;
}

/** "As at 30 September 2018" (default) or "As of 30 May 2016". */
export function statusDate(iso: string, style: "as at" | "as of" = "as at", opts: { sentenceStart?: boolean } = { sentenceStart: true }): string {
  const lead = opts.sentenceStart === false ? style : capitalise(style);
  return `${lead} ${formatUnDate(iso)}`;
}

const ORDINAL_ONES: Record<string, string> = {
  one: "first", two: "second", three: "third", five: "fifth", eight: "eighth", nine: "ninth", twelve: "twelfth",
};

/** An ordinal in words: 71 → "seventy-first", 25 → "twenty-fifth", 8 → "eighth", 40 → "fortieth". */
export function ordinalWords(n: number): string {
  checkInteger(n);
  if (n === 0) throw new RangeError("no ordinal for zero");
  const words = numberToWords(n);
  const m = /^(.*?)([a-z]+)$/.exec(words)!;
  const last = m[2]!;
  let ord: string;
  if (ORDINAL_ONES[last]) ord = ORDINAL_ONES[last]!;
  else if (last.endsWith("y")) ord = `${last.slice(0, -1)}ieth`;
  else ord = `${last}th`;
  return m[1] + ord;
}
