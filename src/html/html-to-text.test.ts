import { describe, expect, it } from "vitest";
import { readCharacterReference } from "./char-refs.js";
import { htmlToText } from "./html-to-text.js";
import { isFurnitureByName, nameWords } from "./furniture-class.js";

const text = (html: string) => htmlToText(html).text;

/** The HTML each character of the text was read from, in order. */
function sources(html: string): string[] {
  const read = htmlToText(html);
  return [...read.text].map((_, i) => {
    const span = read.toSourceSpan({ start: i, end: i + 1 });
    return html.slice(span.start, span.end);
  });
}

describe("htmlToText: layout", () => {
  it("makes each block a paragraph, a br a line break, and lets inline tags vanish", () => {
    expect(text("<h1>Strike on Kyiv</h1><p>At least <b>12</b> people<br>were killed.</p><ul><li>One</li><li>Two</li></ul>")).toBe(
      "Strike on Kyiv\n\nAt least 12 people\nwere killed.\n\nOne\n\nTwo",
    );
    expect(text("<div>a<div>b</div>c</div>")).toBe("a\n\nb\n\nc");
    expect(text("Kyiv<span>Region</span>")).toBe("KyivRegion");
  });

  it("collapses white space as a browser does, and keeps the line breaks of pre", () => {
    expect(text("  <p>\n  Two   people\twere\r\n killed.  </p>  ")).toBe("Two people were killed.");
    expect(text("a <b> b </b> c")).toBe("a b c");
    expect(text("<pre>line one\nline two</pre>")).toBe("line one\nline two");
    expect(text("a<br><br>b")).toBe("a\n\nb");
  });

  it("puts a space between table cells and a paragraph between rows", () => {
    expect(text("<table><tr><th>City</th><th>Killed</th></tr><tr><td>Kyiv</td><td>12</td></tr></table>")).toBe("City Killed\n\nKyiv 12");
  });

  it("leaves out scripts, styles, comments, menus, asides and footers, and keeps figure captions", () => {
    const page =
      "<!DOCTYPE html><html><head><title>Site | Page</title><style>p>a{x:1}</style></head><body>" +
      "<nav><a>World</a> <a>Europe</a></nav><script>var s = '</p><p>not text';</script>" +
      "<noscript>Enable JavaScript</noscript><template><p>Later</p></template>" +
      "<p>Body<!-- a comment with <p>tags</p> -->text.</p><figure><img alt='x'><figcaption>A caption.</figcaption></figure>" +
      "<aside>Related: five killed</aside><footer>&copy; 2025 Site</footer><button>Share</button></body></html>";
    expect(text(page)).toBe("Bodytext.\n\nA caption.");
  });

  it("drops a site header (no heading in it) and keeps an article's header", () => {
    expect(text("<header><a>The Daily Ledger</a><nav>World</nav></header><h1>Headline</h1><p>Body.</p>")).toBe("Headline\n\nBody.");
    expect(text("<header><h1>Headline</h1><p>By A. Writer</p></header><p>Body.</p>")).toBe("Headline\n\nBy A. Writer\n\nBody.");
    expect(text("<article><header>Kicker</header><p>Body.</p></article>")).toBe("Kicker\n\nBody.");
  });

  it("leaves out an element that hidden or a furniture role hides, whatever its name", () => {
    const page =
      '<div role="navigation"><a>Home</a> <div>U.S.</div></div><DIV ROLE="Dialog"><p>This site uses cookies.</p></DIV>' +
      "<h1 hidden>Old headline</h1><h1>Dam bursts</h1><p>Body<span hidden> (subscribers only)</span>.</p>" +
      '<section role="complementary region"><p>Three killed in a crash</p></section><div role="contentinfo">© Gazette</div>' +
      '<div hidden="until-found"><p>Expanded on search.</p></div><img hidden src="x.png"><p role="note">A note.</p>';
    const read = htmlToText(page);
    expect(read.text).toBe("Dam bursts\n\nBody.\n\nExpanded on search.\n\nA note.");
    expect(read.headline).toEqual({ start: 0, end: 10 });
    // A role or hidden on a void element hides nothing after it; one in a self-closing tag, nothing.
    expect(text('<p>a<input role="search" hidden>b<br hidden>c<div role="navigation"/>d</p>')).toBe("ab\nc\n\nd");
  });

  it("reads nested and unclosed left-out elements as a browser nests them", () => {
    expect(text("<nav><nav>x</nav>still the menu</nav>after")).toBe("after");
    expect(text("before<aside>related, never closed")).toBe("before");
    expect(text("<script>if (a </scripts> b) {}</SCRIPT >after")).toBe("after");
    expect(text("<p>a<svg viewBox='0 0 1 1'/>b<nav/>c</p><textarea>x</textarea>d\ne")).toBe("ab\n\nc\n\nd e");
  });
});

