/**
 * HTML input end to end: a news page read with `format: "html"` gives the facts its plain text
 * gives, with every span in the page's offsets; and, for any string (fast-check), parsing HTML
 * never throws and every span covers, in the HTML, the text the mention claims.
 */
import fc from "fast-check";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { parseCommandLine } from "../src/cli/args.js";
import { processBatchLine } from "../src/cli/batch-record.js";
import { runParse } from "../src/cli/run-parse.js";
import { findActors, findCasualties, findDates, findStatements, findTerritories, htmlToText, parseArticle, type Article } from "../src/index.js";
import { describeProblems, splitsSurrogatePair, type Problem } from "./support/invariants.js";
import { parseInWorker, shutdown } from "./support/isolated.js";

const PUBLISHED = "2025-04-24";

// A page as a news site serves it: head, scripts, a site header and menu, the story with
// inline links and character references, a related-stories box and a footer.
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Missile strike on Kyiv kills 12 | The Evening Ledger</title>
  <style>.story p { margin: 0 0 1em } .story > h1 { font-size: 2em }</style>
  <script>window.layer = [{ section: "world", teaser: "<p>Drone attack kills 5 in Odesa</p>" }];</script>
</head>
<body>
  <header class="site"><a class="logo" href="/">The Evening Ledger</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/us">U.S. politics</a></li></ul></nav>
  </header>
  <main>
    <article class="story">
      <h1>Russian missile strike on Kyiv kills at least 12</h1>
      <p>KYIV &mdash; At least 12 people were <em>killed</em> and 90 injured when Russian
        missiles struck Kyiv on Thursday, officials said.</p>
      <!-- ad: <p>Buy now</p> -->
      <p>&ldquo;I didn&rsquo;t like last night&#8217;s strike,&rdquo; President
        <a href="/topics/donald-trump">Donald Trump</a> wrote on social media.</p>
      <p>Ukraine&#x2019;s President Volodymyr Zelenskyy said the attack was the deadliest on
        the capital since July &amp; urged allies to send more air defence systems.</p>
      <aside class="related"><h2>Related</h2><p>Drone attack kills 5 in Odesa</p></aside>
    </article>
  </main>
  <footer><p>&copy; 2025 The Evening Ledger. Reporting by a staff writer in Paris.</p></footer>
</body>
</html>`;

// The same story as plain text, as a reader copies it from the page.
const PLAIN = `Russian missile strike on Kyiv kills at least 12

KYIV — At least 12 people were killed and 90 injured when Russian missiles struck Kyiv on Thursday, officials said.

“I didn’t like last night’s strike,” President Donald Trump wrote on social media.

