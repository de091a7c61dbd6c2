/**
 * The publication date a page declares in its markup, for a page parsed without a `published`
 * option: what the site's own metadata says, never a date guessed from the story's text.
 *
 * @module
 */
import { parseReference, readReference, type Reference } from "../text/reference.js";

/**
 * Where a page declares its publication date, most trusted first: the Open Graph article
 * property, schema.org's `datePublished` (in JSON-LD, or as microdata on a `meta` or `time`),
 * then the `meta` names sites and their tools use. A bare `<time>` is not among them: in a story
 * it dates an event, not the page.
 */
const SOURCES = {
  openGraph: 0,
  jsonLd: 1,
  microdata: 2,
  metaName: 3,
} as const;

/** `meta` names (or properties) that give the publication date, lower-cased. */
const PUBLISHED_META_NAMES: ReadonlySet<string> = new Set([
  "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
  "dcterms.date", "dcterms.issued", "dcterms.created", "article.published", "parsely-pub-date",
  "sailthru.date", "og:published_time",
]);

/** The JSON-LD member that holds the date; its value must be a string a few dozen long. */
const JSON_LD_DATE = /"datePublished"\s{0,8}:\s{0,8}"([^"\\]{1,64})"/u;

/** Collects the page's declared publication dates as the reader meets them, and keeps the most trusted. */
export class PageDate {
  #value: string | undefined;
  #rank: number = Number.POSITIVE_INFINITY;

  /** Reads a `meta` tag's attributes. */
  meta(attributes: ReadonlyMap<string, string>): void {
    const content = attributes.get("content");
    if (content === undefined) return;
    if (attributes.get("itemprop") === "datePublished") return this.#offer(content, SOURCES.microdata);
    const key = (attributes.get("property") ?? attributes.get("name"))?.toLowerCase();
    if (key === "article:published_time") this.#offer(content, SOURCES.openGraph);
    else if (key !== undefined && PUBLISHED_META_NAMES.has(key)) this.#offer(content, SOURCES.metaName);
  }

  /** Reads a `time` tag's attributes: only one marked as the publication date counts. */
  time(attributes: ReadonlyMap<string, string>): void {
    const datetime = attributes.get("datetime");
    if (datetime === undefined) return;
    if (attributes.get("itemprop") === "datePublished" || attributes.has("pubdate")) this.#offer(datetime, SOURCES.microdata);
  }

  /** Reads the contents of a JSON-LD `script`. */
  jsonLd(source: string): void {
    if (this.#rank <= SOURCES.jsonLd) return;
    const m = JSON_LD_DATE.exec(source);
    if (m) this.#offer(m[1]!, SOURCES.jsonLd);
  }

  /** The most trusted valid date the page declared (ISO 8601, trimmed), if any. */
  get value(): string | undefined {
    return this.#value;
  }

  #offer(value: string, rank: number): void {
    if (rank >= this.#rank || !isIsoDate(value)) return;
    this.#value = value.trim();
    this.#rank = rank;
  }
}

/** True when `value` is an ISO 8601 date or date-time that `published` accepts. */
function isIsoDate(value: string): boolean {
  try {
    readReference(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The publication reference of a page read without a `published` option: the date its markup
 * declares (`HtmlText.published`), on the wall clock of `timeZone` when given, as an option's
 * would be read.
 */
export function pageReference(page: { readonly published?: string }, timeZone: string | undefined): Reference | undefined {
  return page.published === undefined ? undefined : parseReference(page.published, timeZone);
}
