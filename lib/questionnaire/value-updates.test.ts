import { describe, expect, it } from "vitest";
import { ZGroupField, ZLeafField, type GroupField, type LeafField } from "./definition";
import { validateFieldValue } from "./values";
import {
  addGoodPractice,
  addGroupItem,
  chooseScOption,
  numberOrNull,
  readInt,
  readMc,
  removeGoodPractice,
  removeGroupItem,
  setFieldValue,
  setGoodPracticePart,
  setGridCell,
  setGroupSubValue,
  setInstrumentPart,
  setIntAmount,
  setIntCurrency,
  setIntNotAvailable,
  setMcOther,
  setScOther,
  textOrNull,
  toggleInstrument,
  toggleMcOption,
  toggleState,
} from "./value-updates";

function leaf<T extends LeafField["type"]>(input: unknown): Extract<LeafField, { type: T }> {
  return ZLeafField.parse(input) as Extract<LeafField, { type: T }>;
}

const sc = leaf<"SC">({
  key: "status",
  type: "SC",
  label: "Status",
  options: [
    { code: "PARTY", label: "Party" },
    { code: "OTHER", label: "Other", specify: true },
  ],
});
const mc = leaf<"MC">({
  key: "kinds",
  type: "MC",
  label: "Kinds",
  options: [
    { code: "A", label: "A" },
    { code: "B", label: "B" },
    { code: "OTHER", label: "Other", specify: true },
    { code: "NONE", label: "None", exclusive: true },
  ],
});
const amount = leaf<"INT">({ key: "amount", type: "INT", label: "Amount", withCurrency: true });
const count = leaf<"INT">({ key: "count", type: "INT", label: "Count" });
const grid = leaf<"INT">({
  key: "victims",
  type: "INT",
  label: "Victims",
  grid: { rows: [{ code: "FEMALE", label: "Female" }, { code: "MALE", label: "Male" }], columns: [{ code: "ADULT", label: "Adult" }, { code: "CHILD", label: "Child" }] },
});
const singleColumnGrid = leaf<"INT">({ key: "byForm", type: "INT", label: "By form", grid: { rows: [{ code: "FORCED_LABOUR", label: "Forced labour" }] } });
const instr = leaf<"INSTR">({
  key: "instruments",
  type: "INSTR",
  label: "Instruments",
  instruments: [{ code: "UNTOC", label: "UNTOC" }, { code: "TIP", label: "TIP Protocol" }],
  actions: [{ code: "RATIFICATION", label: "Ratification" }],
});
const gp = leaf<"GP">({ key: "goodPractice", type: "GP", label: "Good practice", count: 2 });
const group: GroupField = ZGroupField.parse({
  key: "laws",
  type: "GROUP",
  label: "Laws",
  itemLabel: "Law",
  maxItems: 2,
  fields: [
    { key: "title", type: "TXT", label: "Title", wordLimit: 50 },
    { key: "date", type: "DATE", label: "Date" },
  ],
});

/** Every value these functions produce must be accepted by the engine as a draft. */
function expectValidDraft(field: LeafField | GroupField, value: unknown) {
  expect(validateFieldValue(field, value, { mode: "draft" }).issues).toEqual([]);
}

describe("setFieldValue", () => {
  it("replaces one field and keeps the others, including hidden ones", () => {
    const answer = { status: { code: "PARTY" }, hidden: "kept" };
    expect(setFieldValue(answer, "details", "text")).toEqual({ status: { code: "PARTY" }, hidden: "kept", details: "text" });
    expect(answer).toEqual({ status: { code: "PARTY" }, hidden: "kept" });
  });

  it("starts an answer from nothing and records a cleared field as null", () => {
    expect(setFieldValue(null, "details", null)).toEqual({ details: null });
  });
});

describe("empty inputs", () => {
  it("reads NaN and empty text as unanswered", () => {
    expect(numberOrNull(Number.NaN)).toBeNull();
    expect(numberOrNull(0)).toBe(0);
    expect(textOrNull("")).toBeNull();
    expect(textOrNull(" a ")).toBe(" a ");
  });
});

describe("single choice", () => {
  it("keeps the specify text only while a specify option is chosen", () => {
    const withOther = setScOther(chooseScOption(sc, null, "OTHER"), "Customs");
    expect(withOther).toEqual({ code: "OTHER", other: "Customs" });
    expectValidDraft(sc, withOther);
    expect(chooseScOption(sc, withOther, "PARTY")).toEqual({ code: "PARTY" });
    expect(chooseScOption(sc, withOther, null)).toBeNull();
    expect(setScOther(withOther, "")).toEqual({ code: "OTHER" });
  });

  it("does not record a specify text without a chosen option", () => {
    expect(setScOther(null, "text")).toBeNull();
  });
});