Ukraine’s President Volodymyr Zelenskyy said the attack was the deadliest on the capital since July & urged allies to send more air defence systems.`;

/** The article without offsets: what it found, not where. */
function facts(article: Article): string {
  return JSON.stringify({ ...article, text: undefined }, (key, value: unknown) => (key === "start" || key === "end" ? undefined : value));
}

describe("parseArticle with format: \"html\"", () => {
  const article = parseArticle(PAGE, { published: PUBLISHED, format: "html" });

  it("reads the page as the text a reader sees: no menu, script, aside or footer", () => {
    expect(htmlToText(PAGE).text).toBe(PLAIN);
  });

  it("finds the facts the plain text gives", () => {
    const plain = parseArticle(PLAIN, { published: PUBLISHED });
    expect(facts(article)).toBe(facts(plain));
    expect(article.title).toBe("Russian missile strike on Kyiv kills at least 12");
    expect(article.casualties.map((c) => [c.kind, c.count.min])).toContainEqual(["killed", 12]);
    expect(article.statements.find((s) => s.kind === "direct")?.speaker).toBe("donald-trump");
    expect(article.dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2025-04-24", "2025-04-23TNI"]));
  });

  it("gives every span in the page's offsets: the slice is the evidence as the page writes it", () => {
    expect(article.text).toBe(PAGE);
    const killed = article.casualties.find((c) => c.text === "At least 12 people were killed");
    // From the first character's source to the last's: the tag closing after the last stays out.
    expect(killed && PAGE.slice(killed.span.start, killed.span.end)).toBe("At least 12 people were <em>killed");
    const quote = article.statements.find((s) => s.kind === "direct");
    expect(quote && PAGE.slice(quote.content.start, quote.content.end)).toBe("I didn&rsquo;t like last night&#8217;s strike");
    expect(quote?.content.text).toBe("I didn’t like last night’s strike");
    const trump = article.actors.find((a) => a.id === "donald-trump");
    expect(trump?.mentions.map((m) => PAGE.slice(m.start, m.end))).toContain("Donald Trump");
    const date = article.dates.find((d) => d.value === "2025-04-24");
    expect(date && PAGE.slice(date.start, date.end)).toBe("Thursday");
  });

  it("keeps a date the article shares between facets one object", () => {
    const dated = article.casualties.find((c) => c.date !== undefined);
    if (dated?.date) expect(article.dates).toContain(dated.date);
  });

  it("reads plain text by default, and rejects an unknown format with a clear error", () => {
    expect(parseArticle("<p>Two people were killed.</p>", { published: PUBLISHED }).casualties[0]?.text).toBe("Two people were killed");
    expect(() => parseArticle(PAGE, { published: PUBLISHED, format: "xml" as "html" })).toThrow(
      'newsfacts: `format` must be one of "text", "html", got "xml"',
    );
    expect(() => parseArticle(PAGE, { format: null as unknown as "html" })).toThrow(RangeError);
  });
});

describe("every finder reads HTML as parseArticle does", () => {
  const html = { published: PUBLISHED, format: "html" } as const;
  const plain = { published: PUBLISHED } as const;
  const article = parseArticle(PAGE, html);
  /** A finder's result without offsets: what it found, not where. */
  const found = (value: unknown): string => JSON.stringify(value, (key, v: unknown) => (key === "start" || key === "end" ? undefined : v));

  it("finds in the page what it finds in the page's text, the facets that run alone in parseArticle the same objects", () => {
    const finders = { findDates, findActors, findTerritories, findCasualties, findStatements } as const;
    for (const [name, find] of Object.entries(finders) as Array<[string, (text: string, options: object) => unknown]>) {
      const result = find(PAGE, html);
      expect(found(result), name).toBe(found(find(PLAIN, plain)));
      expectNoProblems(htmlSpanProblems(result, PAGE), PAGE);
    }
    expect(findDates(PAGE, html)).toEqual(article.dates);
    expect(findTerritories(PAGE, html)).toEqual(article.territories);
    expect(findStatements(PAGE, html).statements).toEqual(article.statements);
  });

  it("gives spans into the page, so each slice is the evidence as the page writes it", () => {
    // The headline's toll, then the first paragraph's, whose evidence has a tag in the page.
    const tolls = findCasualties(PAGE, html).filter((c) => c.kind === "killed" && c.count.min === 12);
    expect(tolls.map((c) => PAGE.slice(c.span.start, c.span.end))).toEqual(["kills at least 12", "At least 12 people were <em>killed"]);
    const trump = findActors(PAGE, html).find((a) => a.id === "donald-trump");
    expect(trump?.mentions.map((m) => PAGE.slice(m.start, m.end))).toContain("Donald Trump");
    const kyiv = findTerritories(PAGE, html).find((t) => t.name === "Kyiv");
    expect(kyiv?.mentions.every((m) => /^(?:KYIV|Kyiv)$/u.test(PAGE.slice(m.start, m.end)))).toBe(true);
    // Without format: "html", markup is text like any other, spans into it as given.
    expect(findTerritories("<p>Rain in <b>Oslo</b>.</p>").map((t) => t.mentions.map((m) => [m.start, m.end]))).toEqual([[[14, 18]]]);
  });

  it("never throws on any string, and every span covers in the HTML the text it claims", () => {
    fc.assert(
      fc.property(anyHtml, (page) => {
        for (const find of [findDates, findActors, findTerritories, findCasualties] as Array<(text: string, options: object) => unknown>) {
          expectNoProblems(htmlSpanProblems(find(page, html), page), page);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("a page's own headline and publication date", () => {
  // A page as a site serves it, with a consent banner before the story, a logo heading, a kicker
  // and the site's metadata; no `published` is given.
  const SITE_PAGE = `<!DOCTYPE html><html><head>
