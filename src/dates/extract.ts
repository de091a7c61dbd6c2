/**
 * The dates stage: finds temporal expressions sentence by sentence and resolves them to TIMEX3
 * values against the publication date or, without one, against the narrative's last absolute
 * date (TimeML's reference-time rule). Never consults the machine clock.
 *
 * @module
 */
import { DEADLINE_WORDS, MONTH_DEADLINE_WORDS, WEEKDAY_DEADLINE_WORDS } from "../lexicon/dates.js";
import type { AnchorKind, Granularity, TemporalExpression } from "../model.js";
import { lowerTokens, type Document } from "../text/document.js";
import { dayNumber, dayOf, daysIn, isoWeekStart, type Day } from "./calendar.js";
import { resolveReading, type ResolveContext, type Tense } from "./resolve-spec.js";
import { resolveInStory, type StoryContext } from "./resolve-story.js";
import { everyMatcher, openingMatchers, scanSentence, type MatcherPick, type ScanBuffers, type Phrase, type PhraseStart } from "./scan.js";
import type { DateSpec, Reading } from "./spec.js";
import { passesTense, tenseAround } from "./tense.js";
import { classifyTokens, mayStartPhrase, rememberedClasses } from "./triggers.js";
import { anchoredFacts, monthValue, yearValue, type CalendarFacts } from "./timex-value.js";
import { digitsAt, documentFacts } from "./plain-values.js";
import { quotedStretches, someQuoted, speechDayOf, stretchAt, type DatedSpan } from "./quotes.js";
import { orderWeekdayRanges } from "./weekday-ranges.js";
import { isCapitalized, isPossessive, textAt, viewOf, word, type TokenView } from "./token-view.js";
import { isNotAYear } from "./not-years.js";
import { isInEventName, isInProgrammeName, isNamedDay, isNewspaper, isSeasonInName } from "./event-names.js";
import { joinMonthsOfYears, storyYearFollows } from "./months-of-years.js";
import { addRangeStarts, dateAt, withValue } from "./range-starts.js";
import { addDaysBefore, joinDaysBeforeDays } from "./day-before.js";
import { linkClocks } from "./clock-links.js";
import { withCityOffset } from "./city-clocks.js";
import { addStoryEras } from "./story-eras.js";
import { shareSeasonYears } from "./season-pairs.js";
import { countedStepsAside, joinClocksToStoryDays } from "./story-steps.js";
import { addRangeEnds } from "./day-ranges.js";
import { withShortYears } from "./story-years.js";
import { withSeasonsOf } from "./story-seasons.js";
import { addAnotherUnits } from "./story-lengths.js";
import { bracketReader, storyAsides, wordReader } from "./story-asides.js";
import { joinDaysOfThatMonth, splitOrdinalMonths } from "./ordinal-months.js";
import { joinCountedWeekdays } from "./nth-weekdays.js";
import { joinLengthsFromWeekdays } from "./weekday-offsets.js";
import { joinMonthEdges } from "./month-edges.js";
import { shareRecurrence } from "./recurring-lists.js";
import { overnightAnchor } from "./market-nights.js";
import { rareWordsOf } from "./rare-words.js";

/** A span of months shorter than a year: "the nine months" of a report is its year to date. */
const YEAR_TO_DATE = /^P(?:[2-9]|1[01])M$/u;

/** A narrative anchor: the last absolute date the text stated, at the grain it was stated. */
interface NarrativeAnchor {
  /** With the clock time when the text gave one ("at 10 a.m."), for "twelve hours later". */
  readonly day: Day & { readonly hour?: number | undefined; readonly minute?: number | undefined };
  readonly grain: "year" | "month" | "day";
  /** How many months from `day`'s the anchor spans, when more than one: 3 for a season or a quarter, 6 for a half. */
  readonly months?: number | undefined;
}

/**
 * What each day counted from "today" was read from, by its index among the expressions, for
 * re-anchoring the ones inside a quote. Only those are kept: a context per expression, held to
 * the end of the stage, is old-generation garbage on a long text (and keeps its anchors alive).
 */
type Readings = Map<number, { readonly reading: Reading; readonly context: StoryContext }>;

/** Finds every temporal expression in the article proper, in text order. */
export function extractDates(doc: Document): TemporalExpression[] {
  const found = extractDocumentDates(doc);
  // A story told long before the date it carries (an encyclopedia's war, dated when the page was
  // saved) runs on its own timeline: "the following year" is counted from its dates, not the page's.
  return doc.published && toldLongBefore(found, doc.published.year) ? extractDocumentDates(withoutReference(doc)) : found;
}

/**
 * The document read with no publication date: its fields written out in the order
 * prepareDocument sets them, not spread. A spread copy has another object shape, and the stage's
 * code, compiled for the one shape of documents, would be thrown away and compiled again.
 */
