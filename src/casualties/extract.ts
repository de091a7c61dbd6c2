/**
 * The casualties stage: counts of people killed, injured, missing, captured or displaced.
 *
 * @module
 */
import type { Casualty, CasualtyPart, Count, Span, TemporalExpression, Territory } from "../model.js";
import { lowerTokens, sentenceAt, type Document, type Sentence } from "../text/document.js";
import { objectList } from "../text/object-list.js";
import { firstTokenFrom } from "../text/tokens.js";
import { nearestAnchor, precedingAnchor, type Anchored } from "./anchor.js";
import { findInSentence, firstCue, hasPattern, type FoundCasualty } from "./find-in-sentence.js";
import { definitePluralToll } from "./definite-plural.js";
import { breakdownAfter } from "./breakdown.js";
import { fatalEventIn, mayNameFatalEvent } from "./fatal-event.js";
import { withFatalShares } from "./fatal-share.js";
import { withAddedCaptives } from "./added-captives.js";
import { withoutHeadlineRepeats } from "./headline-repeat.js";
import { isRoundup } from "./roundup.js";
import { shotSurvivors } from "./shot-survivors.js";
import { viewOf } from "./token-view.js";
import { sortInPlace } from "../text/sort-in-place.js";
import { PLACE_KIND_NOUNS } from "../lexicon/casualty-cues.js";

/** What the casualties stage reads from earlier stages. */
export interface CasualtyInputs {
  /** Territories, for where. */
  readonly territories: readonly Territory[];
  /** Dates, for when. */
  readonly dates: readonly TemporalExpression[];
}

/**
 * Which vague amounts to keep: `"none"`; `"small"`, those bounded under ten ("several" as
 * `{ min: 3, max: 9, approximate: true }`, "a few", "a couple"; with people named beside them,
 * "a leader and several aides" as `{ min: 4, max: 10, approximate: true }`); or `"all"`, also
 * "dozens", "hundreds", "tens of thousands".
 *
 * @group Casualties
 */
export type VagueAmounts = "none" | "small" | "all";

/** Options of {@link extractCasualties}. */
export interface ExtractCasualtiesOptions {
  /**
   * Which vague amounts to keep, see {@link VagueAmounts}. Default `"small"`: "several
   * insurgents were killed" is a toll of three to nine, while "dozens" or "hundreds" span a
   * range too wide to be a count, and news tolls leave them out.
   */
  readonly vague?: VagueAmounts;
}

/** Words before a date that make it the bound of a comparison, not the date of the toll. */
const COMPARISON_BEFORE_DATE = /\b(?:since|until|till)\s$/iu;

/**
 * True when {@link COMPARISON_BEFORE_DATE} stands before the date at `start`. The regex runs only
 * where the letter before the space can end its words ("since", "until", "till"): most dates
 * follow "on" or "in", and a regex run per date costs more than the test.
 */
function isComparisonBound(text: string, start: number): boolean {
  const last = text.charCodeAt(start - 2) | 32;
  return (last === 101 || last === 108) && COMPARISON_BEFORE_DATE.test(text.slice(Math.max(0, start - 7), start));
}

/** A running time at the start of a sentence, not a time of day ("0:47 ...", not "9:30 a.m."). */
const VIDEO_ITEM = /^\d{1,2}:\d\d (?![ap]\.?m\b)/iu;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Extra distance, in characters, a country counts against a city when both are near a toll. */
const COUNTRY_PENALTY = 40;

/** A vague amount kept as `"small"` spans fewer than this many ("several": 3 to 9; "dozens" 24 to 99 does not). */
const SMALL_VAGUE_MAX = 9;

/**
 * Finds every casualty count in the article proper, in text order, with its place (the nearest
 * territory in the clause, else the sentence) and date (likewise).
 */
