import { parseReportDocument, type ReportDocument, type ReportDocumentInput } from "@/lib/report/document";

/**
 * Hand-built report documents for the PDF renderer's tests and the benchmark: a Security Council and a
 * General Assembly variant of about 40 numbered paragraphs, so that the draft runs over several pages,
 * with footnotes cited on different pages, a recommendations block of 14 items, names outside plain
 * ASCII ("Côte d’Ivoire", "Türkiye", "Łódź"), an en dash, curly quotes and an editor's override that
 * looks like markup. The texts are deterministic; nothing here reads a clock.
 */

/** The override an editor typed; the PDF must print it literally. */
export const LITERAL_OVERRIDE = "As the editor wrote: <b>&amp; <script>alert(1)</script> stays text.";

const OPENERS = [
  "During the reporting period",
  "As at 30 September 2026",
  "In the replies received",
  "Within the framework of the Global Plan of Action",
  "In line with Security Council resolution 2388 (2017)",
  "According to the information provided",
];

const CLAUSES = [
  "the majority of Member States reported having adopted comprehensive legislation criminalizing trafficking in persons in accordance with the Trafficking in Persons Protocol",
  "several States described national referral mechanisms that bring together law enforcement, labour inspectorates, social services and civil society organizations",
  "some Member States noted that victims identified in areas affected by armed conflict rarely have access to specialized shelters, legal aid or psychosocial support",
  "a number of States reported joint investigation teams and the exchange of financial intelligence with neighbouring countries on cases involving armed groups",
  "limited information was reported on the prosecution of trafficking offences committed for the purpose of recruitment into armed forces or armed groups",
  "the United Nations Office on Drugs and Crime (UNODC) continued to provide technical assistance on the investigation of complex trafficking cases",
  "States highlighted the role of “non-punishment” provisions in ensuring that victims are not held liable for offences they were compelled to commit",
  "training was delivered to more than 1,352 officials in the period 2024–2026, including border guards, prosecutors and judges",
  "Côte d’Ivoire, Türkiye and the Niger described cooperation with international organizations in screening persons forcibly displaced by conflict",
  "a regional workshop held in Łódź examined the risks that public procurement and supply chains contribute to trafficking in persons",
  "States also reported measures to reduce vulnerabilities of children separated from their families during displacement",
  "only a few States reported data disaggregated by sex, age and form of exploitation, which limits the assessment of trends",
];

const CLOSERS = [
  "Further efforts are needed to ensure that these measures reach the persons most at risk.",
  "These efforts were reported to have improved coordination at the national level.",
  "The information received did not allow an assessment of the results achieved.",
  "Such practices could usefully be replicated by other Member States.",
  "The Secretariat will continue to follow these developments closely.",
];

/** A deterministic paragraph of three to four sentences; `n` makes each one different. */
function paragraphText(n: number): string {
  const a = CLAUSES[n % CLAUSES.length]!;
  const b = CLAUSES[(n * 5 + 3) % CLAUSES.length]!;
  const c = CLAUSES[(n * 7 + 1) % CLAUSES.length]!;
  const opener = OPENERS[n % OPENERS.length]!;
  const closer = CLOSERS[n % CLOSERS.length]!;
  const long = n % 3 === 0 ? ` In addition, ${c}.` : "";
  return `${opener}, ${a}. Moreover, ${b}.${long} ${closer}`;
}

type Footnote = { id: string; text: string; origin: "generated" | "template" | "editor" };
type ParagraphInput = {
  type: "paragraph";
  id: string;
  origin: "generated" | "template" | "editor";
  text: string;
  overridden?: boolean;
  generatedText?: string;
  footnotes?: Footnote[];
};
type BlockInput = ReportDocumentInput["blocks"][number];

