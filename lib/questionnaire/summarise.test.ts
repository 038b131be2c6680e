import { describe, expect, it } from "vitest";
import { summariseAnswer } from "./summarise";
import { TEST_DEFINITION } from "./test-fixture";

const question = (id: string) => TEST_DEFINITION.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;

describe("summariseAnswer", () => {
  it("turns codes into the definition's labels and YNP values into catalogue keys", () => {
    expect(summariseAnswer(question("LEG-01"), { status: "YES", details: "Penal code art. 3" })).toEqual([
      { label: "Status", text: "questionnaire.ynp.YES", isKey: true },
      { label: "Details", text: "Penal code art. 3" },
    ]);
    expect(summariseAnswer(question("LEG-02"), { kind: { code: "OTHER", other: "Decree" }, year: 2015 })).toEqual([
      { label: "Kind", text: "Other (specify): Decree" },
      { label: "Year of adoption", text: "2015" },
    ]);
  });

  it("names grid cells by their row and column labels", () => {
    const q = question("DAT-02");
    const field = q.fields[0]!;
    if (field.type !== "INT" || !field.grid?.columns) throw new Error("DAT-02 is a grid with columns");
    const row = field.grid.rows[0]!;
    const col = field.grid.columns[1]!;
    expect(summariseAnswer(q, { [field.key]: { cells: { [row.code]: { [col.code]: 4 } } } })).toEqual([{ label: field.label, text: `${row.label}, ${col.label}: 4` }]);
  });

  it("counts attached files, or describes each when their names are given", () => {
    const q = question("DAT-05");
    const key = q.fields[0]!.key;
    const ids = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];
    expect(summariseAnswer(q, { [key]: ids })).toEqual([{ label: q.fields[0]!.label, text: "2" }]);
    expect(summariseAnswer(q, { [key]: ids }, { [ids[0]!]: "plan.pdf", [ids[1]!]: "law.docx" })).toEqual([{ label: q.fields[0]!.label, text: "plan.pdf; law.docx" }]);
  });

  it("leaves out unanswered fields and reports 'not available' as a key", () => {
    expect(summariseAnswer(question("DAT-01"), { victims: { notAvailable: true } })).toEqual([
      { label: expect.any(String), text: "questionnaire.notAvailable", isKey: true },
    ]);
    expect(summariseAnswer(question("LEG-01"), { status: null })).toEqual([]);
    expect(summariseAnswer(question("LEG-01"), null)).toEqual([]);
  });
});
