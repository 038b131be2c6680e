import { parseReportDocument, type ReportDocument, type ReportDocumentInput } from "@/lib/report/document";

/**
 * A hand-built, valid report document for the Word renderer's tests and timing: every kind of block
 * (all four heading levels, generated / template / editor paragraphs, an override, a recommendations
 * block of six items), about twenty numbered paragraphs and several footnotes. The GA variant adds the
 * session, agenda item and a Summary with a footnote; the SC variant has none of them (BRIEF §2.1) but a
 * reissue note. Built here rather than by the generator so the renderer is tested on its own.
 */

/** Text an editor typed that looks like markup: it must come out literally, never as XML. */
export const FIXTURE_HOSTILE_TEXT = `As the editor noted, <w:p>&amp; <script>alert("x")</script> and 'quotes' stay text & nothing else.`;

const footnote = (id: string, text: string, origin: "generated" | "template" | "editor" = "template") => ({ id, text, origin });

type BlockInput = ReportDocumentInput["blocks"][number];

const heading = (id: string, level: "chapter" | "section" | "subsection" | "runin", text: string, label?: string): BlockInput => ({
  type: "heading",
  id,
  level,
  text,
  ...(label ? { label } : {}),
});

const paragraph = (id: string, text: string, extra: Partial<Extract<BlockInput, { type: "paragraph" }>> = {}): BlockInput => ({
  type: "paragraph",
  id,
  origin: "generated",
  text,
  ...extra,
});

function blocks(family: "SC" | "GA"): BlockInput[] {
  return [
    heading("h-intro", "chapter", "Introduction", "I."),
    paragraph(
      "p-1",
      family === "SC"
        ? "The present report is submitted pursuant to Security Council resolution 2388 (2017), by means of which the Council requested me to report back to it on the implementation of the resolution."
        : "The present report has been prepared pursuant to General Assembly resolutions 64/293 and 70/179.",
      { origin: "template", key: "intro#1", footnotes: [footnote("fn-res", "General Assembly resolution 71/1.")] },
    ),
    paragraph(
      "p-2",
      "It is based on information provided by Member States, United Nations entities and relevant international and regional bodies.",
      { origin: "template", key: "intro#2", footnotes: [footnote("fn-contrib", "Based on information received from 35 Member States that contributed to the present report.", "generated")] },
    ),
    paragraph("p-3", "It covers the reporting period from 18 December 2013 to 1 April 2016.", { origin: "template", key: "intro#3" }),
    heading("h-measures", "chapter", "Measures reported by Member States", "II."),
    heading("h-leg", "section", "Legislative and policy frameworks", "A."),
    heading("h-leg-1", "subsection", "Legislation", "1."),
    paragraph("p-4", "As at 30 September 2018, 173 States were parties to the Protocol.", { key: "T-LEG#1", sectionCode: "T-LEG" }),
    paragraph(
      "p-5",
      "The majority of reporting States (27 of 35) had criminalized trafficking in persons in line with the Protocol, while some Member States also provided for aggravated penalties when the victim was a child.",
      { key: "T-LEG#2", sectionCode: "T-LEG", footnotes: [footnote("fn-denominator", "Out of 35 Member States considered for the relevant section of the report.", "generated")] },
    ),
    paragraph(
      "p-6",
      "Few States reported specific offences for trafficking for the purpose of the exploitation of armed conflict; the others relied on general provisions.",
      { key: "T-LEG#3", sectionCode: "T-LEG" },
    ),
    heading("h-leg-2", "subsection", "National action plans", "2."),
    paragraph("p-7", "Some 20 States reported national action plans that address trafficking in persons in situations of conflict.", { key: "T-NAP#1" }),
    paragraph("p-8", "Eight of them had a dedicated budget line, and five had evaluated their plan during the reporting period.", { key: "T-NAP#2" }),
    heading("h-ident", "section", "Identification of and assistance to victims", "B."),
    heading("h-ident-run", "runin", "Overview and state of play of trafficking acts carried out by armed groups"),
    paragraph(
      "p-9",
      "Most reporting States had standard operating procedures for the identification of victims; about 60 per cent applied them at borders and in camps for displaced persons.",
      { key: "T-ID#1", footnotes: [footnote("fn-sdg", "Sustainable Development Goal targets 5.2, 8.7 and 16.2.")] },
    ),
    paragraph("p-10", "Several States provided shelters for child victims, and three reported mobile teams in conflict-affected areas.", { key: "T-ID#2" }),
    paragraph("p-11", FIXTURE_HOSTILE_TEXT, {
      key: "T-ID#3",
      overridden: true,
      generatedText: "Two States reported a compensation fund for victims.",
      footnotes: [footnote("fn-editor", `An editor's note with <b>tags</b> & "quotes".`, "editor")],
    }),
    paragraph("p-12", "Victims were referred to assistance without regard to their cooperation with the authorities in 12 States.", { key: "T-ID#4" }),
    heading("h-coop", "section", "International cooperation", "C."),
    paragraph(
      "p-13",
      "States continued their efforts to cooperate across borders, including through joint investigation teams, such as the team involving France, the Niger and Spain.",
      { key: "T-COOP#1" },
    ),
    paragraph(
      "p-14",
      "At the same time, however, few States had concluded agreements on the exchange of evidence.\nMutual legal assistance requests took, on average, more than a year.",
      { key: "T-COOP#2" },
    ),
    paragraph("p-15", "An added paragraph the editor wrote to describe regional cooperation.", { origin: "editor" }),
    heading("h-un", "chapter", "Activities of the United Nations system", "III."),
    paragraph(
      "p-16",
      "The United Nations Office on Drugs and Crime (UNODC) supported 14 States in drafting legislation.",
      { origin: "template", footnotes: [footnote("fn-pub", "International Organization for Migration, Addressing Human Trafficking and Exploitation in Times of Crisis (Geneva, 2015).")] },
    ),
    paragraph("p-17", "The International Organization for Migration (IOM) assisted 4,663 victims during the reporting period.", { origin: "template" }),
    heading("h-obs", "chapter", "Observations and recommendations", "IV."),
    paragraph("p-18", "States have made some strides in criminalizing trafficking in persons, but gaps remain in the identification of victims in conflict.", { origin: "template" }),
    paragraph("p-19", "I welcome the setting up of joint investigation teams and encourage their replication.", { origin: "template" }),
    {
      type: "recommendations",
      id: "rec-1",
      key: "recommendations",
      origin: "template",
      chapeau: family === "SC" ? "I urge the Security Council to:" : "It is recommended that the General Assembly consider taking the following actions:",
      items: [
        { id: "r-a", text: "Call upon Member States that have not yet done so to ratify or accede to the United Nations Convention against Transnational Organized Crime and the Protocol thereto" },
        { id: "r-b", text: "Encourage Member States to adopt national action plans that address trafficking in persons in situations of conflict;" },
        { id: "r-c", text: "Request the United Nations Office on Drugs and Crime to continue to support States in drafting legislation." },
        { id: "r-d", text: "Invite States to collect, preserve and store evidence of trafficking in persons" },
        { id: "r-e", text: "Recognize the role of civil society in identifying and assisting victims" },
        { id: "r-f", text: "Note current procedures and safeguards in United Nations procurement and supply chains" },
      ],
    },
    paragraph(
      "p-21",
      family === "SC"
        ? "The Security Council may wish to request me to continue to report annually to the Council on trafficking in persons in armed conflict."
        : "The General Assembly may wish to request the Secretary-General to report to it at its eighty-third session.",
      { origin: "template" },
    ),
  ];
}

