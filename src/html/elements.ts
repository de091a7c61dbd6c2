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

/**
 * Words of `class` and `id` names that mark page furniture (`class="share-bar"`,
 * `id="comments"`, `class="related-stories"`, `class="cookie-banner"`): a name is cut into its
 * words at `-`, `_` and a lower-to-upper case change (`shareBar`), and a word here, or two
 * adjacent words joined with `-`, makes the element furniture. Words that a story's own
 * containers also use (`header`, `banner`, `content`, `social`, `widget`, `comment` for an
 * opinion piece) are left out on purpose.
 */
export const FURNITURE_CLASS_WORDS: ReadonlySet<string> = new Set([
  // sharing and social buttons
  "share", "shares", "sharing", "sharebar", "sharetools", "sharethis", "addthis",
  // related, recommended and most-read lists
  "related", "relatedposts", "recommended", "recommendations", "trending", "popular", "mostread", "most-read",
  "most-popular", "most-viewed", "read-more", "read-next", "up-next", "more-stories", "outbrain", "taboola",
  // sign-ups, subscriptions and consent
  "newsletter", "newsletters", "signup", "sign-up", "subscribe", "cookie", "cookies", "consent", "gdpr",
  "popup", "modal",
  // advertising and promotion
  "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promo", "promotion",
  // reader comments, navigation aids, site footers and side columns
  "comments", "disqus", "breadcrumb", "breadcrumbs", "pagination", "skiplink", "skip-link", "tags",
  "footer", "sidebar",
]);

/**
 * Words that make a `class` or `id` name a state or a layout, not a thing (`has-comments`,
 * `no-ads`, `js-share-enabled`, `sidebar-layout`): such a name says what a container allows or
 * how it is laid out, and marks no furniture.
 */
export const STATE_CLASS_WORDS: ReadonlySet<string> = new Set([
  "has", "with", "no", "without", "is", "enabled", "disabled", "allow", "allowed", "show", "hide", "layout",
]);

/**
 * Words of which a `class` or `id` name made wholly (`article-body`, `story-content`,
 * `entry-content`, `main`) names the story's own container: an element so named is never
 * furniture, whatever its other names say (`class="article-body js-share-root"`).
 */
export const BODY_CLASS_WORDS: ReadonlySet<string> = new Set([
  "article", "story", "body", "content", "main", "post", "entry", "text", "copy", "articlebody",
]);

/**
 * Elements a furniture `class` or `id` may leave out: containers whose end tag a page writes.
 * Not `p` or `li`, which a page may leave unclosed (a dropped one would run on), nor the
 * story's own `article`, `main` and `body`.
 */
export const FURNITURE_CONTAINERS: ReadonlySet<string> = new Set([
  "div", "section", "ul", "ol", "dl", "menu", "form", "table", "details", "figure", "center",
]);