/** Footnotes by paragraph index (0-based), spread so that they are cited on different pages. */
const FOOTNOTES: Record<number, Footnote[]> = {
  1: [{ id: "fn-contrib", origin: "generated", text: "Based on information received from 35 Member States that contributed to the present report." }],
  9: [{ id: "fn-denominator", origin: "generated", text: "Out of 179 Member States considered for the relevant section of the report." }],
  17: [
    { id: "fn-res", origin: "template", text: "General Assembly resolution 71/1." },
    { id: "fn-isil", origin: "editor", text: "Also known as Da’esh. The terms are used interchangeably by various stakeholders." },
  ],
  26: [
    {
      id: "fn-iom",
      origin: "template",
      text: "International Organization for Migration, Addressing Human Trafficking and Exploitation in Times of Crisis: Evidence and Recommendations for Further Action to Protect Vulnerable and Mobile Populations (Geneva, 2015).",
    },
  ],
  33: [{ id: "fn-sdg", origin: "template", text: "Sustainable Development Goal targets 5.2, 8.7 and 16.2." }],
};

/** The index of the paragraph that carries the editor's literal override. */
const OVERRIDE_INDEX = 21;

function paragraph(i: number): ParagraphInput {
  const text = paragraphText(i);
  const override = i === OVERRIDE_INDEX;
  return {
    type: "paragraph",
    id: `p${i + 1}`,
    origin: override ? "editor" : "generated",
    text: override ? `${LITERAL_OVERRIDE} ${text}` : text,
    overridden: override,
    generatedText: override ? text : undefined,
    footnotes: FOOTNOTES[i] ?? [],
  };
}

const RECOMMENDATION_ITEMS = [
  "Call upon Member States that have not yet done so to ratify or accede to the United Nations Convention against Transnational Organized Crime and the Protocol thereto",
  "Encourage Member States to criminalize all forms of trafficking in persons, including trafficking for the purpose of recruitment into armed groups",
  "Encourage Member States to screen persons forcibly displaced by conflict for indicators of trafficking",
  "Request the United Nations Office on Drugs and Crime to continue to provide technical assistance to Member States",
  "Invite Member States to establish or strengthen national referral mechanisms",
  "Encourage Member States to ensure that victims are not punished for offences they were compelled to commit;",
  "Call upon Member States to collect, preserve and store evidence of trafficking committed by armed groups",
  "Encourage Member States to share financial intelligence on cases involving armed groups.",
  "Recognize the role of civil society organizations in identifying and assisting victims",
  "Encourage Member States to collect data disaggregated by sex, age and form of exploitation",
  "Invite Member States to contribute to the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children",
  "Encourage Member States to support the biennial publication of the Global Report on Trafficking in Persons",
  "Request the entities of the United Nations system to strengthen their coordination through the Inter-Agency Coordination Group against Trafficking in Persons",
  "Note current procedures and safeguards in the management of the United Nations public procurement and supply chains",
];

/** The body: five chapters with sections, sub-sections and a run-in heading; 39 paragraphs + recommendations. */
function bodyBlocks(family: "SC" | "GA"): BlockInput[] {
  const blocks: BlockInput[] = [];
  let next = 0;
  const heading = (id: string, level: "chapter" | "section" | "subsection" | "runin", text: string, label?: string) =>
    blocks.push({ type: "heading", id, level, text, label });
  const paragraphs = (count: number) => {
    for (let k = 0; k < count; k += 1) blocks.push(paragraph(next++));
  };
  heading("h-intro", "chapter", "Introduction", "I.");
  paragraphs(3);
  heading("h-dev", "chapter", "Recent developments concerning trafficking in persons in areas affected by armed conflict", "II.");
  heading("h-overview", "runin", "Overview and state of play of trafficking acts carried out by armed groups");
  paragraphs(4);
  heading("h-measures", "chapter", "Measures reported by Member States", "III.");
  heading(
    "h-rat",
    "section",
    "Ratification and implementation of the United Nations Convention against Transnational Organized Crime and the Trafficking in Persons Protocol",
    "A.",
  );
  paragraphs(5);
  heading("h-leg", "section", "Implementation of applicable legal obligations to prevent, criminalize, investigate and prosecute trafficking in conflict situations", "B.");
  if (family === "GA") heading("h-leg-1", "subsection", "Legislation", "1.");
  paragraphs(5);
  if (family === "GA") heading("h-leg-2", "subsection", "Prosecution and punishment", "2.");
  paragraphs(5);
  heading("h-prot", "section", "Improving the identification of victims or persons vulnerable to trafficking", "C.");
  paragraphs(6);
  heading("h-un", "chapter", "Response of the United Nations system and other international and regional bodies", "IV.");
  paragraphs(9);
  heading("h-rec", "chapter", family === "SC" ? "Observations and recommendations" : "Recommendations", "V.");
  paragraphs(2);
  blocks.push({
    type: "recommendations",
    id: "rec",
    origin: "template",
    chapeau: family === "SC" ? "I urge the Security Council to:" : "It is recommended that the General Assembly consider taking the following actions:",
    items: RECOMMENDATION_ITEMS.map((text, i) => ({ id: `rec-${i + 1}`, text })),
  });
  return blocks;
}