describe("htmlToText: furniture named by class or id", () => {
  it("leaves out share bars, related stories, sign-ups, consent banners and comments named only by class or id", () => {
    const page =
      '<div class="cookie-banner"><p>We use cookies. By continuing to browse, you agree.</p></div>' +
      '<article><h1>Dam bursts</h1><div class="share-bar"><a>Share on Facebook</a></div>' +
      '<div class="article-body"><p>Four people were killed, police said.</p>' +
      '<div class="newsletter-signup"><p>Sign up every day at 7am.</p></div>' +
      '<section class="related-stories"><h2>Related</h2><ul><li>Storm kills 24</li></ul></section>' +
      '<p>Two more are missing.</p></div></article>' +
      '<div id="comments"><p>Reader: 100 died here last year.</p></div><div class="mostRead">Quake kills 12</div>' +
      '<ul class="c-article__tags"><li>Floods</li></ul><div class="promo ad-slot">Subscribe now</div>';
    expect(text(page)).toBe("Dam bursts\n\nFour people were killed, police said.\n\nTwo more are missing.");
  });

  it("never leaves out the story's own container, a state name, a word inside another, or an unclosable element", () => {
    // A body named with a furniture word beside it, a container that allows comments, and words that only contain one.
    expect(text('<div class="article-body js-share-root"><p>Kept.</p></div>')).toBe("Kept.");
    expect(text('<div class="story has-comments no-ads"><p>Kept.</p></div>')).toBe("Kept.");
    expect(text('<div class="l-sidebar-layout"><p>Kept.</p><div class="sidebar">Left out.</div></div>')).toBe("Kept.");
    expect(text('<div class="shared-header heading"><p>Kept.</p></div><div id="adjacent">Kept too.</div>')).toBe("Kept.\n\nKept too.");
    // `p` and `li` may be left unclosed: a name on one leaves nothing out; nor does one on an `article`.
    expect(text('<p class="share">Share<p>Body.')).toBe("Share\n\nBody.");
    expect(text('<article class="comments"><p>An opinion piece.</p></article>')).toBe("An opinion piece.");
  });

  it("cuts a name into its words at hyphens, underscores and case changes", () => {
    expect(nameWords("c-article__shareBar--top")).toEqual(["c", "article", "share", "bar", "top"]);
    expect(nameWords("most_read")).toEqual(["most", "read"]);
    expect(isFurnitureByName("widget most-read", undefined)).toBe(true);
    expect(isFurnitureByName("jp-relatedposts", "jp-relatedposts")).toBe(true);
    expect(isFurnitureByName(undefined, "main-content")).toBe(false);
    expect(isFurnitureByName("headline", "story-top")).toBe(false);
  });
});

describe("htmlToText: character references", () => {
  it("decodes named, decimal and hexadecimal references, with or without the closing semicolon where browsers do", () => {
    expect(text("AT&amp;T &ldquo;Ukraine&rsquo;s&rdquo; &#8217; &#x2019; &#X2019 &eacute;t&eacute; Erdo&gbreve;an")).toBe("AT&T “Ukraine’s” ’ ’ ’ été Erdoğan");
    expect(text("&copy 2025, AT&amp T, &lt;p&gt;")).toBe("© 2025, AT& T, <p>");
  });

  it("leaves an unknown name or a lone ampersand as written", () => {
    expect(text("Q&A &bogus; & &# &#x; fish & chips")).toBe("Q&A &bogus; & &# &#x; fish & chips");
  });

  it("reads C1 codes as Windows-1252, and NUL, surrogates and values past U+10FFFF as U+FFFD", () => {
    expect(text("&#146;&#150;&#128;")).toBe("’–€");
    expect(text("&#0;&#xD800;&#99999999999999999999;")).toBe("\ufffd\ufffd\ufffd");
    expect(text("&#128512;")).toBe("😀");
  });

  it("reads a no-break space as a space, and drops soft hyphens and zero-width spaces", () => {
    expect(text("Dr.&nbsp;M&uuml;ller Zelen&shy;skyy a\u00a0 b x&#8203;y")).toBe("Dr. Müller Zelenskyy a b xy");
  });

  it("reads a reference's end and value at an offset", () => {
    expect(readCharacterReference("x&amp;y", 1)).toEqual({ value: "&", end: 6 });
    expect(readCharacterReference("&#x41z", 0)).toEqual({ value: "A", end: 5 });
    expect(readCharacterReference("&zzz;", 0)).toBeUndefined();
  });
});

