import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle, parseArticles, type ArticleInput } from "../src/index.js";

const seed = readFileSync(new URL("../examples/seed.txt", import.meta.url), "utf8");

const harbour = [
  "Port strike leaves three dead",
  "",
  "ODESA, Ukraine — Three dock workers were killed and at least 14 people were injured when a missile hit the grain terminal on Tuesday night, the regional governor said.",
  "\"We will rebuild the terminal within a month,\" Governor Oleh Kiper told reporters on Wednesday. He said several ships had been damaged.",
].join("\n");

const page = "<html><body><nav>Home | World</nav><h1>Shelling in Kharkiv</h1><p>Two people were killed in <b>Kharkiv</b> on Monday, officials said.</p></body></html>";

describe("parseArticles", () => {
  it("gives for each input the article parseArticle gives, in order", () => {
    const inputs: ArticleInput[] = [
      { text: seed, options: { published: "2025-04-24" } },
      { text: harbour, options: { published: "2024-11-06", vague: "all" } },
      { text: page, options: { published: "2025-03-03", format: "html" } },
      { text: "No dates, no names here." },
    ];
    const results = parseArticles(inputs);
    expect(results).toHaveLength(inputs.length);
    results.forEach((result, i) => {
      expect(result.error).toBeUndefined();
      expect(result.article).toEqual(parseArticle(inputs[i]!.text, inputs[i]!.options));
    });
    expect(results[1]!.article!.casualties.map((c) => [c.kind, c.count])).toEqual([
      ["killed", { min: 3, max: 3 }],
      ["killed", { min: 3, max: 3 }],
      ["injured", { min: 14 }],
    ]);
  });

  it("gives an input parseArticle would reject its error and parses the others", () => {
    const results = parseArticles([
      { text: harbour, options: { publishd: "2024-11-06" } as never },
      { text: 42 as never },
      null as never,
      { text: harbour, options: { published: "2024-11-06" } },
    ]);
    expect(results[0]!.error).toBeInstanceOf(RangeError);
    expect(results[0]!.error!.message).toMatch(/no option "publishd"/u);
    expect(results[1]!.error).toBeInstanceOf(TypeError);
    expect(results[2]!.error).toBeInstanceOf(TypeError);
    const article = results[3]!.article!;
    const kiper = article.actors.find((a) => a.name === "Oleh Kiper");
    expect(kiper).toBeDefined();
    expect(article.statements.find((s) => s.kind === "direct")?.speaker).toBe(kiper?.id);
  });

  it("takes an empty list and rejects what is not a list", () => {
    expect(parseArticles([])).toEqual([]);
    expect(() => parseArticles("one article" as never)).toThrow(TypeError);
    expect(() => parseArticles(null as never)).toThrow(/parseArticles takes an array/u);
  });
});
