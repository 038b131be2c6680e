/**
 * Word counting for word limits (TXT fields, "Other (specify)" texts, good-practice nominations).
 *
 * The rule is deterministic and the same in every browser and on the server, which `Intl.Segmenter`
 * is not (its dictionary segmentation of Chinese and Japanese depends on the ICU data shipped with
 * the runtime, so a text could pass the limit in the browser and fail on the server):
 *
 * - Each Chinese ideograph, Japanese kana character and the kana length mark (ー) is one word, as word
 *   processors count East Asian text. A word limit therefore works as a character limit in Chinese and
 *   Japanese ("150 words" = 150 characters), which is stricter than English but predictable.
 * - Any other word is a run of letters, combining marks and digits of any script (Latin with accents,
 *   Cyrillic, Arabic with its vowel marks, Hangul, Devanagari …). Runs joined by a hyphen, an
 *   apostrophe, a full stop, a zero-width (non-)joiner or a soft hyphen form one word
 *   ("anti-trafficking", "l'exploitation", "e.g.", "www.unodc.org"); a comma or an Arabic decimal or
 *   thousands separator joins digits only ("1,000", "3٫5").
 * - Punctuation, symbols and emoji on their own are not words ("—", "&", "%").
 * - Scripts written without spaces other than Chinese and Japanese (Thai, Lao, Khmer, Myanmar) count one
 *   word per space-separated run; no such language is a working language of the system.
 *
 * Pure module: no server imports.
 */

const IDEOGRAPHIC = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\uFF70";
const WORD_CHAR = `(?:(?![${IDEOGRAPHIC}])[\\p{L}\\p{M}\\p{N}])`;
const JOINER = `(?:[-\\u2010\\u2011'\\u2019\\u02BC.\\u00AD\\u200C\\u200D]|(?<=\\p{N})[,\\u066B\\u066C](?=\\p{N}))`;
const WORD = new RegExp(`[${IDEOGRAPHIC}]|${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*`, "gu");

/** The number of words in `text` under the rule documented on this module. */
export function countWords(text: string): number {
  return Array.from(text.matchAll(WORD)).length;
}

/** True when `text` has at most `limit` words. */
export function isWithinWordLimit(text: string, limit: number): boolean {
  return countWords(text) <= limit;
}
