import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("gives the same text whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: "é" } })).toBe(canonicalJson({ a: { c: "é", d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it("keeps array order, drops undefined members and writes valid JSON", () => {
    const text = canonicalJson({ list: [3, 1, 2], gone: undefined, none: null });
    expect(text).toBe('{"list":[3,1,2],"none":null}');
    expect(JSON.parse(text)).toEqual({ list: [3, 1, 2], none: null });
  });
});
