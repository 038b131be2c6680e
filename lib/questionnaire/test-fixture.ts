import { ZQuestionnaireDefinition, type QuestionnaireDefinition, type QuestionnaireDefinitionInput } from "./definition";
import type { Answers } from "./values";

/**
 * A small questionnaire for tests: three sections, every field type, a conditionally required question,
 * a module-gated section and a chain of conditions. Not real questions; do not use it for seed data.
 *
 * - A (Legislation): LEG-01 YNP status + TXT details. LEG-02 (shown when LEG-01.status is YES or
 *   PARTIAL): SC kind with OTHER (specify) + YEAR year (shown when kind = LAW, required). LEG-03 (shown
 *   when LEG-02.kind is LAW or POLICY — the chain LEG-01 → LEG-02 → LEG-03; required when LEG-01.status
 *   = YES): MC forms with OTHER (specify) and NONE (exclusive). LEG-04 (optional): GROUP laws {title TXT,
 *   adopted DATE, subjects MC}. LEG-05 (optional, shown unless LEG-01.status = NO): MC topics
 *   (minSelected 2), DATE adoptedOn, YEAR firstYear. LEG-06 (required): INSTR instruments with actions.
 * - B (Data): DAT-01 INT victims (max 1,000,000). DAT-02 INT grid bySex (3 rows × 2 columns, optional).
 *   DAT-03 INT grid cases (single column, required) + INT confiscated with currency. DAT-04 STATE_LIST
 *   partners + TXT notes (shown when partners answered). DAT-05 FILE documents (max 2). DAT-06 GP
 *   practices (count 2, required). DAT-07 TXT conflictNotes (shown when the CONFLICT module is on).
 * - J (Conflict, module CONFLICT): CON-01 SC situation + YNP hosting (no PARTIAL). CON-02 INT victims,
 *   required when CON-01.situation is answered and not NONE.
 */