function withoutReference(doc: Document): Document {
  const { text, title, paragraphs, sentences, tokens, boilerplate, memo } = doc;
  // The memo is shared: what it keeps is read from the text and tokens, not the date.
  return { text, published: undefined, title, paragraphs, sentences, tokens, boilerplate, memo };
}

/** The fewest dates of its own a story needs, to be read on its own timeline despite a publication date. */
const STORY_DATES = 10;

/**
 * True when at least {@link STORY_DATES} dates the text states outright name their year, and fewer
 * than one in ten of them falls within five years of `year`: a history, not news of that year.
 */
function toldLongBefore(found: readonly TemporalExpression[], year: number): boolean {
  let stated = 0;
  let recent = 0;
  for (const e of found) {
    // Lengths and sets open with "P" or "X": only a calendar value opens with a year (or "BC", a year long past).
    const stating = e.anchor !== "absolute" ? -1 : e.value.startsWith("BC") ? 0 : digitsAt(e.value, 0, 4);
    if (stating >= 0) stated += 1;
    if (stating > year - 5) recent += 1;
  }
  return stated >= STORY_DATES && recent * 10 < stated;
}

/** {@link extractDates} at the document's own publication date (or none). */
function extractDocumentDates(doc: Document): TemporalExpression[] {
  const story = storyOf(doc.published);
  const out = orderWeekdayRanges(doc.text, orderRanges(doc.text, settle(doc.text, scanDates(doc, openingMatchers, story), story.settled), story.yearless, doc.published), doc.published);
  // Which words of the rare phrases the passes search for the text holds: one look at its words, not a search per phrase.
  const words = rareWordsOf(doc);
  const joined = addStoryEras(doc.text, shareRecurrence(doc.text, joinDaysBeforeDays(doc.text, joinMonthEdges(doc.text, joinCountedWeekdays(doc.text, addRangeStarts(doc.text, shareSeasonYears(doc.text, joinMonthsOfYears(doc.text, joinLengthsFromWeekdays(doc.text, anchorQuotes(doc.text, out, story.readings), doc.published)))), doc.published), doc.published, words))), !doc.published, words);
  const stepped = joinDaysOfThatMonth(doc.text, splitOrdinalMonths(doc.text, addAnotherUnits(doc.text, joinClocksToStoryDays(doc.text, joined), words)));
  return doc.published ? stepped : addDaysBefore(doc.text, countedStepsAside(doc.text, stepped));
}

/**
 * Finds the temporal expressions of a phrase, each against `doc.published` alone (which
 * `resolveDate` always gives), running every matcher at a word some phrase opens with (the
 * opener table only saves time on long texts): its bundle then leaves out the opener table, the
 * quote finder and the {@link Story} of a document (with what its clock times tell each other).
 */
export function extractPhraseDates(doc: Document): TemporalExpression[] {
  return scanDates(doc, everyMatcher);
}

/**
 * What reading a document carries from one expression to the next: the narrative's reference
 * time without a publication date (TimeML), the quarter a report is about, the last day and date
 * the text reached, the days counted from "today" (for the quotes), and the phrases in names to
 * pass over. A phrase given to `resolveDate` is read alone, so its bundle leaves all this out.
 */
interface Story {
  /** What each day counted from "today" was read from, for re-anchoring the ones inside a quote. */
  readonly readings: Readings;
  /** The steps of a story the scan could not place ("three days later" after "in 1812" is 1812; "a few days later"), by index. */
  readonly settled: Map<number, Step>;
  /** The indices of the days and months named without a year ("January 1", "Christmas", "October"), for ordering ranges. */
  readonly yearless: Set<number>;
  /** True when a phrase is part of a name ("the Six-Day War"), or a number that only looks like a year ("some 1906 families", "a 2004 Honda"), to pass over. */
  readonly named: (view: TokenView, p: Phrase) => boolean;
  /** A story's years of three digits and seasons after "of" added to the phrases of a sentence ("In 634 …", "the onset of winter"), in a document without a publication date. */
  readonly ownPhrases: ((view: TokenView, phrases: Phrase[]) => Phrase[]) | undefined;
  /** Reads what the expressions of a sentence tell each other: clock times ("10:35 a.m. (0735 GMT) Friday"), day ranges ("April 24 and 25"). */
  readonly linked: (view: TokenView, phrases: Phrase[]) => Phrase[];
  /** The context to resolve a phrase of paragraph `paragraph` in, in text order, given its clause's tense. */
  readonly contextOf: (view: TokenView, phrase: Phrase, tense: Tense, paragraph: number) => StoryContext;
  /** The writer's present (`PRESENT_REF`), when the phrase is a narrative's "today" ("Today the battlefield is a park"), not a day of the story. */
  readonly present: (phrase: Phrase) => Reading | undefined;
  /** Resolves a reading in a context {@link Story.contextOf} gave. */
  readonly resolve: (reading: Reading, context: StoryContext) => string;
  /** True when the tense window may pass the word at `at` by ({@link passesTense}). */
  readonly passesTense: (view: TokenView, at: number) => boolean;
  /**
   * Which tokens of the document a phrase may start at ({@link mayStartPhrase} over its {@link classifyTokens}, with the classes of the words met so far):
   * a phrase alone is tried at every token, so `resolveDate`'s bundle leaves the word classes out.
   */
  readonly starts: (doc: Document, lower: readonly string[]) => PhraseStart;
  /** The granularity and interval of a value: `calendarFacts` (timex-value.ts), the common values read by hand. */
  readonly facts: (value: string) => CalendarFacts;
  /** Takes in what the phrase at `first` resolved to, the `index`th expression of the text. */
  readonly took: (view: TokenView, phrase: Phrase, reading: Reading, value: string, index: number, context: StoryContext) => void;
}