export function extractCasualties(doc: Document, inputs: CasualtyInputs, options: ExtractCasualtiesOptions = {}): Casualty[] {
  const places = anchorsOf(placeAnchors(inputs.territories));
  const dates = anchorsOf(dateAnchors(doc.text, inputs.dates));
  const all: FoundCasualty[] = [];
  const lower = lowerTokens(doc);
  const placeTokens = tokensInside(doc, places);
  const pastSentence = pastSentences(doc, inputs.dates);
  let fatalEvent: FoundCasualty | undefined;
  for (const sentence of doc.sentences) {
    const cue = firstCue(doc.tokens, sentence.firstToken, sentence.endToken);
    if (cue < 0) continue;
    // "0:47 Driver shot to death on Main Street": a related video's running time and title, page furniture.
    if (isDigit(doc.text.charCodeAt(sentence.start)) && VIDEO_ITEM.test(doc.text.slice(sentence.start, sentence.start + 12))) continue;
    const past = pastSentence.has(sentence.start);
    // A view is made only for a sentence where a pattern or a deadly event may be read.
    const pattern = hasPattern(doc.tokens, lower, sentence.firstToken, sentence.endToken, cue);
    const seeksEvent = !fatalEvent && !past;
    if (!pattern && !(seeksEvent && mayNameFatalEvent(doc.tokens, sentence.firstToken, sentence.endToken))) continue;
    const view = viewOf(doc.text, doc.tokens, lower, sentence.firstToken, sentence.endToken, placeTokens);
    const inSentence = pattern ? findInSentence(view, cue - sentence.firstToken, true) : [];
    const roundup = inSentence.length > 0 && !past && isRoundup(view);
    // "... spotted multiple armed insurgents ... and killed the insurgents": the group counted before.
    const definite = pattern && !past ? definitePluralToll(doc.text, sentence, inSentence) : undefined;
    if (definite && !(roundup || isRoundup(view)) && keepsVague(definite, options.vague ?? "small")) all.push(definite);
    for (const found of inSentence) {
      // An older event's dead and wounded are background; its arrests and such stay (they are rarely a toll).
      if (past && (found.kind === "killed" || found.kind === "injured")) continue;
      // A round-up's tolls add up several events; one person is still one event's toll.
      if (roundup && (found.kind === "killed" || found.kind === "injured") && !isOne(found.count)) continue;
      if (keepsVague(found, options.vague ?? "small")) all.push(found);
    }
    if (seeksEvent) {
      const event = fatalEventIn(view);
      if (event && !(roundup || isRoundup(view))) fatalEvent = event;
    }
  }
  // "a fatal shooting" with no count of the dead anywhere: at least one person was killed.
  if (fatalEvent && !all.some((f) => f.kind === "killed")) {
    const at = fatalEvent.span.start;
    const after = all.findIndex((f) => f.span.start > at);
    all.splice(after < 0 ? all.length : after, 0, fatalEvent);
  }
  const aside = (f: FoundCasualty): boolean => isHeadlineAside(doc, sentenceAt(doc, f.span.start));
  const added = withAddedCaptives(all, doc.text, (f) => sentenceAt(doc, f.span.start)?.start ?? f.span.start);
  // Repeats are taken out last: the readers above weigh the headline's records too.
  const read = shotSurvivors(withFatalShares(added, doc.text), (f) => sentenceAt(doc, f.span.start), doc.text, aside);
  const whereChoices = withoutDescribingPlaces(doc.text, places);
  return withoutHeadlineRepeats(read, doc).map((found, n) => {
    const own = sentenceAt(doc, found.span.start);
    const sentence = own ?? { start: found.span.start, end: found.span.end };
    const paragraph = doc.paragraphs[own?.paragraph ?? -1] ?? sentence;
    const place = nearestAnchor(doc.text, sentence, found.span, whereChoices) ?? precedingAnchor(paragraph, found.span, whereChoices);
    const date = nearestAnchor(doc.text, sentence, found.span, dates);
    const casualty = toCasualty(doc.text, found, n + 1, place, date);
    // A view of the sentence is made only where an opener of a breakdown follows the toll closely.
    if (own && mayBreakDown(doc.text, found.span.end, own.end)) {
      const including = breakdownAfter(viewOf(doc.text, doc.tokens, lower, own.firstToken, own.endToken, placeTokens), found.span.end, found.count);
      if (including) (casualty as { including?: readonly CasualtyPart[] }).including = including;
    }
    return casualty;
  });
}

