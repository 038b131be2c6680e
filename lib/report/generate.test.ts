import { beforeAll, describe, expect, it } from "vitest";
import { PHRASINGS } from "./config/phrasings";
import { numberDocument, type ReportDocument } from "./document";
import { buildFixtureReplies, fixtureGoodPracticeFlags, fixtureInput, fixtureMeta, type ReplyFixture } from "./fixtures/replies";
import { exampleClause, generateReport, ReportGenerationError, type GenerateReportInput, type GenerationCycle } from "./generate";
import { formatCount } from "./numbers";
import type { NamingConsent } from "./sentences";
import { getReportTemplate } from "./templates";
import { SC_CONFLICT_TEMPLATE } from "./templates/sc-conflict";

const TEMPLATES = [
  ["sc-conflict", "SC"],
  ["ga-coordination", "GA"],
  ["ga-women-girls", "GA"],
] as const;

const GA_CYCLE: GenerationCycle = {
  slug: "ga-2026",
  title: "Improving the coordination of efforts against trafficking in persons (2026)",
  organ: "GA",
  mandate: "General Assembly resolution 79/183",
  periodFrom: "2025-10-01",
  periodTo: "2026-09-30",
  cutOff: "2027-02-15",
  modules: [],
};

/** Every third State anonymous only, the next good-practice examples only, the rest may be named. */
function mixedConsents(fixture: ReplyFixture): Record<string, NamingConsent> {
  const cycle: readonly NamingConsent[] = ["ANONYMOUS_ONLY", "GOOD_PRACTICE_ONLY", "MAY_BE_NAMED"];
  return Object.fromEntries(fixture.replies.map((r, i): [string, NamingConsent] => [r.source.stateId, cycle[i % 3]!]));
}

function expectError(fn: () => unknown, code: ReportGenerationError["code"], message?: RegExp): ReportGenerationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportGenerationError);
    expect((error as ReportGenerationError).code).toBe(code);
    if (message) expect((error as Error).message).toMatch(message);
    return error as ReportGenerationError;
  }
  throw new Error(`expected ${code}`);
}

/** Every text of the document with where it is. */
function allTexts(doc: ReportDocument): { where: string; text: string; key?: string }[] {
  const out: { where: string; text: string; key?: string }[] = [{ where: "title", text: doc.meta.title }];
  if (doc.meta.subtitle) out.push({ where: "subtitle", text: doc.meta.subtitle });
  if (doc.summary) {
    out.push({ where: "summary", text: doc.summary.text });
    for (const f of doc.summary.footnotes) out.push({ where: "footnote", text: f.text, key: f.key });
  }
  for (const b of doc.blocks) {
    if (b.type === "heading") out.push({ where: "heading", text: b.text, key: b.key });
    else if (b.type === "recommendations") out.push({ where: "recommendations", text: [b.chapeau, ...b.items.map((i) => i.text)].join(" "), key: b.key });
    else {
      out.push({ where: `paragraph:${b.origin}`, text: b.text, key: b.key });
      for (const f of b.footnotes) out.push({ where: "footnote", text: f.text, key: f.key });
    }
  }
  return out;
}

/** Whether `text` names the State, not counting a longer State name that contains it ("Niger" in "Nigeria" is excluded by the boundary; "Guinea" in "Papua New Guinea" by the removal). */
function mentions(text: string, name: string, allNames: readonly string[]): boolean {
  let t = text;
  for (const other of allNames) if (other !== name && other.includes(name)) t = t.replaceAll(other, "");
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(t);
}

function generatedParagraphs(doc: ReportDocument) {
  return doc.blocks.flatMap((b) => (b.type === "paragraph" && b.origin === "generated" ? [b] : []));
}

let sc: ReplyFixture;
let ga: ReplyFixture;

beforeAll(() => {
  const base = buildFixtureReplies(30);
  sc = buildFixtureReplies(30, { consents: mixedConsents(base) });
  ga = buildFixtureReplies(30, { cycle: GA_CYCLE, consents: mixedConsents(base) });
}, 60_000);

