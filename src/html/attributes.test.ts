import { describe, expect, it } from "vitest";
import { readAttributes } from "./attributes.js";

/** The attributes of the one tag `tag` (a start tag whose name is `name`). */
const attributes = (tag: string, name: string) => Object.fromEntries(readAttributes(tag, name.length + 1, tag.length));

describe("readAttributes", () => {
  it("reads double-quoted, single-quoted, unquoted and empty values, names lower-cased", () => {
    expect(attributes(`<meta Property="article:published_time" content='2025-03-12' data-x=7 hidden>`, "meta")).toEqual({
      property: "article:published_time",
      content: "2025-03-12",
      "data-x": "7",
      hidden: "",
    });
  });

  it("decodes character references in values, keeps a > inside quotes, and the first of a repeated name", () => {
    expect(attributes(`<meta name="a &amp; b" content="x > y" name="second">`, "meta")).toEqual({ name: "a & b", content: "x > y" });
  });

  it("reads a self-closing tag, spaces around =, and a tag cut off by the end of the input", () => {
    expect(attributes(`<meta name = "pubdate" content=2025-03-12/>`, "meta")).toEqual({ name: "pubdate", content: "2025-03-12/" });
    expect(attributes(`<time datetime="2025-03-12" />`, "time")).toEqual({ datetime: "2025-03-12" });
    expect(attributes(`<meta content="2025`, "meta")).toEqual({ content: "2025" });
  });
});
