import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { ReactElement, ReactNode } from "react";
import {
  agendaItemLine,
  numberDocument,
  recommendationItemText,
  type NumberedBlock,
  type NumberedDocument,
  type NumberedFootnote,
  type ReportDocument,
  type ReportMeta,
} from "@/lib/report/document";
import { formatUnDate } from "@/lib/report/numbers";
import { noHyphenation, registerReportFonts, REPORT_FONT_STACK } from "./fonts";

/**
 * The draft report as a PDF in United Nations layout (BRIEF §2), rendered from the document alone with
 * @react-pdf/renderer. Pure: no data loading and no clock (the PDF's creation date is the generation
 * time stored in the document), so the same document gives the same pages.
 *
 * Page furniture is a page `layout` (react-pdf's template, rendered around every page with its space
 * reserved): the running head (the symbol, from page 2, on the outer edge), the footnotes cited on the
 * page, and the foot ("n/N" on the outer edge, the short job number on the inner edge; page 1 carries the
 * full job number instead). Because footnotes are chrome, the body can never run into them.
 *
 * "n/N" on page 1 too: the issue asks for "1/n" to "n/n". The seed [001] shows none on page 1 because
 * the printed first page carries the barcode and recycling symbol there; a draft has neither.
 *
 * ## Footnotes at the foot of the page that cites them (react-pdf has no footnotes)
 * A footnote's page is only known after layout, and placing it changes the layout, so the document is
 * rendered in passes:
 * 1. Every block that carries footnotes (a paragraph, or the Summary) is followed by a zero-height
 *    "recorder" View whose `render` callback stores the page it lands on. The marker is at the end of
 *    the block, so that is the marker's page. (react-pdf calls `render` again whenever the element is
 *    moved to another page, and once more with the final page count; the last call wins.)
 * 2. Pass 1 reserves nothing and records where each carrier lands. Each further pass reserves, in the
 *    page template, each carrier's footnotes on the page recorded by the previous pass, and records
 *    again. When every carrier lands where its footnotes were placed, the layout is stable: done.
 *    Carriers are settled in reading order: the first one that moved decides the next placement (the
 *    later ones follow where they landed, a guess), since notes only push what comes after them.
 * 3. Oscillation: notes reserved on page p can push the end of their paragraph to p + 1; moved to p + 1,
 *    they free the room and the paragraph ends on p again. When the first mismatching carrier comes back
 *    to a page it was placed on before, the last of the carriers that moved with it (often the one whose
 *    note pushed them all) stays on the later page and is kept off p: by an empty space on p at least as
 *    tall as its notes (an over-estimate from the text length), or, for notes longer than LONG_NOTES, by
 *    starting its paragraph (with the headings just above it) on a new page, which loses less room.
 *    The others are tried on p again. Spaces and breaks are only ever added, so each oscillation is
 *    resolved once; MAX_PASSES caps the rest.
 * Limits: at most MAX_PASSES renders, each a full react-pdf render (2 for a typical report with
 * footnotes, 1 without); if still unstable, the last render is returned with `stable: false` (a note may
 * then sit a page away from its marker, never over the text). Footnotes are not split across pages, so
 * notes taller than a page cannot be laid out: `FootnotesTooLongError` names them.
 */

const MAX_PASSES = 10;
/** Notes taller than this (about four lines) stop an oscillation by a page break rather than empty space. */
const LONG_NOTES = 50;

// A4 in points; margins and the label column (hanging paragraph numbers and heading labels).
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 34, bottom: 26, left: 64, right: 64 };
const LABEL_WIDTH = 40;
const ITEM_LABEL_WIDTH = 28;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_WIDTH = CONTENT_WIDTH - LABEL_WIDTH;
const BODY_SIZE = 10;
const LINE_HEIGHT = 1.2;
const NOTE_SIZE = 8.5;

const FONT = REPORT_FONT_STACK;

