import { describe, expect, it } from "vitest";
import { dashboardExportCells, type ExportLabels } from "./export-table";

const labels = (prefix = ""): ExportLabels => ({
  header: { state: `${prefix}State`, code: "Code", observer: "Observer", group: "Group", status: "Status", percent: "%", version: "Version", lastActivity: "Last", channel: "Channel" },
  yes: "Yes",
  no: "No",
  group: (g) => `${prefix}${g}`,
  status: (s) => `${prefix}${s}`,
  channel: (c) => `${prefix}${c}`,
});

const base = {
  memberStateId: "GHA",
  name: "Ghana",
  observer: false,
  regionalGroup: "AFRICAN",
  status: "IN_PROGRESS" as const,
  percentComplete: 42,
  submittedVersion: null,
  lastActivity: new Date("2026-11-20T08:00:00Z"),
  channel: "ONLINE",
};

describe("dashboardExportCells", () => {
  it("writes a header and one row per State, numbers as numbers", () => {
    const cells = dashboardExportCells([base], labels());
    expect(cells[0]).toEqual(["State", "Code", "Observer", "Group", "Status", "%", "Version", "Last", "Channel"]);
    expect(cells[1]).toEqual(["Ghana", "GHA", "No", "AFRICAN", "IN_PROGRESS", 42, null, "2026-11-20T08:00:00.000Z", "ONLINE"]);
  });

  it("neutralises every string cell that could start a formula", () => {
    const cells = dashboardExportCells([{ ...base, name: "=HYPERLINK(\"http://evil\")", memberStateId: "+GHA" }], labels("@"));
    expect(cells[0]![0]).toBe("'@State");
    expect(cells[1]![0]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(cells[1]![1]).toBe("'+GHA");
    for (const cell of cells.flat()) {
      if (typeof cell === "string") expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
