/**
 * Scans one sentence for temporal phrases: at each token the longest phrase any matcher reads,
 * widened by TimeML's extent rules (a leading "the" and modifiers such as "early" or "the end
 * of" belong to the expression; prepositions do not), then a day and a clock time next to each
 * other joined into one expression ("tomorrow at 2 PM").
 *
 * @module
 */
import { APPROXIMATORS, APPROXIMATORS_OUTSIDE, DATE_MODIFIERS, MONTH_WORDS, ORDINAL_WORDS, PART_OF_DAY_WORDS, UNIT_WORDS } from "../lexicon/dates.js";
import { UNIT_WORDS as CARDINALS } from "../lexicon/numbers.js";
import { COUNT_MATCHERS, MATCHERS, NUMBER_MATCHERS, PUNCTUATION_MATCHERS, type Match, type Matcher } from "./grammar/index.js";
import { matchersOpening } from "./grammar/openers.js";
import { readPlainDigits } from "./plain-digits.js";
import { readDayOfMonth } from "./read-parts.js";
import type { DateSpec, Reading } from "./spec.js";
import { isPossessive, touchesPrevious, word, type TokenView } from "./token-view.js";
import { isOpenerWord } from "./triggers.js";

/**
 * The memos of a sentence's scan, reused from sentence to sentence by one scan of a document
 * ({@link scanSentence}): the longest match at each token, and the numbers read
 * ({@link TokenView.numbers}); start with empty arrays.
 */
export interface ScanBuffers {
  readonly found: (Match | null | undefined)[];
  readonly numbers: NonNullable<TokenView["numbers"]>;
}

/** True when a temporal phrase may start at token `i` of the view (`mayStartPhrase` in triggers.ts over a document's word classes). */
export type PhraseStart = (view: TokenView, i: number) => boolean;

/** A temporal phrase found in a sentence, by token indices. */
export interface Phrase {
  /** Index of its first token. */
  readonly first: number;
  /** Index just past its last token. */
  readonly end: number;
  /** What it means. */
  readonly reading: Reading;
}

/**
 * Which matchers to run at a word (lower-cased): {@link openingMatchers} for a document,
 * {@link everyMatcher} for one phrase; with the reader of plain digits the views of its
 * sentences take ({@link TokenView.plainDigits}), a document's.
 */
export type MatcherPick = ((w: string) => readonly Matcher[]) & { readonly plainDigits?: TokenView["plainDigits"] };

/**
 * The longest match at each token of one sentence, once computed (null for none): a phrase is
 * tried from its article, its modifier and its own first word, so the same token is read
 * several times; indexed by token index minus the view's `from`. With the scan's matcher pick.
 */
interface LongestMemo {
  readonly found: (Match | null | undefined)[];
  readonly pick: MatcherPick;
}

/** {@link longestAt}, read once per token of the sentence. */
function longestIn(view: TokenView, i: number, memo: LongestMemo): Match | undefined {
  if (i < view.from || i >= view.to) return longestAt(view, i, memo.pick);
  const known = memo.found[i - view.from];
  if (known !== undefined) return known ?? undefined;
  const found = longestAt(view, i, memo.pick);
  memo.found[i - view.from] = found ?? null;
  return found;
}