/**
 * Texts are the editor's, verbatim: a directional embedding, override or isolate they open
 * (U+202A–U+202E, U+2066–U+2068) must not run past their own text into the rest of the page. Each one
 * left open is closed at the end (U+202C, U+2069); a text without them is returned as it is.
 */
export function closeBidi(text: string): string {
  let embeddings = 0;
  let isolates = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x202a && c <= 0x202e && c !== 0x202c) embeddings += 1;
    else if (c === 0x202c) embeddings = Math.max(0, embeddings - 1);
    else if (c >= 0x2066 && c <= 0x2068) isolates += 1;
    else if (c === 0x2069) isolates = Math.max(0, isolates - 1);
  }
  return embeddings === 0 && isolates === 0 ? text : `${text}${"\u202C".repeat(embeddings)}${"\u2069".repeat(isolates)}`;
}
const BOLD = 700;

/**
 * Styles. Chrome (running head, footnotes, foot) is laid out again for every page outside react-pdf's
 * first style pass: it uses longhand properties only, sets `lineHeight` on every Text (an inherited
 * line height is resolved twice there: 1.2 × 10 pt becomes 120 pt) and avoids fixed heights around text
 * (a Text in a fixed-height View is not drawn).
 */
const S = {
  page: {
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingLeft: MARGIN.left,
    paddingRight: MARGIN.right,
    fontFamily: FONT,
    fontSize: BODY_SIZE,
    lineHeight: LINE_HEIGHT,
  },
  // Masthead (page 1)
  mastRow1: { flexDirection: "row" as const, justifyContent: "space-between" as const, alignItems: "flex-end" as const, paddingBottom: 3, borderBottomWidth: 1.5, borderBottomColor: "#000000" },
  unitedNations: { fontSize: 15 },
  symbol: { fontSize: 17, fontWeight: BOLD },
  mastRow2: { flexDirection: "row" as const, justifyContent: "space-between" as const, paddingTop: 6, paddingBottom: 8, borderBottomWidth: 2.5, borderBottomColor: "#000000" },
  organ: { fontSize: 17, fontWeight: BOLD, paddingTop: 2 },
  distr: { width: 150, fontSize: BODY_SIZE },
  gaLines: { marginTop: 8 },
  agendaTitle: { fontWeight: BOLD },
  // Title block
  titleBlock: { marginTop: 22, marginBottom: 14, paddingLeft: LABEL_WIDTH, paddingRight: 24 },
  title: { fontSize: 14, fontWeight: BOLD, lineHeight: 1.15 },
  subtitle: { fontSize: 12, fontWeight: BOLD, marginTop: 12 },
  // Summary box (GA)
  summaryBox: { borderWidth: 0.75, borderColor: "#000000", paddingTop: 8, paddingBottom: 10, paddingLeft: 10, paddingRight: 14, marginBottom: 14 },
  summaryHeading: { fontSize: 11, fontWeight: BOLD, marginBottom: 6 },
  summaryText: { paddingLeft: LABEL_WIDTH - 10, textAlign: "justify" as const },
  // Headings
  chapter: { flexDirection: "row" as const, marginTop: 14, marginBottom: 8, fontSize: 12, fontWeight: BOLD, lineHeight: 1.15 },
  section: { flexDirection: "row" as const, marginTop: 10, marginBottom: 6, fontSize: 10.5, fontWeight: BOLD, lineHeight: 1.15 },
  subsection: { flexDirection: "row" as const, marginTop: 8, marginBottom: 5, fontWeight: BOLD },
  runin: { marginTop: 6, marginBottom: 5, marginLeft: LABEL_WIDTH, fontStyle: "italic" as const },
  headingLabel: { width: LABEL_WIDTH },
  headingText: { width: BODY_WIDTH, paddingRight: 24 },
  // Numbered paragraphs and recommendations
  paragraph: { flexDirection: "row" as const, marginBottom: 6 },
  number: { width: LABEL_WIDTH },
  body: { width: BODY_WIDTH, textAlign: "justify" as const },
  item: { flexDirection: "row" as const, marginLeft: LABEL_WIDTH, marginBottom: 5 },
  itemLabel: { width: ITEM_LABEL_WIDTH },
  itemText: { width: BODY_WIDTH - ITEM_LABEL_WIDTH, textAlign: "justify" as const },
  marker: { fontSize: 6.5, verticalAlign: "super" as const },
};

