import { describe, expect, it } from "vitest";
import { TokenList, tokenize, tokenizeByPattern } from "./tokens.js";

/** Tokenizes all of `text` into a fresh list. */
function listOf(text: string): TokenList {
  const list = new TokenList();
  tokenize(text, { start: 0, end: text.length }, list);
  return list;
}

/** Every token as [text, kind, start], read through the list's accessors. */
function read(list: TokenList): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (let i = 0; i < list.length; i++) out.push([list.text(i), list.kind(i), list.start(i)]);
  return out;
}

/** A made-up word for `n`, two to six letters, so that thousands of them collide in the table of recent texts. */
function word(n: number): string {
  let w = "";
  for (let k = n + 26; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26));
  return n % 3 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
}

describe("tokenize", () => {
  it("reads words, numbers, abbreviations and marks with their offsets", () => {
    const text = "The U.S. envoy met Mr. Sybiha in Kyiv on 24.04, and 1,718 troops' families waited.";
    expect(read(listOf(text)).map(([t, k]) => `${t}/${k[0]}`)).toEqual([
      "The/w", "U.S./w", "envoy/w", "met/w", "Mr/w", "./p", "Sybiha/w", "in/w", "Kyiv/w", "on/w", "24.04/n", ",/p", "and/w",
      "1,718/n", "troops/w", "'/p", "families/w", "waited/w", "./p",
    ]);
    for (const [t, , start] of read(listOf(text))) expect(text.slice(start, start + t.length)).toBe(t);
    const list = listOf(text);
    const words = Array.from({ length: list.length }, (_, i) => i).filter((i) => list.isWord(i));
    expect(words.map((i) => list.text(i)).join(" ")).toBe("The U.S. envoy met Mr Sybiha in Kyiv on and troops families waited");
  });

  it("cuts two words that lost the space between them at a dot, but keeps abbreviations, initials, domains and numbers whole", () => {
    const text =
      "Deputies said.Police met Mr.Posley at 9 a.m.Saturday near the U.S.Army depot.A crowd formed; WXYZ7.Reporters saw the SUV.Several " +
      "said.SWAT teams. W.Va. and Ph.D and S.p.A. staff at St.Louis Park use Node.js, www.ExampleNews.org, ana.Ruiz@ and v2.1.3 at 3.5 percent.";
    const tokens = read(listOf(text)).map(([t]) => t);
    expect(tokens.join(" ")).toBe(
      "Deputies said . Police met Mr . Posley at 9 a.m. Saturday near the U.S. Army depot . A crowd formed ; WXYZ7 . Reporters saw the SUV . Several " +
        "said . SWAT teams . W.Va . and Ph.D and S.p.A. staff at St . Louis Park use Node.js , www.ExampleNews.org , ana.Ruiz @ and v2.1.3 at 3.5 percent .",
    );
    for (const [t, , start] of read(listOf(text))) expect(text.slice(start, start + t.length)).toBe(t);
  });

  it("cuts glued words past ASCII as the plain-ASCII scan does", () => {
    const text = "Łukasz Nowak said.Żaneta Wróbel met Dr.Ødegaard in the Élysée.Officials left.";
    expect(read(listOf(text)).map(([t]) => t)).toEqual([
      "Łukasz", "Nowak", "said", ".", "Żaneta", "Wróbel", "met", "Dr", ".", "Ødegaard", "in", "the", "Élysée", ".", "Officials", "left", ".",
    ]);
  });

  it("keeps a final dot on single letters with dots and on a lone capital, and parts it from any other word", () => {
    const text = "Plan B. It met Jonas G. Støre at 9 a.m. and at 5 p.m., then Ab.C. and x. and Ł. and ab. and A.B.C.D. and ÉU.";
    expect(read(listOf(text)).map(([t]) => t).join(" ")).toBe(
      "Plan B. It met Jonas G. Støre at 9 a.m. and at 5 p.m. , then Ab.C . and x . and Ł. and ab . and A.B.C.D. and ÉU .",
    );
  });

  it("keeps every token's text and lower case right when thousands of words share the table of recent texts, across interleaved lists", () => {
    // Two documents whose words collide in the shared table of recent texts, written in turns:
    // a slot's id may be another word's by then, which must read as a miss.
    const a = Array.from({ length: 40_000 }, (_, n) => word((n * 7919) % 25_000)).join(" ");
    const b = Array.from({ length: 40_000 }, (_, n) => word((n * 104_729) % 30_000)).join(" . ");
    // Each text in pieces of about 5,000 characters cut at a space, as a document's paragraphs are.
    const pieces = (text: string) => {
      const cuts = [0];
      for (let at = 5_000; at < text.length; at += 5_000) cuts.push(text.indexOf(" ", at) + 1);
      cuts.push(text.length + 1);
      return cuts.slice(1).map((end, k) => ({ start: cuts[k]!, end: end - 1 }));
    };
    const [piecesA, piecesB] = [pieces(a), pieces(b)];
    const first = new TokenList();
    const second = new TokenList();
    for (let k = 0; k < Math.max(piecesA.length, piecesB.length); k++) {
      const [pieceA, pieceB] = [piecesA[k], piecesB[k]];
      if (pieceA) tokenize(a, pieceA, first);
      if (pieceB) tokenize(b, pieceB, second);
    }
    for (const [list, text] of [[first, a], [second, b]] as const) {
      const expected = text.match(/\S+/g)!;
      const texts = Array.from({ length: list.length }, (_, i) => list.text(i));
      const lowers = Array.from({ length: list.length }, (_, i) => list.lower(i));
      const spans = Array.from({ length: list.length }, (_, i) => text.slice(list.start(i), list.end(i)));
      expect(texts).toEqual(expected);
      expect(lowers).toEqual(expected.map((w) => w.toLowerCase()));
      expect(spans).toEqual(expected);
    }
  });

  it("writes the same tokens by the pattern alone as with the scan of plain ASCII by hand", () => {
    const byPattern = (text: string): TokenList => {
      const list = new TokenList();
      tokenizeByPattern(text, { start: 0, end: text.length }, list);
      return list;
    };
    const texts = [
      "The U.S. envoy met Mr. Sybiha in Kyiv on 24.04, and 1,718 troops' families waited.",
      "Deputies said.Police met Mr.Posley at 9 a.m.Saturday near the U.S.Army depot.A crowd formed; WXYZ7.Reporters saw the SUV.",
      "W.Va. and Ph.D and S.p.A. staff at St.Louis Park use Node.js, www.ExampleNews.org, ana.Ruiz@ and v2.1.3 at 3.5 percent.",
      "Łukasz Nowak said.Żaneta Wróbel met Dr.Ødegaard in the Élysée.Officials left. Plan B. It met Jonas G. Støre at 5 p.m., then ÉU.",
      "On 12/25\u00a0at 6:15\tam, the 30-day truce\u2013and Q3's 1998-99 figures\u2014rose 4.5%; don't café-goers' counts (٣) vary?",
    ];
    // And random strings of letters (ASCII and not), digits, dots, marks and spaces.
    const pieces = ["a", "Z", "q", "7", "0", ".", "-", "'", "’", ",", ":", " ", "\n", "é", "Ł", "É", "\u0301", "\u00a0", "@", "٣", "a.m.", "U.S.", "www"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5_000; n++) texts.push(Array.from({ length: 1 + Math.floor(next() * 20) }, () => pieces[Math.floor(next() * pieces.length)]).join(""));
    for (const text of texts) expect(read(byPattern(text))).toEqual(read(listOf(text)));
  });

  it("never runs a token past the end of its span, wherever in a word or number the span ends", () => {
    const text = "He said.The 1,718 troops' 30-day truce began at 6:15 in Kyiv.Then 24.04 came, Łódź's mayor said. 2024s";
    const inSpan = (end: number, by: typeof tokenize): [string, string, number][] => {
      const list = new TokenList();
      by(text, { start: 0, end }, list);
      return read(list);
    };
    for (let end = 1; end <= text.length; end++) {
      const tokens = inSpan(end, tokenize);
      expect(tokens).toEqual(inSpan(end, tokenizeByPattern));
      for (const [t, , start] of tokens) expect(start + t.length).toBeLessThanOrEqual(end);
    }
    expect(inSpan(8, tokenize)).toEqual([["He", "word", 0], ["said", "word", 3], [".", "punct", 7]]);
    expect(inSpan(13, tokenize).at(-1)).toEqual(["1", "number", 12]);
  });

  it("gives a word one id across lists, read back as its text and lower case", () => {
    const a = listOf("Kyiv said the talks would resume.");
    const b = listOf("The talks in Kyiv ended; the envoy said so.");
    const idOf = (list: TokenList, word: string) => list.id(read(list).findIndex(([t]) => t === word));
    expect(idOf(a, "Kyiv")).toBe(idOf(b, "Kyiv"));
    expect(idOf(a, "said")).toBe(idOf(b, "said"));
    expect(idOf(a, "the")).toBe(idOf(b, "the"));
    expect(idOf(b, "The")).not.toBe(idOf(b, "the"));
    expect(a.vocabulary.lower[idOf(b, "The")]).toBe("the");
    expect(a.vocabulary.words[idOf(a, "resume")]).toBe("resume");
  });

  it("starts a new vocabulary once the current one is full, and the lists made before still read right", () => {
    const early = listOf("Officials in Kharkiv reported the strikes.");
    // 70,000 made-up words of up to twelve letters, never met before, fill the vocabulary.
    const many = Array.from({ length: 70_000 }, (_, n) => `zq${word(n + 1_000_000).toLowerCase()}`).join(" ");
    const filler = listOf(many);
    const late = listOf("Officials in Kharkiv reported more strikes.");
    expect(late.vocabulary).not.toBe(early.vocabulary);
    expect(read(early).map(([t]) => t).join(" ")).toBe("Officials in Kharkiv reported the strikes .");
    expect(read(late).map(([t]) => t).join(" ")).toBe("Officials in Kharkiv reported more strikes .");
    expect(Array.from({ length: filler.length }, (_, i) => filler.text(i)).join(" ")).toBe(many);
    // A list of the old vocabulary, written after the new one started, still gets its words right.
    tokenize("Kharkiv officials", { start: 0, end: 17 }, early);
    expect(early.text(early.length - 2)).toBe("Kharkiv");
    expect(early.lower(early.length - 1)).toBe("officials");
  });
});
