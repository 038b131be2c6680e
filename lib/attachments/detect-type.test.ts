import { describe, expect, it } from "vitest";
import {
  compoundFileBytes,
  csvBytes,
  docxBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  odfBytes,
  ooxmlBytes,
  pdfBytes,
  plainZipBytes,
  pngBytes,
  svgBytes,
  xlsxBytes,
} from "@/tests/fixtures/files";
import { MAX_ATTACHMENT_BYTES, compoundFileKind, detectAttachmentType, refusalMessage } from "./detect-type";

async function mediaTypeOf(bytes: Uint8Array): Promise<string | null> {
  const result = await detectAttachmentType(bytes);
  return result.ok ? result.type.mediaType : null;
}

describe("detectAttachmentType accepts", () => {
  it.each([
    ["PDF", () => pdfBytes(), "application/pdf"],
    ["PNG", () => pngBytes(), "image/png"],
    ["JPEG", () => jpegBytes(), "image/jpeg"],
    ["DOCX", () => docxBytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["ODT", () => odfBytes("odt"), "application/vnd.oasis.opendocument.text"],
    ["ODS", () => odfBytes("ods"), "application/vnd.oasis.opendocument.spreadsheet"],
    ["ODP", () => odfBytes("odp"), "application/vnd.oasis.opendocument.presentation"],
    ["DOC (OLE with a WordDocument stream)", () => compoundFileBytes("WordDocument"), "application/msword"],
    ["XLS (OLE with a Workbook stream)", () => compoundFileBytes("Workbook"), "application/vnd.ms-excel"],
  ])("%s", async (_name, build, expected) => {
    expect(await mediaTypeOf(build())).toBe(expected);
  });

  it("an XLSX workbook written by exceljs", async () => {
    expect(await mediaTypeOf(await xlsxBytes())).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});

describe("detectAttachmentType refuses", () => {
  it.each([
    ["HTML (whatever its name)", () => htmlBytes()],
    ["SVG", () => svgBytes()],
    ["CSV (text has no signature)", () => csvBytes()],
    ["a Windows executable", () => exeBytes()],
    ["a plain zip archive", () => plainZipBytes()],
    ["a PowerPoint package (not in the list)", () => ooxmlBytes("pptx")],
    ["another OLE compound file (an installer)", () => compoundFileBytes("SummaryInformation")],
    ["random bytes", () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])],
  ])("%s", async (_name, build) => {
    const result = await detectAttachmentType(build());
    expect(result).toMatchObject({ ok: false, reason: "NOT_ALLOWED" });
  });

  it("an empty file", async () => {
    expect(await detectAttachmentType(new Uint8Array(0))).toEqual({ ok: false, reason: "EMPTY", detected: null });
  });

  it("a file over 20 MB, even a PDF", async () => {
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    pdfBytes().copy(big);
    expect(await detectAttachmentType(big)).toMatchObject({ ok: false, reason: "TOO_LARGE" });
    const atLimit = Buffer.alloc(MAX_ATTACHMENT_BYTES);
    pdfBytes().copy(atLimit);
    expect(await mediaTypeOf(atLimit)).toBe("application/pdf");
  });
});

describe("refusalMessage", () => {
  it("names the file and what is accepted", async () => {
    const result = await detectAttachmentType(htmlBytes());
    if (result.ok) throw new Error("expected a refusal");
    const message = refusalMessage("national-plan.pdf", result);
    expect(message).toContain('"national-plan.pdf"');
    expect(message).toContain("not an accepted file type");
    expect(message).toContain("PDF");
  });

  it("says what the contents are when they are recognised", async () => {
    const result = await detectAttachmentType(exeBytes());
    if (result.ok) throw new Error("expected a refusal");
    expect(refusalMessage("report.docx", result)).toContain("(its contents are EXE)");
  });
});

describe("compoundFileKind", () => {
  it("tells Word from Excel and from other compound files", () => {
    expect(compoundFileKind(compoundFileBytes("WordDocument"))).toBe("WORD");
    expect(compoundFileKind(compoundFileBytes("Book"))).toBe("EXCEL");
    expect(compoundFileKind(compoundFileBytes("Workbook2"))).toBeNull();
  });
});
