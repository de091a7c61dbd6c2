/**
 * The input of the facet finders (`findDates`, `findActors` …): their options checked as
 * parseArticle checks its own, plain text or an HTML page read to its text, and the way back
 * from what a facet found to the caller's input.
 *
 * @module
 */
import type { InputFormat } from "../parse-article.js";
import { checkChoice, checkOptions, checkText } from "../options.js";
import { prepareDocument, type Document } from "../text/document.js";
import { referenceOf } from "../text/reference.js";
import { htmlToText } from "./html-to-text.js";
import { inSource } from "./source-spans.js";
import { pageReference } from "./page-date.js";

/**
 * The options every facet finder takes, as {@link parseArticle} takes them: the publication
 * date and its time zone, and the input format. A finder whose facet reads no date checks
 * `published` all the same, so one options object serves every finder.
 *
 * @group Article
 */
export interface FindOptions {
  /**
   * The publication date or date-time, ISO 8601 (`"2025-04-24"`), or a `Date` (read in UTC).
   * Left out (or `undefined`), relative dates resolve against the date an HTML page declares in
   * its metadata ({@link HtmlText.published}), else against the last absolute date in the text,
   * or stay unresolved (`X` digits); nothing is taken from the clock. `null` says there is no
   * publication date: a page's metadata is not read either, as in {@link parseArticle}.
   */
  readonly published?: string | Date | null | undefined;
  /**
   * The publication's place as an IANA time zone (`"Europe/Kyiv"`): a `published` instant is
   * read on that wall clock; see `ParseArticleOptions.timeZone`.
   */
  readonly timeZone?: string;
  /**
   * What the input is: `"text"` (the default), or `"html"`, a page or a fragment of one, read as
   * {@link htmlToText} reads it. Every span of the result is then an offset into the HTML as
   * given, and each mention's `text` the evidence as a reader sees it, as in {@link parseArticle}.
   */
  readonly format?: InputFormat;
}

/** The keys of {@link FindOptions}, for the check that rejects any other. */
export const FIND_OPTION_KEYS = ["published", "timeZone", "format"] as const satisfies ReadonlyArray<keyof FindOptions>;

/** The values of `format`, as parseArticle's `INPUT_FORMATS` (not imported: that would bring its whole pipeline to a finder's bundle). */
const FORMATS = ["text", "html"] as const satisfies readonly InputFormat[];

/** A finder's input, read: the document its facet reads, and the way back to the caller's input. */
export interface FindInput {
  /** The document of the text, or of the text an HTML page shows. */
  readonly doc: Document;
  /** What the facet found in `doc`, with its spans in the caller's input (as it is, for plain text). */
  readonly inInput: <T>(found: T) => T;
}

/**
 * Checks a finder's options (those of {@link FindOptions} and `more`, then `checkMore` for the
 * values of its own) and its text, in that order, and prepares the document.
 *
 * @param fn - The finder, for the messages.
 * @throws RangeError and TypeError as {@link parseArticle} does for its options and text.
 */
export function readFindInput(fn: string, text: string, options: FindOptions, more: readonly string[] = [], checkMore?: () => void): FindInput {
  checkOptions(fn, options, more.length === 0 ? FIND_OPTION_KEYS : [...FIND_OPTION_KEYS, ...more]);
  checkMore?.();
  checkChoice("format", options.format, FORMATS);
  const published = referenceOf(options);
  checkText(fn, text);
  if (options.format !== "html") return { doc: prepareDocument(text, published), inInput: same };
  const source = htmlToText(text);
  // `published: null` says the text has no date: the page's own is not read either.
  const dated = published ?? (options.published === null ? undefined : pageReference(source, options.timeZone));
  return { doc: prepareDocument(source.text, dated, source.headline), inInput: (found) => inSource(found, source) };
}

function same<T>(found: T): T {
  return found;
}
