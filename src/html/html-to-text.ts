/**
 * htmlToText: the text a reader sees in an HTML page or fragment, laid out as the plain text the
 * parsers read (a paragraph a line), with the map from each of its characters back to the HTML.
 *
 * One pass over the source, no regex, no tree: a tokenizer that keeps only what the text needs
 * (whether it is inside a left-out element, or a `pre`) in counters, so time is linear and memory
 * bounded by the input on any string, markup broken or not.
 *
 * @module
 */
import type { Span } from "../model.js";
import { checkText } from "../options.js";
import { readCharacterReference } from "./char-refs.js";
import { BLOCK_ELEMENTS, CELL_ELEMENTS, FURNITURE_CONTAINERS, FURNITURE_ROLES, LEFT_OUT_ELEMENTS, PREFORMATTED_ELEMENTS, RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from "./elements.js";
import { OffsetMapBuilder, type OffsetMark } from "./offset-map.js";
import { readAttributes } from "./attributes.js";
import { PageDate } from "./page-date.js";
import { tagNamesFurniture } from "./furniture-class.js";

/** The text read from HTML, and the way back from its offsets to the HTML's. @group HTML */
export interface HtmlText {
  /**
   * The text as a reader sees it: tags gone, character references decoded, white space collapsed,
   * each block (`p`, `h1`, `li`, `div`, `tr`…) a paragraph of its own after a blank line, `br` a
   * line break; scripts, styles, comments, menus (`nav`), `aside` and `footer` left out, and
   * what a `hidden` attribute or a furniture role (`role="navigation"` …) hides, and a container
   * whose `class` or `id` names furniture (`class="share-bar"`, `id="comments"` …).
   */
  readonly text: string;
  /**
   * The offset in the HTML where the character at `offset` of {@link HtmlText.text} comes from
   * (the `&` of a reference); the text's length maps past the last character's source.
   *
   * @throws RangeError when `offset` is not a whole number from 0 to the text's length.
   * @throws TypeError when `offset` is not a number.
   */
  toSource(offset: number): number;
  /**
   * The HTML span a span of {@link HtmlText.text} was read from: from its first character's
   * source to just past its last's, with the tags between them, so `html.slice(start, end)` is
   * the evidence as the page writes it.
   *
   * @throws RangeError when the span is not within the text.
   * @throws TypeError when `span` is not an object, or its `start` or `end` not a number.
   */
  toSourceSpan(span: Span): Span;
  /**
   * The page's headline as a span of {@link HtmlText.text}: its article's first `h1` (one inside
   * `article` or `main`), else the page's first; none when the page has no `h1` with text.
   */
  readonly headline?: Span;
  /**
   * The publication date the page declares in its markup, ISO 8601 as written there: its
   * `<meta property="article:published_time">`, else the `datePublished` of its JSON-LD, else a
   * `meta` or `time` marked `itemprop="datePublished"` (or a `<time pubdate>`), else a
   * `<meta name="pubdate">` or one of the other names sites use (`publish-date`, `dc.date.issued`,
   * `parsely-pub-date` …). A value that is not an ISO 8601 date is passed over. Never read from
   * the story's text, nor from a page furniture element (an `aside` teaser's date).
   */
  readonly published?: string;
}

/** Longest element name in the tables; a longer tag name is inline and needs no lookup. */
const MAX_ELEMENT_NAME = 10;

/**
 * Reads the text of an HTML document or fragment, with a map from its offsets to the HTML's.
 * Never throws on a string: any string is HTML of some kind (a `<` that opens no tag is text, an unclosed
 * comment runs to the end, as in a browser).
 *
 * - Blocks (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `article`, `section`, `tr`…) are
 *   paragraphs, each on a line of its own after a blank line; `br` breaks the line; table cells
 *   are separated by a space; inline tags (`a`, `b`, `span`…) vanish, their text stays.
 * - Left out: `script`, `style`, `noscript`, `template`, `title` (the page's `h1` is the
 *   headline), form controls, embedded media, and the page furniture `nav`, `aside` and
 *   `footer`; any element with a `hidden` attribute or a furniture role (`navigation`,
 *   `complementary`, `contentinfo`, `banner`, `search`, `dialog`); a container (`div`,
 *   `section`, `ul` …) whose `class` or `id` has a word of page furniture (`share-bar`,
 *   `related-stories`, `newsletter-signup`, `cookie-banner`, `comments`, `ad-slot`, `most-read`,
 *   `breadcrumbs`, `tags`, `sidebar` …), unless it names a state (`has-comments`) or one of its
 *   names is the story's own container (`article-body`, `story-content`); comments, CDATA
 *   sections, the doctype and processing instructions.
 *   Figure captions (`figcaption`) stay, as paragraphs.
 * - Character references are decoded: numeric ones, and the named ones news pages use
 *   (`&amp;`, `&rsquo;`, `&nbsp;`, `&eacute;`…; an unknown name stays as written).
 * - White space collapses as a browser's does, line breaks in `pre` kept; a no-break space is a
 *   space, and soft hyphens and zero-width spaces, which a reader does not see, are dropped.
 * - With the text come the page's headline (its article's `h1`) and the publication date its
 *   metadata declares, which {@link parseArticle} reads when it is given no `published`.
 *
 * @param html - An HTML document or fragment.
 * @returns The text and its map back to `html`.
 * @throws TypeError when `html` is not a string.
 *
 * @example
 * ```ts
 * const html = "<nav>Home</nav><h1>Strike on Kyiv</h1><p>At least <b>12</b> people were killed, officials&nbsp;said.</p>";
 * const read = htmlToText(html);
 * read.text; // "Strike on Kyiv\n\nAt least 12 people were killed, officials said."
 * const span = read.toSourceSpan({ start: 16, end: 46 }); // "At least 12 people were killed"
 * html.slice(span.start, span.end); // "At least <b>12</b> people were killed"
 * ```
 *
 * @group HTML
 */
export function htmlToText(html: string): HtmlText {
  checkText("htmlToText", html, "html");
  const reader = new HtmlReader(html);
  reader.read();
  const text = reader.parts.join("");
  const map = reader.map.build();
  const headline = reader.headline;
  const published = reader.pageDate.value;
  return {
    text,
    toSource: (offset) => map.toSource(offset),
    toSourceSpan: (span) => map.toSourceSpan(span),
    ...(headline ? { headline } : {}),
    ...(published === undefined ? {} : { published }),
  };
}

/** Where a site header started: the text and map to go back to when it is dropped. */
interface HeaderStart {
  readonly parts: number;
  readonly map: OffsetMark;
  readonly started: boolean;
  readonly pendingBreak: number;
  readonly breakFrom: number;
  readonly textLength: number;
}

/** Headings: a header that holds one is an article's header. */
const HEADINGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** A tag whose attributes may hide its contents: one with a `role` or `hidden`, in any case. */
const HIDING_HINT = /role|hidden/iu;

/** Break levels: what a block boundary asks for between the text before and after it. */
const LINE = 1;
const PARAGRAPH = 2;

class HtmlReader {
  readonly parts: string[] = [];
  readonly map = new OffsetMapBuilder();
  /** The publication date the page's metadata declares. */
  readonly pageDate = new PageDate();
  /** The first `h1` with text inside `article` or `main`, and the page's first. */
  #articleHeadline: Span | undefined;
  #firstHeadline: Span | undefined;
  /** How many `h1` are open, and where the text of the outermost began (-1: none yet). */
  #h1Depth = 0;
  #h1From = -1;
  /** The length of the text written so far. */
  #textLength = 0;
  readonly #html: string;
  /** Whether any text has been written: breaks and spaces before the first character are dropped. */
  #started = false;
  /** The break asked for since the last character, and where in the source it was asked. */
  #pendingBreak = 0;
  #breakFrom = 0;
  /** The first stretch of collapsible white space since the last character, or -1. */
  #spaceFrom = -1;
  #spaceTo = -1;
  /** The left-out element being skipped, and how many of it are open (they can nest). */
  #leftOut = "";
  #leftOutDepth = 0;
  /** How many `pre` are open. */
  #preDepth = 0;
  /**
   * The site header being read (one outside `article` and `main`), and how many are open: kept
   * only if it holds a heading, as an article's header does; a site's (logo, links) is dropped.
   */
  #header: HeaderStart | undefined;
  #headerDepth = 0;
  #headerHasHeading = false;
  /** How many `article` and `main` are open: a header inside them is the article's. */
  #articleDepth = 0;
  /** Whether a container's tag names furniture by its `class` or `id`, by the tag's text: a page repeats them. */
  readonly #furnitureTags = new Map<string, boolean>();

  constructor(html: string) {
    this.#html = html;
  }

  /** The page's headline: its article's first `h1`, else its first. */
  get headline(): Span | undefined {
    return this.#articleHeadline ?? this.#firstHeadline;
  }

  read(): void {
    const html = this.#html;
    const n = html.length;
    let textFrom = 0;
    let searchFrom = 0;
    while (searchFrom < n) {
      const lt = html.indexOf("<", searchFrom);
      if (lt < 0) break;
      const next = this.#markupEnd(lt);
      // A `<` that starts no markup is text; the text run goes on past it.
      if (next < 0) {
        searchFrom = lt + 1;
        continue;
      }
      if (this.#leftOut === "") this.#readText(textFrom, lt);
      // The markup's effect comes after the text before it is written.
      textFrom = searchFrom = this.#applyMarkup(lt, next);
    }
    if (this.#leftOut === "") this.#readText(textFrom, n);
  }

  /**
   * Just past the markup that starts at `lt` (a tag, comment, doctype…), the input's end when it
   * never closes (as browsers drop an unclosed tag), or -1 when the `<` is text.
   */
  #markupEnd(lt: number): number {
    const html = this.#html;
    const c = html.charCodeAt(lt + 1);
    if (isAsciiLetter(c)) return this.#tagEnd(lt + 2);
    if (c === 0x2f /* / */) {
      const d = html.charCodeAt(lt + 2);
      if (isAsciiLetter(d)) return this.#tagEnd(lt + 3);
      if (Number.isNaN(d)) return -1;
      return closeAfter(html, ">", lt + 2);
    }
    if (c === 0x21 /* ! */) {
      if (html.startsWith("<!--", lt)) {
        // `<!-->` and `<!--->` are whole (empty) comments to a browser.
        if (html.startsWith(">", lt + 4)) return lt + 5;
        if (html.startsWith("->", lt + 4)) return lt + 6;
        return closeAfter(html, "-->", lt + 4);
      }
      if (html.startsWith("[CDATA[", lt + 2)) return closeAfter(html, "]]>", lt + 9);
      return closeAfter(html, ">", lt + 2);
    }
    if (c === 0x3f /* ? */) return closeAfter(html, ">", lt + 2);
    return -1;
  }

  /**
   * Just past the `>` that ends a tag whose name starts before `from`, skipping quoted attribute
   * values (`title="a > b"`); the input's end when the tag never ends.
   */
  #tagEnd(from: number): number {
    const html = this.#html;
    const n = html.length;
    let i = from;
    while (i < n) {
      const c = html.charCodeAt(i);
      if (c === 0x3e /* > */) return i + 1;
      i++;
      if (c !== 0x3d /* = */) continue;
      while (i < n && isHtmlSpace(html.charCodeAt(i))) i++;
      const quote = html.charCodeAt(i);
      if (quote === 0x22 || quote === 0x27) {
        const close = html.indexOf(quote === 0x22 ? '"' : "'", i + 1);
        if (close < 0) return n;
        i = close + 1;
      }
    }
    return n;
  }

  /** Applies the markup `html[lt, end)` and returns where the text goes on. */
  #applyMarkup(lt: number, end: number): number {
    const html = this.#html;
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    const nameFrom = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameFrom))) return end;
    let nameTo = nameFrom + 1;
    while (nameTo < end && !isNameEnd(html.charCodeAt(nameTo))) nameTo++;
    if (nameTo - nameFrom > MAX_ELEMENT_NAME) return end;
    const name = html.slice(nameFrom, nameTo).toLowerCase();
    return closing ? this.#endTag(name, lt, end) : this.#startTag(name, lt, end);
  }

  #startTag(name: string, lt: number, end: number): number {
    // Raw text is skipped even inside a left-out element: a `</nav>` in a script string closes nothing.
    const after = RAW_TEXT_ELEMENTS.has(name) ? this.#rawTextEnd(name, end) : end;
    // `<svg/>` is whole, as in a browser; so is `<nav/>` here, where a browser would open it.
    const opens = after === end && this.#html.charCodeAt(end - 2) !== 0x2f;
    if (this.#leftOut !== "") {
      if (name === this.#leftOut && opens) this.#leftOutDepth++;
      return after;
    }
    // Before anything else the element does: none of it (a headline, a header) is read.
    if (opens && !VOID_ELEMENTS.has(name) && this.#hiddenByAttributes(name, lt + 1 + name.length, end)) {
      if (BLOCK_ELEMENTS.has(name)) this.#askBreak(PARAGRAPH, lt);
      this.#leftOut = name;
      this.#leftOutDepth = 1;
      return after;
    }
    if (name === "meta") this.pageDate.meta(readAttributes(this.#html, lt + 5, end));
    else if (name === "time") this.pageDate.time(readAttributes(this.#html, lt + 5, end));
    else if (name === "script" && readAttributes(this.#html, lt + 7, end).get("type")?.trim().toLowerCase() === "application/ld+json") {
      this.pageDate.jsonLd(this.#html.slice(end, after));
    } else if (name === "h1" && this.#h1Depth++ === 0) this.#h1From = -1;
    if (BLOCK_ELEMENTS.has(name)) this.#askBreak(PARAGRAPH, lt);
    else if (name === "br") this.#askBreak(this.#pendingBreak + LINE, lt);
    else if (CELL_ELEMENTS.has(name)) this.#askSpace(lt, end);
    if (PREFORMATTED_ELEMENTS.has(name)) this.#preDepth++;
    if (name === "article" || name === "main") this.#articleDepth++;
    else if (name === "header") this.#openHeader();
    else if (HEADINGS.has(name)) this.#headerHasHeading = true;
    if (LEFT_OUT_ELEMENTS.has(name) && opens) {
      this.#leftOut = name;
      this.#leftOutDepth = 1;
    }
    return after;
  }

  #endTag(name: string, lt: number, end: number): number {
    if (this.#leftOut !== "") {
      if (name === this.#leftOut && --this.#leftOutDepth === 0) {
        this.#leftOut = "";
        if (BLOCK_ELEMENTS.has(name)) this.#askBreak(PARAGRAPH, lt);
      }
      return end;
    }
    if (BLOCK_ELEMENTS.has(name)) this.#askBreak(PARAGRAPH, lt);
    // A browser reads `</br>` as `<br>`.
    else if (name === "br") this.#askBreak(this.#pendingBreak + LINE, lt);
    if (PREFORMATTED_ELEMENTS.has(name) && this.#preDepth > 0) this.#preDepth--;
    if ((name === "article" || name === "main") && this.#articleDepth > 0) this.#articleDepth--;
    else if (name === "header") this.#closeHeader();
    else if (name === "h1" && this.#h1Depth > 0 && --this.#h1Depth === 0) this.#closeHeadline();
    return end;
  }

  /**
   * True when the attributes of the tag `html[from, end)` of element `name` hide its contents
   * from a reader: a `hidden` (not `hidden="until-found"`, which a reader can open), a role of
   * page furniture, or, on a container, a `class` or `id` that names furniture (`share-bar`,
   * `related-stories`, `cookie-banner`; see {@link tagNamesFurniture}).
   */
  #hiddenByAttributes(name: string, from: number, end: number): boolean {
    if (end - from < 5) return false;
    // Most tags have neither word: a slice is cheap, and a search past the tag would not be.
    const tag = this.#html.slice(from, end);
    if (HIDING_HINT.test(tag)) {
      const attributes = readAttributes(this.#html, from, end);
      const hidden = attributes.get("hidden");
      if (hidden !== undefined && hidden.trim().toLowerCase() !== "until-found") return true;
      const role = attributes.get("role")?.trim().toLowerCase().split(/\s/u, 1)[0];
      if (role !== undefined && FURNITURE_ROLES.has(role)) return true;
    }
    return FURNITURE_CONTAINERS.has(name) && tagNamesFurniture(tag, this.#furnitureTags);
  }

  #closeHeadline(): void {
    if (this.#h1From < 0) return;
    const span = { start: this.#h1From, end: this.#textLength };
    this.#firstHeadline ??= span;
    if (this.#articleDepth > 0) this.#articleHeadline ??= span;
  }

  #openHeader(): void {
    if (this.#header) this.#headerDepth++;
    else if (this.#articleDepth === 0) {
      this.#header = {
        parts: this.parts.length,
        map: this.map.mark(),
        started: this.#started,
        pendingBreak: this.#pendingBreak,
        breakFrom: this.#breakFrom,
        textLength: this.#textLength,
      };
      this.#headerDepth = 1;
      this.#headerHasHeading = false;
    }
  }

  #closeHeader(): void {
    const header = this.#header;
    if (!header || --this.#headerDepth > 0) return;
    this.#header = undefined;
    if (this.#headerHasHeading) return;
    this.parts.length = header.parts;
    this.map.truncate(header.map);
    this.#textLength = header.textLength;
    this.#started = header.started;
    // The header's own break (it is a block) stays asked for: the text around it stays apart.
    if (header.pendingBreak > 0) this.#breakFrom = header.breakFrom;
    this.#spaceFrom = -1;
  }

  /** Just past the end tag of the raw text element `name` whose contents start at `from`. */
  #rawTextEnd(name: string, from: number): number {
    const html = this.#html;
    if (name === "plaintext") return html.length;
    let at = from;
    for (;;) {
      at = html.indexOf("</", at);
      if (at < 0) return html.length;
      const nameEnd = at + 2 + name.length;
      if (html.slice(at + 2, nameEnd).toLowerCase() === name && (nameEnd >= html.length || isNameEnd(html.charCodeAt(nameEnd)))) {
        return this.#tagEnd(nameEnd);
      }
      at += 2;
    }
  }

  #askBreak(level: number, at: number): void {
    if (this.#pendingBreak === 0) this.#breakFrom = at;
    this.#pendingBreak = Math.min(Math.max(this.#pendingBreak, level), PARAGRAPH);
    this.#spaceFrom = -1;
  }

  #askSpace(from: number, to: number): void {
    if (this.#pendingBreak > 0) return;
    if (this.#spaceFrom < 0) {
      this.#spaceFrom = from;
      this.#spaceTo = to;
    } else if (this.#spaceTo === from) {
      this.#spaceTo = to;
    }
  }

  /** Reads the text `html[from, to)` (no markup in it). */
  #readText(from: number, to: number): void {
    const html = this.#html;
    let copyFrom = from;
    let i = from;
    while (i < to) {
      const c = html.charCodeAt(i);
      // Copied as is unless a reference, white space or invisible: tested by code, as this runs
      // over every character.
      if (isPlain(c)) {
        i++;
        continue;
      }
      // One space between two characters copied is kept as it is: the common case, in one run.
      if (c === 0x20 && i > copyFrom && i + 1 < to && isPlain(html.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      this.#write(html.slice(copyFrom, i), copyFrom, i);
      let next = i + 1;
      let value = c === 0x26 ? "&" : html[i]!;
      if (c === 0x26) {
        const reference = readCharacterReference(html, i);
        if (reference) {
          value = reference.value;
          next = reference.end;
        }
      }
      if (value === "\n" && this.#preDepth > 0) this.#askBreak(this.#pendingBreak + LINE, i);
      else if (value.length === 1 && (isHtmlSpace(value.charCodeAt(0)) || value === "\u00a0")) this.#askSpace(i, next);
      // Soft hyphens and zero-width spaces are invisible: a name broken by one reads whole.
      else if (value !== "\u00ad" && value !== "\u200b") this.#write(value, i, next);
      i = copyFrom = next;
    }
    this.#write(html.slice(copyFrom, to), copyFrom, to);
  }

  /** Writes visible text read from `html[from, to)`, after the break or space pending before it. */
  #write(value: string, from: number, to: number): void {
    if (value.length === 0) return;
    if (this.#started) {
      if (this.#pendingBreak > 0) {
        this.#emit(this.#pendingBreak === LINE ? "\n" : "\n\n", this.#breakFrom, from);
      } else if (this.#spaceFrom >= 0) {
        this.#emit(" ", this.#spaceFrom, this.#spaceTo);
      }
    }
    this.#pendingBreak = 0;
    this.#spaceFrom = -1;
    this.#started = true;
    if (this.#h1Depth > 0 && this.#h1From < 0) this.#h1From = this.#textLength;
    this.#emit(value, from, to);
  }

  #emit(value: string, from: number, to: number): void {
    this.parts.push(value);
    this.map.add(value.length, from, to);
    this.#textLength += value.length;
  }
}

/** Just past the first `close` at or after `from`, or the input's end when there is none. */
function closeAfter(html: string, close: string, from: number): number {
  const at = html.indexOf(close, from);
  return at < 0 ? html.length : at + close.length;
}

/** A character copied as it is: no reference, white space or invisible character. */
function isPlain(c: number): boolean {
  return c > 0x26 ? c !== 0xa0 && c !== 0xad && c !== 0x200b : c !== 0x26 && !isHtmlSpace(c);
}

/** HTML's white space: space, tab, line feed, form feed, carriage return. */
function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** What ends a tag name: white space, `/` or `>`. */
function isNameEnd(c: number): boolean {
  return isHtmlSpace(c) || c === 0x2f || c === 0x3e;
}
