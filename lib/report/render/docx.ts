import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import {
  agendaItemLine,
  numberDocument,
  recommendationItemText,
  type HeadingBlock,
  type NumberedBlock,
  type NumberedDocument,
  type NumberedFootnote,
  type ReportDocument,
  type ReportMeta,
} from "@/lib/report/document";
import { formatUnDate } from "@/lib/report/numbers";

/**
 * The Word export of a report draft (BRIEF §2.1–2.11), for the editor to continue where UN drafting
 * continues today. Pure: the document in, the .docx bytes out; no data loading, no clock of its own
 * (the `docx` package stamps docProps/core.xml and the zip entries with the time of export, which
 * changes nothing the editor sees).
 *
 * What stays live in Word, so that editing does not break the conventions:
 * - paragraph numbers are one Word list (decimal, continuous, hanging), never literal text: adding or
 *   deleting a paragraph renumbers; recommendation items are the list's second level, "(a)" … in
 *   lowerLetter, which Word restarts after every numbered paragraph;
 * - footnotes are Word footnotes, numbered by Word in order of their references, which is the order
 *   `numberDocument` gives (the Summary's first);
 * - the running head (symbol, from page 2) and the "n/N" page numbers are header/footer fields.
 *
 * The page-1 asterisk notes ("* A/71/50.", "* Reissued for technical reasons …") are printed in the
 * first-page footer, not as Word footnotes: `docx` cannot write a custom-mark footnote
 * (`w:customMarkFollows`), and an ordinary footnote would take number 1 and shift the numbered series
 * (§2.9 keeps the asterisk note out of it). The footer sits at the foot of page 1, as the note does in
 * print, only below the numbered footnotes rather than above them.
 */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const numbered = numberDocument(doc);
  const document = new Document({
    title: plain(doc.meta.title),
    subject: plain(doc.meta.symbol),
    creator: "Rapporteur",
    description: `Draft report ${plain(doc.meta.symbol)}`,
    evenAndOddHeaderAndFooters: true,
    styles: STYLES,
    numbering: { config: [PARAGRAPH_NUMBERING] },
    footnotes: footnoteContents(numbered),
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: A4.width, height: A4.height }, margin: MARGINS },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: STYLE.header })] }),
          default: new Header({ children: [runningHead(doc.meta, "odd")] }),
          even: new Header({ children: [runningHead(doc.meta, "even")] }),
        },
        footers: {
          first: new Footer({ children: firstPageFooter(doc.meta) }),
          default: new Footer({ children: [pageFooter(doc.meta, "odd")] }),
          even: new Footer({ children: [pageFooter(doc.meta, "even")] }),
        },
        children: [
          masthead(doc.meta),
          ...agendaLines(doc.meta),
          ...titleBlock(doc.meta),
          ...(numbered.summary ? [summaryBox(numbered.summary)] : []),
          ...numbered.blocks.flatMap(renderBlock),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ---------------------------------------------------------------------------------------------------
// Page, type and numbering (twentieths of a point; font sizes in half-points)

const A4 = { width: 11_906, height: 16_838 } as const;
const MARGINS = { top: 1_418, bottom: 1_418, left: 1_247, right: 1_247, header: 851, footer: 567 } as const;
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** UN body text sits 1,267 twips (0.88 in) in from both margins; numbers and labels hang to its left. */
const BODY_INDENT = 1_267;
const NUMBER_HANG = 475;
const HEADING_HANG = 634;

const FONT = "Times New Roman";
const BODY_SIZE = 20; // 10 pt
/** 12 pt leading, exactly, as UN documents are set 10/12. */
const BODY_LINE = { line: 240, lineRule: LineRuleType.EXACT } as const;

/** Paragraph styles named after the UN templates, so an editor's new paragraph can take the same one. */
const STYLE = {
  body: "SingleTxt",
  numbered: "SingleTxtNumbered",
  recommendation: "SingleTxtItem",
  masthead: "UNMasthead",
  title: "UNTitle",
  subtitle: "UNSubtitle",
  summaryHead: "UNSummaryHeading",
  header: "UNHeader",
  footer: "UNFooter",
  pageOneNote: "UNPageOneNote",
} as const;

const PARAGRAPH_LIST = "un-paragraphs";
/**
 * The indents of the list's levels, repeated in the paragraph styles that carry them: Word and
 * LibreOffice do not agree on whether a style's indent or a list level's wins, so they are the same.
 */
const NUMBERED_INDENT = { left: BODY_INDENT + NUMBER_HANG, right: BODY_INDENT, hanging: NUMBER_HANG } as const;
const ITEM_INDENT = { left: BODY_INDENT + 2 * NUMBER_HANG, right: BODY_INDENT, hanging: NUMBER_HANG } as const;

/**
 * One list for the whole report: level 0 numbers every paragraph "1.", "2." … continuously (headings are
 * not in the list, so the numbering never restarts under them, §2.6); level 1 letters the items of a
 * recommendations paragraph "(a)", "(b)" …, restarting under each numbered paragraph.
 */
const PARAGRAPH_NUMBERING = {
  reference: PARAGRAPH_LIST,
  levels: [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: "%1.",
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.TAB,
      style: { paragraph: { indent: NUMBERED_INDENT } },
    },
    {
      level: 1,
      format: LevelFormat.LOWER_LETTER,
      text: "(%2)",
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.TAB,
      style: { paragraph: { indent: ITEM_INDENT } },
    },
  ],
};

