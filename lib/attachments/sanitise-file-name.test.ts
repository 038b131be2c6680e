import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_LENGTH, contentDisposition, sanitiseFileName } from "./sanitise-file-name";

describe("sanitiseFileName", () => {
  it("keeps an ordinary name", () => {
    expect(sanitiseFileName("National action plan 2024.pdf")).toBe("National action plan 2024.pdf");
  });

  it("strips directories (POSIX and Windows)", () => {
    expect(sanitiseFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitiseFileName("C:\\Users\\me\\Desktop\\law.docx")).toBe("law.docx");
  });

  it("removes control and bidirectional-override characters", () => {
    expect(sanitiseFileName("re\u0000port\u0007.pdf")).toBe("report.pdf");
    expect(sanitiseFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
  });

  it("replaces reserved characters and trims leading dots and spaces", () => {
    expect(sanitiseFileName('a<b>:c"d|e?f*.pdf')).toBe("a_b__c_d_e_f_.pdf");
    expect(sanitiseFileName("...hidden.pdf")).toBe("hidden.pdf");
    expect(sanitiseFileName("  spaced  name .pdf. ")).toBe("spaced name .pdf");
  });

  it("normalises to NFC", () => {
    const decomposed = "Re\u0301publique.pdf";
    expect(sanitiseFileName(decomposed)).toBe("R\u00e9publique.pdf");
  });

  it("shortens long names but keeps the extension", () => {
    const name = sanitiseFileName(`${"x".repeat(300)}.xlsx`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith(".xlsx")).toBe(true);
  });

  it("is never empty", () => {
    expect(sanitiseFileName("")).toBe("attachment");
    expect(sanitiseFileName("../..", "pdf")).toBe("attachment.pdf");
    expect(sanitiseFileName("\u0000\u0001", "png")).toBe("attachment.png");
    expect(sanitiseFileName("***")).toBe("attachment");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Loi nº 5 — République.pdf")).toBe(
      `attachment; filename="Loi no 5 _ Republique.pdf"; filename*=UTF-8''Loi%20n%C2%BA%205%20%E2%80%94%20R%C3%A9publique.pdf`,
    );
  });

  it("never lets quotes or backslashes break the header", () => {
    const value = contentDisposition('a"b\\c.pdf');
    expect(value.startsWith('attachment; filename="a_b_c.pdf"; ')).toBe(true);
  });
});