/** The label printed in front of a page-1 note (reissue note, agenda list symbol). */
interface StarNote {
  mark: string;
  text: string;
}

/** Page-1 asterisk notes, in the order their marks appear: the symbol (reissue), then the agenda item. */
export function starNotes(meta: ReportMeta): { symbolMark: string; agendaMark: string; notes: StarNote[] } {
  const notes: StarNote[] = [];
  let symbolMark = "";
  let agendaMark = "";
  if (meta.reissueNote) {
    symbolMark = "*";
    notes.push({ mark: symbolMark, text: meta.reissueNote });
  }
  if (meta.agendaItem) {
    agendaMark = "*".repeat(notes.length + 1);
    const symbol = meta.agendaItem.listSymbol.trim();
    notes.push({ mark: agendaMark, text: symbol.endsWith(".") ? symbol : `${symbol}.` });
  }
  return { symbolMark, agendaMark, notes };
}

/** The short job number of the running foot ("18-17756" of "18-17756 (E) 271118"): its first word. */
export function shortJobNumber(jobNumber: string | undefined): string | undefined {
  return jobNumber?.trim().split(/\s+/)[0] || undefined;
}

/** Where the footnotes go in one pass: carrier key → page, plus the empty space reserved per page. */
interface Placement {
  pageOf: ReadonlyMap<string, number>;
  spaceOn: ReadonlyMap<number, number>;
  /** Blocks (ids, or "summary") that start a new page. */
  breakBefore: ReadonlySet<string>;
}

/** A paragraph (or the Summary) that carries footnotes. */
interface Carrier {
  key: string;
  footnotes: NumberedFootnote[];
}

function carriersOf(doc: NumberedDocument): Carrier[] {
  const carriers: Carrier[] = [];
  if (doc.summary && doc.summary.footnotes.length > 0) carriers.push({ key: "summary", footnotes: doc.summary.footnotes });
  for (const b of doc.blocks) {
    if (b.type === "paragraph" && b.footnotes.length > 0) carriers.push({ key: b.id, footnotes: b.footnotes });
  }
  return carriers;
}

/**
 * A generous estimate of the height footnotes take (used only as empty space to stop an oscillation,
 * where too much is harmless and too little costs one more pass): Tinos averages well under half an
 * em per character; 0.5 em, plus the separator rule, is an over-estimate.
 */
function estimateNotesHeight(notes: readonly NumberedFootnote[]): number {
  const perLine = Math.max(1, Math.floor(BODY_WIDTH / (NOTE_SIZE * 0.5)));
  const lines = notes.reduce((n, f) => n + Math.ceil(f.text.length / perLine), 0);
  return lines * NOTE_SIZE * LINE_HEIGHT + notes.length * 2 + 12;
}

type RecordPage = (key: string, pageNumber: number) => void;

/** Zero-height element after a footnote carrier: tells the pass on which page the carrier ends. */
function Recorder({ carrier, record }: { carrier: string; record: RecordPage }) {
  return (
    <View
      render={({ pageNumber }) => {
        record(carrier, pageNumber);
        return <View style={{ height: 0 }} />;
      }}
    />
  );
}

function Markers({ footnotes }: { footnotes: readonly NumberedFootnote[] }) {
  if (footnotes.length === 0) return null;
  return <Text style={S.marker}>{footnotes.map((f) => f.number).join(", ")}</Text>;
}