export const TEST_DEFINITION_INPUT: QuestionnaireDefinitionInput = {
  key: "test",
  version: 1,
  title: "Test questionnaire",
  sourceLocale: "en",
  modules: ["CONFLICT"],
  sections: [
    {
      code: "A",
      title: "Legislation",
      questions: [
        {
          id: "LEG-01",
          text: "Does your legislation criminalize trafficking in persons?",
          requirement: "R",
          fields: [
            { key: "status", label: "Status", type: "YNP" },
            { key: "details", label: "Details", type: "TXT", wordLimit: 50 },
          ],
          feeds: { sections: ["T-LEG"], kinds: ["AGG"] },
        },
        {
          id: "LEG-02",
          text: "What kind of instrument is it?",
          requirement: "R",
          visibleWhen: { question: "LEG-01", field: "status", op: "in", values: ["YES", "PARTIAL"] },
          fields: [
            {
              key: "kind",
              label: "Kind",
              type: "SC",
              options: [
                { code: "LAW", label: "A law" },
                { code: "POLICY", label: "A policy" },
                { code: "OTHER", label: "Other (specify)", specify: true },
              ],
            },
            {
              key: "year",
              label: "Year of adoption",
              type: "YEAR",
              min: 1990,
              max: 2030,
              required: true,
              visibleWhen: { question: "LEG-02", field: "kind", op: "equals", value: "LAW" },
            },
          ],
          feeds: { sections: ["T-LEG"], kinds: ["SUB"] },
        },
        {
          id: "LEG-03",
          text: "Which forms of exploitation does it cover?",
          requirement: "COND",
          requiredWhen: { question: "LEG-01", field: "status", op: "equals", value: "YES" },
          visibleWhen: { question: "LEG-02", field: "kind", op: "in", values: ["LAW", "POLICY"] },
          fields: [
            {
              key: "forms",
              label: "Forms",
              type: "MC",
              options: [
                { code: "SEXUAL", label: "Sexual exploitation" },
                { code: "LABOUR", label: "Forced labour" },
                { code: "BEGGING", label: "Forced begging" },
                { code: "OTHER", label: "Other (specify)", specify: true },
                { code: "NONE", label: "None", exclusive: true },
              ],
            },
          ],
          feeds: { sections: ["T-LEG"], kinds: ["AGG", "NAMED"] },
        },
        {
          id: "LEG-04",
          text: "List the laws adopted during the reporting period.",
          requirement: "O",
          fields: [
            {
              key: "laws",
              label: "Laws",
              type: "GROUP",
              itemLabel: "Law",
              maxItems: 3,
              fields: [
                { key: "title", label: "Title", type: "TXT", wordLimit: 30, multiline: false },
                { key: "adopted", label: "Date of adoption", type: "DATE" },
                {
                  key: "subjects",
                  label: "Subjects",
                  type: "MC",
                  options: [
                    { code: "OFFENCE", label: "Trafficking offence" },
                    { code: "PROTECTION", label: "Victim protection" },
                    { code: "OTHER", label: "Other (specify)", specify: true },
                  ],
                },
              ],
            },
          ],
          feeds: { sections: ["T-LEG"], kinds: ["NAMED"] },
        },
        {
          id: "LEG-05",
          text: "Which topics does your research cover?",
          requirement: "O",
          visibleWhen: { not: { question: "LEG-01", field: "status", op: "equals", value: "NO" } },
          fields: [
            {
              key: "topics",
              label: "Topics",
              type: "MC",
              minSelected: 2,
              options: [
                { code: "PREVALENCE", label: "Prevalence" },
                { code: "MIGRATION", label: "Links with migration" },
                { code: "GENDER", label: "Gender dimensions" },
              ],
            },
            { key: "adoptedOn", label: "Date", type: "DATE" },
            { key: "firstYear", label: "First year", type: "YEAR" },
          ],
          feeds: { sections: ["T-DATA"], kinds: ["AGG"] },
        },
        {
          id: "LEG-06",
          text: "Please confirm your State's status with respect to the instruments.",
          requirement: "R",
          fields: [
            {
              key: "instruments",
              label: "Instruments",
              type: "INSTR",
              instruments: [
                { code: "UNTOC", label: "Organized Crime Convention" },
                { code: "TIP_PROTOCOL", label: "Trafficking in Persons Protocol" },
                { code: "SOM_PROTOCOL", label: "Smuggling of Migrants Protocol" },
              ],
              actions: [
                { code: "RATIFICATION", label: "Ratification" },
                { code: "ACCESSION", label: "Accession" },
                { code: "SUCCESSION", label: "Succession" },
              ],
            },
          ],
          feeds: { sections: ["T-RAT"], kinds: ["STAT", "FN"] },
        },
      ],
    },
    {
      code: "B",
      title: "Data",
      questions: [
        {
          id: "DAT-01",
          text: "How many victims were identified?",
          requirement: "R",
          fields: [{ key: "victims", label: "Victims", type: "INT", unit: "persons", max: 1_000_000 }],
          feeds: { sections: ["T-PROT"], kinds: ["STAT"] },
        },
        {
          id: "DAT-02",
          text: "Victims by sex and age.",
          requirement: "O",
          fields: [
            {
              key: "bySex",
              label: "Victims by sex and age",
              type: "INT",
              grid: {
                rows: [
                  { code: "FEMALE", label: "Female" },
                  { code: "MALE", label: "Male" },
                  { code: "OTHER", label: "Other or not recorded" },
                ],
                columns: [
                  { code: "ADULT", label: "Adult" },
                  { code: "CHILD", label: "Child" },
                ],
              },
            },
          ],
          feeds: { sections: ["T-PROT"], kinds: ["STAT"] },
        },
        {
          id: "DAT-03",
          text: "Criminal justice response and confiscated proceeds.",
          requirement: "R",
          fields: [
            {
              key: "cases",
              label: "Cases",
              type: "INT",
              grid: {
                rows: [
                  { code: "INVESTIGATED", label: "Investigated" },
                  { code: "PROSECUTED", label: "Prosecuted" },
                  { code: "CONVICTED", label: "Convicted" },
                ],
              },
            },
            { key: "confiscated", label: "Amount confiscated", type: "INT", withCurrency: true },
          ],
          feeds: { sections: ["T-ACC", "T-FIN"], kinds: ["STAT"] },
        },
        {
          id: "DAT-04",
          text: "With which States did you cooperate?",
          requirement: "O",
          fields: [
            { key: "partners", label: "Partner States", type: "STATE_LIST" },
            {
              key: "notes",
              label: "Notes",
              type: "TXT",
              wordLimit: 100,
              visibleWhen: { question: "DAT-04", field: "partners", op: "answered" },
            },
          ],
          feeds: { sections: ["T-COOP"], kinds: ["NAMED"] },
        },
        {
          id: "DAT-05",
          text: "Attach your national report.",
          requirement: "O",
          fields: [{ key: "documents", label: "Documents", type: "FILE", maxFiles: 2 }],
          feeds: { sections: ["T-DATA"], kinds: ["FN"] },
        },
        {
          id: "DAT-06",
          text: "Nominate good practices.",
          requirement: "R",
          fields: [{ key: "practices", label: "Good practices", type: "GP", count: 2 }],
          feeds: { sections: ["T-PROT"], kinds: ["GP"] },
        },
        {
          id: "DAT-07",
          text: "Anything to add on conflict settings?",
          requirement: "O",
          visibleWhen: { module: "CONFLICT" },
          fields: [{ key: "conflictNotes", label: "Notes", type: "TXT", wordLimit: 100 }],
          feeds: { sections: ["T-CONF"], kinds: ["EX1"] },
        },
      ],
    },
    {
      code: "J",
      title: "Conflict",
      module: "CONFLICT",
      questions: [
        {
          id: "CON-01",
          text: "Is your State affected by armed conflict?",
          requirement: "R",
          fields: [
            {
              key: "situation",
              label: "Situation",
              type: "SC",
              options: [
                { code: "INTERNATIONAL", label: "International armed conflict" },
                { code: "NON_INTERNATIONAL", label: "Non-international armed conflict" },
                { code: "POST_CONFLICT", label: "Post-conflict situation" },
                { code: "NONE", label: "No armed conflict" },
              ],
            },
            { key: "hosting", label: "Hosting persons fleeing conflict", type: "YNP", allowPartial: false },
          ],
          feeds: { sections: ["T-CONF"], kinds: ["AGG"] },
        },
        {
          id: "CON-02",
          text: "How many victims were trafficked by armed groups?",
          requirement: "COND",
          requiredWhen: {
            all: [
              { question: "CON-01", field: "situation", op: "answered" },
              { question: "CON-01", field: "situation", op: "notEquals", value: "NONE" },
            ],
          },
          fields: [{ key: "victims", label: "Victims", type: "INT" }],
          feeds: { sections: ["T-CONF"], kinds: ["STAT"] },
        },
      ],
    },
  ],
};