/**
 * True when `sentence` is a line of its own past the title with no closing punctuation: a
 * headline of another story ("Toddler dies after finding gun") that the page lists beside this one.
 */
function isHeadlineAside(doc: Document, sentence: Sentence | undefined): boolean {
  if (!sentence || sentence.start === 0) return false;
  const paragraph = doc.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.start !== sentence.start || paragraph.end !== sentence.end) return false;
  const last = doc.text.charCodeAt(trimEnd(doc.text, sentence.end) - 1);
  if (last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d) return false;
  // A subheading in capitals, and an embedded post with its link, tell this story.
  const line = doc.text.slice(sentence.start, sentence.end);
  return line !== line.toUpperCase() && !line.includes("://");
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}

/** Months back from publication from which a month or season that opens a sentence dates an older event. */
const OPENING_MONTHS_BACK = 6;

/** Middle month of each TIMEX3 season. */
const SEASON_MONTHS: Readonly<Record<string, number>> = { WI: 1, SP: 4, SU: 7, FA: 10 };

/** Whole months from a TIMEX3 value ("2013", "2013-11", "2013-SU", "2013-11-04") back to publication; a year counts from its end. */
function monthsBack(value: string, published: { readonly year: number; readonly month: number }): number | undefined {
  const m = /^(\d{4})(?:-(\d\d|WI|SP|SU|FA))?/u.exec(value);
  if (!m) return undefined;
  const month = m[2] === undefined ? 12 : (SEASON_MONTHS[m[2]] ?? Number(m[2]));
  return published.year * 12 + published.month - (Number(m[1]) * 12 + month);
}

/** What may stand before a date that opens its sentence ("In 2015, ..."). */
const YEAR_OPENING = /^(?:in|during)?\s*$/iu;

/**
 * True when only {@link YEAR_OPENING} stands in `text` from `start` to `at`. The regex runs only
 * where the first character may begin it: "in", "during" or white space (ASCII is told by code).
 */
function opensWith(text: string, start: number, at: number): boolean {
  const c = text.charCodeAt(start);
  if (at > start && c < 128 && !(c === 32 || (c >= 9 && c <= 13) || (c | 32) === 105 || (c | 32) === 100)) return false;
  return YEAR_OPENING.test(text.slice(start, at));
}

/** A street block after a number: the number is an address ("the 1400 block"). */
const BLOCK_AFTER = /^\s+blocks?\b/iu;

/** Years before publication from which a dated toll is another, older event ("the 2009 shooting that left 13 dead"). */
const PAST_YEARS = 2;

/**
 * Starts of the sentences that tell of an older event: a date at least {@link PAST_YEARS} years
 * before publication, or "years ago". Their tolls are background, not the article's news.
 */
function pastSentences(doc: Document, dates: readonly TemporalExpression[]): Set<number> {
  const out = new Set<number>();
  const year = doc.published?.year;
  if (year === undefined) return out;
  const namesConflict = conflictReader(doc.text);
  for (const d of dates) {
    const dateYear = d.type === "DATE" ? leadingYear(d.value) : -1;
    if (dateYear < 0) continue;
    const sentence = sentenceAt(doc, d.start);
    // "Last year, four people were killed ...", "In 2015, ...", "Last summer, ...": an earlier year, or a month or season
    // at least half a year back, that opens the sentence sets it back.
    const opening = sentence !== undefined && opensWith(doc.text, sentence.start, d.start);
    const back = opening ? monthsBack(d.value, doc.published!) : undefined;
    const openingPast = back !== undefined && (d.value.length === 4 ? dateYear < year : back >= OPENING_MONTHS_BACK);
    if (!openingPast && dateYear > year - PAST_YEARS) continue;
    // "Since the war began in 2022, at least 50,000 people have been killed": the date starts a war's running total, still news.
    if (sentence && startsRunningTotal(doc.text, d) && namesConflict(sentence)) continue;
    // "in the 1400 block of Main Street": a house number, not a year.
    if (BLOCK_AFTER.test(doc.text.slice(d.end, d.end + 8))) continue;
    if (sentence) out.add(sentence.start);
  }
  return out;
}

