import type { LeafField, QuestionField, QuestionnaireDefinition } from "./definition";

/**
 * Translations of a questionnaire: the definition stays English-first (its `sourceLocale`); every text a
 * State sees — titles, intros, question texts, help texts, field labels, option labels, grid rows and
 * columns, group item labels — has a stable flat key, and a translation maps keys to texts:
 *
 *   "sections.C.title", "questions.LEG-01.text", "questions.LEG-01.fields.status.label",
 *   "questions.LEG-01.fields.status.options.YES", "questions.PROT-04.fields.byYear.fields.year.label",
 *   "questions.PROT-04.fields.byYear.fields.bySexAndAge.rows.FEMALE".
 *
 * Keys are built from the IDs and codes the report engine and the exchange formats already rely on, so a
 * translation never changes what an answer means. A missing key falls back to English; `missingTranslations`
 * lists them (the admin sees what is missing); a key the definition does not have is an error.
 */

export type TranslationStrings = Readonly<Record<string, string>>;

function leafStrings(prefix: string, field: LeafField, out: Map<string, string>): void {
  out.set(`${prefix}.label`, field.label);
  if (field.help) out.set(`${prefix}.help`, field.help);
  if ("options" in field) {
    for (const o of field.options) {
      out.set(`${prefix}.options.${o.code}`, o.label);
      if (o.help) out.set(`${prefix}.options.${o.code}.help`, o.help);
    }
  }
  if ("grid" in field && field.grid) {
    for (const r of field.grid.rows) out.set(`${prefix}.rows.${r.code}`, r.label);
    for (const c of field.grid.columns ?? []) out.set(`${prefix}.columns.${c.code}`, c.label);
  }
}

function fieldStrings(prefix: string, field: QuestionField, out: Map<string, string>): void {
  if (field.type === "GROUP") {
    out.set(`${prefix}.label`, field.label);
    if (field.help) out.set(`${prefix}.help`, field.help);
    out.set(`${prefix}.itemLabel`, field.itemLabel);
    for (const sub of field.fields) leafStrings(`${prefix}.fields.${sub.key}`, sub, out);
    return;
  }
  leafStrings(prefix, field, out);
}

/** Every translatable text of a definition, by key, in reading order (English source). */
export function translatableStrings(def: QuestionnaireDefinition): Map<string, string> {
  const out = new Map<string, string>();
  out.set("title", def.title);
  for (const section of def.sections) {
    out.set(`sections.${section.code}.title`, section.title);
    if (section.intro) out.set(`sections.${section.code}.intro`, section.intro);
    for (const q of section.questions) {
      out.set(`questions.${q.id}.text`, q.text);
      if (q.help) out.set(`questions.${q.id}.help`, q.help);
      for (const f of q.fields) fieldStrings(`questions.${q.id}.fields.${f.key}`, f, out);
    }
  }
  return out;
}

/** Keys of the definition the translation lacks (or leaves empty), in reading order. */
export function missingTranslations(def: QuestionnaireDefinition, strings: TranslationStrings): string[] {
  return [...translatableStrings(def).keys()].filter((k) => !(typeof strings[k] === "string" && strings[k]!.trim() !== ""));
}

/** Keys of the translation the definition does not have (a typo, or a question of another version). */
export function unknownTranslationKeys(def: QuestionnaireDefinition, strings: TranslationStrings, opts: { allowOtherVersions?: readonly QuestionnaireDefinition[] } = {}): string[] {
  const known = new Set(translatableStrings(def).keys());
  for (const other of opts.allowOtherVersions ?? []) for (const k of translatableStrings(other).keys()) known.add(k);
  return Object.keys(strings).filter((k) => !known.has(k));
}

function pick(strings: TranslationStrings, key: string, fallback: string): string {
  const value = strings[key];
  return typeof value === "string" && value.trim() !== "" ? value : fallback;
}

function pickOptional(strings: TranslationStrings, key: string, fallback: string | undefined): string | undefined {
  return fallback === undefined ? undefined : pick(strings, key, fallback);
}

function localiseLeaf<F extends LeafField>(prefix: string, field: F, strings: TranslationStrings): F {
  const out: LeafField = { ...field, label: pick(strings, `${prefix}.label`, field.label), help: pickOptional(strings, `${prefix}.help`, field.help) };
  if ("options" in out && "options" in field) {
    (out as { options: typeof field.options }).options = field.options.map((o) => ({
      ...o,
      label: pick(strings, `${prefix}.options.${o.code}`, o.label),
      help: pickOptional(strings, `${prefix}.options.${o.code}.help`, o.help),
    }));
  }
  if ("grid" in field && field.grid && "grid" in out) {
    (out as { grid: typeof field.grid }).grid = {
      rows: field.grid.rows.map((r) => ({ ...r, label: pick(strings, `${prefix}.rows.${r.code}`, r.label) })),
      columns: field.grid.columns?.map((c) => ({ ...c, label: pick(strings, `${prefix}.columns.${c.code}`, c.label) })),
    };
  }
  return out as F;
}

/**
 * The definition with its texts in another language (English where the translation has no text). IDs,
 * codes, conditions, limits and feeds are untouched: validation and aggregation behave the same.
 */
export function localiseDefinition(def: QuestionnaireDefinition, strings: TranslationStrings | undefined): QuestionnaireDefinition {
  if (!strings || Object.keys(strings).length === 0) return def;
  return {
    ...def,
    title: pick(strings, "title", def.title),
    sections: def.sections.map((section) => ({
      ...section,
      title: pick(strings, `sections.${section.code}.title`, section.title),
      intro: pickOptional(strings, `sections.${section.code}.intro`, section.intro),
      questions: section.questions.map((q) => ({
        ...q,
        text: pick(strings, `questions.${q.id}.text`, q.text),
        help: pickOptional(strings, `questions.${q.id}.help`, q.help),
        fields: q.fields.map((f): QuestionField => {
          const prefix = `questions.${q.id}.fields.${f.key}`;
          if (f.type === "GROUP") {
            return {
              ...f,
              label: pick(strings, `${prefix}.label`, f.label),
              help: pickOptional(strings, `${prefix}.help`, f.help),
              itemLabel: pick(strings, `${prefix}.itemLabel`, f.itemLabel),
              fields: f.fields.map((sub) => localiseLeaf(`${prefix}.fields.${sub.key}`, sub, strings)),
            };
          }
          return localiseLeaf(prefix, f, strings);
        }),
      })),
    })),
  };
}