describe("htmlToText: offsets back to the HTML", () => {
  it("maps each character to the whole of its source: a reference, collapsed space or block tags", () => {
    expect(sources("<p>a&amp;b</p>\n<p>c  d</p>")).toEqual(["a", "&amp;", "b", "</p>\n<p>", "</p>\n<p>", "c", "  ", "d"]);
  });

  it("gives a span's source from its first character to its last, with the tags between them", () => {
    const html = "<p>At least 12 people were <em>killed</em> in <a href='/k'>Kyiv</a>.</p>";
    const read = htmlToText(html);
    const at = (phrase: string) => {
      const start = read.text.indexOf(phrase);
      const span = read.toSourceSpan({ start, end: start + phrase.length });
      return html.slice(span.start, span.end);
    };
    expect(at("people were killed")).toBe("people were <em>killed");
    expect(at("killed in Kyiv.")).toBe("killed</em> in <a href='/k'>Kyiv</a>.");
    expect(read.toSource(0)).toBe(3);
    expect(read.toSource(read.text.length)).toBe(html.length - "</p>".length);
  });

  it("rejects an offset outside the text", () => {
    const read = htmlToText("<p>abc</p>");
    expect(() => read.toSource(4)).toThrow(RangeError);
    expect(() => read.toSource(-1)).toThrow(RangeError);
    expect(() => read.toSourceSpan({ start: 2, end: 1 })).toThrow(RangeError);
    expect(htmlToText("").toSource(0)).toBe(0);
  });
});

describe("htmlToText: broken markup", () => {
  it("reads a < that opens no tag as text, and drops an unclosed tag or comment to the end, as browsers do", () => {
    expect(text("if a < b and c<3 then")).toBe("if a < b and c<3 then");
    expect(text("<<<<")).toBe("<<<<");
    expect(text("text <!-- never closed <p>gone")).toBe("text");
    expect(text("text <p class='never closed>gone")).toBe("text");
    expect(text("a <![CDATA[x]]> b <?php echo 1 ?> c </ b> d </> e")).toBe("a b c d e");
  });

  it("skips a > inside a quoted attribute value", () => {
    expect(text("<a title='a > b' data-x=\"<p>\">link</a>")).toBe("link");
  });

  it("never throws on a megabyte of markup characters", () => {
    for (const unit of ["<", "<a", "</", "<!--", "&", "&#", "&amp", "<p>", "<nav>", "<script>", "'\"=>"]) {
      const html = unit.repeat(Math.ceil(1_048_576 / unit.length));
      const read = htmlToText(html);
      expect(read.text.length).toBeLessThanOrEqual(html.length);
      expect(read.toSource(read.text.length)).toBeLessThanOrEqual(html.length);
    }
  });

  it("rejects a value that is not a string", () => {
    expect(() => htmlToText(42 as unknown as string)).toThrow(TypeError);
  });
});