describe("multiple choice", () => {
  it("ticks in the order of the options and unticks back to unanswered", () => {
    const ab = toggleMcOption(mc, toggleMcOption(mc, null, "B", true), "A", true);
    expect(ab).toEqual({ selected: ["A", "B"] });
    expectValidDraft(mc, ab);
    expect(toggleMcOption(mc, toggleMcOption(mc, ab, "A", false), "B", false)).toBeNull();
  });

  it("an exclusive option unticks the others, and another option unticks the exclusive one", () => {
    const none = toggleMcOption(mc, { selected: ["A", "OTHER"], other: "x" }, "NONE", true);
    expect(none).toEqual({ selected: ["NONE"] });
    expectValidDraft(mc, none);
    expect(toggleMcOption(mc, none, "B", true)).toEqual({ selected: ["B"] });
  });

  it("keeps the specify text only while a specify option is ticked", () => {
    const other = setMcOther(toggleMcOption(mc, null, "OTHER", true), "Trade unions");
    expect(other).toEqual({ selected: ["OTHER"], other: "Trade unions" });
    expect(toggleMcOption(mc, other, "A", true)).toEqual({ selected: ["A", "OTHER"], other: "Trade unions" });
    expect(toggleMcOption(mc, { selected: ["A", "OTHER"], other: "Trade unions" }, "OTHER", false)).toEqual({ selected: ["A"] });
    expect(setMcOther(null, "x")).toBeNull();
  });

  it("reads a malformed value as nothing ticked", () => {
    expect(readMc("A")).toEqual({ selected: [], other: "" });
    expect(toggleMcOption(mc, { selected: "A" }, "B", true)).toEqual({ selected: ["B"] });
  });
});

describe("integers and amounts", () => {
  it("sets and clears an amount", () => {
    expect(setIntAmount(count, null, 12)).toEqual({ value: 12 });
    expect(setIntAmount(count, { value: 12 }, null)).toBeNull();
    expectValidDraft(count, { value: 12 });
  });

  it("keeps the currency with the amount, and keeps a typed currency when the amount is cleared", () => {
    const usd = setIntCurrency(amount, setIntAmount(amount, null, 5000), "usd");
    expect(usd).toEqual({ value: 5000, currency: "USD" });
    expectValidDraft(amount, usd);
    expect(setIntAmount(amount, usd, null)).toEqual({ currency: "USD" });
    expectValidDraft(amount, { currency: "USD" });
    expect(validateFieldValue(amount, { currency: "USD" }, { mode: "draft" }).value).toBeNull();
    expect(setIntCurrency(amount, { currency: "USD" }, "")).toBeNull();
  });

  it("ignores a currency on a field without one", () => {
    expect(setIntCurrency(count, { value: 3 }, "EUR")).toEqual({ value: 3 });
  });

  it("marks the figure as not available, and unticking leaves it unanswered", () => {
    expect(setIntNotAvailable(true)).toEqual({ notAvailable: true });
    expect(setIntNotAvailable(false)).toBeNull();
    expect(readInt({ notAvailable: true }).notAvailable).toBe(true);
  });
});

describe("grids", () => {
  it("sets cells row by column and keeps the other cells", () => {
    const one = setGridCell(grid, null, "FEMALE", "ADULT", 4);
    const two = setGridCell(grid, one, "MALE", "CHILD", 0);
    expect(two).toEqual({ cells: { FEMALE: { ADULT: 4 }, MALE: { CHILD: 0 } } });
    expectValidDraft(grid, two);
    expect(readInt(two).cells.FEMALE?.ADULT).toBe(4);
  });

  it("records an emptied cell as null and an empty grid as unanswered", () => {
    const cleared = setGridCell(grid, { cells: { FEMALE: { ADULT: 4 }, MALE: { CHILD: 1 } } }, "FEMALE", "ADULT", null);
    expect(cleared).toEqual({ cells: { FEMALE: { ADULT: null }, MALE: { CHILD: 1 } } });
    expectValidDraft(grid, cleared);
    expect(setGridCell(grid, { cells: { FEMALE: { ADULT: 4 } } }, "FEMALE", "ADULT", null)).toBeNull();
  });

  it("uses the VALUE column for a grid without columns", () => {
    const value = setGridCell(singleColumnGrid, null, "FORCED_LABOUR", null, 7);
    expect(value).toEqual({ cells: { FORCED_LABOUR: { VALUE: 7 } } });
    expectValidDraft(singleColumnGrid, value);
  });

  it("replaces 'not available' by the figures once a cell is typed", () => {
    expect(setGridCell(grid, { notAvailable: true }, "MALE", "ADULT", 2)).toEqual({ cells: { MALE: { ADULT: 2 } } });
  });
});