<title>Ferry runs aground off Crete | The Harbour Gazette</title>
<meta property="article:published_time" content="2025-06-03T21:40:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-03T21:40:00Z","dateModified":"2025-06-04T07:00:00Z"}</script>
</head><body>
<div class="consent">We use cookies to run this site. Accept all</div>
<header><h1 class="logo"><a href="/">The Harbour Gazette</a></h1><nav><a href="/news">News</a></nav></header>
<main><article>
<p class="kicker">Greece</p>
<h1>Ferry runs aground off Crete</h1>
<p>Four passengers were injured when a ferry ran aground off Crete on Tuesday, the coastguard said.</p>
<p>&ldquo;The sea was calm,&rdquo; a crew member told reporters yesterday.</p>
</article></main></body></html>`;

  it("takes the article's h1 as the title, not what comes before it on the page", () => {
    expect(parseArticle(SITE_PAGE, { published: "2025-06-03", format: "html" }).title).toBe("Ferry runs aground off Crete");
    expect(findStatements(SITE_PAGE, { format: "html" }).statements.length).toBeGreaterThan(0);
  });

  it("reads the date the page declares when no published is given, and resolves relative dates against it", () => {
    const article = parseArticle(SITE_PAGE, { format: "html" });
    expect(article.published).toBe("2025-06-03T21:40:00Z");
    expect(article.diagnostics.map((d) => d.code)).not.toContain("no-published-date");
    expect(article.dates.find((d) => d.text === "Tuesday")?.value).toBe("2025-06-03");
    expect(article.dates.find((d) => d.text === "yesterday")?.value).toBe("2025-06-02");
    // undefined is no option given: the page's date is read.
    expect(parseArticle(SITE_PAGE, { published: undefined, format: "html" }).published).toBe("2025-06-03T21:40:00Z");
    // The finders read it too.
    expect(findDates(SITE_PAGE, { format: "html" }).find((d) => d.text === "yesterday")?.value).toBe("2025-06-02");
  });

  it("reads no date from the page when published is null: the caller says there is none", () => {
    const undated = parseArticle(SITE_PAGE, { published: null, format: "html" });
    expect(undated.published).toBeUndefined();
    expect(undated.diagnostics.map((d) => d.code)).toContain("no-published-date");
    // "Tuesday" and "yesterday" have no date to count from.
    expect(undated.dates.find((d) => d.text === "yesterday")?.value).toBe("XXXX-XX-XX");
    expect(findDates(SITE_PAGE, { published: null, format: "html" }).find((d) => d.text === "yesterday")?.value).toBe("XXXX-XX-XX");
    // The time zone is still checked.
    expect(() => parseArticle(SITE_PAGE, { published: null, timeZone: "Atlantis/Capital", format: "html" })).toThrow(/IANA time zone/u);
  });

  it("reads the page's instant on the wall clock of timeZone, and a given published wins", () => {
    const athens = parseArticle(SITE_PAGE, { format: "html", timeZone: "Europe/Athens" });
    // 21:40 UTC on 3 June is past midnight in Athens: "yesterday" is 3 June there.
    expect(athens.dates.find((d) => d.text === "yesterday")?.value).toBe("2025-06-03");
    const given = parseArticle(SITE_PAGE, { published: "2025-06-10", format: "html" });
    expect(given.published).toBe("2025-06-10");
    expect(given.dates.find((d) => d.text === "yesterday")?.value).toBe("2025-06-09");
  });

  it("reads nothing from the page as plain text, nor from a page that declares no date", () => {
    expect(parseArticle(SITE_PAGE).published).toBeUndefined();
    const undated = parseArticle("<h1>Ferry runs aground</h1><p>Four people were hurt on Tuesday.</p>", { format: "html" });
    expect(undated.published).toBeUndefined();
    expect(undated.diagnostics.map((d) => d.code)).toContain("no-published-date");
  });

  it("parse --format summary says the date was read from the page", async () => {
    const summary = async (published?: string) => {
      let out = "";
      const io = { stdin: Readable.from([SITE_PAGE]), stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
      await runParse({ kind: "parse", file: "-", format: "summary", html: true, ...(published ? { published } : {}) }, io);
      return out.split("\n").slice(0, 2);
    };
    expect(await summary()).toEqual(["Ferry runs aground off Crete", "published: 2025-06-03T21:40:00Z (read from the page)"]);
    expect(await summary("2025-06-04")).toEqual(["Ferry runs aground off Crete", "published: 2025-06-04"]);
  });
});

// ------------------------------------------------------------------ command line

describe("the command line reads HTML", () => {
  it("takes --html, or a file named .html or .htm, for parse; batch lines say html instead", () => {
    expect(parseCommandLine(["parse", "page.txt", "--html"])).toEqual({ kind: "parse", file: "page.txt", format: "json", html: true });
    expect(parseCommandLine(["parse", "story.HTM"])).toMatchObject({ html: true });
    expect(parseCommandLine(["parse", "story.txt"])).not.toHaveProperty("html");
    expect(parseCommandLine(["batch", "--html"])).toMatchObject({ kind: "usage-error", message: expect.stringContaining('"html"') });
  });

  it("parse prints the article with spans into the HTML", async () => {
    let out = "";
    const io = { stdin: Readable.from([PAGE]), stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
    expect(await runParse({ kind: "parse", file: "-", format: "json", published: PUBLISHED, html: true }, io)).toBe(0);
    const article = JSON.parse(out) as Article;
    expect(article.text).toBe(PAGE);
    expect(article.title).toBe("Russian missile strike on Kyiv kills at least 12");
  });

  it("parse warns when a page comes without --html (curl into stdin), and reads it as asked", async () => {
    const warnings = async (input: string, html: boolean) => {
      let err = "";
      const io = { stdin: Readable.from([input]), stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) } };
      expect(await runParse({ kind: "parse", file: "-", format: "json", published: PUBLISHED, ...(html ? { html: true as const } : {}) }, io)).toBe(0);
      return err;
    };
    const hint = "newsfacts: warning: stdin looks like an HTML page but is read as plain text, markup and all; give --html to read it as a page\n";
    expect(await warnings(PAGE, false)).toBe(hint);
    expect(await warnings("\uFEFF\n  <html lang='en'><body><p>Rain.</p></body></html>", false)).toBe(hint);
    expect(await warnings(PAGE, true)).toBe("");
    // A fragment, or text that only mentions a tag, is not a page: read as asked, no warning.
    expect(await warnings("<p>At least 12 people were killed.</p>", false)).toBe("");
    expect(await warnings("The <html> element opens a page.", false)).toBe("");
  });

  it("batch reads a line's html field, and rejects a line with both text and html", () => {
    const line = (record: object) => JSON.parse(processBatchLine({ line: 1, text: JSON.stringify(record) }).json) as Article & { error?: string };
    const article = line({ id: 1, html: "<p>At least <b>12</b> people were killed.</p>", published: PUBLISHED });
    expect(article.casualties[0]?.text).toBe("At least 12 people were killed");
    expect(article.text.slice(article.casualties[0]!.span.start, article.casualties[0]!.span.end)).toBe("At least <b>12</b> people were killed");
    expect(line({ text: "a", html: "<p>a</p>" }).error).toBe("give `text` or `html`, not both");
    // The --published default dates the lines with no date of their own: a page that declares one has its own.
    const dated = '<meta name="pubdate" content="2025-04-20"><p>Two people were hurt yesterday.</p>';
    const withDefault = (record: object) => JSON.parse(processBatchLine({ line: 1, text: JSON.stringify(record) }, { published: PUBLISHED }).json) as Article;
    expect(withDefault({ html: dated }).published).toBe("2025-04-20");
    expect(withDefault({ html: dated }).dates[0]?.value).toBe("2025-04-19");
    expect(withDefault({ html: dated, published: "2025-04-22" }).published).toBe("2025-04-22");
    expect(withDefault({ html: "<p>Two people were hurt yesterday.</p>" }).published).toBe(PUBLISHED);
    expect(withDefault({ text: dated }).published).toBe(PUBLISHED);
    expect(line({ html: 3 }).error).toBe("`html` must be a string, got number 3");
  });
});

// ------------------------------------------------------------------ properties

const PIECES = [
  "Trump", "said", "Kyiv", "Thursday", "12", "people", "were", "killed", "at least", "last night", "officials",
  "&amp;", "&rsquo;", "&#8217;", "&#x2019", "&nbsp;", "&bogus;", "&", "&#", "&copy2025", "&shy;", "“", "”", '"', ".",
  "<p>", "</p>", "<br>", "<b>", "</b>", "<em class='a>b'>", "</em>", "<div>", "</div>", "<li>", "<td>", "<tr>",
  "<nav>", "</nav>", "<aside>", "</aside>", "<script>", "</script>", "<style>", "</style>", "<title>", "</title>",
  "<pre>", "</pre>", "<!--", "-->", "<!-- c -->", "<![CDATA[", "]]>", "<?x ?>", "<!DOCTYPE html>", "<", ">", "</", "</>",
  "=", "'", "😀", "\ud800",
] as const;
const SPACES = [" ", "  ", "\n", "\n\n", "\t", "\r\n", ""] as const;
const htmlish = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SPACES)), { maxLength: 120 })
  .map((parts) => parts.map(([piece, space]) => piece + space).join(""));
const anyHtml = fc.oneof(htmlish, fc.string({ unit: "binary", maxLength: 300 }));

/** White space collapsed and trimmed: the comparison a reader makes. */
const flat = (s: string) => s.replace(/\s+/gu, " ").trim();

/**
 * Every span of `value` (found by shape, as in the other invariants) within `html`, not splitting
 * a surrogate pair, and a mention's text the text its HTML slice reads as.
 */
function htmlSpanProblems(value: unknown, html: string, path = "$", out: Problem[] = []): Problem[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => htmlSpanProblems(item, html, `${path}[${i}]`, out));
    return out;
  }
  if (value === null || typeof value !== "object") return out;
  const record = value as Record<string, unknown>;
  const span = typeof record["start"] === "number" ? record : (record["span"] as Record<string, unknown> | undefined);
  if (span && typeof span["start"] === "number" && typeof span["end"] === "number") {
    const { start, end } = span as { start: number; end: number };
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= html.length)) {
      out.push({ path, problem: `span ${start}..${end} out of range for HTML of ${html.length}` });
    } else if (splitsSurrogatePair(html, start) || splitsSurrogatePair(html, end)) {
      out.push({ path, problem: `span ${start}..${end} splits a surrogate pair` });
    } else if (typeof record["text"] === "string") {
      const read = flat(htmlToText(html.slice(start, end)).text);
      if (read !== flat(record["text"])) out.push({ path, problem: `text ${JSON.stringify(record["text"])} but the HTML reads ${JSON.stringify(read)}` });
    }
  }
  for (const [key, field] of Object.entries(record)) if (key !== "span") htmlSpanProblems(field, html, `${path}.${key}`, out);
  return out;
}

function expectNoProblems(problems: readonly Problem[], html: string): void {
  if (problems.length > 0) expect.fail(`on ${JSON.stringify(html.slice(0, 300))}:\n${describeProblems(problems)}`);
}

describe("HTML input on any string", () => {
  it("htmlToText never throws, and maps each character to a source that reads as it, in order", () => {
    fc.assert(
      fc.property(anyHtml, (html) => {
        const read = htmlToText(html);
        let previous = { start: 0, end: 0 };
        for (let i = 0; i < read.text.length; i++) {
          const span = read.toSourceSpan({ start: i, end: i + 1 });
          expect(span.start).toBeGreaterThanOrEqual(previous.start);
          expect(span.end).toBeGreaterThanOrEqual(previous.end);
          expect(span.end).toBeLessThanOrEqual(html.length);
          if (span.end - span.start === 1) {
            const [c, source] = [read.text[i]!, html[span.start]!];
            expect(c === source || (/\s/u.test(c) && /\s/u.test(source))).toBe(true);
          }
          previous = span;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a stretch of the text maps to HTML that reads as that stretch", () => {
    fc.assert(
      fc.property(anyHtml, fc.nat(), fc.nat(), (html, a, b) => {
        const read = htmlToText(html);
        const [start, end] = [a % (read.text.length + 1), b % (read.text.length + 1)].sort((x, y) => x - y) as [number, number];
        // Half of a character read from `&#x2019a;` (one past U+FFFF) has no HTML of its own.
        fc.pre(!splitsSurrogatePair(read.text, start) && !splitsSurrogatePair(read.text, end));
        const span = read.toSourceSpan({ start, end });
        expect(flat(htmlToText(html.slice(span.start, span.end)).text)).toBe(flat(read.text.slice(start, end)));
      }),
      { numRuns: 300 },
    );
  });

  it("parseArticle never throws, no facet fails, and every span covers in the HTML the text it claims", () => {
    fc.assert(
      fc.property(anyHtml, (html) => {
        const article = parseArticle(html, { published: PUBLISHED, format: "html" });
        expect(article.text).toBe(html);
        expect(article.diagnostics.filter((d) => d.code === "facet-failed")).toEqual([]);
        expectNoProblems(htmlSpanProblems(article, html), html);
      }),
      { numRuns: 200 },
    );
  });
});

describe("HTML input on hostile pages", () => {
  afterAll(shutdown);
  const SIZE = Number(process.env.NEWSFACTS_HOSTILE_SIZE) || 128 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const HOSTILE = [
    ["<", fill("<")],
    ["unclosed tags", fill("<a ")],
    ["tags and words", fill("<p>At least <b>12</b> people were killed in Kyiv on Thursday, officials said.</p>")],
    ["references", fill("&amp;&rsquo;&#8217;&#x2019&bogus;&")],
    ["nested blocks", fill("<div>") + "Kyiv" + fill("</div>")],
  ] as const;
  for (const [name, html] of HOSTILE) {
    it(`${name}: no throw, no facet fails, spans in range`, async () => {
      const run = await parseInWorker(html, { published: PUBLISHED, format: "html" });
      onTestFinished(run.stop);
      const article = (await run.result) as Article;
      expect(article.diagnostics.filter((d) => d.code === "facet-failed")).toEqual([]);
      for (const c of article.casualties) expect(c.span.end).toBeLessThanOrEqual(html.length);
    }, 20_000);
  }
});