/** The {@link Story} of a document published on `published` (or undated). */
function storyOf(published: Day | undefined): Story {
  const readings: Readings = new Map();
  const settled = new Map<number, Step>();
  const yearless = new Set<number>();
  let narrative: NarrativeAnchor | undefined;
  let lastQuarter: StoryContext["lastQuarter"];
  let yearToDate = false;
  let clockDay: Day | undefined;
  let lastDay: Day | undefined;
  let lastDate: NarrativeAnchor | undefined;
  let paragraph = -1;
  const asides = published ? undefined : storyAsides();
  const inBrackets = bracketReader();
  const pastPerfectBefore = wordReader(PAST_PERFECT);
  return {
    readings,
    settled,
    yearless,
    named: (view, p) => inName(view, p) || isNotAYear(view, p) || isInEventName(view, p) || isInProgrammeName(view, p) || isNamedDay(view, p) || isNewspaper(view, p) || isSeasonInName(view, p),
    present: ({ reading }) => (!published && reading.spec.kind === "day-shift" && reading.spec.days === 0 && !reading.partOfDay && !reading.clock ? { spec: { kind: "fixed", value: "PRESENT_REF" }, type: "DATE" } : undefined),
    resolve: (reading, context) => withCityOffset(reading, resolveInStory(reading, context)),
    facts: documentFacts,
    starts: (doc, lower) => {
      const classes = classifyTokens(doc.tokens, lower, rememberedClasses(doc.tokens));
      return (view, i) => mayStartPhrase(view, i, classes);
    },
    passesTense,
    linked: (view, phrases) => addRangeEnds(view, linkClocks(view, phrases)),
    // A story in years before the common era writes its later years bare ("In 216 BC … in 214").
    ownPhrases: published ? undefined : (view, phrases) => withSeasonsOf(view, withShortYears(view, phrases, narrative && narrative.day.year < 1 ? 1 - narrative.day.year : undefined)),
    contextOf: (view, phrase, tense, at) => {
      if (at !== paragraph) {
        paragraph = at;
        clockDay = undefined;
      }
      const spec = phrase.reading.spec;
      const anchor = published ? (spec.kind === "day-shift" ? overnightAnchor(view, phrase, published, lastDay) : published) : isAbsolute(spec) ? undefined : narrativeFor(spec, narrative);
      return {
        anchor,
        anchorGrain: anchor && !published && narrative ? narrative.grain : undefined,
        tense,
        lastQuarter,
        yearToDate,
        clockDay,
        lastDay,
        lastDate,
        flashback: !published && pastPerfectBefore(view, view.from, phrase.first),
        yearFollows: !published && storyYearFollows(view, phrase.end),
      };
    },
    took: (view, phrase, reading, resolved, index, context) => {
      const { first } = phrase;
      const spec = reading.spec;
      // A step the story's grain cannot place ("three days later" after "in 1812") lies in the year or month it reached;
      // "a few days later" lies a few days on, in the month it reached.
      // "to this day" in a story is the writer's present, as its "today" is.
      const step = published ? undefined : word(view, first - 1) === "to" && word(view, first) === "this" && word(view, first + 1) === "day" ? { value: "PRESENT_REF" } : !narrative ? undefined : resolved.charCodeAt(0) === 80 ? vagueStep(view, phrase.end, reading, narrative) : narrative.grain === "year" ? nextOfYear(spec, resolved, narrative.day.year) : undefined;
      const coarse = step || published || !narrative || narrative.grain === "day" || resolved.charCodeAt(0) !== 88 || reading.clock ? step : coarseStep(reading, context, narrative);
      if (coarse) settled.set(index, coarse);
      const value = coarse?.value ?? resolved;
      if (spec.kind === "day-shift") readings.set(index, { reading, context });
      // So are the months placed by tense alone ("from October to February"), not "last October" or "October of that year".
      else if ((spec.kind === "date" || (spec.kind === "holiday" && spec.nth === undefined)) && spec.year === undefined && (spec.day !== undefined || (spec.kind === "date" && spec.placement === "tense" && spec.yearShift === undefined)) && !reading.clock) yearless.add(index);
      const quarter = value.length === 7 && value.charCodeAt(5) === 81 ? /^(\d{4})-Q([1-4])$/u.exec(value) : null;
      // Only a quarter the text names sets the comparison base, not one computed from "a year ago" or "the 1988 period".
      // Nor one not yet ended, in a clause about the future ("expects the slump to go on into the fourth quarter"): no report is about it yet.
      const ahead = published !== undefined && context.tense === "future" && Number(quarter?.[1]) * 4 + Number(quarter?.[2]) >= published.year * 4 + Math.ceil(published.month / 3);
      // Nor an earlier one told of in passing ("after a flat second quarter"): the report is still about its own.
      const aside = (word(view, first - 1) === "a" || word(view, first - 2) === "a") && lastQuarter !== undefined && Number(quarter?.[1]) === lastQuarter.year && Number(quarter?.[2]) < lastQuarter.quarter;
      if (quarter && reading.spec.kind !== "offset" && !(reading.spec.kind === "quarter-in-focus" && reading.spec.year !== undefined) && !ahead && !aside) {
        lastQuarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
        yearToDate = false;
      }
      // "the nine months" after the quarter: the report has moved on to the year to date.
      if (reading.type === "DURATION" && YEAR_TO_DATE.test(value) && word(view, first) === "the") yearToDate = true;
      const day = leadingDay(value);
      if (day) clockDay = lastDay = day;
      // TimeML's reference time: the last date the narrative reached, stated or resolved.
      // A vague step ("weeks later") is too coarse to move the story on: "the next day" after it is still unknown.
      const reached = coarse?.end === undefined ? narrativeOf(value, reading.mod) : undefined;
      // An aside in brackets ("(born 12 March 1880)", "(1880–1959)") is no step of the story; in a story
      // without a publication date, nor is a summing-up in its opening or a flashback (story-asides.ts).
      const moves = asides ? asides(view, first, phrase.end, paragraph, reached, narrative, context.flashback === true) : reached !== undefined && !inBrackets(view, first);
      if (reached && moves) {
        // A look back ("the previous year", "two days earlier") is a flashback: the story's time stays;
        // so does a coarser date around it ("the same year" after "22 June 1941" is still on that day).
        if (!published && !looksBack(reading.spec) && !within(narrative, reached)) {
          narrative = reached;
          // A coarser date moves the story off the day it was on: "that same day" no longer means it.
          if (reached.grain !== "day") clockDay = lastDay = undefined;
        }
        if (!within(lastDate, reached)) {
          lastDate = reached;
          // In news too, a month reached since moves off the day named before it ("last October … that same day").
          if (published && reached.grain === "month" && !looksBack(reading.spec)) lastDay = undefined;
        }
      }
    },
  };
}