const generation = {
  cycleSlug: "2026",
  questionnaireVersion: 2,
  generatedAt: "2026-11-20T09:00:00.000Z",
  replies: [
    { stateId: "AL", stateName: "Albania", submissionId: "sub-al", version: 1, sha256: "a".repeat(64), status: "ACCEPTED" as const },
    { stateId: "NE", stateName: "Niger", submissionId: "sub-ne", version: 2, sha256: "b".repeat(64), status: "SUBMITTED" as const },
  ],
};

/** The Security Council variant: no session, agenda item or Summary; reissued, so the symbol carries "*". */
export function scDocxFixture(): ReportDocument {
  return parseReportDocument({
    schemaVersion: 1,
    meta: {
      family: "SC",
      templateId: "sc-conflict",
      symbol: "S/2026/1042",
      organ: "Security Council",
      date: "2026-11-21",
      title: "Report of the Secretary-General on trafficking in persons in armed conflict pursuant to Security Council resolution 2388 (2017)",
      jobNumber: "26-17756 (E) 271126",
      reissueNote: "Reissued for technical reasons on 6 December 2026.",
      naming: "anonymous",
      includeSubmitted: true,
    },
    blocks: blocks("SC"),
    generation,
  } satisfies ReportDocumentInput);
}

/** The General Assembly variant: session, agenda item (with its asterisk note) and a Summary with a footnote. */
export function gaDocxFixture(): ReportDocument {
  return parseReportDocument({
    schemaVersion: 1,
    meta: {
      family: "GA",
      templateId: "ga-coordination",
      symbol: "A/81/119",
      organ: "General Assembly",
      date: "2026-07-01",
      session: "Eighty-first session",
      agendaItem: { number: 105, listType: "preliminary list", listSymbol: "A/81/50", title: "Crime prevention and criminal justice" },
      title: "Improving the coordination of efforts against trafficking in persons",
      subtitle: "Report of the Secretary-General",
      jobNumber: "V.26-03998 (E) 220726 250726",
      naming: "respondents-listed",
      includeSubmitted: false,
    },
    summary: {
      text: "The present report has been prepared pursuant to General Assembly resolutions 64/293 and 70/179. It summarizes the efforts of Member States and the entities of the United Nations system towards implementing Assembly resolution 70/179.\nThe report further provides an update on the implementation of the Global Plan of Action.",
      footnotes: [footnote("fn-summary", "General Assembly resolution 64/293, annex.")],
    },
    blocks: blocks("GA"),
    generation,
  } satisfies ReportDocumentInput);
}
