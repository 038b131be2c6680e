import { z } from "zod";

/**
 * The questionnaire definition format: versioned data, validated with zod. A question is made of one
 * or more typed fields (e.g. RAT-01 = a single choice "status" + a date "depositDate"); an answer to a
 * question is an object keyed by field key. Question IDs (RAT-01, LEG-07, …) and option codes are
 * stable: the report engine, imports and exports rely on them.
 *
 * Pure module: no server imports (client components use it too).
 */

/** Codes: UPPER_SNAKE for options, camelCase for field keys, "SEC-NN" for question IDs. */
export const ZOptionCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "option codes are UPPER_SNAKE");
export const ZFieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "field keys are camelCase");
export const ZQuestionId = z.string().regex(/^[A-Z]+-\d{2}$/, "question IDs look like RAT-01");
export const ZSectionCode = z.string().regex(/^[A-Z]$/, "section codes are one capital letter");

export const ZOption = z.object({
  code: ZOptionCode,
  label: z.string().min(1),
  help: z.string().optional(),
  /** Choosing this option asks for a text ("Other (specify)"). */
  specify: z.boolean().optional(),
  /** Exclusive in a multiple choice (e.g. "None"): cannot be combined with other options. */
  exclusive: z.boolean().optional(),
});
export type QuestionOption = z.infer<typeof ZOption>;

/** A condition on another answer, used for visibility and for conditional requirement. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; field: string; op: "answered" }
  | { question: string; field: string; op: "equals" | "notEquals"; value: string | number | boolean }
  | { question: string; field: string; op: "in" | "notIn"; values: (string | number)[] }
  /** Multiple choice: at least one of `values` is selected. */
  | { question: string; field: string; op: "includesAny"; values: string[] }
  /** The reporting cycle has this module switched on (e.g. "CONFLICT" for section J). */
  | { module: string };

export const ZCondition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ZCondition).min(1) }).strict(),
    z.object({ any: z.array(ZCondition).min(1) }).strict(),
    z.object({ not: ZCondition }).strict(),
    z.object({ question: ZQuestionId, field: ZFieldKey, op: z.literal("answered") }).strict(),
    z
      .object({
        question: ZQuestionId,
        field: ZFieldKey,
        op: z.enum(["equals", "notEquals"]),
        value: z.union([z.string(), z.number(), z.boolean()]),
      })
      .strict(),
    z
      .object({ question: ZQuestionId, field: ZFieldKey, op: z.enum(["in", "notIn"]), values: z.array(z.union([z.string(), z.number()])).min(1) })
      .strict(),
    z.object({ question: ZQuestionId, field: ZFieldKey, op: z.literal("includesAny"), values: z.array(ZOptionCode).min(1) }).strict(),
    z.object({ module: ZOptionCode }).strict(),
  ]),
);

/** The five values of a YNP field, in display order. */
export const YNP_VALUES = ["YES", "NO", "PARTIAL", "NOT_APPLICABLE", "NOT_AVAILABLE"] as const;
export type YnpValue = (typeof YNP_VALUES)[number];

const fieldBase = {
  key: ZFieldKey,
  /** Label shown with the control; the question text is shown once above all fields. */
  label: z.string().min(1),
  help: z.string().optional(),
  /** Required when the question is required (default true for the first field, false for the others). */
  required: z.boolean().optional(),
  /** Only shown when the condition holds (evaluated against the State's answers). */
  visibleWhen: ZCondition.optional(),
};

const ZGridAxis = z.array(z.object({ code: ZOptionCode, label: z.string().min(1) })).min(1);