/** Steps counted from the story's time ("three days later", "the following week", "the next day"), and its day itself ("that night", "the same day"). */
const STEP_KINDS: ReadonlySet<DateSpec["kind"]> = new Set(["offset", "unit-shift", "day-shift", "day-in-focus"]);

/**
 * The value of a step from a story's time that is coarser than the step: counted from the start
 * of the year or month the story reached and cut to that grain ("two weeks later" after "In
 * 1812" is 1812; after "late 1812", from December). Undefined for any other reading.
 */
function coarseStep(reading: Reading, context: StoryContext, narrative: NarrativeAnchor): Step | undefined {
  // The day of a story at a season or quarter ("the same day" after "the spring of 1941") is in no one month of it.
  if (!STEP_KINDS.has(reading.spec.kind) || narrative.day.year < 1 || (reading.spec.kind === "day-in-focus" && narrative.months)) return undefined;
  const cut = narrative.grain === "year" ? 4 : 7;
  const { year, month } = narrative.day;
  const own = cut === 4 ? yearValue(year) : monthValue(year, month);
  const from = (anchor: Day): string | undefined => /^\d{4}(?:-\d\d)?/u.exec(resolveInStory(reading, { ...context, anchor }))?.[0];
  let value = from(narrative.day);
  // A step back counts from the period's last day: "the previous day" after "in 1917" is still in 1917.
  if (value !== undefined && value.slice(0, cut) < own) value = from(cut === 4 ? { year, month: 12, day: 31 } : { year, month, day: daysIn(year, month) });
  // A week from the month's first day ("1950-W09") may open in the month before: the step stays in the story's month.
  return { value: value && value.length >= cut ? value.slice(0, cut) : own };
}

