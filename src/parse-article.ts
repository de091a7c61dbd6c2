/**
 * parseArticle: prepares the document, runs the pipeline, assembles the {@link Article}.
 *
 * @module
 */
import { htmlToText, type HtmlText } from "./html/html-to-text.js";
import { articleInSource } from "./html/source-spans.js";
import { pageReference } from "./html/page-date.js";
import type { ExtractCasualtiesOptions, VagueAmounts } from "./casualties/extract.js";
import type { Article, Diagnostic } from "./model.js";
import { checkChoice, checkOptions, checkText, VAGUE_CHOICES } from "./options.js";
import { runPipeline, runPipelines, type Facts, type StageFailure } from "./pipeline.js";
import { prepareDocument, type Document } from "./text/document.js";
import { referenceOf, type Reference } from "./text/reference.js";

/** The input formats {@link parseArticle} reads. @group Article */
export const INPUT_FORMATS = ["text", "html"] as const;
/** What the input is: plain `text`, or an `html` page or fragment. @group Article */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The keys of {@link ParseArticleOptions}, for the check that rejects any other. */
export const PARSE_ARTICLE_OPTION_KEYS = ["published", "timeZone", "format", "vague"] as const satisfies ReadonlyArray<keyof ParseArticleOptions>;

/** Options of {@link parseArticle}. @group Article */
export interface ParseArticleOptions {
  /**
   * The publication date or date-time, ISO 8601 (`"2025-04-24"`, `"2025-04-24T08:30:00+03:00"`)
   * or a `Date` (read in UTC). Relative dates ("Thursday", "44 days ago") resolve against it;
   * without it they resolve against the last absolute date in the text, or stay unresolved (`X`
   * digits): nothing is guessed from the clock.
   *
   * An HTML page (`format: "html"`) given no `published` (left out, or `undefined`) is dated by
   * its own metadata when it declares a date ({@link HtmlText.published}: its
   * `article:published_time`, its JSON-LD `datePublished` …), never by a date in its story.
   * `null` says the article has no publication date: the page's metadata is not read either
   * (for plain text, `null` and leaving it out are the same). To let a page date itself when a
   * database row has no date, give `row.published ?? undefined`.
   */
  readonly published?: string | Date | null | undefined;
  /**
   * The publication's place as an IANA time zone (`"Europe/Kyiv"`): a `published` instant (a
   * `Date`, or a date-time with `Z` or an offset) is read on that wall clock, so "yesterday" in a
   * story stamped `2025-04-24T22:30:00Z` in Kyiv is April 24. A date, or a date-time without a
   * zone, is taken as that place's wall clock already. Without it, an instant is read as written.
   */
  readonly timeZone?: string;
  /**
   * What the input is: `"text"` (the default), or `"html"`, a page or a fragment of one. HTML is
   * read as a browser shows it (see {@link htmlToText}: menus, scripts and footers left out,
   * each block a paragraph), its title is its article's `h1`, and every span of the article is an offset into the HTML as given,
   * so `html.slice(start, end)` is the evidence as the page writes it, tags and all; each
   * mention's `text` is that evidence as a reader sees it ("Dr. Müller", not "Dr.&nbsp;M&uuml;ller").
   */
  readonly format?: InputFormat;
  /**
   * Which vague amounts the casualties keep, as {@link findCasualties} takes it: `"none"`;
   * `"small"` (the default), those bounded under ten ("several" as `{ min: 3, max: 9,
   * approximate: true }`); `"all"`, also "dozens" and "hundreds" as bounds.
   */
  readonly vague?: VagueAmounts;
}

