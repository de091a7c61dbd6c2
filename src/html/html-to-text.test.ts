import { describe, expect, it } from "vitest";
import { readCharacterReference } from "./char-refs.js";
import { htmlToText } from "./html-to-text.js";

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

  it("reads nested and unclosed left-out elements as a browser nests them", () => {
    expect(text("<nav><nav>x</nav>still the menu</nav>after")).toBe("after");
    expect(text("before<aside>related, never closed")).toBe("before");
    expect(text("<script>if (a </scripts> b) {}</SCRIPT >after")).toBe("after");
    expect(text("<p>a<svg viewBox='0 0 1 1'/>b<nav/>c</p><textarea>x</textarea>d\ne")).toBe("ab\n\nc\n\nd e");
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
