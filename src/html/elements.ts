/**
 * What each HTML element does to the text read from a page: data only, read by
 * {@link htmlToText}. Names are lower case; an element in none of the tables is inline (its tags
 * vanish, its text stays in the line).
 *
 * @module
 */

/**
 * Elements whose contents are not the article, left out whole: code and styles, markup not shown
 * (`template`, `noscript` fallbacks of a page that runs scripts), form controls and embedded
 * media, and the page furniture around the story: `nav` (menus), `aside` (related stories, pull
 * quotes repeating the text, adverts), `footer` (bylines, tags, copyright). A `header` stays: it
 * often holds the headline. `head` needs no entry: its `title`, `script` and `style` are here.
 */
export const LEFT_OUT_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "title", "textarea", "select", "button", "datalist",
  "svg", "math", "iframe", "object", "canvas", "video", "audio", "map", "noembed",
  "noframes", "xmp", "plaintext", "nav", "aside", "footer", "dialog",
]);

/**
 * Elements whose contents the tokenizer reads as raw text up to their end tag, markup and all
 * (HTML's raw text and escapable raw text elements, and `noscript` as a browser with scripts
 * reads it): a `<p>` in a script string opens nothing. `plaintext` has no end tag: the rest of
 * the page is its contents.
 */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "title", "textarea", "iframe", "noembed", "noframes", "xmp", "plaintext",
]);

/**
 * Elements that start and end a block of their own: each becomes a paragraph of the text (a line
 * of its own), as a browser lays it out. `br` is apart: a line break inside a paragraph.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
  "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
  "listing", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table",
  "tbody", "tfoot", "thead", "tr", "ul",
]);

/** Table cells: a space between cells of a row, as a browser's `innerText` puts a tab. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(["td", "th"]);

/** Elements whose line breaks are kept (`pre` keeps its spaces too in a browser; here they collapse). */
export const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(["pre", "listing"]);

/**
 * ARIA landmark and window roles that name page furniture, as the elements of
 * {@link LEFT_OUT_ELEMENTS} do (`<div role="navigation">` is a `nav`, `complementary` an `aside`,
 * `contentinfo` a `footer`, `banner` the site's header, `dialog` a consent or sign-up box): an
 * element with one of them is left out whole.
 */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set(["navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog"]);

/** Elements that have no contents and no end tag: a role or `hidden` on one hides nothing after it. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);