/**
 * "The following March", "the next summer" after a year alone ("In 1967 …"): of the year after
 * it, the story's time being the whole year, not its first day. Undefined when the resolver
 * already placed it past that year, and for any other spec.
 */
function nextOfYear(spec: DateSpec, resolved: string, year: number): Step | undefined {
  return (spec.kind === "date" || spec.kind === "part-of-year") && spec.placement === "next" && spec.year === undefined && resolved.startsWith(yearValue(year)) ? { value: yearValue(year + 1) + resolved.slice(yearValue(year).length) } : undefined;
}

/** A step a story takes: its value, and where it ends when it takes in the word after the phrase ("later"). */
interface Step {
  readonly value: string;
  readonly end?: number;
}

/** How many days "a few" days, weeks or months of a length the text leaves open ("PXD") count: three of them. */
const A_FEW_DAYS: Readonly<Record<string, number>> = { PXD: 3, PXW: 21, PXM: 91 };

/**
 * "a few days later", "weeks later", "some months earlier" in a story: a point a few units from
 * the story's time, at the grain of the next larger unit (a month for days and weeks, a year for
 * months), as TIMEX2 marks the whole phrase with "later". Undefined for any other length.
 */
function vagueStep(view: TokenView, end: number, reading: Reading, narrative: NarrativeAnchor): Step | undefined {
  const days = reading.spec.kind === "fixed" ? A_FEW_DAYS[reading.spec.value] : undefined;
  const after = word(view, end);
  const sign = after === "later" ? 1 : after === "earlier" ? -1 : 0;
  if (!days || sign === 0 || narrative.day.year < 1) return undefined;
  const { year, month, day } = narrative.day;
  const reached = dayOf(dayNumber(year, month, day) + sign * days);
  return { value: days > 30 || narrative.grain === "year" ? yearValue(reached.year) : monthValue(reached.year, reached.month), end: view.tokens.end(end) };
}

/** The expressions with the steps of `settled` put in at their indices, extent, granularity and interval to match. */
function settle(text: string, out: TemporalExpression[], settled: ReadonlyMap<number, Step>): TemporalExpression[] {
  for (const [k, step] of settled) {
    const e = out[k]!;
    out[k] = { ...dateAt(text, e.start, step.end ?? e.end, step.value), id: e.id, anchor: step.value === "PRESENT_REF" ? "absolute" : "narrative" };
  }
  return out;
}

/**
 * Finds and resolves every temporal expression in text order, running the matchers `pick` gives
 * at each word, reading a document on its `story` (a phrase alone has none).
 */
function scanDates(doc: Document, pick: MatcherPick, story?: Story): TemporalExpression[] {
  const lower = lowerTokens(doc);
  const starts = story?.starts(doc, lower);
  const published: Day | undefined = doc.published;
  const out: TemporalExpression[] = [];
  const buffers: ScanBuffers = { found: [], numbers: [] };
  for (const sentence of doc.sentences) {
    const view = viewOf(doc.text, doc.tokens, lower, sentence.firstToken, sentence.endToken);
    const phrases = scanSentence(view, starts, pick, story?.named, story?.linked, buffers);
    for (let phrase of story?.ownPhrases ? story.ownPhrases(view, phrases) : phrases) {
      const spec = phrase.reading.spec;
      // A narrative is told in the past throughout, so tense says nothing about its own timeline.
      const tense = published ? tenseAround(view, phrase.first, phrase.end, deadlinesOf(spec), story?.passesTense) : "none";
      const inStory = story?.contextOf(view, phrase, tense, sentence.paragraph);
      const context: ResolveContext = inStory ?? { anchor: published, tense };
      // A narrative is past throughout: "advanced forty miles in three weeks" is a length.
      const duration = spec.kind === "offset" ? (tense === "past" || !published ? spec.unlessPast : undefined) ?? (published ? spec.inNews : undefined) : undefined;
      const present = story?.present(phrase);
      // "three days later" read in news as a length: TimeML leaves "later" out of a length's extent.
      if (duration && spec.kind === "offset" && duration === spec.inNews && word(view, phrase.end - 1).endsWith("er")) phrase = { ...phrase, end: phrase.end - 1 };
      const reading: Reading = duration
        ? { spec: { kind: "fixed", value: duration }, type: "DURATION" }
        : present ?? phrase.reading;
      const value = story && inStory ? story.resolve(reading, inStory) : resolveReading(reading, context);
      const anchorKind: AnchorKind = isAbsolute(spec) || present || duration ? "absolute" : context.anchor ? (published ? "published" : "narrative") : "none";
      // Without a story the phrase was resolved against `published`, which resolveDate always gives: no value has X digits.
      out.push(expression(view, phrase, reading, value, anchorKind, out.length + 1, story?.facts ?? anchoredFacts));
      if (story && inStory) story.took(view, phrase, reading, value, out.length - 1, inStory);
    }
  }
  return out;
}