const GENERATION = {
  cycleSlug: "tip-2026",
  questionnaireVersion: 2,
  generatedAt: "2026-11-20T09:30:00.000Z",
  replies: [],
};

/** A Security Council report: no session, no agenda item, no Summary; a reissue note on page 1. */
export function scFixture(): ReportDocument {
  const input: ReportDocumentInput = {
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
      naming: "named",
      includeSubmitted: false,
    },
    blocks: bodyBlocks("SC"),
    generation: GENERATION,
  };
  return parseReportDocument(input);
}

/**
 * The Security Council fixture with ¶33 lengthened by seven sentences, so that ¶34 ends at the foot of
 * a page: its footnote, placed there, pushes the paragraph's last lines over the page; placed on the
 * next page, it lets them come back. The renderer has to leave the space empty (step 3 of its passes).
 * Tied to the current layout: if a style change moves the breaks, the test that uses it says so.
 */
export function scOscillatingFixture(): ReportDocument {
  const base = scFixture();
  const more = " Further detail on this point was provided by the States concerned.".repeat(7);
  return parseReportDocument({
    ...base,
    blocks: base.blocks.map((b) => (b.type === "paragraph" && b.id === "p33" ? { ...b, text: b.text + more } : b)),
  });
}

/** A General Assembly report: session and agenda item lines, the Summary box with a footnote. */
export function gaFixture(): ReportDocument {
  const input: ReportDocumentInput = {
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
      naming: "anonymous",
      includeSubmitted: false,
    },
    summary: {
      text:
        "The present report has been prepared pursuant to General Assembly resolutions 64/293 and 80/179. It summarizes the efforts of Member States and the entities of the United Nations system towards implementing Assembly resolution 80/179. It includes information on the status of ratifications of the Trafficking in Persons Protocol and on the measures reported by Member States, and it further provides an update on the activities of the Inter-Agency Coordination Group against Trafficking in Persons.",
      footnotes: [{ id: "fn-summary", origin: "template", text: "The Summary reflects information received as at 31 May 2026." }],
    },
    blocks: bodyBlocks("GA"),
    generation: GENERATION,
  };
  return parseReportDocument(input);
}

/**
 * The General Assembly fixture whose contributors footnote (on ¶2) names 193 States: a note of about 45
 * lines, taller than what is left of page 1 under the masthead. ¶2 has to start a new page for its note
 * to fit under it.
 */
export function gaLongNoteFixture(): ReportDocument {
  const base = gaFixture();
  const names = Array.from({ length: 193 }, (_, i) => `Member State ${i + 1}`).join(", ");
  return parseReportDocument({
    ...base,
    blocks: base.blocks.map((b) =>
      b.type === "paragraph" && b.id === "p2"
        ? { ...b, footnotes: b.footnotes.map((f) => ({ ...f, text: `Based on information received from 193 Member States: ${names}.` })) }
        : b,
    ),
  });
}