export const ZLeafField = z.discriminatedUnion("type", [
  /** Yes / No / Partial / Not applicable / Information not available. Value: YnpValue. */
  z.object({ ...fieldBase, type: z.literal("YNP"), allowPartial: z.boolean().default(true) }),
  /** Single choice. Value: { code, other? } (see values.ts). */
  z.object({ ...fieldBase, type: z.literal("SC"), options: z.array(ZOption).min(2) }),
  /** Multiple choice. Value: { selected: code[], other?: string }. */
  z.object({ ...fieldBase, type: z.literal("MC"), options: z.array(ZOption).min(1), minSelected: z.number().int().min(0).optional() }),
  /**
   * Non-negative integer, or "not available". Value: { value: number } | { notAvailable: true };
   * with a grid: { cells: { [row]: { [column]: number | null } } } | { notAvailable: true }.
   */
  z.object({
    ...fieldBase,
    type: z.literal("INT"),
    unit: z.string().optional(),
    max: z.number().int().positive().optional(),
    /** Disaggregation grid: rows × columns (a single column when columns is absent). */
    grid: z.object({ rows: ZGridAxis, columns: ZGridAxis.optional() }).optional(),
    /** Adds a currency code next to the amount (ISO 4217, e.g. "USD"). */
    withCurrency: z.boolean().optional(),
  }),
  /** A year (four digits). Value: number. */
  z.object({ ...fieldBase, type: z.literal("YEAR"), min: z.number().int().default(1900), max: z.number().int().default(2100) }),
  /** An ISO date. Value: "YYYY-MM-DD". */
  z.object({ ...fieldBase, type: z.literal("DATE") }),
  /** Free text. Value: string of at most `wordLimit` words. */
  z.object({ ...fieldBase, type: z.literal("TXT"), wordLimit: z.number().int().positive(), multiline: z.boolean().default(true) }),
  /**
   * Instruments from reference data. Value: { instrument: code, date?: "YYYY-MM-DD", action?: code }[].
   * `instruments` lists the codes offered (reference data, BRIEF §5.1).
   */
  z.object({
    ...fieldBase,
    type: z.literal("INSTR"),
    instruments: z.array(ZOption).min(1),
    withDate: z.boolean().default(true),
    actions: z.array(ZOption).optional(),
  }),
  /** Member States from reference data. Value: ISO alpha-3 codes. */
  z.object({ ...fieldBase, type: z.literal("STATE_LIST") }),
  /** Good-practice nomination. Value: { title, description (≤150 words), results, consent: "NAMED" | "ANONYMOUS" }. */
  z.object({ ...fieldBase, type: z.literal("GP"), count: z.number().int().min(1).max(5).default(1) }),
  /** File attachments. Value: attachment ids. */
  z.object({ ...fieldBase, type: z.literal("FILE"), maxFiles: z.number().int().min(1).max(20).default(5) }),
]);
export type LeafField = z.infer<typeof ZLeafField>;

/** A repeating group (e.g. the laws of LEG-06). Value: an array of objects keyed by the sub-fields' keys. */
export const ZGroupField = z.object({
  ...fieldBase,
  type: z.literal("GROUP"),
  fields: z.array(ZLeafField).min(1),
  maxItems: z.number().int().min(1).max(100).default(20),
  itemLabel: z.string().min(1),
});
export type GroupField = z.infer<typeof ZGroupField>;

export const ZField = z.union([ZLeafField, ZGroupField]);
export type QuestionField = z.infer<typeof ZField>;
export type FieldType = QuestionField["type"];

/** Sentence kinds of BRIEF §4.2, which the report engine generates from a question. */
export const SENTENCE_KINDS = ["AGG", "SUB", "EX1", "NAMED", "GAP", "GP", "STAT", "TREND", "REC", "FN"] as const;

/**
 * What a question feeds in the report. Both lists are empty for a question that feeds no sentence
 * (supporting documents); otherwise both name at least one entry.
 */
export const ZFeeds = z.object({
  /** Report section codes (BRIEF §4.3), e.g. ["T-LEG"]. */
  sections: z.array(z.string().regex(/^T-[A-Z]+$/)),
  kinds: z.array(z.enum(SENTENCE_KINDS)),
  /** Verbatim seed sentence(s) the generator imitates, with their anchor. */
  examples: z.array(z.string()).default([]),
}).refine((f) => (f.sections.length === 0) === (f.kinds.length === 0), { error: "feeds: sections and kinds are both empty or both given" });