/** What joins the two ends of a range of days ("between January 1 and March 5", "from Christmas to New Year's Day"). */
const RANGE_JOIN = /^\s*(?:and|to|through|until|till|-|–)\s*$/u;

/**
 * Puts the two ends of a range of year-less days or months in order, each having been placed in its
 * year on its own: "between January 1 and September 26" written in October is this January, not the next;
 * "between Christmas and New Year's Day" and "from October to February" span the turn of one year. A range that ended by the
 * publication date moves its start back; one still ahead moves its end forward.
 */
function orderRanges(text: string, out: TemporalExpression[], yearless: ReadonlySet<number>, published: Day | undefined): TemporalExpression[] {
  if (yearless.size < 2) return out;
  for (let k = 1; k < out.length; k++) {
    if (!yearless.has(k) || !yearless.has(k - 1)) continue;
    const a = out[k - 1]!;
    const b = out[k]!;
    const join = text.slice(a.end, b.start);
    if (!RANGE_JOIN.test(join) || (join.trim() === "and" && !/\bbetween\s+$/u.test(text.slice(Math.max(0, a.start - 9), a.start)))) continue;
    const start = leadingDayOrMonth(a.value);
    const end = leadingDayOrMonth(b.value);
    // Both ends days, or both months ("from October to February": day 0).
    if (!start || !end || (start.day === 0) !== (end.day === 0)) continue;
    const inOrder = start.month * 100 + start.day <= end.month * 100 + end.day;
    // Already the first such end on or after the start.
    if (end.year === (inOrder ? start.year : start.year + 1)) continue;
    // A month has ended once the publication date is past it; a day, on it.
    const ended = published !== undefined && end.year * 10000 + end.month * 100 + end.day < published.year * 10000 + published.month * 100 + (end.day === 0 ? 0 : published.day + 1);
    if (ended) out[k - 1] = withYear(a, inOrder ? end.year : end.year - 1);
    else out[k] = withYear(b, inOrder ? start.year : start.year + 1);
  }
  return out;
}

/** The expression with its value's year replaced, and the interval to match. */
function withYear(e: TemporalExpression, year: number): TemporalExpression {
  return withValue(e, String(year).padStart(4, "0") + e.value.slice(4));
}

/**
 * Re-resolves days counted from "today" inside a direct quote ("available tomorrow") against
 * the day the quote was said, when its attribution names one ("he said on Thursday").
 */
function anchorQuotes(text: string, out: TemporalExpression[], readings: Readings): TemporalExpression[] {
  // Each such day's own line first: the whole text's quotes are read only when one stands in a quote.
  if (readings.size === 0 || !someQuoted(text, out, readings.keys())) return out;
  const stretches = quotedStretches(text);
  if (stretches.length === 0) return out;
  const inside = out.map((e) => stretchAt(stretches, e.start, e.end));
  // Nothing to re-anchor unless a day counted from "today" stands inside a quote.
  if (!out.some((_, k) => inside[k] !== -1 && readings.has(k))) return out;
  const days: DatedSpan[] = [];
  out.forEach((e, k) => {
    const day = leadingDay(e.value);
    if (day && inside[k] === -1) days.push({ start: e.start, end: e.end, day });
  });
  if (days.length === 0) return out;
  const speech = new Map<number, Day | undefined>();
  return out.map((e, k) => {
    const at = inside[k]!;
    const read = readings.get(k);
    if (at === -1 || read === undefined) return e;
    const { reading, context } = read;
    if (!speech.has(at)) speech.set(at, speechDayOf(text, stretches[at]!, days));
    const day = speech.get(at);
    if (!day) return e;
    const value = resolveInStory(reading, { ...context, anchor: day });
    return { ...(value === e.value ? e : withValue(e, value)), anchor: "speech" };
  });
}

/**
 * True when a one-word phrase is part of a name: a capitalized "today", "now", "daily" or
 * "current" after a capitalized word ("USA Today", "New York Daily News", "Erie News Now"), unless
 * the words before are in capitals too ("BUT NOW THE FAMILY"); a capitalized season after a word
 * in lower case ("in Spring, Texas"; news writes seasons in lower case). Never at a sentence's
 * start. Documents only: a phrase given to `resolveDate` is temporal by its caller's word.
 */