const bodyParagraph = { spacing: { after: 120, ...BODY_LINE }, alignment: AlignmentType.JUSTIFIED } as const;

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, language: { value: "en-GB" } },
      paragraph: { spacing: BODY_LINE },
    },
    heading1: headingStyle({ size: 28, bold: true }, { before: 360, after: 240 }),
    heading2: headingStyle({ size: 24, bold: true }, { before: 240, after: 120 }),
    heading3: headingStyle({ size: BODY_SIZE, bold: true }, { before: 240, after: 120 }),
    heading4: headingStyle({ size: BODY_SIZE, italics: true }, { before: 120, after: 120 }),
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: "SingleTxt",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { ...bodyParagraph, indent: { left: BODY_INDENT, right: BODY_INDENT } },
    },
    { id: STYLE.numbered, name: "SingleTxt numbered", basedOn: STYLE.body, next: STYLE.numbered, quickFormat: true, paragraph: { indent: NUMBERED_INDENT } },
    { id: STYLE.recommendation, name: "SingleTxt item", basedOn: STYLE.body, next: STYLE.recommendation, quickFormat: true, paragraph: { indent: ITEM_INDENT } },
    { id: STYLE.masthead, name: "UN masthead", basedOn: "Normal", paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } } },
    {
      id: STYLE.title,
      name: "UN title",
      basedOn: "Normal",
      run: { size: 28, bold: true },
      paragraph: { spacing: { before: 480, after: 240, line: 320, lineRule: LineRuleType.AT_LEAST }, indent: { left: BODY_INDENT, right: BODY_INDENT }, keepNext: true },
    },
    {
      id: STYLE.subtitle,
      name: "UN subtitle",
      basedOn: "Normal",
      run: { size: 24, bold: true },
      paragraph: { spacing: { after: 360, line: 280, lineRule: LineRuleType.AT_LEAST }, indent: { left: BODY_INDENT, right: BODY_INDENT }, keepNext: true },
    },
    {
      id: STYLE.summaryHead,
      name: "UN summary heading",
      basedOn: "Normal",
      run: { size: 24, bold: true },
      paragraph: { spacing: { before: 120, after: 240, line: 280, lineRule: LineRuleType.AT_LEAST }, indent: { left: BODY_INDENT - HEADING_HANG } },
    },
    { id: STYLE.header, name: "UN header", basedOn: "Normal", run: { size: 17, bold: true } },
    { id: STYLE.footer, name: "UN footer", basedOn: "Normal", run: { size: 17 } },
    { id: STYLE.pageOneNote, name: "UN page-one note", basedOn: "Normal", run: { size: 17 }, paragraph: { indent: { left: BODY_INDENT, hanging: 227 } } },
    {
      id: "FootnoteText",
      name: "footnote text",
      basedOn: "Normal",
      run: { size: 17 },
      paragraph: { spacing: { after: 0, line: 210, lineRule: LineRuleType.EXACT }, indent: { left: BODY_INDENT, right: BODY_INDENT, hanging: 227 } },
    },
  ],
};

