import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("plainText", () => {
  it("drops NUL, the other C0 controls and U+FFFE/U+FFFF, keeping tab, line feed and carriage return", () => {
    expect(plainText("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u001Fh\uFFFEi\uFFFFj")).toBe("abcdefghij");
    expect(plainText("one\ttwo\nthree\r\nfour")).toBe("one\ttwo\nthree\r\nfour");
  });

  it("replaces a lone surrogate with U+FFFD and keeps surrogate pairs", () => {
    expect(plainText("x\uD800y\uDC00z")).toBe("x\uFFFDy\uFFFDz");
    expect(plainText("\u{1F600}\u{2070E}")).toBe("\u{1F600}\u{2070E}");
    expect(plainText("\uD83D")).toBe("\uFFFD");
  });

  it("keeps markup, quotes, formula prefixes and unusual but valid Unicode exactly", () => {
    const text = `<script>alert("1")</script> '; DROP TABLE x; -- =HYPERLINK() \u202E \u200B\u200D e\u0301 \u0627 \u007F \u0085`;
    expect(plainText(text)).toBe(text);
  });
});