function inName(view: TokenView, p: Phrase): boolean {
  if (p.end !== p.first + 1 || p.first === view.from || !isCapitalized(view, p.first)) return false;
  const { spec, type, partOfDay } = p.reading;
  if (spec.kind === "part-of-year") return spec.unit === "season" && !isCapitalized(view, p.first - 1);
  const before = textAt(view, p.first - 2);
  const text = view.tokens.text(p.first);
  return (spec.kind === "fixed" ? type !== "DURATION" && spec.value[0] !== "X" : spec.kind === "day-shift" && spec.days === 0 && !partOfDay) && isCapitalized(view, p.first - 1) && (/[a-z]/u.test(before) || !/[A-Z]/u.test(before + text.slice(1)));
}

/** The words that make a spec a deadline ahead: days take "by" and "effective" too, weekdays only "until", months not "through". */
function deadlinesOf(spec: DateSpec): ReadonlySet<string> | undefined {
  if ((spec.kind === "date" && spec.day !== undefined) || spec.kind === "holiday") return DEADLINE_WORDS;
  // "until Tuesday" lies ahead; "by Friday" often closes a past tally ("by Friday, 20 had died").
  if (spec.kind === "weekday" && spec.placement === "tense") return WEEKDAY_DEADLINE_WORDS;
  return spec.kind === "date" && spec.year === undefined ? MONTH_DEADLINE_WORDS : undefined;
}

/** "had" before a date in its sentence: a past perfect, looking back from the story's time. */
const PAST_PERFECT: ReadonlySet<string> = new Set(["had"]);

/** True when `current` is finer than `reached` and lies inside it: 1941-06-22 inside 1941 or 1941-06. */
function within(current: NarrativeAnchor | undefined, reached: NarrativeAnchor): boolean {
  if (!current || current.grain === reached.grain || reached.grain === "day" || current.day.year !== reached.day.year) return false;
  // "That autumn" after 7 November is still on that day; so is "the same month".
  return reached.grain === "year" ? current.day.month >= reached.day.month : current.grain === "day" && current.day.month >= reached.day.month && current.day.month < reached.day.month + (reached.months ?? 1);
}

/** Relative specs that count backwards from the story's time: "the previous year", "two days earlier". */
function looksBack(spec: DateSpec): boolean {
  return (spec.kind === "unit-shift" && spec.shift < 0 && spec.anaphoric === true) || (spec.kind === "offset" && spec.count < 0);
}

/** Specs whose value needs no anchor. */
function isAbsolute(spec: DateSpec): boolean {
  if (spec.kind === "date" || spec.kind === "holiday") return spec.year !== undefined;
  if (spec.kind === "part-of-year") return spec.year !== undefined;
  return spec.kind === "era" || spec.kind === "fixed";
}

/** The narrative anchor a spec may use: day-level specs need a day, month counts a month, others a year. */
function narrativeFor(spec: DateSpec, narrative: NarrativeAnchor | undefined): NarrativeAnchor["day"] | undefined {
  if (!narrative) return undefined;
  if (spec.kind === "offset" || spec.kind === "unit-shift") {
    // "three years later" after "In March 1950" counts from 1950; "two days later" and "the following day" need a day.
    const needs = spec.unit === "year" || spec.unit === "decade" || spec.unit === "century" ? "year" : spec.unit === "month" || spec.unit === "quarter" || spec.unit === "half" ? "month" : "day";
    return fineEnough(narrative.grain, needs) ? narrative.day : undefined;
  }
  const needsDayOnly = spec.kind === "day-shift" || spec.kind === "weekday" || spec.kind === "weekend" || spec.kind === "compound-offset" || spec.kind === "clock" || spec.kind === "day-in-focus";
  if (needsDayOnly && narrative.grain !== "day") return undefined;
  return narrative.day;
}

function fineEnough(grain: NarrativeAnchor["grain"], needs: NarrativeAnchor["grain"]): boolean {
  return needs === "year" || grain === "day" || (needs === "month" && grain === "month");
}

/** The first month of a season, quarter or half ("SU" is June), to anchor a narrative in its year. */
const PART_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12, Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, H2: 7 };

/**
 * The anchor a value gives a narrative: a day (a time's too, an ISO week's Monday), a month (a
 * season's, a quarter's or a half's first), or a year; none for decades, durations or tokens.
 */