function input(templateId: (typeof TEMPLATES)[number][0], overrides: Partial<GenerateReportInput> = {}): GenerateReportInput {
  const family = templateId === "sc-conflict" ? "SC" : "GA";
  return fixtureInput(family === "SC" ? sc : ga, templateId, family, overrides);
}

describe("generateReport: the skeleton of each template", () => {
  it.each(TEMPLATES)("%s: headings as the template labels them, numbered paragraphs without a gap, stable keys and ids", (templateId) => {
    const doc = generateReport(input(templateId));
    const numbered = numberDocument(doc);
    const numbers = numbered.blocks.flatMap((b) => (b.type === "heading" ? [] : [b.number]));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbered.paragraphCount).toBe(doc.blocks.filter((b) => b.type !== "heading").length);
    const chapters = doc.blocks.filter((b) => b.type === "heading" && b.level === "chapter").map((b) => (b.type === "heading" ? b.label : ""));
    expect(chapters[0]).toBe("I.");
    expect(new Set(doc.blocks.map((b) => b.key)).size).toBe(doc.blocks.length);
    for (const b of doc.blocks) expect(b.id).toBe(`b:${b.key}`);
    expect(doc.blocks.find((b) => b.key === "h:III")?.type).toBe("heading");
    expect(doc.blocks.find((b) => b.key === "tpl:intro-1")?.type).toBe("paragraph");
  });

  it.each(TEMPLATES)("%s: every generated paragraph has sentences with their States, keyed by its section code and first question", (templateId) => {
    const doc = generateReport(input(templateId));
    const generated = generatedParagraphs(doc);
    expect(generated.length).toBeGreaterThan(10);
    for (const p of generated) {
      expect(p.sentences.some((s) => s.stateIds.length > 0)).toBe(true);
      expect(p.sectionCode).toBeTruthy();
      if (p.key !== "contributors") expect(p.key).toBe(`${p.sectionCode}:${p.sentences[0]!.questionIds[0]}`);
      expect(p.text).toBe(p.sentences.map((s) => s.text).join(" "));
    }
    for (const b of doc.blocks) if (b.type === "paragraph" && b.origin === "template") expect(b.sentences).toEqual([]);
    // Each question is reported in one place only.
    const questions = generated.flatMap((p) => [...new Set(p.sentences.flatMap((s) => s.questionIds))]);
    expect(new Set(questions).size).toBe(questions.length);
  });

  it.each(TEMPLATES)("%s: each generated paragraph stands under the template part whose sources take its section code (Appendix A)", (templateId) => {
    const doc = generateReport(input(templateId));
    const template = getReportTemplate(templateId);
    const codesOf = new Map<string, Set<string>>();
    for (const c of template.chapters) {
      const ck = c.label.replace(/\.$/, "");
      const add = (key: string, content: typeof c.content) => codesOf.set(key, new Set(content.flatMap((x) => (x.type === "member-states" ? x.sources.map((s) => s.code) : []))));
      add(`h:${ck}`, c.content);
      for (const s of c.sections) {
        const sk = `${ck}.${s.label.replace(/\.$/, "")}`;
        add(`h:${sk}`, s.content);
        for (const x of s.subsections) add(`h:${sk}.${x.label.replace(/\.$/, "")}`, x.content);
      }
    }
    let part = "";
    let checked = 0;
    for (const b of doc.blocks) {
      if (b.type === "heading" && b.level !== "runin") part = b.key!;
      if (b.type === "paragraph" && b.origin === "generated" && b.key !== "contributors") {
        expect(codesOf.get(part)?.has(b.sectionCode!), `${b.key} under ${part}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
    if (templateId === "sc-conflict") {
      // III.A: the treaty paragraph, then ratification (and LEG-01, CONF-01 when phrased).
      const a = doc.blocks.findIndex((b) => b.key === "h:III.A");
      expect(doc.blocks[a + 1]?.key).toBe("tpl:treaty-status");
    }
  });

  it("recommendations seeded from the template: SC asks the Council, GA the Assembly, women and girls 'States should'", () => {
    const scDoc = generateReport(input("sc-conflict"));
    const rec = scDoc.blocks.find((b) => b.type === "recommendations");
    expect(rec?.type === "recommendations" && rec.chapeau).toBe("I urge the Security Council to:");
    expect(rec?.type === "recommendations" && rec.items[0]!.text).toMatch(/^Call upon Member States that have not yet done so to ratify/);
    const last = scDoc.blocks.at(-1);
    expect(last?.type === "paragraph" && last.text).toMatch(/^The Security Council may wish to request me to continue to report annually/);
    const gaDoc = generateReport(input("ga-coordination"));
    const gaRec = gaDoc.blocks.find((b) => b.type === "recommendations");
    expect(gaRec?.type === "recommendations" && gaRec.chapeau).toBe("It is recommended that the General Assembly consider taking the following actions:");
    const wg = generateReport(input("ga-women-girls"));
    expect(wg.blocks.filter((b) => b.type === "paragraph" && b.key?.startsWith("tpl:recommendation-") && / should /.test(b.text)).length).toBeGreaterThanOrEqual(4);
  });

  it("Introduction from the mandate and the period (SC first person, GA third person), placeholders bracketed", () => {
    const scDoc = generateReport(input("sc-conflict"));
    const intro2 = scDoc.blocks.find((b) => b.key === "tpl:intro-2");
    expect(intro2?.type === "paragraph" && intro2.text).toBe(
      "The present report follows up on the implementation of Security Council resolution 2388 (2017) and on the progress made in the reporting period, from 1 October 2025 to 30 September 2026. It is based on information provided by Member States, United Nations entities and relevant international and regional bodies.",
    );
    expect(scDoc.blocks.find((b) => b.key === "tpl:developments-1")?.type === "paragraph").toBe(true);
    const placeholders = scDoc.blocks.filter((b) => b.type === "paragraph" && b.text.startsWith("[Secretariat to draft:"));
    expect(placeholders.length).toBeGreaterThanOrEqual(4);
    const gaDoc = generateReport(input("ga-coordination"));
    for (const t of allTexts(gaDoc)) if (t.where !== "paragraph:generated") expect(t.text).not.toMatch(/\b(I|me|my)\b/);
  });
});

describe("generateReport: contributors (§3.1)", () => {
  it("SC: the count footnote on the evidence-base sentence counts every counted reply", () => {
    const doc = generateReport(input("sc-conflict"));
    const carrier = doc.blocks.find((b) => b.type === "paragraph" && b.footnotes.some((f) => f.key === "contributors"));
    expect(carrier?.key).toBe("tpl:intro-2");
    const fn = carrier?.type === "paragraph" ? carrier.footnotes[0]! : undefined;
    expect(fn?.id).toBe("fn:contributors");
    expect(fn?.text).toBe(`Based on information received from ${sc.replies.length} Member States that contributed to the present report.`);
    expect(doc.generation.replies).toHaveLength(sc.replies.length);
  });

  it("GA coordination: the respondents paragraph lists only the States that may be named, with the cut-off date", () => {
    const doc = generateReport(input("ga-coordination"));
    const p = doc.blocks.find((b) => b.key === "contributors");
    if (p?.type !== "paragraph") throw new Error("no respondents paragraph");
    const mayBeNamed = ga.replies.filter((r) => r.answers["META-06"]?.consent && (r.answers["META-06"].consent as { code: string }).code === "MAY_BE_NAMED").map((r) => r.source.stateId);
    expect(mayBeNamed.length).toBeGreaterThan(0);
    expect(new Set(p.sentences[0]!.namedStateIds)).toEqual(new Set(mayBeNamed));
    expect(p.sentences[0]!.stateIds).toHaveLength(ga.replies.length);
    expect(p.text).toMatch(/^As at 15 February 2027, 30 States had replied to a request for information circulated by the Secretary-General in the form of a note verbale, including /);
    for (const r of ga.replies) {
      const named = mentions(p.text, r.source.stateName, [...ga.states.values()].map((s) => s.name));
      expect(named).toBe(mayBeNamed.includes(r.source.stateId));
    }
    // Under the anonymous policy nobody is listed.
    const anon = generateReport(input("ga-coordination", { meta: fixtureMeta("ga-coordination", "GA", { naming: "anonymous" }) }));
    const q = anon.blocks.find((b) => b.key === "contributors");
    expect(q?.type === "paragraph" && q.text).toBe("As at 15 February 2027, 30 States had replied to a request for information circulated by the Secretary-General in the form of a note verbale.");
  });

  it("women and girls: the count in words then the list, on the chapeau of chapter IV", () => {
    const doc = generateReport(input("ga-women-girls"));
    const carrier = doc.blocks.find((b) => b.type === "paragraph" && b.footnotes.some((f) => f.key === "contributors"));
    expect(carrier?.key).toBe("tpl:actions-chapeau");
    const fn = carrier?.type === "paragraph" ? carrier.footnotes[0]!.text : "";
    expect(fn.startsWith(`${formatCount(30, { sentenceStart: true })} Member States made submissions to the present report, including `)).toBe(true);
  });

  it("late replies after the cut-off are left out of the count, the findings and the sources", () => {
    const late = new Set(sc.replies.slice(0, 4).map((r) => r.source.stateId));
    const replies = sc.replies.map((r) => (late.has(r.source.stateId) ? { ...r, receivedOn: "2027-03-01" } : r));
    const doc = generateReport(input("sc-conflict", { replies }));
    expect(doc.generation.replies.map((r) => r.stateId).filter((id) => late.has(id))).toEqual([]);
    const fn = doc.blocks.flatMap((b) => (b.type === "paragraph" ? b.footnotes : [])).find((f) => f.key === "contributors");
    expect(fn?.text).toContain(`from ${sc.replies.length - 4} Member States`);
    for (const p of generatedParagraphs(doc)) for (const s of p.sentences) for (const id of s.stateIds) expect(late.has(id)).toBe(false);
  });
});

describe("generateReport: naming consent across the whole report", () => {
  for (const [templateId] of TEMPLATES) {
    for (const naming of ["named", "respondents-listed"] as const) {
      it(`${templateId}, ${naming}: no anonymous-only State is named anywhere; good-practice-only States only in good-practice sentences`, () => {
        const fixture = templateId === "sc-conflict" ? sc : ga;
        const consentOf = (id: string) => ((fixture.replies.find((r) => r.source.stateId === id)!.answers["META-06"]!.consent as { code: NamingConsent }).code);
        const anonymous = fixture.replies.filter((r) => consentOf(r.source.stateId) === "ANONYMOUS_ONLY");
        const gpOnly = fixture.replies.filter((r) => consentOf(r.source.stateId) === "GOOD_PRACTICE_ONLY");
        expect(anonymous.length).toBe(10);
        expect(gpOnly.length).toBe(10);
        // A nominated practice that names an anonymous-only State in its own words.
        const planted = anonymous[0]!.source.stateName;
        const replies = fixture.replies.map((r) =>
          consentOf(r.source.stateId) === "MAY_BE_NAMED" && r.answers["GP-01"]
            ? { ...r, answers: { ...r.answers, "GP-01": { practices: [{ title: "Joint team", description: `A joint investigation team with ${planted} dismantled a trafficking network.`, consent: "NAMED" }] } } }
            : r,
        );
        expect(replies.filter((r, i) => r !== fixture.replies[i]).length).toBeGreaterThan(0);
        const flags = fixtureGoodPracticeFlags({ ...fixture, replies });
        const family = templateId === "sc-conflict" ? "SC" : "GA";
        const doc = generateReport(fixtureInput({ ...fixture, replies }, templateId, family, { meta: fixtureMeta(templateId, family, { naming }), goodPractice: flags }));
        const names = [...fixture.states.values()].map((s) => s.name);
        const texts = allTexts(doc);
        for (const state of anonymous) {
          for (const t of texts) expect(mentions(t.text, state.source.stateName, names), `${state.source.stateName} in ${t.where} ${t.key}`).toBe(false);
        }
        const flagged = new Set(flags.map((f) => `${f.stateId}|${f.questionId}`));
        let gpNamed = 0;
        for (const state of gpOnly) {
          const name = state.source.stateName;
          for (const t of texts.filter((x) => x.where !== "paragraph:generated")) expect(mentions(t.text, name, names), `${name} in ${t.where} ${t.key}`).toBe(false);
          for (const p of generatedParagraphs(doc)) {
            for (const s of p.sentences) {
              if (!mentions(s.text, name, names)) continue;
              expect(s.namedStateIds).toEqual([state.source.stateId]);
              expect(flagged.has(`${state.source.stateId}|${s.questionIds[0]}`)).toBe(true);
              gpNamed += 1;
            }
          }
        }
        // The contributors name nobody but States that may be named.
        const contributors = texts.filter((t) => t.key === "contributors");
        expect(contributors).toHaveLength(1);
        for (const state of [...anonymous, ...gpOnly]) expect(mentions(contributors[0]!.text, state.source.stateName, names)).toBe(false);
        if (naming === "named") expect(gpNamed).toBeGreaterThan(0);
        else expect(gpNamed).toBe(0);
        // The findings name States only under "named"; the respondents are listed under both policies (SC: count and list).
        const namedInFindings = generatedParagraphs(doc).flatMap((p) => (p.key === "contributors" ? [] : p.sentences.flatMap((s) => s.namedStateIds)));
        if (naming === "respondents-listed") expect(namedInFindings).toEqual([]);
        else expect(namedInFindings.length).toBeGreaterThan(0);
        expect(contributors[0]!.text).toMatch(/including /);
      });
    }
  }

  it("treaty actions name the States, unless a respondent among them did not consent (§3.4, §6.1 F-T3/F-T4)", () => {
    const cycle: GenerationCycle = { ...GA_CYCLE, periodFrom: "2013-12-18", periodTo: "2016-04-01" };
    const base = buildFixtureReplies(6, { cycle });
    const asKorea = (consent: NamingConsent) => ({
      ...base,
      replies: base.replies.map((r, i) =>
        i === 0 ? { ...r, source: { ...r.source, stateId: "KOR", stateName: "Republic of Korea" }, answers: { ...r.answers, "META-06": { consent: { code: consent } } } } : r,
      ),
    });
    const meta = fixtureMeta("ga-coordination", "GA", { date: "2016-07-01", cutOff: "2016-05-30" });
    const treaty = (doc: ReportDocument) => doc.blocks.find((b) => b.key === "tpl:treaty-status")!;
    const named = generateReport(fixtureInput(asKorea("MAY_BE_NAMED"), "ga-coordination", "GA", { meta, replies: asKorea("MAY_BE_NAMED").replies.map((r) => ({ ...r, receivedOn: "2016-05-01" })) }));
    const text = treaty(named).type === "paragraph" ? (treaty(named) as { text: string }).text : "";
    expect(text).toContain(
      "In the reporting period, seven States became States parties to the Organized Crime Convention, namely Sierra Leone (12 August 2014), Eritrea (25 September 2014), Tonga (3 October 2014), Barbados (11 November 2014), Samoa (17 December 2014), the State of Palestine (2 January 2015) and the Republic of Korea (5 November 2015).",
    );
    expect(text).toContain("In the reporting period, 10 States became States parties to the Trafficking in Persons Protocol, namely Sierra Leone (12 August 2014), Afghanistan (15 August 2014)");
    expect(text).toContain("As at 30 May 2016, there were 186 States parties to the Convention and 169 States parties to the Protocol.");
    expect(text).not.toContain("[Secretariat");
    const anon = generateReport(fixtureInput(asKorea("ANONYMOUS_ONLY"), "ga-coordination", "GA", { meta, replies: asKorea("ANONYMOUS_ONLY").replies.map((r) => ({ ...r, receivedOn: "2016-05-01" })) }));
    const anonText = (treaty(anon) as { text: string }).text;
    expect(anonText).toContain("In the reporting period, seven States became States parties to the Organized Crime Convention.");
    for (const t of allTexts(anon)) expect(t.text).not.toContain("Korea");
  });
});

describe("generateReport: good practices only from reviewers' flags", () => {
  it("no flag, no example; with flags, every example is a flagged answer", () => {
    const none = generateReport(input("sc-conflict", { goodPractice: [] }));
    const sentences = (doc: ReportDocument) => generatedParagraphs(doc).flatMap((p) => p.sentences);
    expect(sentences(none).filter((s) => s.kind === "EX1" || s.kind === "GP")).toEqual([]);
    const flags = fixtureGoodPracticeFlags(sc);
    const flagged = new Set(flags.map((f) => `${f.stateId}|${f.questionId}`));
    const doc = generateReport(input("sc-conflict", { goodPractice: flags, meta: fixtureMeta("sc-conflict", "SC", { naming: "named" }) }));
    const examples = sentences(doc).filter((s) => s.kind === "EX1" || (s.kind === "NAMED" && / (reported|noted|indicated) that /.test(s.text) && s.stateIds.length === 1 && /^(For instance, )?[A-Z][^ ]* /.test(s.text) && !/States? /.test(s.text.split(" that ")[0]!)));
    expect(examples.length).toBeGreaterThan(0);
    for (const s of examples) expect(flagged.has(`${s.stateIds[0]}|${s.questionIds[0]}`)).toBe(true);
  });

  it("exampleClause: the first sentence, without its stop, lower-cased only after a common opening word", () => {
    expect(exampleClause("Staff of reception centres were trained. Results were good.")).toBe("staff of reception centres were trained");
    expect(exampleClause("Officers specialized in trafficking were assigned to every directorate.")).toBe("officers specialized in trafficking were assigned to every directorate");
    expect(exampleClause("UNODC trained the judges of the supreme court.")).toBe("UNODC trained the judges of the supreme court");
    expect(exampleClause("Yes.")).toBeUndefined();
  });
});

describe("generateReport: counted replies and refusals", () => {
  it("NO_REPLIES for no reply, and for only submitted replies unless they are included", () => {
    expectError(() => generateReport(input("sc-conflict", { replies: [] })), "NO_REPLIES", /^This cycle has no accepted replies yet: a report needs at least one\.$/);
    const submitted = sc.replies.slice(0, 5).map((r) => ({ ...r, source: { ...r.source, status: "SUBMITTED" as const } }));
    expectError(() => generateReport(input("sc-conflict", { replies: submitted })), "NO_REPLIES", /no accepted replies yet.*Five submitted replies are waiting for review/);
    const doc = generateReport(input("sc-conflict", { replies: submitted, meta: fixtureMeta("sc-conflict", "SC", { includeSubmitted: true }) }));
    expect(doc.generation.replies.map((r) => r.status)).toEqual(Array(5).fill("SUBMITTED"));
    const provisional = new Set(generatedParagraphs(doc).flatMap((p) => p.provisionalStateIds));
    expect([...provisional].sort()).toEqual(submitted.map((r) => r.source.stateId).sort());
    expectError(() => generateReport(input("sc-conflict", { replies: [], meta: fixtureMeta("sc-conflict", "SC", { includeSubmitted: true }) })), "NO_REPLIES", /accepted or submitted/);
  });

  it("submitted replies are left out unless included", () => {
    const replies = sc.replies.map((r, i) => (i < 3 ? { ...r, source: { ...r.source, status: "SUBMITTED" as const } } : r));
    const doc = generateReport(input("sc-conflict", { replies }));
    expect(doc.generation.replies).toHaveLength(sc.replies.length - 3);
    expect(generatedParagraphs(doc).flatMap((p) => p.provisionalStateIds)).toEqual([]);
  });

  it("INVALID_TEMPLATE for a template object that does not validate, with the reason", () => {
    const bad = structuredClone(SC_CONFLICT_TEMPLATE);
    bad.chapters[2]!.sections![0]!.content![1] = { type: "member-states", sources: [{ code: "T-NOPE" as "T-RAT" }] };
    expectError(() => generateReport(input("sc-conflict", { template: bad })), "INVALID_TEMPLATE", /unknown report section code "T-NOPE"/);
    const misplaced = structuredClone(SC_CONFLICT_TEMPLATE);
    misplaced.chapters[2]!.sections![0]!.content![1] = { type: "member-states", sources: [{ code: "T-RAT", only: ["LEG-02"] }] };
    expectError(() => generateReport(input("sc-conflict", { template: misplaced })), "INVALID_TEMPLATE", /places LEG-02 under T-RAT, but LEG-02 feeds T-LEG/);
    expectError(() => generateReport(input("sc-conflict", { template: "sc-nope" })), "UNKNOWN_TEMPLATE");
    // A valid template object is accepted like its id.
    expect(JSON.stringify(generateReport(input("sc-conflict", { template: SC_CONFLICT_TEMPLATE })))).toBe(JSON.stringify(generateReport(input("sc-conflict"))));
  });

  it("INVALID_TEMPLATE when the masthead's family or template is not the template's", () => {
    expectError(() => generateReport(input("sc-conflict", { meta: fixtureMeta("ga-coordination", "GA") })), "INVALID_TEMPLATE", /not a SC report on template "sc-conflict"/);
  });

  it("INVALID_CONFIG for a bad quantifier configuration, a GA masthead without session, an invalid phrasing", () => {
    expectError(() => generateReport(input("sc-conflict", { quantifiers: { none: { gapTemplates: [] } } })), "INVALID_CONFIG", /quantifier configuration is not valid: .*none\.gapTemplates/);
    const meta = fixtureMeta("ga-coordination", "GA");
    delete (meta as { session?: string }).session;
    expectError(() => generateReport(input("ga-coordination", { meta })), "INVALID_CONFIG", /session is required for a General Assembly report/);
    expectError(
      () => generateReport(input("sc-conflict", { phrasings: { ...PHRASINGS, "LEG-02": { questionId: "LEG-02", topic: "", findings: [] } } })),
      "INVALID_CONFIG",
      /LEG-02: topic/,
    );
  });

  it("questions that feed the template without phrasing are listed as unphrased", () => {
    const doc = generateReport(input("ga-women-girls", { phrasings: {} }));
    expect(doc.generation.unphrased).toContain("LEG-02");
    expect(doc.generation.unphrased).toContain("PROT-10");
    expect(generatedParagraphs(doc).filter((p) => p.key !== "contributors")).toEqual([]);
    // An empty section says why, for the editor.
    const empty = doc.blocks.find((b) => b.key === "tpl:empty:IV.A");
    expect(empty?.type === "paragraph" && empty.origin === "template" && empty.text).toMatch(/^\[Secretariat to draft: the replies gave nothing the engine can report yet \(not yet phrased: LEG-01, LEG-02, /);
    // The Summary lists only the parts with content: here the treaty status alone.
    expect(doc.summary?.text).toContain("It includes information on the status of adherence to the relevant international instruments.");
    const full = generateReport(input("ga-women-girls"));
    expect(full.summary?.text).toMatch(/^Pursuant to General Assembly resolution 79\/183, the present report compiles information/);
    expect(full.summary?.text).toContain("prevention");
    expect(full.generation.unphrased.every((id) => !PHRASINGS[id])).toBe(true);
  });
});

describe("generateReport: determinism and masthead", () => {
  it.each(TEMPLATES)("%s: the same input gives the same document, byte for byte, whatever the order of replies and flags", (templateId) => {
    const a = generateReport(input(templateId));
    const b = generateReport(input(templateId));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const fixture = templateId === "sc-conflict" ? sc : ga;
    const c = generateReport(input(templateId, { replies: [...fixture.replies].reverse(), goodPractice: [...fixtureGoodPracticeFlags(fixture)].reverse() }));
    expect(JSON.stringify(c)).toBe(JSON.stringify(a));
    expect(a.generation.generatedAt).toBe("2026-11-20T10:00:00.000Z");
  });

  it("SC and GA mastheads: the meta is the caller's; GA has session, agenda item and a Summary, SC neither", () => {
    const scDoc = generateReport(input("sc-conflict"));
    expect(scDoc.meta).toEqual(fixtureMeta("sc-conflict", "SC"));
    expect(scDoc.meta.session).toBeUndefined();
    expect(scDoc.summary).toBeUndefined();
    const gaDoc = generateReport(input("ga-coordination"));
    expect(gaDoc.meta.session).toBe("Eighty-first session");
    expect(gaDoc.meta.agendaItem?.number).toBe(105);
    expect(gaDoc.summary?.text).toMatch(/^The present report has been prepared pursuant to General Assembly resolution 79\/183\./);
    expect(gaDoc.summary?.text).toContain("It includes information on the status of ratifications");
    expect(gaDoc.summary?.text).toMatch(/The report concludes with recommendations for the consideration of the General Assembly\.$/);
  });
});