export const ZQuestion = z.object({
  id: ZQuestionId,
  text: z.string().min(1),
  help: z.string().optional(),
  /** R: required; O: optional; COND: required when `requiredWhen` holds. */
  requirement: z.enum(["R", "O", "COND"]),
  requiredWhen: ZCondition.optional(),
  visibleWhen: ZCondition.optional(),
  fields: z.array(ZField).min(1),
  feeds: ZFeeds,
});
export type Question = z.infer<typeof ZQuestion>;

export const ZSection = z.object({
  code: ZSectionCode,
  title: z.string().min(1),
  intro: z.string().optional(),
  /** The section is only offered when the cycle has this module (e.g. "CONFLICT" for J). */
  module: ZOptionCode.optional(),
  questions: z.array(ZQuestion).min(1),
});
export type Section = z.infer<typeof ZSection>;

export const ZQuestionnaireDefinition = z
  .object({
    /** Stable key of the questionnaire family, e.g. "tip". */
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.number().int().positive(),
    title: z.string().min(1),
    sourceLocale: z.literal("en"),
    /** Modules a cycle can switch on (e.g. ["CONFLICT"]). */
    modules: z.array(ZOptionCode).default([]),
    sections: z.array(ZSection).min(1),
  })
  .superRefine((def, ctx) => {
    const ids = new Set<string>();
    const fieldsOf = new Map<string, Set<string>>();
    for (const section of def.sections) {
      for (const q of section.questions) {
        if (ids.has(q.id)) ctx.addIssue({ code: "custom", message: `duplicate question id ${q.id}` });
        ids.add(q.id);
        const keys = new Set<string>();
        for (const f of q.fields) {
          if (keys.has(f.key)) ctx.addIssue({ code: "custom", message: `${q.id}: duplicate field key ${f.key}` });
          keys.add(f.key);
          const leaves = f.type === "GROUP" ? f.fields : [f];
          if (f.type === "GROUP" && new Set(f.fields.map((s) => s.key)).size !== f.fields.length) {
            ctx.addIssue({ code: "custom", message: `${q.id}.${f.key}: duplicate sub-field key` });
          }
          for (const leaf of leaves) {
            const options = "options" in leaf ? leaf.options : [];
            const codes = new Set(options.map((o) => o.code));
            if (codes.size !== options.length) ctx.addIssue({ code: "custom", message: `${q.id}.${f.key}: duplicate option code` });
          }
        }
        fieldsOf.set(q.id, keys);
        if (q.requirement === "COND" && !q.requiredWhen) {
          ctx.addIssue({ code: "custom", message: `${q.id}: COND requires requiredWhen` });
        }
      }
    }
    // Every condition must name an existing question and field, and a module the questionnaire has.
    const check = (c: Condition | undefined, where: string) => {
      if (!c) return;
      if ("all" in c) return c.all.forEach((x) => check(x, where));
      if ("any" in c) return c.any.forEach((x) => check(x, where));
      if ("not" in c) return check(c.not, where);
      if ("module" in c) {
        if (!def.modules.includes(c.module)) ctx.addIssue({ code: "custom", message: `${where}: unknown module ${c.module}` });
        return;
      }
      if (!fieldsOf.get(c.question)?.has(c.field)) {
        ctx.addIssue({ code: "custom", message: `${where}: condition refers to unknown ${c.question}.${c.field}` });
      }
    };
    for (const section of def.sections) {
      for (const q of section.questions) {
        check(q.visibleWhen, q.id);
        check(q.requiredWhen, q.id);
        for (const f of q.fields) {
          check(f.visibleWhen, `${q.id}.${f.key}`);
          if (f.type === "GROUP") for (const s of f.fields) check(s.visibleWhen, `${q.id}.${f.key}.${s.key}`);
        }
      }
    }
  });
export type QuestionnaireDefinition = z.infer<typeof ZQuestionnaireDefinition>;
/** The definition as written in source files, before zod applies defaults. */
export type QuestionnaireDefinitionInput = z.input<typeof ZQuestionnaireDefinition>;