function narrativeOf(value: string, mod: string | undefined): NarrativeAnchor | undefined {
  // "BC0480", "BC0480-09": before the common era, counted on the astronomical scale (1 BC is year 0);
  // the rest of the value reads as it would in a year of ours.
  if (value.charCodeAt(0) === 66 && value.charCodeAt(1) === 67 && digitsAt(value, 2, 4) >= 0) {
    const reached = narrativeOf(`2000${value.slice(6)}`, mod);
    const day = reached?.day;
    return reached && day ? anchor(reached.grain, 1 - digitsAt(value, 2, 4), day.month, day.day, day.hour, day.minute, reached.months) : undefined;
  }
  // Every form below opens with a four-digit year: most values ("P3D", "PAST_REF", "XXXX-WXX-1") stop here.
  const year = digitsAt(value, 0, 4);
  if (year < 0) return undefined;
  // A year, a month or a day in plain digits ("2025", "2025-04", "2025-04-24"), the most common values, read by hand.
  const n = value.length;
  if (n === 4) return anchor("year", year, mod === "END" ? 12 : 1, 1);
  const month = (n === 7 || n === 10) && value.charCodeAt(4) === 45 ? digitsAt(value, 5, 2) : -1;
  if (month >= 0 && n === 7) return anchor("month", year, month, 1);
  const day = month >= 0 && value.charCodeAt(7) === 45 ? digitsAt(value, 8, 2) : -1;
  if (day >= 0) return anchor("day", year, month, day);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?$/u.exec(value);
  if (m) {
    // "late 1944" leaves the story near the year's end, so "in January" after it is the next one's.
    const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : !m[2] && mod === "END" ? 12 : 1, m[3] ? Number(m[3]) : 1];
    const clock = /T(\d{2}):(\d{2})/u.exec(value);
    return anchor(m[3] ? "day" : m[2] ? "month" : "year", year, month, day, clock ? Number(clock[1]) : undefined, clock ? Number(clock[2]) : undefined);
  }
  const week = /^(\d{4})-W(\d{2})$/u.exec(value);
  const monday = week ? dayOf(isoWeekStart(Number(week[1]), Number(week[2]))) : undefined;
  if (monday) return anchor("day", monday.year, monday.month, monday.day);
  const part = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/u.exec(value);
  // Counted at month grain from the part's first month: "five months later" after "the spring of 1940" is 1940-08.
  if (part) return anchor("month", Number(part[1]), PART_START_MONTH[part[2]!] ?? 1, 1, undefined, undefined, part[2]![0] === "H" ? 6 : 3);
  return undefined;
}

/**
 * A narrative anchor with every field set, undefined where the value gives none: one object
 * shape for its day and one for itself. With fields left out, or spread in, anchors of a clock
 * time or of a season take other shapes, and the code that reads anchors is compiled again.
 */
function anchor(grain: NarrativeAnchor["grain"], year: number, month: number, day: number, hour?: number, minute?: number, months?: number): NarrativeAnchor {
  return { day: { year, month, day, hour, minute }, grain, months };
}

/** The expression of `phrase` read as `reading` (its own, or the one the scan settled on), resolved to `value`. */
function expression(view: TokenView, phrase: Phrase, reading: Reading, value: string, anchor: AnchorKind, index: number, factsOf: (value: string) => CalendarFacts): TemporalExpression {
  const start = view.tokens.start(phrase.first);
  const lastText = view.tokens.text(phrase.end - 1);
  const lastEnd = view.tokens.end(phrase.end - 1);
  // TimeML leaves a possessive "'s" out of the extent ("Friday's close" is "Friday").
  const end = isPossessive(lastText) && lastText.length > 2 ? lastEnd - 2 : lastEnd;
  const type = reading.type === "DATE" && value.includes("T") && /T(?:\d|MO|AF|EV|NI|MI|DT)/u.test(value) ? "TIME" : reading.type;
  const calendar = type === "DATE" || type === "TIME";
  const facts = calendar ? factsOf(value) : undefined;
  const granularity: Granularity | undefined = facts?.granularity;
  const interval = facts?.interval;
  // Fields set in this order (the order JSON shows them in), without a spread per optional field.
  const out: { -readonly [K in keyof TemporalExpression]: TemporalExpression[K] } = { id: `t${index}`, text: view.text.slice(start, end), start, end, type, value } as TemporalExpression;
  if (granularity) out.granularity = granularity;
  if (reading.mod) out.mod = reading.mod;
  out.anchor = anchor;
  if (interval) out.interval = interval;
  return out;
}

/** The day a value opens with ("2025-04-24", "2025-04-24TNI"), or undefined: what `/^(\d{4})-(\d{2})-(\d{2})/` reads. */
/** The day a value opens with, or its month as day 0 when the value is a month alone ("2025-10"). */
function leadingDayOrMonth(value: string): Day | undefined {
  if (value.length !== 7 || value.charCodeAt(4) !== 45) return leadingDay(value);
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  return year >= 0 && month >= 0 ? { year, month, day: 0 } : undefined;
}

function leadingDay(value: string): Day | undefined {
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 ? { year, month, day } : undefined;
}