/** Words before a date that make it the start of a running total ("since 2022", "the war began in 2022"). */
const RUNNING_TOTAL_START = /\b(?:since|began|begun|started|erupted|broke out)(?: in| on)?\s$/iu;

/** A war or its like in the sentence: the running total is the war's toll, as the articles' gold counts it. */
const CONFLICT = /\b(?:wars?|conflict|invasion|fighting|offensive|hostilities|siege|insurgency|bombardment|uprising)\b/iu;

/** A date followed by "when": the older event itself ("the deadliest since 1982, when a jet crashed, killing 78"). */
const WHEN_AFTER = /^,?\s+when\b/iu;

/**
 * True when the date `d` may start a running total: {@link RUNNING_TOTAL_START} right before it
 * and no "when" after it. It is a war's when its sentence names one ({@link conflictReader}); a
 * national statistic since a year ("Since 2002 there have been 8,400 drowning deaths in the
 * state") is no war's.
 */
function startsRunningTotal(text: string, d: TemporalExpression): boolean {
  return RUNNING_TOTAL_START.test(text.slice(Math.max(0, d.start - 18), d.start)) && !WHEN_AFTER.test(text.slice(d.end, d.end + 8));
}

/**
 * Whether a sentence names a war ({@link CONFLICT}), read once per sentence: the dates come in
 * text order, and a long sentence of many dates read once a date was quadratic.
 */
function conflictReader(text: string): (sentence: Sentence) => boolean {
  let start = -1;
  let verdict = false;
  return (sentence) => {
    if (sentence.start !== start) {
      start = sentence.start;
      verdict = CONFLICT.test(text.slice(sentence.start, sentence.end));
    }
    return verdict;
  };
}

/** The year of the four digits a TIMEX3 value opens with ("2015-06" → 2015), or -1 when it opens otherwise. */
function leadingYear(value: string): number {
  if (value.length < 4) return -1;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const digit = value.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return -1;
    year = year * 10 + digit;
  }
  return year;
}

/** Every mention of every territory as a place anchor, in the territories' order (a plain loop: this runs per article). */
function placeAnchors(territories: readonly Territory[]): Anchored<string>[] {
  const out = objectList<Anchored<string>>();
  for (const t of territories) {
    const penalty = placePenalty(t);
    for (const m of t.mentions) out.push({ start: m.start, end: m.end, value: t.id, penalty });
  }
  return out;
}

/**
 * Every date as a date anchor, but a date after "since" or "until": "the deadliest attack since
 * July" bounds a comparison, it is not when. Anchors of one shape with the place anchors (a
 * penalty of 0), in a list of objects even when empty: the anchor readers stay monomorphic.
 */
function dateAnchors(text: string, dates: readonly TemporalExpression[]): Anchored<TemporalExpression>[] {
  const out = objectList<Anchored<TemporalExpression>>();
  for (const d of dates) if (!isComparisonBound(text, d.start)) out.push({ start: d.start, end: d.end, value: d, penalty: 0 });
  return out;
}

/** Where a country and a place inside it are both near ("Ukraine's western Khmelnytskyi region"), the finer one wins. */
function placePenalty(territory: Territory): number {
  // A switch, not a matcher object per territory: this runs for every territory of every article.
  switch (territory.kind) {
    case "country":
      return COUNTRY_PENALTY;
    case "region":
      return COUNTRY_PENALTY / 2;
    case "city":
    case "other":
      return 0;
  }
}

/** Start offsets of the tokens inside any of `spans` (sorted by start), found by binary search. */
function tokensInside(doc: Document, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  const tokens = doc.tokens;
  for (const span of spans) {
    for (let k = firstTokenFrom(tokens, span.start); k < tokens.length && tokens.end(k) <= span.end; k++) out.add(tokens.start(k));
  }
  return out;
}