/** The test questionnaire, parsed (defaults applied). */
export const TEST_DEFINITION: QuestionnaireDefinition = ZQuestionnaireDefinition.parse(TEST_DEFINITION_INPUT);

/** UUIDs for FILE values in tests. */
export const TEST_FILE_IDS = ["0b6c8f4e-2d1a-4c3b-9e8f-7a6b5c4d3e2f", "1c7d9a5f-3e2b-4d4c-8f9a-8b7c6d5e4f3a", "2d8e0b6a-4f3c-4e5d-9a0b-9c8d7e6f5a4b"] as const;

/**
 * Answers to the test questionnaire that can be submitted with no module switched on (LEG-01 = YES, so
 * LEG-02, LEG-03 and the year are shown and LEG-03 is required). A new object on every call.
 */
export function completeTestAnswers(): Answers {
  return {
    "LEG-01": { status: "YES" },
    "LEG-02": { kind: { code: "LAW" }, year: 2015 },
    "LEG-03": { forms: { selected: ["SEXUAL", "LABOUR"] } },
    "LEG-06": { instruments: [{ instrument: "UNTOC", date: "2003-09-29", action: "RATIFICATION" }] },
    "DAT-01": { victims: { value: 12 } },
    "DAT-03": { cases: { cells: { INVESTIGATED: { VALUE: 3 } } } },
    "DAT-06": { practices: [{ title: "Shelter network", description: "A network of shelters for victims.", consent: "NAMED" }] },
  };
}