describe("instruments", () => {
  it("ticks in the order of the instruments, with date and action, and unticks to unanswered", () => {
    let value = toggleInstrument(instr, null, "TIP", true);
    value = toggleInstrument(instr, value, "UNTOC", true);
    value = setInstrumentPart(value, "TIP", "date", "2020-05-01");
    value = setInstrumentPart(value, "TIP", "action", "RATIFICATION");
    expect(value).toEqual([{ instrument: "UNTOC" }, { instrument: "TIP", date: "2020-05-01", action: "RATIFICATION" }]);
    expectValidDraft(instr, value);
    expect(setInstrumentPart(value, "TIP", "date", "")).toEqual([{ instrument: "UNTOC" }, { instrument: "TIP", action: "RATIFICATION" }]);
    expect(toggleInstrument(instr, toggleInstrument(instr, value, "TIP", false), "UNTOC", false)).toBeNull();
  });
});

describe("Member States", () => {
  it("adds and removes codes without duplicates", () => {
    const two = toggleState(toggleState(null, "FRA", true), "KEN", true);
    expect(two).toEqual(["FRA", "KEN"]);
    expect(toggleState(two, "FRA", true)).toEqual(["KEN", "FRA"]);
    expect(toggleState(["FRA"], "FRA", false)).toBeNull();
  });
});

describe("good-practice nominations", () => {
  it("creates the first nomination on the first edit and returns to unanswered when it is emptied", () => {
    const titled = setGoodPracticePart(null, 0, "title", "Hotline");
    expect(titled).toEqual([{ title: "Hotline", description: "" }]);
    expectValidDraft(gp, titled);
    expect(setGoodPracticePart(titled, 0, "title", "")).toBeNull();
  });

  it("sets the results and the consent, and removes them when emptied", () => {
    let value = setGoodPracticePart(null, 0, "description", "A hotline");
    value = setGoodPracticePart(value, 0, "results", "Calls answered");
    value = setGoodPracticePart(value, 0, "consent", "ANONYMOUS");
    expect(value).toEqual([{ title: "", description: "A hotline", results: "Calls answered", consent: "ANONYMOUS" }]);
    expectValidDraft(gp, value);
    value = setGoodPracticePart(value, 0, "results", "");
    value = setGoodPracticePart(value, 0, "consent", "");
    expect(value).toEqual([{ title: "", description: "A hotline" }]);
  });

  it("adds up to the count and removes by position", () => {
    const one = [{ title: "One", description: "" }];
    const two = addGoodPractice(gp, one);
    expect(two).toEqual([{ title: "One", description: "" }, { title: "", description: "" }]);
    expect(addGoodPractice(gp, two)).toEqual(two);
    expect(removeGoodPractice(two, 0)).toEqual([{ title: "", description: "" }]);
    expect(removeGoodPractice(one, 0)).toBeNull();
  });

  it("keeps an added empty nomination next to a filled one", () => {
    const two = addGoodPractice(gp, [{ title: "One", description: "" }]);
    expect(setGoodPracticePart(two, 0, "title", "")).toEqual([
      { title: "", description: "" },
      { title: "", description: "" },
    ]);
  });
});

describe("repeating groups", () => {
  it("adds items up to maxItems, sets sub-fields and removes by position", () => {
    let items = addGroupItem(group, null);
    expect(items).toEqual([{}]);
    items = setGroupSubValue(items, 0, "title", "Act 12");
    items = addGroupItem(group, items);
    items = setGroupSubValue(items, 1, "date", "2023-01-31");
    expect(items).toEqual([{ title: "Act 12" }, { date: "2023-01-31" }]);
    expectValidDraft(group, items);
    expect(addGroupItem(group, items)).toEqual(items);
    expect(removeGroupItem(items, 0)).toEqual([{ date: "2023-01-31" }]);
    expect(removeGroupItem([{}], 0)).toBeNull();
  });

  it("records a cleared sub-field as null and keeps the other sub-fields", () => {
    expect(setGroupSubValue([{ title: "Act", date: "2023-01-31" }], 0, "date", null)).toEqual([{ title: "Act", date: null }]);
    expectValidDraft(group, [{ title: "Act", date: null }]);
  });
});