/**
 * Reads a news article and returns its actors, statements, territories, casualties and dates,
 * each with spans into `text`. Never throws on any string; only invalid options throw.
 *
 * @param text - The article as plain text, title first if it has one; page boilerplate may follow.
 * Or an HTML page or fragment, with `format: "html"`.
 * @param options - The publication date, the input format and which vague tolls to keep, see
 * {@link ParseArticleOptions}.
 * @returns The {@link Article}; what could not be read is listed in `diagnostics`.
 * @throws RangeError when `options.published` is not a valid ISO 8601 date,
 * `options.timeZone` is not an IANA time zone name, `options.format` or `options.vague` is not
 * one of its values, or `options` has a key of another name (`publishd`).
 * @throws TypeError when `text` is not a string, `options` is not an object, or `published`
 * is neither a string, a `Date` nor `null`.
 *
 * @example
 * ```ts
 * const article = parseArticle(
 *   "At least 12 people were killed in Kyiv on Thursday, officials said.",
 *   { published: "2025-04-24" },
 * );
 * article.casualties[0].count; // { min: 12 }
 * article.dates[0].value;      // "2025-04-24"
 * article.territories[0].iso;  // "UA-30"
 *
 * const html = "<h1>Strike</h1><p>At least <em>12</em> people were killed in Kyiv.</p>";
 * const page = parseArticle(html, { published: "2025-04-24", format: "html" });
 * const { start, end } = page.casualties[0].span;
 * html.slice(start, end);     // "At least <em>12</em> people were killed"
 * page.casualties[0].text;    // "At least 12 people were killed"
 * ```
 *
 * @group Article
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): Article {
  checkArticleOptions(options);
  return articleThrough("parseArticle", text, options, "casualties");
}

/** Throws as {@link parseArticle} does for options it does not take or a `vague` it does not know. */
function checkArticleOptions(options: ParseArticleOptions): void {
  checkOptions("parseArticle", options, PARSE_ARTICLE_OPTION_KEYS);
  checkChoice("vague", options.vague, VAGUE_CHOICES);
}

/**
 * {@link parseArticle} with the facets after `through` left out (empty), for the facet finders
 * that need only the earlier stages; `fn`, the function called, names it in the messages.
 *
 * @internal
 */
export function articleThrough(fn: string, text: string, options: ParseArticleOptions, through: keyof Facts): Article {
  const input = readInput(fn, text, options);
  const failures: StageFailure[] = [];
  return finishArticle(input, runPipeline(input.doc, failures, through, input.casualties), failures);
}

/** One article for {@link parseArticles}: its text and its options, as {@link parseArticle} takes them. @group Article */
export interface ArticleInput {
  /** The article: plain text, or an HTML page with `options.format` `"html"`. */
  readonly text: string;
  /** The article's own options (publication date, time zone, format, vague amounts). */
  readonly options?: ParseArticleOptions;
}

/**
 * What {@link parseArticles} made of one input: its {@link Article}, or the error
 * {@link parseArticle} would have thrown for it (bad options, text that is not a string).
 *
 * @group Article
 */
export type ArticleResult = { readonly article: Article; readonly error?: undefined } | { readonly article?: undefined; readonly error: Error };

/**
 * {@link parseArticle} over many articles at once, for corpora and pipelines: each result is the
 * article parseArticle gives for that input, but each facet runs over all of the call's articles
 * before the next facet starts, so its code and tables stay in the processor's caches. On the
 * bench's 3 KB articles that takes a little over half the CPU time of one parseArticle call after
 * another. Pass a few hundred articles a call: the call holds all of their documents at once.
 *
 * @param inputs - The articles, each with its own options.
 * @returns One result per input, in the same order: `{ article }`, or `{ error }` for an input
 * parseArticle would reject; one bad input does not stop the others.
 * @throws TypeError when `inputs` is not an array.
 *
 * @example
 * ```ts
 * const results = parseArticles([
 *   { text: "At least 12 people were killed in Kyiv on Thursday.", options: { published: "2025-04-24" } },
 *   { text: "Two soldiers were wounded.", options: { publishd: "2025-04-24" } },
 * ]);
 * results[0].article?.casualties[0].count; // { min: 12 }
 * results[1].error?.name;                   // "RangeError" (no option "publishd")
 * ```
 *
 * @group Article
 */
