/** A piece of a paragraph's text: a generated sentence (by index) or the text between sentences. */
export interface TextRun {
  text: string;
  sentence: number | null;
}

/**
 * Splits a generated paragraph into its sentences so that each can be selected. The sentences are
 * found in order; text between them (spaces, joined template text) stays plain. `complete` is false
 * when a sentence could not be found (the paragraph was assembled differently): the editor then
 * offers the paragraph's sources as a whole as well.
 */
export function sentenceRuns(text: string, sentences: readonly { text: string }[]): { runs: TextRun[]; complete: boolean } {
  const runs: TextRun[] = [];
  let cursor = 0;
  let complete = true;
  sentences.forEach((sentence, index) => {
    const needle = sentence.text.trim();
    const at = needle ? text.indexOf(needle, cursor) : -1;
    if (at < 0) {
      complete = false;
      return;
    }
    if (at > cursor) runs.push({ text: text.slice(cursor, at), sentence: null });
    runs.push({ text: needle, sentence: index });
    cursor = at + needle.length;
  });
  if (cursor < text.length) runs.push({ text: text.slice(cursor), sentence: null });
  return { runs, complete };
}
