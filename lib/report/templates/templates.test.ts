import { describe, expect, it } from "vitest";
import { ReportGenerationError } from "../generate";
import { GA_COORDINATION_TEMPLATE } from "./ga-coordination";
import { GA_WOMEN_GIRLS_TEMPLATE } from "./ga-women-girls";
import { getReportTemplate, REPORT_TEMPLATES } from "./index";
import { SC_CONFLICT_TEMPLATE } from "./sc-conflict";
import { defineTemplate, RECOMMENDATION_VERBS, romanNumeral, templateIssues, ZReportTemplate, type ReportTemplateInput } from "./template";

/** A deep copy to break (the shipped objects are shared). */
function copy(t: ReportTemplateInput): ReportTemplateInput {
  return structuredClone(t);
}

describe("shipped report templates", () => {
  it("the three templates of Appendix A validate, with their family and a name for a select list", () => {
    expect(REPORT_TEMPLATES.map((t) => [t.id, t.family])).toEqual([
      ["sc-conflict", "SC"],
      ["ga-coordination", "GA"],
      ["ga-women-girls", "GA"],
    ]);
    for (const source of [SC_CONFLICT_TEMPLATE, GA_COORDINATION_TEMPLATE, GA_WOMEN_GIRLS_TEMPLATE]) expect(templateIssues(source)).toEqual([]);
    for (const t of REPORT_TEMPLATES) expect(t.name).toMatch(/^(Security Council|General Assembly) — /);
  });

  it("getReportTemplate finds a template by id and refuses an unknown one with UNKNOWN_TEMPLATE", () => {
    expect(getReportTemplate("ga-women-girls").defaultNaming).toBe("named");
    expect(() => getReportTemplate("sc-unknown")).toThrow(ReportGenerationError);
    try {
      getReportTemplate("sc-unknown");
    } catch (error) {
      expect((error as ReportGenerationError).code).toBe("UNKNOWN_TEMPLATE");
      expect((error as Error).message).toContain("sc-conflict");
    }
  });

  it("default titles follow the title block of §2.2: SC names the mandate, GA the item with a subtitle", () => {
    const cycle = { mandate: "Security Council resolution 2388 (2017)", title: "ignored" };
    expect(getReportTemplate("sc-conflict").defaultTitle(cycle)).toBe(
      "Report of the Secretary-General on trafficking in persons in armed conflict pursuant to Security Council resolution 2388 (2017)",
    );
    expect(getReportTemplate("sc-conflict").defaultSubtitle).toBeUndefined();
    const ga = getReportTemplate("ga-coordination");
    expect(ga.defaultTitle({ mandate: "General Assembly resolution 70/179", title: "x" })).toBe("Improving the coordination of efforts against trafficking in persons");
    expect(ga.defaultSubtitle).toBe("Report of the Secretary-General");
  });

  it("chapters are labelled I., II. … without a gap, sections A., B. …, sub-sections 1., 2. …", () => {
    for (const t of REPORT_TEMPLATES) {
      t.chapters.forEach((c, i) => {
        expect(c.label).toBe(`${romanNumeral(i + 1)}.`);
        c.sections.forEach((s, j) => {
          expect(s.label).toBe(`${String.fromCharCode(65 + j)}.`);
          s.subsections.forEach((x, k) => expect(x.label).toBe(`${k + 1}.`));
        });
      });
    }
    expect([1, 4, 5, 9, 14].map(romanNumeral)).toEqual(["I", "IV", "V", "IX", "XIV"]);
  });

  it("SC is in the first person with lettered asks to the Council; GA coordination impersonal; women and girls 'States should' paragraphs", () => {
    const recs = (id: string) =>
      getReportTemplate(id)
        .chapters.flatMap((c) => [c.content, ...c.sections.flatMap((s) => [s.content, ...s.subsections.map((x) => x.content)])])
        .flat();
    const sc = recs("sc-conflict").find((c) => c.type === "recommendations");
    expect(sc && sc.type === "recommendations" && sc.chapeau).toBe("I urge the Security Council to:");
    const ga = recs("ga-coordination").find((c) => c.type === "recommendations");
    expect(ga && ga.type === "recommendations" && ga.chapeau).toBe("It is recommended that the General Assembly consider taking the following actions:");
    for (const block of [sc, ga]) {
      if (block?.type !== "recommendations") throw new Error("no recommendations");
      for (const item of block.items) expect(RECOMMENDATION_VERBS.some((v) => item.text.startsWith(`${v} `))).toBe(true);
    }
    const wg = recs("ga-women-girls").filter((c) => c.type === "paragraph" && c.key.startsWith("recommendation-"));
    expect(wg.length).toBeGreaterThanOrEqual(4);
    for (const p of wg) expect(p.type === "paragraph" && / should /.test(p.text)).toBe(true);
  });

  it("each template carries the contributors once, in its form of §3.1", () => {
    expect(getReportTemplate("sc-conflict").contributors.form).toBe("count-footnote");
    expect(getReportTemplate("ga-coordination").contributors.form).toBe("respondents-paragraph");
    expect(getReportTemplate("ga-women-girls").contributors.form).toBe("count-and-list-footnote");
  });
});