export function parseArticles(inputs: readonly ArticleInput[]): ArticleResult[] {
  if (!Array.isArray(inputs)) {
    throw new TypeError(`newsfacts: parseArticles takes an array of { text, options }, got ${inputs === null ? "null" : typeof inputs}`);
  }
  const read: Array<ReadInput | { readonly error: Error }> = inputs.map((input: ArticleInput) => {
    try {
      if (input === null || typeof input !== "object") throw new TypeError(`newsfacts: each input of parseArticles must be an object { text, options }, got ${input === null ? "null" : typeof input}`);
      const options = input.options ?? {};
      checkArticleOptions(options);
      return readInput("parseArticle", input.text, options);
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  });
  const ready = read.filter((r): r is ReadInput => !("error" in r));
  const failures = ready.map((): StageFailure[] => []);
  const facts = runPipelines(
    ready.map((r) => r.doc),
    failures,
    "casualties",
    ready.map((r) => r.casualties),
  );
  let next = 0;
  return read.map((r) => {
    if ("error" in r) return { error: r.error };
    const k = next++;
    return { article: finishArticle(r, facts[k]!, failures[k]!) };
  });
}

/** An input read and segmented, before the facets run. */
interface ReadInput {
  /** The document the facets read: of the input, or of the text of its HTML. */
  readonly doc: Document;
  /** The publication reference, if given. */
  readonly published: Reference | undefined;
  /** The options of the casualties stage. */
  readonly casualties: ExtractCasualtiesOptions;
  /** The input and its text, when the input is HTML. */
  readonly html?: { readonly input: string; readonly source: HtmlText };
}

/** Reads the options and prepares the document; throws as {@link parseArticle} does. */
function readInput(fn: string, text: string, options: ParseArticleOptions): ReadInput {
  const published = readPublished(options);
  const format = readFormat(options);
  checkText(fn, text);
  const casualties = options.vague === undefined ? {} : { vague: options.vague };
  if (format === "html") {
    const source = htmlToText(text);
    // `published: null` says the article has no date: the page's own is not read either.
    const dated = published ?? (options.published === null ? undefined : pageReference(source, options.timeZone));
    return { doc: prepareDocument(source.text, dated, source.headline), published: dated, casualties, html: { input: text, source } };
  }
  return { doc: prepareDocument(text, published), published, casualties };
}

/** The {@link Article} of an input and its facts, its spans into the HTML when the input is HTML. */
function finishArticle(input: ReadInput, facts: Facts, failures: readonly StageFailure[]): Article {
  const article = articleOfText(input.doc, input.published, facts, failures);
  return input.html ? articleInSource(article, input.html.input, input.html.source) : article;
}

function articleOfText(doc: Document, published: Reference | undefined, facts: Facts, failures: readonly StageFailure[]): Article {
  const text = doc.text;
  // Pushed, not spread from mapped arrays: no array is made to be copied, and no optimized
  // caller deoptimizes when an article with boilerplate or a failure brings another array kind.
  const diagnostics: Diagnostic[] = [];
  for (const span of doc.boilerplate) diagnostics.push({ code: "boilerplate", message: "Left out as page boilerplate.", span });
  if (!published) diagnostics.push({ code: "no-published-date", message: "No publication date given: relative dates resolve against the text's own dates, or stay unresolved." });
  for (const f of failures) {
    diagnostics.push({ code: "facet-failed", message: `The ${f.stage} facet failed on this input and returned nothing: ${String(f.error)}` });
  }
  return {
    text,
    ...(doc.title ? { title: text.slice(doc.title.start, doc.title.end) } : {}),
    ...(published ? { published: published.iso } : {}),
    actors: facts.actors,
    statements: facts.statements,
    territories: facts.territories,
    casualties: facts.casualties,
    dates: facts.dates,
    diagnostics,
  };
}

/** Validates the options; the only place parseArticle throws. */
function readPublished(options: ParseArticleOptions): Reference | undefined {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`newsfacts: parseArticle options must be an object, got ${options === null ? "null" : typeof options}`);
  }
  return referenceOf(options);
}

/** The input format, `"text"` unless the options say otherwise. */
function readFormat(options: ParseArticleOptions): InputFormat {
  checkChoice("format", options.format, INPUT_FORMATS);
  return options.format ?? "text";
}