function headingStyle(run: { size: number; bold?: boolean; italics?: boolean }, spacing: { before: number; after: number }) {
  return {
    run: { font: FONT, color: "000000", bold: false, italics: false, ...run },
    paragraph: {
      spacing: { ...spacing, line: 240, lineRule: LineRuleType.AT_LEAST },
      indent: { left: BODY_INDENT, right: BODY_INDENT, hanging: HEADING_HANG },
      keepNext: true,
      keepLines: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Text

/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab and line feed, lone surrogates,
 * U+FFFE/U+FFFF). `docx` escapes markup characters but passes these through, which would make the
 * package unreadable; plain text never needs them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function plain(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML, "");
}

/** A real tab (`w:tab`): a tab character inside `w:t` is not one to Word. */
function tabRun(): TextRun {
  return new TextRun({ children: [new Tab()] });
}

/** Plain text as runs: a line break in the text is a line break in Word, everything else is literal. */
function textRuns(text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return plain(text)
    .split("\n")
    .map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

function footnoteRefs(footnotes: readonly NumberedFootnote[]): FootnoteReferenceRun[] {
  return footnotes.map((f) => new FootnoteReferenceRun(f.number));
}

/** Every footnote under its `numberDocument` number, which is also the order of its reference. */
function footnoteContents(numbered: NumberedDocument): Record<string, { children: Paragraph[] }> {
  const all = [...(numbered.summary?.footnotes ?? []), ...numbered.blocks.flatMap((b) => (b.type === "paragraph" ? b.footnotes : []))];
  return Object.fromEntries(all.map((f) => [String(f.number), { children: [new Paragraph({ style: "FootnoteText", children: [tabRun(), ...textRuns(f.text)] })] }]));
}

// ---------------------------------------------------------------------------------------------------
// Page 1: masthead, agenda lines, title block, Summary

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
const THIN_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const THICK_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 24, color: "000000" };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

const MASTHEAD_COLUMNS = [Math.round(TEXT_WIDTH * 0.6), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.6)] as const;

/** Which page-1 notes there are, and their marks: the symbol's (reissue) first, then the agenda item's. */
function pageOneNotes(meta: ReportMeta): { symbolMark: string; agendaMark: string; notes: { mark: string; text: string }[] } {
  const notes: { mark: string; text: string }[] = [];
  if (meta.reissueNote) notes.push({ mark: "*", text: meta.reissueNote });
  const agendaMark = meta.reissueNote ? "**" : "*";
  if (meta.agendaItem) notes.push({ mark: agendaMark, text: withFullStop(meta.agendaItem.listSymbol) });
  return { symbolMark: meta.reissueNote ? "*" : "", agendaMark, notes };
}

function withFullStop(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function mastheadCell(children: Paragraph[], width: number, bottom: IBorderOptions, align: "top" | "bottom" = "bottom"): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom },
    verticalAlign: align,
    margins: { top: 40, bottom: 80, left: 0, right: 0 },
  });
}

function mastheadLine(text: string, options: Omit<IParagraphOptions, "children" | "style"> & { run?: { bold?: boolean; size?: number } } = {}): Paragraph {
  const { run, ...paragraph } = options;
  return new Paragraph({ style: STYLE.masthead, ...paragraph, children: textRuns(text, run) });
}

/**
 * §2.1: "United Nations" | symbol over a thin rule; organ | "Distr.: General", date, "Original: …" over
 * a thick one. A borderless table keeps the two columns aligned when the editor changes a line.
 */
function masthead(meta: ReportMeta): Table {
  const { symbolMark } = pageOneNotes(meta);
  const [left, right] = MASTHEAD_COLUMNS;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...MASTHEAD_COLUMNS],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          mastheadCell([mastheadLine("United Nations", { run: { size: 28 } })], left, THIN_RULE),
          mastheadCell([mastheadLine(`${meta.symbol}${symbolMark}`, { alignment: AlignmentType.RIGHT, run: { bold: true, size: 28 } })], right, THIN_RULE),
        ],
      }),
      new TableRow({
        children: [
          mastheadCell([mastheadLine(meta.organ, { run: { bold: true, size: 36 } })], left, THICK_RULE, "top"),
          mastheadCell(
            [
              mastheadLine(`Distr.: ${meta.distribution}`, { spacing: { before: 120 } }),
              mastheadLine(formatUnDate(meta.date)),
              mastheadLine("", {}),
              mastheadLine(`Original: ${meta.originalLanguage}`, { spacing: { after: 120 } }),
            ],
            right,
            THICK_RULE,
            "top",
          ),
        ],
      }),
    ],
  });
}

/** GA only: session, "Item 105 of the preliminary list*", the agenda item's title. */
function agendaLines(meta: ReportMeta): Paragraph[] {
  const line = agendaItemLine(meta);
  if (!meta.session && !line) return [];
  const { agendaMark } = pageOneNotes(meta);
  const itemLine = line?.replace(/\*$/, agendaMark);
  return [
    ...(meta.session ? [mastheadLine(meta.session, { spacing: { before: 120 } })] : []),
    ...(itemLine ? [mastheadLine(itemLine)] : []),
    ...(meta.agendaItem ? [mastheadLine(meta.agendaItem.title, { run: { bold: true } })] : []),
  ];
}

function titleBlock(meta: ReportMeta): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.title, children: textRuns(meta.title) }),
    ...(meta.subtitle ? [new Paragraph({ style: STYLE.subtitle, children: textRuns(meta.subtitle) })] : []),
  ];
}