describe("htmlToText: the page's headline", () => {
  const headline = (html: string) => {
    const read = htmlToText(html);
    return read.headline && read.text.slice(read.headline.start, read.headline.end);
  };

  it("is the first h1 of the article (inside article or main), else the page's first", () => {
    const page =
      "<div class='consent'>We use cookies.</div><header><h1 class='logo'>The Harbour Gazette</h1></header>" +
      "<main><p class='kicker'>Europe</p><h1>Ferry  <em>runs aground</em> off Crete</h1><p>Body.</p><h1>Second</h1></main>";
    expect(headline(page)).toBe("Ferry runs aground off Crete");
    expect(headline("<p>Kicker</p><h1>\n  Bridge reopens &amp; traffic returns </h1><p>Body.</p>")).toBe("Bridge reopens & traffic returns");
  });

  it("skips an h1 with no text (a logo image) and one inside page furniture, and is absent without an h1", () => {
    expect(headline("<h1><img src='logo.png' alt='Gazette'></h1><aside><h1>Most read</h1></aside><h1>Dam bursts</h1>")).toBe("Dam bursts");
    expect(htmlToText("<h2>Only a subheading</h2><p>Body.</p>").headline).toBeUndefined();
    expect(htmlToText("<h1>Never closed<p>Body.</p>").headline).toBeUndefined();
  });

  it("is placed in the text after a dropped site header", () => {
    const read = htmlToText("<header><a href='/'>Gazette</a></header><h1>Dam bursts</h1>");
    expect(read.text).toBe("Dam bursts");
    expect(read.headline).toEqual({ start: 0, end: 10 });
  });
});

describe("htmlToText: the publication date the page declares", () => {
  const published = (html: string) => htmlToText(html).published;
  const jsonLd = (body: string) => `<script type="application/ld+json">${body}</script>`;

  it("reads the Open Graph article property, JSON-LD, microdata and the common meta names", () => {
    expect(published('<meta property="article:published_time" content="2025-03-12T08:15:00+00:00"><p>x</p>')).toBe("2025-03-12T08:15:00+00:00");
    expect(published(jsonLd('{"@type":"NewsArticle","headline":"x","datePublished" : "2025-03-12T08:15:00Z"}'))).toBe("2025-03-12T08:15:00Z");
    expect(published('<p>By staff, <time itemprop="datePublished" datetime="2025-03-11">yesterday</time></p>')).toBe("2025-03-11");
    expect(published("<meta itemprop=datePublished content=2025-03-10>")).toBe("2025-03-10");
    expect(published('<time pubdate datetime="2025-03-09T10:00">')).toBe("2025-03-09T10:00");
    expect(published("<meta name='DC.date.issued' content=' 2025-03-08 '>")).toBe("2025-03-08");
    expect(published('<META NAME="pubdate" CONTENT="2025-03-07T06:00:00.000Z">')).toBe("2025-03-07T06:00:00.000Z");
  });

  it("prefers the Open Graph property, then JSON-LD, then microdata, then a meta name, wherever each stands", () => {
    const page =
      '<meta name="pubdate" content="2025-01-04"><time itemprop="datePublished" datetime="2025-01-03"></time>' +
      jsonLd('{"datePublished":"2025-01-02"}') +
      '<meta property="article:published_time" content="2025-01-01T09:00:00Z">';
    expect(published(page)).toBe("2025-01-01T09:00:00Z");
    expect(published(page.replace(/<meta property[^>]*>/u, ""))).toBe("2025-01-02");
    expect(published('<meta name="date" content="2025-01-04"><time itemprop="datePublished" datetime="2025-01-03">')).toBe("2025-01-03");
  });

  it("passes over what is not an ISO 8601 date, and takes the next source", () => {
    expect(published('<meta property="article:published_time" content="Wed, 12 Mar 2025 08:15:00 GMT"><meta name="pubdate" content="2025-03-12">')).toBe(
      "2025-03-12",
    );
    expect(published('<meta name="pubdate" content="2025-02-30">')).toBeUndefined();
    expect(published(jsonLd('{"datePublished":"last Tuesday"}'))).toBeUndefined();
  });

  it("never takes a date the page does not declare as its own", () => {
    // A time in the story dates an event; a script that is not JSON-LD is code; a teaser in an
    // aside dates another story; a modified date is not the publication's.
    expect(published('<p>The vote is on <time datetime="2025-05-01">May 1</time>.</p>')).toBeUndefined();
    expect(published('<script>var meta = {"datePublished":"2025-01-01"};</script>')).toBeUndefined();
    expect(published('<aside><time itemprop="datePublished" datetime="2024-12-01">Dec 1</time></aside>')).toBeUndefined();
    expect(published('<meta property="article:modified_time" content="2025-03-12T10:40:00Z">')).toBeUndefined();
    expect(published("<p>Published 2025-03-12</p>")).toBeUndefined();
  });
});