describe("refused templates say why", () => {
  const refused = (mutate: (t: ReportTemplateInput & Record<string, unknown>) => void, reason: RegExp) => {
    const t = copy(SC_CONFLICT_TEMPLATE) as ReportTemplateInput & Record<string, unknown>;
    mutate(t);
    const issues = templateIssues(t);
    expect(issues.join("\n")).toMatch(reason);
    expect(() => defineTemplate(t)).toThrow(reason);
  };

  it("an unknown report section code", () => {
    refused((t) => {
      const content = t.chapters[2]!.sections![1]!.content!;
      content[0] = { type: "member-states", sources: [{ code: "T-XYZ" as "T-LEG" }] };
    }, /unknown report section code "T-XYZ"/);
  });

  it("a missing or misplaced label", () => {
    refused((t) => {
      delete (t.chapters[1] as { label?: string }).label;
    }, /chapters\.1\.label: a heading needs its label/);
    refused((t) => {
      t.chapters[2]!.label = "IV.";
    }, /chapter 3 must be labelled "III\." \(got "IV\."\)/);
    refused((t) => {
      t.chapters[2]!.sections![1]!.label = "C.";
    }, /section 2 of chapter III\. must be labelled "B\."/);
  });

  it("bad structure: no chapters, an unknown content type, an unknown placeholder, a duplicate key", () => {
    refused((t) => {
      t.chapters = [];
    }, /needs at least one chapter/);
    refused((t) => {
      (t.chapters[0]!.content as unknown[]).push({ type: "table", key: "x" });
    }, /chapters\.0\.content\.2/);
    refused((t) => {
      (t.chapters[0]!.content as unknown[]).push({ type: "paragraph", key: "odd", text: "As at {today}, …" });
    }, /unknown placeholder \{today\}/);
    refused((t) => {
      (t.chapters[0]!.content as unknown[]).push({ type: "paragraph", key: "intro-1", text: "Again." });
    }, /duplicate key "intro-1"/);
    refused((t) => {
      (t.chapters[0]!.content as unknown[]).push({ type: "member-states", sources: [{ code: "T-LEG" }] }, { type: "member-states", sources: [{ code: "T-RAT" }] });
    }, /at most one member-states item/);
  });

  it("recommendations that do not open with a controlled verb, or a chapeau without a colon", () => {
    refused((t) => {
      const v = t.chapters[4]!.content!;
      const rec = v.find((c) => c.type === "recommendations");
      if (rec?.type === "recommendations") rec.items[0]!.text = "Think about ratifying the Convention";
    }, /must open with a controlled verb/);
    refused((t) => {
      const rec = t.chapters[4]!.content!.find((c) => c.type === "recommendations");
      if (rec?.type === "recommendations") rec.chapeau = "I urge the Security Council to";
    }, /must end with a colon/);
  });

  it("the contributors twice or not at all, or in the wrong form", () => {
    refused((t) => {
      (t.chapters[0]!.content![1] as { footnote?: string }).footnote = undefined;
    }, /must appear exactly once \(found 0\)/);
    refused((t) => {
      (t.chapters[0]!.content as unknown[]).push({ type: "respondents", key: "respondents" });
    }, /respondents paragraph needs the "respondents-paragraph" contributors form/);
  });

  it("a GA template without a Summary or in the first person; an SC template with a Summary", () => {
    const ga = copy(GA_COORDINATION_TEMPLATE);
    delete ga.summary;
    expect(templateIssues(ga).join()).toMatch(/needs a Summary/);
    const voice = copy(GA_COORDINATION_TEMPLATE);
    (voice.chapters[0]!.content as unknown[]).push({ type: "paragraph", key: "voice", text: "I welcome these efforts." });
    expect(templateIssues(voice).join()).toMatch(/third person/);
    refused((t) => {
      t.summary = { opening: "Pursuant to {mandate}." };
    }, /has no Summary/);
  });

  it("ZReportTemplate strips the helpers, so a shipped template object round-trips", () => {
    const parsed = ZReportTemplate.parse(getReportTemplate("sc-conflict"));
    expect("defaultTitle" in parsed).toBe(false);
    expect(parsed.chapters.length).toBe(5);
  });
});