/** §2.3: "Summary" in a ruled box; its paragraphs are not numbered; its footnotes follow its last line. */
function summaryBox(summary: NonNullable<NumberedDocument["summary"]>): Table {
  const lines = plain(summary.text)
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const paragraphs = lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.body,
        children: [...textRuns(line), ...(i === lines.length - 1 ? footnoteRefs(summary.footnotes) : [])],
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            borders: { top: THIN_RULE, bottom: THIN_RULE, left: THIN_RULE, right: THIN_RULE },
            margins: { top: 120, bottom: 120, left: 0, right: 0 },
            children: [new Paragraph({ style: STYLE.summaryHead, children: textRuns("Summary") }), ...paragraphs],
          }),
        ],
      }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------------
// Body

const HEADING_STYLE: Record<HeadingBlock["level"], (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  chapter: HeadingLevel.HEADING_1,
  section: HeadingLevel.HEADING_2,
  subsection: HeadingLevel.HEADING_3,
  runin: HeadingLevel.HEADING_4,
};

/**
 * Headings are Word's Heading 1–4 (so the navigation pane and a table of contents find them), with the
 * label "III." / "A." / "1." as text and a tab, hanging to the left of the text (§2.5). A run-in
 * heading has no label and is set italic on a line of its own.
 */
function heading(block: HeadingBlock): Paragraph {
  const label = block.level === "runin" ? undefined : block.label?.trim();
  const children: ParagraphChild[] = label ? [new TextRun({ text: plain(label) }), tabRun(), ...textRuns(block.text)] : textRuns(block.text);
  return new Paragraph({
    heading: HEADING_STYLE[block.level],
    ...(label ? {} : { indent: { left: BODY_INDENT, right: BODY_INDENT, hanging: 0 } }),
    children,
  });
}

function numberedParagraph(text: string, footnotes: readonly NumberedFootnote[], keepNext = false): Paragraph {
  return new Paragraph({
    style: STYLE.numbered,
    numbering: { reference: PARAGRAPH_LIST, level: 0 },
    ...(keepNext ? { keepNext } : {}),
    children: [...textRuns(text), ...footnoteRefs(footnotes)],
  });
}

function renderBlock(block: NumberedBlock): Paragraph[] {
  switch (block.type) {
    case "heading":
      return [heading(block)];
    case "paragraph":
      return [numberedParagraph(block.text, block.footnotes)];
    case "recommendations":
      return [
        numberedParagraph(block.chapeau, [], true),
        ...block.items.map(
          (_, i) =>
            new Paragraph({
              style: STYLE.recommendation,
              numbering: { reference: PARAGRAPH_LIST, level: 1 },
              children: textRuns(recommendationItemText(block.items, i)),
            }),
        ),
      ];
  }
}

// ---------------------------------------------------------------------------------------------------
// Headers and footers (§2.11)

/** "18-17756 (E) 271118" → "18-17756": the part before the language code, as later pages print it. */
export function shortJobNumber(jobNumber: string): string {
  return plain(jobNumber).trim().split(/\s+/)[0] ?? "";
}

/** The symbol as running head from page 2: at the outer edge (right on odd pages, left on even). */
function runningHead(meta: ReportMeta, page: "odd" | "even"): Paragraph {
  return new Paragraph({
    style: STYLE.header,
    alignment: page === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    border: { bottom: { style: BorderStyle.SINGLE, size: 2, color: "000000", space: 1 } },
    children: textRuns(meta.symbol),
  });
}

/** "n/N" at the outer edge, the short job number at the inner edge. */
function pageFooter(meta: ReportMeta, page: "odd" | "even"): Paragraph {
  const pageNumber = new TextRun({ bold: true, children: [PageNumber.CURRENT, "/", PageNumber.TOTAL_PAGES] });
  const job = meta.jobNumber ? textRuns(shortJobNumber(meta.jobNumber)) : [];
  const tab = tabRun();
  return new Paragraph({
    style: STYLE.footer,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: page === "odd" ? [...job, tab, pageNumber] : [pageNumber, tab, ...job],
  });
}

/** Page 1: the asterisk notes (reissue, agenda list) under a short rule, then the full job number. */
function firstPageFooter(meta: ReportMeta): Paragraph[] {
  const { notes } = pageOneNotes(meta);
  const noteParagraphs = notes.map(
    (n, i) =>
      new Paragraph({
        style: STYLE.pageOneNote,
        ...(i === 0 ? { border: { top: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 4 } } } : {}),
        children: [new TextRun({ text: n.mark }), tabRun(), ...textRuns(n.text)],
      }),
  );
  const job = meta.jobNumber ? [new Paragraph({ style: STYLE.footer, spacing: { before: 120 }, children: textRuns(meta.jobNumber) })] : [];
  const all = [...noteParagraphs, ...job];
  return all.length > 0 ? all : [new Paragraph({ style: STYLE.footer })];
}