function isOne(count: Count): boolean {
  return count.min === 1 && count.max === 1;
}

// A switch, not ts-pattern's match(): this was the library's last use of ts-pattern (only the
// CLI keeps it): without it the bundle is 1.6 kB (ESM) and 3.7 kB (CJS) min+gzip smaller; the `never`
// default keeps the check exhaustive.
function keepsVague(found: FoundCasualty, vague: VagueAmounts): boolean {
  if (!found.vague) return true;
  switch (vague) {
    case "none":
      return false;
    case "small":
      // The vague part's bounds: "several" spans 3 to 9, and so does it in "a leader and several aides" (4 to 10).
      return found.count.max !== undefined && found.count.max - found.count.min < SMALL_VAGUE_MAX;
    case "all":
      return true;
    default: {
      const unhandled: never = vague;
      return unhandled;
    }
  }
}

/** How far after a toll the opener of its breakdown is looked for, in characters. */
const BREAKDOWN_REACH = 80;

/** True when "including" or "among" follows offset `end` closely, before `sentenceEnd`. */
function mayBreakDown(text: string, end: number, sentenceEnd: number): boolean {
  // A slice of the reach, not a search to the text's end: a long text has many tolls.
  const near = text.slice(end, Math.min(sentenceEnd, end + BREAKDOWN_REACH));
  return near.includes("including") || near.includes("among");
}

/** Longest stretch between two places read for {@link describesPlaceBefore}. */
const MAX_DESCRIBING = 48;

const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * True for what stands between two places when the second says where the first lies: ", the
 * capital of ", ", a town in ", ", the provincial capital of the ". Words split, not one pattern:
 * a pattern with optional words before the noun would try them every way.
 */
function describesPlaceBefore(between: string): boolean {
  if (!between.startsWith(", ") || !between.endsWith(" ")) return false;
  const words = between.slice(2, -1).split(" ");
  const from = ARTICLES.has(words[0]!) ? 1 : 0;
  const end = words[words.length - 1] === "the" ? words.length - 1 : words.length;
  if (end - from < 2 || end - from > 4 || (words[end - 1] !== "of" && words[end - 1] !== "in") || !PLACE_KIND_NOUNS.has(words[end - 2]!)) return false;
  for (let j = from; j < end - 2; j++) if (!LOWER_WORD.test(words[j]!)) return false;
  return true;
}

/**
 * `places` (sorted by start) without the mentions that only say where the place before them lies
 * ("In El Fasher, the capital of North Darfur, ..."): the toll is the first place's, the finer one.
 * The same list when none does.
 */
function withoutDescribingPlaces(text: string, places: Anchored<string>[]): Anchored<string>[] {
  let kept: Anchored<string>[] | undefined;
  for (let k = 1; k < places.length; k++) {
    const before = places[k - 1]!;
    const place = places[k]!;
    const describes = place.start > before.end && place.start - before.end <= MAX_DESCRIBING && place.value !== before.value && describesPlaceBefore(text.slice(before.end, place.start));
    if (describes) kept ??= places.slice(0, k);
    else if (kept) kept.push(place);
  }
  return kept ?? places;
}

function anchorsOf<T>(anchors: Anchored<T>[]): Anchored<T>[] {
  return sortInPlace(anchors, (a, b) => a.start - b.start);
}

function toCasualty(text: string, found: FoundCasualty, n: number, place: string | undefined, date: TemporalExpression | undefined): Casualty {
  // Fields set one by one, not spread from objects made for the purpose; the order is the output's.
  const out: { -readonly [K in keyof Casualty]: Casualty[K] } = {
    id: `c${n}`,
    kind: found.kind,
    count: found.count,
    span: found.span,
    text: text.slice(found.span.start, found.span.end),
  };
  if (found.victims) out.victims = text.slice(found.victims.start, found.victims.end);
  if (place !== undefined) out.place = place;
  if (date !== undefined) out.date = date;
  return out;
}
