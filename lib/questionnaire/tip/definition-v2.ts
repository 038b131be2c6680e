import type { QuestionnaireDefinitionInput } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V1 } from "./definition-v1";

/**
 * Version 2 of the questionnaire on trafficking in persons: version 1 (BRIEF §4.4–§4.5, unchanged,
 * same question IDs) plus one optional question in section K for supporting documents (laws, action
 * plans, reports), which the brief's questionnaire does not have but the workspace's attachments need
 * (decision 004). Published versions are immutable, so this is a new version, not an edit of version 1.
 */
export const SUPPORTING_DOCUMENTS_QUESTION = {
  id: "DOC-01",
  text: "Attach any documents that support this reply, such as laws, national action plans, reports or statistics.",
  help: "PDF, Word, OpenDocument, spreadsheets or images, up to 20 MB each and 10 files in all. The secretariat reads them; they are not quoted in the report without your consent.",
  requirement: "O",
  fields: [{ key: "documents", type: "FILE", label: "Supporting documents", maxFiles: 10 }],
  feeds: { sections: [], kinds: [], examples: [] },
} as const satisfies QuestionnaireDefinitionInput["sections"][number]["questions"][number];

export const TIP_QUESTIONNAIRE_V2: QuestionnaireDefinitionInput = {
  ...TIP_QUESTIONNAIRE_V1,
  version: 2,
  sections: TIP_QUESTIONNAIRE_V1.sections.map((section) =>
    section.code === "K" ? { ...section, questions: [...section.questions, SUPPORTING_DOCUMENTS_QUESTION] } : section,
  ),
};
