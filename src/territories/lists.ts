/**
 * Lists of places ("Luhansk, Donetsk, Zaporizhzhia, and Kherson"): which matches form one list,
 * and lists whose generic word makes every stem a subdivision ("the regions of ...", "the
 * Kherson and Zaporizhzhia regions").
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";
import { foldKey, regionOfName } from "./gazetteer.js";
import type { RawMatch, TokenRange } from "./raw-match.js";
import { DIRECTION_WORDS, PLURAL_REGION_WORDS, REGION_WORDS } from "./data/place-words.js";

/**
 * Groups matches that form one list ("Luhansk, Donetsk, Zaporizhzhia, and Kherson"), letting a
 * list carry "north of Kyiv" between two items. Returns, per match, the index of its chain's head.
 */
export function chainLists(tokens: TokenList, raw: readonly RawMatch[]): number[] {
  // Made at its size and filled, not mapped: a mapped array's elements kind differs between the
  // interpreter and optimized code, which deoptimizes every reader of the chains once; and an
  // array grown by push takes room for 16 matches, where a sentence has one or two.
  const head = new Array<number>(raw.length);
  for (let i = 0; i < raw.length; i++) head[i] = i;
  let last = 0;
  let from = raw[0]?.end ?? 0;
  for (let k = 1; k < raw.length; k++) {
    // The tokens between the two matches are read in place: no slice and no lower-cased copy per pair.
    const to = raw[k]!.first;
    if (isSeparatorRun(tokens, from, to)) {
      head[k] = head[last]!;
      last = k;
      from = raw[k]!.end;
    } else if (isAside(tokens, from, to)) {
      // "Chernihiv, north of Kyiv, and Zhytomyr": Kyiv is an aside; the list goes on after it.
      from = raw[k]!.end;
    } else {
      last = k;
      from = raw[k]!.end;
    }
  }
  return head;
}

const SEPARATORS = new Set([",", "and", "or", "&"]);
/** True when token `k` is a separator of a list. */
const isSeparator = (tokens: TokenList, k: number): boolean => SEPARATORS.has(tokens.lower(k));

/** True when tokens `from` to `to` are one or more separators and nothing else. */
function isSeparatorRun(tokens: TokenList, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isSeparator(tokens, k)) return false;
  return true;
}

/** True when tokens `from` to `to` hold only separators and one aside "north of" + a place. */
function isAside(tokens: TokenList, from: number, to: number): boolean {
  let at = from;
  while (at < to && !DIRECTION_WORDS.has(tokens.lower(at))) at++;
  if (at >= to || at + 2 !== to || tokens.lower(at + 1) !== "of") return false;
  for (let k = from; k < at; k++) if (!isSeparator(tokens, k)) return false;
  return true;
}

/** "The regions of Luhansk, Donetsk ..." and "the Kherson and Zaporizhzhia regions": the stems name subdivisions. */
export function readListsAsRegions(tokens: TokenList, sentence: TokenRange, raw: RawMatch[], head: readonly number[]): void {
  // A chain's head is its first member (see chainLists), so the chains are read in order of their
  // heads, as a map of members would give them, with one list of each chain's last member made.
  const lastOf = new Array<number>(head.length);
  for (let i = 0; i < head.length; i++) {
    lastOf[i] = i;
    lastOf[head[i]!] = i;
  }
  for (let h = 0; h < head.length; h++) {
    if (head[h] !== h) continue;
    const first = raw[h]!;
    const end = lastOf[h]!;
    const last = raw[end]!;
    const of = first.first - 1 >= sentence.firstToken ? tokens.text(first.first - 1) : undefined;
    const opened = of === "of" && first.first - 2 >= sentence.firstToken && REGION_WORDS.get(foldKey(tokens.text(first.first - 2))) === "region";
    const closed = last.end < sentence.endToken && PLURAL_REGION_WORDS.has(foldKey(tokens.text(last.end)));
    if (!opened && !closed) continue;
    // Between two members lie only asides, chains of one match each: the scan stays linear.
    for (let index = h; index <= end; index++) {
      if (head[index] !== h) continue;
      const match = raw[index]!;
      const region = match.name && match.entry.kind === "city" ? regionOfName(match.name) : undefined;
      if (region) match.entry = region;
    }
  }
}