function Masthead({ meta }: { meta: ReportMeta }) {
  const { symbolMark, agendaMark } = starNotes(meta);
  const agendaLine = agendaItemLine(meta);
  return (
    <View>
      <View style={S.mastRow1}>
        <Text style={S.unitedNations} hyphenationCallback={noHyphenation}>
          United Nations
        </Text>
        <Text style={S.symbol} hyphenationCallback={noHyphenation}>
          {meta.symbol}
          {symbolMark}
        </Text>
      </View>
      <View style={S.mastRow2}>
        <Text style={S.organ} hyphenationCallback={noHyphenation}>
          {meta.organ}
        </Text>
        <View style={S.distr}>
          <Text hyphenationCallback={noHyphenation}>Distr.: {meta.distribution}</Text>
          <Text hyphenationCallback={noHyphenation}>{formatUnDate(meta.date)}</Text>
          <Text> </Text>
          <Text hyphenationCallback={noHyphenation}>Original: {meta.originalLanguage}</Text>
        </View>
      </View>
      {meta.session || agendaLine ? (
        <View style={S.gaLines}>
          {meta.session ? <Text hyphenationCallback={noHyphenation}>{meta.session}</Text> : null}
          {agendaLine && meta.agendaItem ? (
            <>
              <Text hyphenationCallback={noHyphenation}>{agendaLine.replace(/\*$/, agendaMark)}</Text>
              <Text style={S.agendaTitle} hyphenationCallback={noHyphenation}>
                {meta.agendaItem.title}
              </Text>
            </>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

function TitleBlock({ meta }: { meta: ReportMeta }) {
  return (
    <View style={S.titleBlock} minPresenceAhead={60}>
      <Text style={S.title} hyphenationCallback={noHyphenation}>
        {meta.title}
      </Text>
      {meta.subtitle ? (
        <Text style={S.subtitle} hyphenationCallback={noHyphenation}>
          {meta.subtitle}
        </Text>
      ) : null}
    </View>
  );
}

function Summary({ summary, record, pageBreak }: { summary: NonNullable<NumberedDocument["summary"]>; record: RecordPage; pageBreak: boolean }) {
  return (
    <>
      <View style={S.summaryBox} break={pageBreak}>
        <Text style={S.summaryHeading} hyphenationCallback={noHyphenation}>
          Summary
        </Text>
        <Text style={S.summaryText} hyphenationCallback={noHyphenation}>
          {closeBidi(summary.text)}
          <Markers footnotes={summary.footnotes} />
        </Text>
      </View>
      {summary.footnotes.length > 0 ? <Recorder carrier="summary" record={record} /> : null}
    </>
  );
}

function Heading({ block, pageBreak }: { block: Extract<NumberedBlock, { type: "heading" }>; pageBreak: boolean }) {
  if (block.level === "runin") {
    return (
      <Text style={S.runin} minPresenceAhead={36} break={pageBreak} hyphenationCallback={noHyphenation}>
        {closeBidi(block.text)}
      </Text>
    );
  }
  const style = block.level === "chapter" ? S.chapter : block.level === "section" ? S.section : S.subsection;
  return (
    <View style={style} minPresenceAhead={36} wrap={false} break={pageBreak}>
      <Text style={S.headingLabel} hyphenationCallback={noHyphenation}>
        {block.label ?? ""}
      </Text>
      <Text style={S.headingText} hyphenationCallback={noHyphenation}>
        {closeBidi(block.text)}
      </Text>
    </View>
  );
}

function Block({ block, record, pageBreak }: { block: NumberedBlock; record: RecordPage; pageBreak: boolean }): ReactElement {
  if (block.type === "heading") return <Heading block={block} pageBreak={pageBreak} />;
  if (block.type === "paragraph") {
    return (
      <>
        <View style={S.paragraph} break={pageBreak}>
          <Text style={S.number} hyphenationCallback={noHyphenation}>{`${block.number}.`}</Text>
          <Text style={S.body} hyphenationCallback={noHyphenation}>
            {closeBidi(block.text)}
            <Markers footnotes={block.footnotes} />
          </Text>
        </View>
        {block.footnotes.length > 0 ? <Recorder carrier={block.id} record={record} /> : null}
      </>
    );
  }
  return (
    <View break={pageBreak}>
      <View style={S.paragraph} minPresenceAhead={30}>
        <Text style={S.number} hyphenationCallback={noHyphenation}>{`${block.number}.`}</Text>
        <Text style={S.body} hyphenationCallback={noHyphenation}>
          {closeBidi(block.chapeau)}
        </Text>
      </View>
      {block.items.map((item, i) => (
        <View key={item.id} style={S.item}>
          <Text style={S.itemLabel} hyphenationCallback={noHyphenation}>
            {block.letters[i]}
          </Text>
          <Text style={S.itemText} hyphenationCallback={noHyphenation}>
            {closeBidi(recommendationItemText(block.items, i))}
          </Text>
        </View>
      ))}
    </View>
  );
}

// ---------------------------------------------------------------------------------------------------
// Page chrome (longhand styles only)

function RunningHead({ symbol, pageNumber }: { symbol: string; pageNumber: number }) {
  const outer = pageNumber % 2 === 0 ? "left" : "right";
  return (
    <View style={{ marginBottom: 10, paddingBottom: 3, borderBottomWidth: 0.5, borderBottomColor: "#000000", borderBottomStyle: "solid" }}>
      <Text style={{ width: CONTENT_WIDTH, fontSize: 9, lineHeight: LINE_HEIGHT, fontWeight: BOLD, textAlign: outer, paddingTop: 12 }} hyphenationCallback={noHyphenation}>
        {symbol}
      </Text>
    </View>
  );
}

function NoteLine({ mark, text, markStyle }: { mark: string; text: string; markStyle: "super" | "plain" }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 2 }}>
      <Text style={{ width: LABEL_WIDTH, textAlign: "right", paddingRight: 4, fontSize: markStyle === "super" ? 6.5 : NOTE_SIZE, lineHeight: markStyle === "super" ? 0.9 : LINE_HEIGHT }} hyphenationCallback={noHyphenation}>
        {mark}
      </Text>
      <Text style={{ width: BODY_WIDTH, fontSize: NOTE_SIZE, lineHeight: LINE_HEIGHT }} hyphenationCallback={noHyphenation}>
        {text}
      </Text>
    </View>
  );
}

function FootnoteArea({ stars, notes, space }: { stars: readonly StarNote[]; notes: readonly NumberedFootnote[]; space: number }) {
  if (stars.length === 0 && notes.length === 0 && space === 0) return null;
  return (
    <View style={{ marginTop: 10 }}>
      {stars.length + notes.length > 0 ? (
        <View style={{ width: 100, marginLeft: LABEL_WIDTH, marginBottom: 4, borderTopWidth: 0.5, borderTopColor: "#000000", borderTopStyle: "solid" }} />
      ) : null}
      {stars.map((n) => (
        <NoteLine key={n.mark} mark={n.mark} text={closeBidi(n.text)} markStyle="plain" />
      ))}
      {notes.map((f) => (
        <NoteLine key={f.id} mark={String(f.number)} text={closeBidi(f.text)} markStyle="super" />
      ))}
      {space > 0 ? <View style={{ paddingTop: space }} /> : null}
    </View>
  );
}

function PageFoot({ meta, pageNumber, totalPages }: { meta: ReportMeta; pageNumber: number; totalPages: number | undefined }) {
  const pageLabel = `${pageNumber}/${totalPages ?? pageNumber}`;
  const job = pageNumber === 1 ? meta.jobNumber : shortJobNumber(meta.jobNumber);
  // Outer edge: the page number (right on odd pages, left on even); inner edge: the job number.
  const [left, right] = pageNumber % 2 === 0 ? [pageLabel, job ?? ""] : [job ?? "", pageLabel];
  return (
    <View style={{ flexDirection: "row", paddingTop: 8 }}>
      <Text style={{ width: CONTENT_WIDTH / 2, fontSize: 8.5, lineHeight: LINE_HEIGHT }} hyphenationCallback={noHyphenation}>
        {left}
      </Text>
      <Text style={{ width: CONTENT_WIDTH / 2, fontSize: 8.5, lineHeight: LINE_HEIGHT, textAlign: "right" }} hyphenationCallback={noHyphenation}>
        {right}
      </Text>
    </View>
  );
}

/** A paragraph that must start a page takes the headings just above it along. */
function breakTargets(doc: NumberedDocument, carriers: ReadonlySet<string>): Set<string> {
  const targets = new Set<string>();
  if (carriers.has("summary")) targets.add("summary");
  doc.blocks.forEach((b, i) => {
    if (!carriers.has(b.id)) return;
    let at = i;
    while (at > 0 && doc.blocks[at - 1]!.type === "heading") at -= 1;
    targets.add(doc.blocks[at]!.id);
  });
  return targets;
}

function documentDate(doc: NumberedDocument, generatedAt: string): Date {
  const generated = new Date(generatedAt);
  return Number.isNaN(generated.getTime()) ? new Date(`${doc.meta.date}T00:00:00Z`) : generated;
}

function ReportPdf({ doc, generatedAt, placement, record }: { doc: NumberedDocument; generatedAt: string; placement: Placement; record: RecordPage }) {
  const { meta } = doc;
  const stars = starNotes(meta).notes;
  const notesOn = new Map<number, NumberedFootnote[]>();
  for (const c of carriersOf(doc)) {
    const page = placement.pageOf.get(c.key);
    if (page !== undefined) notesOn.set(page, [...(notesOn.get(page) ?? []), ...c.footnotes]);
  }
  for (const list of notesOn.values()) list.sort((a, b) => a.number - b.number);
  const breaks = breakTargets(doc, placement.breakBefore);
  const layout = ({ pageNumber = 1, totalPages, children }: { pageNumber?: number; totalPages?: number; children: ReactNode }) => (
    <>
      {pageNumber > 1 ? <RunningHead symbol={meta.symbol} pageNumber={pageNumber} /> : null}
      <View style={{ flexGrow: 1, flexShrink: 1 }}>{children}</View>
      <FootnoteArea stars={pageNumber === 1 ? stars : []} notes={notesOn.get(pageNumber) ?? []} space={placement.spaceOn.get(pageNumber) ?? 0} />
      <PageFoot meta={meta} pageNumber={pageNumber} totalPages={totalPages} />
    </>
  );
  return (
    <Document title={`${meta.symbol} ${meta.title}`} author="United Nations" creator="Rapporteur" producer="Rapporteur" creationDate={documentDate(doc, generatedAt)} language="en">
      <Page size="A4" style={S.page} layout={layout}>
        <Masthead meta={meta} />
        <TitleBlock meta={meta} />
        {doc.summary ? <Summary summary={doc.summary} record={record} pageBreak={breaks.has("summary")} /> : null}
        {doc.blocks.map((b) => (
          <Block key={b.id} block={b} record={record} pageBreak={breaks.has(b.id)} />
        ))}
      </Page>
    </Document>
  );
}

export interface ReportPdfResult {
  pdf: Buffer;
  /** Renders it took (see the footnote passes above). */
  passes: number;
  /** Every footnote is on the page of its marker. */
  stable: boolean;
  /** Points left empty to stop an oscillation (step 3 above), over all pages. */
  reservedSpace: number;
  /** Paragraphs moved to a new page to stop an oscillation (step 3 above). */
  pageBreaks: number;
}

/** Notes that leave no room for the body on their page (react-pdf refuses such a page). */
export class FootnotesTooLongError extends Error {
  constructor(readonly footnoteNumbers: number[]) {
    super(`Footnote${footnoteNumbers.length === 1 ? "" : "s"} ${footnoteNumbers.join(", ")} cannot fit at the foot of a page: shorten or split them.`);
    this.name = "FootnotesTooLongError";
  }
}

async function renderPass(doc: NumberedDocument, generatedAt: string, placement: Placement, record: RecordPage): Promise<Buffer> {
  try {
    return await renderToBuffer(<ReportPdf doc={doc} generatedAt={generatedAt} placement={placement} record={record} />);
  } catch (error) {
    const page = /leaves no room for content on page (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    if (page === undefined) throw error;
    const numbers = carriersOf(doc)
      .filter((c) => placement.pageOf.get(c.key) === Number(page))
      .flatMap((c) => c.footnotes.map((f) => f.number));
    throw new FootnotesTooLongError(numbers);
  }
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/** The draft as a PDF, with how the footnote placement went (for tests and the benchmark). */
export async function renderReportPdfDetailed(doc: ReportDocument): Promise<ReportPdfResult> {
  registerReportFonts();
  const numbered = numberDocument(doc);
  const carriers = carriersOf(numbered);
  const pageOf = new Map<string, number>();
  const spaceOn = new Map<number, number>();
  const tried = new Map<string, Set<number>>();
  const breakBefore = new Set<string>();
  let pdf: Buffer | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
    const observed = new Map<string, number>();
    const placement: Placement = { pageOf: new Map(pageOf), spaceOn: new Map(spaceOn), breakBefore: new Set(breakBefore) };
    pdf = await renderPass(numbered, doc.generation.generatedAt, placement, (key, page) => observed.set(key, page));
    const first = carriers.findIndex((c) => observed.get(c.key) !== pageOf.get(c.key));
    if (first === -1) return { pdf, passes: pass, stable: true, reservedSpace: sum(spaceOn.values()), pageBreaks: breakBefore.size };
    // Carriers before `first` are where their notes are; `first` decides this pass.
    const c = carriers[first]!;
    const landed = observed.get(c.key);
    const current = pageOf.get(c.key);
    if (landed !== undefined && current !== undefined && landed < current && tried.get(c.key)?.has(landed)) {
      // Oscillation (step 3). The carriers that moved from `landed` to `current` together were pushed by
      // their notes, perhaps by the last one's alone (one long note pushes the paragraphs above it). That
      // last one stays on `current`, and is kept off `landed` by an empty space as tall as its notes, or,
      // for long notes, by starting its paragraph on a new page (less space lost). The others go back to
      // `landed` and are tried there again; later carriers keep their pages.
      const group = carriers.filter((g) => pageOf.get(g.key) === current && tried.get(g.key)?.has(landed));
      const last = group.at(-1)!;
      const height = estimateNotesHeight(last.footnotes);
      if (height <= LONG_NOTES) spaceOn.set(landed, (spaceOn.get(landed) ?? 0) + height);
      else breakBefore.add(last.key);
      for (const g of group) {
        tried.get(g.key)!.delete(landed);
        if (g !== last) pageOf.set(g.key, observed.get(g.key) ?? landed);
      }
      continue;
    }
    // Otherwise `first` and every later carrier move to where they landed: for the later ones a guess,
    // corrected in order by the next passes.
    for (const later of carriers.slice(first)) {
      const page = observed.get(later.key);
      if (page === undefined) continue;
      pageOf.set(later.key, page);
      tried.set(later.key, (tried.get(later.key) ?? new Set<number>()).add(page));
    }
  }
  return { pdf: pdf!, passes: MAX_PASSES, stable: false, reservedSpace: sum(spaceOn.values()), pageBreaks: breakBefore.size };
}

/** The draft as a PDF, from the document alone. */
export async function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  return (await renderReportPdfDetailed(doc)).pdf;
}

/**
 * The benchmark's baseline: the same final text (the numbered paragraph texts) laid out by react-pdf
 * with the same font, page size, margins, body style and pagination engine, but none of the report's
 * structure (no masthead, headings, page template or footnote passes). One render.
 */
export async function renderPlainTextPdf(paragraphs: readonly string[]): Promise<Buffer> {
  registerReportFonts();
  return renderToBuffer(
    <Document creator="Rapporteur" producer="Rapporteur" creationDate={new Date(0)}>
      <Page size="A4" style={S.page} experimentalPagination>
        {paragraphs.map((text, i) => (
          <Text key={i} style={{ ...S.body, width: CONTENT_WIDTH, marginBottom: 6 }} hyphenationCallback={noHyphenation}>
            {text}
          </Text>
        ))}
      </Page>
    </Document>,
  );
}