/** The longest phrase any matcher reads at `i`. */
function longestAt(view: TokenView, i: number, pick: MatcherPick): Match | undefined {
  const kind = i >= 0 && i < view.tokens.length ? view.tokens.kind(i) : undefined;
  const matchers = kind === "number" ? NUMBER_MATCHERS : kind === "punct" ? PUNCTUATION_MATCHERS : pick(word(view, i));
  let best: Match | undefined;
  for (const matcher of matchers) {
    const m = matcher(view, i);
    if (m && m.end > i && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** The matchers to run at each word met so far: those whose phrases may open with it (grammar/openers.ts), of all or of the count readers. */
const matchersByWord = new Map<string, readonly Matcher[]>();
/** Past this many words the memo starts again (hyphenated words have no end). */
const MATCHERS_BY_WORD_LIMIT = 4096;

/**
 * The matchers whose phrases may open with the word `w` (grammar/openers.ts), or those of the
 * count readers at a word no other phrase opens with; remembered per word, for the many words of
 * a document. Its sentences read plain digits by hand (plain-digits.ts).
 */
export const openingMatchers: MatcherPick = /* @__PURE__ */ Object.assign((w: string): readonly Matcher[] => {
  let list = matchersByWord.get(w);
  if (list === undefined) {
    if (matchersByWord.size >= MATCHERS_BY_WORD_LIMIT) matchersByWord.clear();
    // The count readers through the same table: most words a unit follows ("travel", "said") can open no count.
    list = matchersOpening(isOpenerWord(w) ? MATCHERS : COUNT_MATCHERS, w);
    matchersByWord.set(w, list);
  }
  return list;
}, { plainDigits: readPlainDigits });

/**
 * Every matcher at any word, but the count readers alone at a cardinal from eleven to nineteen
 * or "dozen": the same phrases as {@link openingMatchers}, whose opener tables only save time on
 * long texts (and so stay out of `resolveDate`'s bundle, which reads one phrase). No other
 * phrase opens with those words, so a document runs only the count readers there; the era and
 * quarter readers, which read a year spoken from its century ("nineteen ninety-four") too, would
 * read on ("nineteen ninety fiscal year", "nineteen ninety first quarter"). At any other word no
 * opener opens, every matcher but the count readers finds nothing (grammar/openers.test.ts).
 */
export function everyMatcher(w: string): readonly Matcher[] {
  const n = CARDINALS.get(w);
  return (n !== undefined && n > 10) || w === "dozen" ? COUNT_MATCHERS : MATCHERS;
}

/** Specs a modifier ("early", "the end of") can apply to: calendar periods, not durations or clocks. */
function isPeriod(reading: Reading): boolean {
  const kind = reading.spec.kind;
  // "late Thursday night": a part of a day is a period too.
  if (reading.type === "TIME") return reading.partOfDay !== undefined && !reading.clock && kind !== "fixed";
  return reading.type === "DATE" && kind !== "fixed" && kind !== "clock";
}

/** Specs that take "the" into their extent ("the third quarter", "the 1990s", "the next week"). */
function takesArticle(spec: DateSpec, reading: Reading): boolean {
  if (spec.kind === "unit-shift" || spec.kind === "part-of-year" || spec.kind === "weekend") return true;
  if (spec.kind === "weekday") return spec.anaphoric === true;
  if (spec.kind === "era") return spec.unit !== "year";
  return spec.kind === "fixed" && reading.type === "DURATION";
}

/** The length in tokens of a hyphenated compound at `i` ("three-day", "30-day", "year-ago"), or 0. */
function compoundLength(view: TokenView, i: number): number {
  const kind = i >= 0 && i < view.tokens.length ? view.tokens.kind(i) : undefined;
  if (kind === "word" && view.tokens.text(i).indexOf("-") > 0) return 1;
  return kind === "number" && word(view, i + 1) === "-" && touchesPrevious(view, i + 1) && touchesPrevious(view, i + 2) ? 3 : 0;
}

/**
 * Whether "the" before a phrase that opens with a hyphenated compound belongs to it: a compound
 * used as an adjective leaves the article to its noun ("the 30-day truce" is "30-day"), a
 * compound that reads its noun in keeps it ("the year-ago quarter"); undefined when the phrase
 * opens with no compound. Decades keep their article ("the mid-1990s").
 */
function compoundArticle(view: TokenView, i: number, inner: Match): boolean | undefined {
  const length = compoundLength(view, i);
  if (length === 0) return undefined;
  const spec = inner.reading.spec;
  if (spec.kind === "era" && spec.unit !== "year") return undefined;
  return inner.end > i + length;
}

/** Words of "the same period last year". */
const SAME_PERIOD_WORDS: ReadonlySet<string> = new Set(["same", "corresponding", "comparable"]);

const EDGE_WORDS: ReadonlySet<string> = new Set(["end", "beginning", "start", "middle", "close"]);

/**
 * `reading` with its modifier set, copied field by field: a spread (`{ ...reading, mod }`) of
 * readings of many shapes made findDates about 6% slower on the bench articles, though a document
 * has one or two such readings.
 */
function withMod(reading: Reading, mod: string): Reading {
  const out: { -readonly [K in keyof Reading]: Reading[K] } = { spec: reading.spec, type: reading.type, mod };
  if (reading.partOfDay !== undefined) out.partOfDay = reading.partOfDay;
  if (reading.clock !== undefined) out.clock = reading.clock;
  if (reading.weekOfDay !== undefined) out.weekOfDay = reading.weekOfDay;
  return out;
}

/** The longer of two phrases at one token, the first on a tie. */
function longer(best: Phrase | undefined, candidate: Phrase | undefined): Phrase | undefined {
  return candidate && (!best || candidate.end > best.end) ? candidate : best;
}

/** The phrase starting at `i`, with its article and modifiers, or undefined. */
function phraseAt(view: TokenView, i: number, memo: LongestMemo): Phrase | undefined {
  const core = longestIn(view, i, memo);
  let best: Phrase | undefined = core ? { first: i, end: core.end, reading: core.reading } : undefined;
  const w = word(view, i);
  const j = w === "the" ? i + 1 : i;
  const edge = word(view, j);
  if (EDGE_WORDS.has(edge) && word(view, j + 1) === "of") {
    // "the end of 1999", "beginning of the month": the whole phrase, with the edge as its mod.
    const k = j + 2;
    const named = longestIn(view, k, memo);
    // "the end of the year": the anchor's; "the end of the year 1820": the year named.
    const inner = word(view, k) === "the" && UNIT_WORDS.get(word(view, k + 1)) !== undefined && named?.reading.spec.kind !== "era"
      ? { end: k + 2, reading: { spec: { kind: "unit-shift", unit: UNIT_WORDS.get(word(view, k + 1))!, shift: 0 }, type: "DATE" } as Reading }
      : named ?? (word(view, k) === "the" ? longestIn(view, k + 1, memo) : undefined);
    if (inner && isPeriod(inner.reading)) {
      best = longer(best, { first: i, end: inner.end, reading: withMod(inner.reading, DATE_MODIFIERS.get(edge) ?? "END") });
    }
  }
  const mod = DATE_MODIFIERS.get(edge);
  if (mod && !EDGE_WORDS.has(edge)) {
    const direct = longestIn(view, j + 1, memo);
    // "early the following year": the article of the inner phrase comes along.
    const behindArticle = !direct && w !== "the" && word(view, j + 1) === "the" ? longestIn(view, j + 2, memo) : undefined;
    const inner = direct ?? (behindArticle && takesArticle(behindArticle.reading.spec, behindArticle.reading) ? behindArticle : undefined);
    if (inner && isPeriod(inner.reading)) best = longer(best, { first: i, end: inner.end, reading: withMod(inner.reading, mod) });
  }
  if (edge === "week" && word(view, j + 1) === "of") {
    // "the week of March 6": the ISO week that day falls in.
    const inner = longestIn(view, j + 2, memo);
    if (inner && isDay(inner.reading)) best = longer(best, { first: i, end: inner.end, reading: { ...inner.reading, weekOfDay: true } });
  }
  const nth = edge === "last" ? 5 : ORDINAL_WORDS.get(edge);
  if (nth && (nth < 5 || edge === "last") && word(view, j + 1) === "week" && word(view, j + 2) === "of") {
    // "the first week of April", "the last week of March": an ISO week of that month.
    const inner = longestIn(view, j + 3, memo);
    const spec = inner?.reading.spec;
    if (inner && spec?.kind === "date" && spec.day === undefined) best = longer(best, { first: i, end: inner.end, reading: { ...inner.reading, weekOfMonth: nth } });
  }
  const part = PART_OF_DAY_WORDS.get(edge);
  if (part && word(view, j + 1) === "of") {
    // "the morning of March 3": that day's part.
    const inner = longestIn(view, j + 2, memo) ?? (word(view, j + 2) === "the" ? longestIn(view, j + 3, memo) : undefined);
    // The story's day too: "the evening of the same day", "the morning of the following day".
    const spec = inner?.reading.spec;
    if (inner && (isDay(inner.reading) || spec?.kind === "day-in-focus" || (spec?.kind === "unit-shift" && spec.unit === "day"))) {
      best = longer(best, { first: i, end: inner.end, reading: { ...inner.reading, type: "TIME", partOfDay: part } });
    }
    // "the night of 14–15 December", "the night of 9/10 November": the night that begins on the first day.
    const first = readDayOfMonth(view, j + 2);
    const sep = word(view, j + 3);
    if (first && first.end === j + 3 && (sep === "-" || sep === "–" || sep === "/")) {
      const next = longestIn(view, j + 4, memo);
      if (next && isDay(next.reading) && next.reading.spec.kind === "date") {
        best = longer(best, { first: i, end: next.end, reading: { ...withDay(next.reading, first.value), type: "TIME", partOfDay: part } });
      }
    }
  }
  if (w === "the") {
    const inner = longestIn(view, i + 1, memo);
    // "the 1st of March" keeps its article too; "the May 9 parade" does not.
    const dayFirst = inner?.reading.spec.kind === "date" && !MONTH_WORDS.has(word(view, i + 1));
    const compound = inner ? compoundArticle(view, i + 1, inner) : undefined;
    if (inner && (compound ?? (dayFirst || takesArticle(inner.reading.spec, inner.reading)))) best = longer(best, { first: i, end: inner.end, reading: inner.reading });
  }
  const coreSpec = core?.reading.spec;
  if (core && coreSpec?.kind === "unit-shift" && coreSpec.unit === "year" && coreSpec.shift === -1 && !coreSpec.anaphoric && isPossessive(word(view, core.end - 1))) {
    // "last year's quarter", "last year's period": the period compared with, like "the year-ago quarter".
    const noun = word(view, core.end);
    if (noun === "quarter" || noun === "period") best = longer(best, { first: i, end: core.end + 1, reading: { spec: { kind: "offset", unit: "year", count: -1, baseDays: 0, ...(noun === "quarter" ? { ofQuarter: true } : {}) }, type: "DATE" } });
  }
  const periodAt = w === "the" ? (SAME_PERIOD_WORDS.has(word(view, i + 1)) ? i + 2 : i + 1) : -1;
  if (periodAt > 0 && (word(view, periodAt) === "period" || word(view, periodAt) === "quarter")) {
    // "the same period last year", "the corresponding quarter a year ago", "the quarter a year earlier": the period compared with, one expression.
    const inner = longestIn(view, periodAt + 1, memo);
    const spec = inner?.reading.spec;
    if (inner && spec && (spec.kind === "unit-shift" || spec.kind === "offset") && spec.unit === "year" && (spec.kind === "unit-shift" ? spec.shift : spec.count) === -1) {
      best = longer(best, { first: i, end: inner.end, reading: { spec: { kind: "offset", unit: "year", count: -1, baseDays: 0, ...(word(view, periodAt) === "quarter" ? { ofQuarter: true } : {}) }, type: "DATE" } });
    }
  }
  const timeAt = w === "this" ? i + 1 : w === "the" && word(view, i + 1) === "same" ? i + 2 : -1;
  if (timeAt > 0 && word(view, timeAt) === "time") {
    // "this time last year", "the same time next month": the anchor's day, a unit away.
    const inner = longestIn(view, timeAt + 1, memo);
    const spec = inner?.reading.spec;
    if (inner && spec?.kind === "unit-shift" && spec.shift !== 0 && !spec.anaphoric && (spec.unit === "year" || spec.unit === "month" || spec.unit === "week")) {
      best = longer(best, { first: i, end: inner.end, reading: { spec: { kind: "compound-offset", parts: [{ unit: spec.unit, count: spec.shift }] }, type: "DATE" } });
    }
  }
  if (w === "this" && (word(view, i + 1) === "past" || word(view, i + 1) === "coming")) {
    // "this past spring", "this coming Sunday": the shift word reads the phrase, "this" belongs to it.
    const inner = longestIn(view, i + 1, memo);
    if (inner && inner.reading.type === "DATE" && inner.end > i + 2) best = longer(best, { first: i, end: inner.end, reading: inner.reading });
  }
  // "no more than two years" is at most two years: "no" flips the bound and stays in the extent, as "more" does.
  const at = w === "no" ? i + 1 : i;
  const v = at === i ? w : word(view, at);
  const approximation = APPROXIMATORS.get(w) ?? ((v === "more" || v === "less") && word(view, at + 1) === "than" ? (at > i ? (v === "more" ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE") : v === "more" ? "MORE_THAN" : "LESS_THAN") : w === "at" && (word(view, i + 1) === "least" || word(view, i + 1) === "most") ? (word(view, i + 1) === "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS") : undefined);
  if (approximation) {
    // "about two years", "more than 30 days ago", "at least 20 years": a counted length with its modifier.
    const skip = at - i + (v === "more" || v === "less" || w === "at" ? 2 : 1);
    const inner = longestIn(view, i + skip, memo);
    const spec = inner?.reading.spec;
    if (inner && (inner.reading.type === "DURATION" || spec?.kind === "offset")) {
      // "about two years ago": TimeML keeps some hedges out of the extent; the modifier stays on the value.
      best = longer(best, { first: APPROXIMATORS_OUTSIDE.has(w) ? i + skip : i, end: inner.end, reading: withMod(inner.reading, approximation) });
    }
  }
  return best && word(view, best.end) === "or" && word(view, best.end + 1) === "so" && takesOrSo(best.reading)
    ? { ...best, end: best.end + 2, reading: withMod(best.reading, best.reading.mod ?? "APPROX") }
    : best;
}

/** Lengths and shifted units take a trailing "or so" into their extent ("the next year or so", "two weeks or so"). */
function takesOrSo(reading: Reading): boolean {
  const kind = reading.spec.kind;
  return reading.type === "DURATION" || kind === "unit-shift" || kind === "offset";
}

/** Specs that denote one day, so a clock time can join them. */
export function isDay(reading: Reading): boolean {
  const spec = reading.spec;
  if (reading.clock) return false;
  if (spec.kind === "date") return spec.day !== undefined;
  return spec.kind === "weekday" || spec.kind === "day-shift" || spec.kind === "day-of-shifted-month";
}

function isLoneClock(reading: Reading): boolean {
  return reading.spec.kind === "clock";
}

// Afternoon, evening and night make "at 11" mean 23:00.
export function withClock(day: Reading, time: Reading): Reading {
  const clock = time.clock;
  if (!clock) return { ...day, type: "TIME", ...(time.partOfDay ? { partOfDay: time.partOfDay } : {}) };
  const late = day.partOfDay === "AF" || day.partOfDay === "EV" || day.partOfDay === "NI";
  const hour = late && clock.hour < 12 ? clock.hour + 12 : clock.hour;
  const { partOfDay: _dropped, ...rest } = day;
  return { ...rest, type: "TIME", clock: { ...clock, hour } };
}

/** Joins "tomorrow at 2 PM", "Today at 11:20 am", "midday on Saturday", "6:15 am Tuesday". */
export function joinDayAndClock(view: TokenView, phrases: Phrase[]): Phrase[] {
  // Made at the first join only: most sentences have none.
  let out: Phrase[] | undefined;
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k]!;
    const previous = out ? out[out.length - 1] : phrases[k - 1];
    const joined = previous ? dayWithClock(view, previous, p) : undefined;
    if (joined) {
      out ??= phrases.slice(0, k);
      out[out.length - 1] = joined;
    } else out?.push(p);
  }
  return out ?? phrases;
}

/** `previous` and `p` as one expression when one is a day and the other a clock time, with at most "at", "on" or a comma between. */
function dayWithClock(view: TokenView, previous: Phrase, p: Phrase): Phrase | undefined {
  // The readings first: most neighbours are no day and clock, and the gap's words cost a string.
  if (isDay(previous.reading) && isLoneClock(p.reading)) {
    const gap = gapWords(view, previous.end, p.first, 2);
    if (gap === "" || gap === "at" || gap === "," || gap === ", at") return { first: previous.first, end: p.end, reading: withClock(previous.reading, p.reading) };
  }
  if (isLoneClock(previous.reading) && isDay(p.reading)) {
    // "midday on Saturday", "7:30 p.m. on Friday": one expression.
    const gap = gapWords(view, previous.end, p.first, 2);
    if (gap === "" || gap === "," || gap === "on") return { first: previous.first, end: p.end, reading: withClock(p.reading, previous.reading) };
  }
  return undefined;
}

/** A day-of-month range's other end: the same month and year, another day. */
export function withDay(reading: Reading, day: number): Reading {
  const spec = reading.spec;
  return spec.kind === "date" ? { ...reading, spec: { ...spec, day } } : reading;
}

/**
 * Every temporal phrase in the sentence the view covers, in order, never overlapping;
 * `starts` tells the tokens a phrase may start at (every token when undefined); `pick` chooses the
 * matchers to run at a word; `named` tells a phrase that is part of a name, to pass over;
 * `linked` reads what the sentence's expressions tell each other (clock-links.ts, day-ranges.ts;
 * documents only: a phrase given to `resolveDate` has each expression resolved alone).
 */
export function scanSentence(
  view: TokenView,
  starts: PhraseStart | undefined,
  pick: MatcherPick,
  named?: (view: TokenView, p: Phrase) => boolean,
  linked?: (view: TokenView, phrases: Phrase[]) => Phrase[],
  buffers: ScanBuffers = { found: [], numbers: [] },
): Phrase[] {
  const found: Phrase[] = [];
  view.plainDigits = pick.plainDigits;
  // The memos of every sentence of one scan, cleared over this one's tokens: made per sentence
  // they were a tenth of what reading a document's dates allocated. The view's numbers stay
  // valid while its sentence is read, until the scan clears them for the next one.
  const { found: longest, numbers } = buffers;
  for (let k = 0; k < view.to - view.from; k++) longest[k] = numbers[k] = undefined;
  view.numbers = numbers;
  const memo: LongestMemo = { found: longest, pick };
  for (let i = view.from; i < view.to; ) {
    const phrase = !starts || starts(view, i) ? phraseAt(view, i, memo) : undefined;
    if (phrase && named?.(view, phrase) !== true) {
      found.push(phrase);
      i = phrase.end;
    } else i += 1;
  }
  if (found.length === 0) return found;
  const joined = joinDayAndClock(view, found);
  return linked ? linked(view, joined) : joined;
}

/** The words between two phrases, when there are at most `max` of them. */
export function gapWords(view: TokenView, from: number, to: number, max: number): string | undefined {
  if (to - from > max) return undefined;
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(word(view, k));
  return words.join(" ");
}

