/**
 * The tense of the clause around a temporal phrase, from the nearest tense cue in its sentence:
 * "said Thursday" is past, "will meet on Monday" is future. Bare weekdays and year-less dates
 * are placed by it.
 *
 * @module
 */
import { COORDINATED_ADVERBS, COORDINATED_AUXILIARIES, FUTURE_CUES, FUTURE_BEFORE_TO, MODALS_AHEAD, NOT_PAST_ED, NOUN_DETERMINERS, PASSIVE_PRESENT, PAST_CUES, PLAN_VERB_NEXT, UNIT_WORDS, WEEKDAY_WORDS } from "../lexicon/dates.js";
import { WordTable } from "../text/word-table.js";
import type { Tense } from "./resolve-spec.js";
import { isCapitalized, isPossessive, word, type TokenView } from "./token-view.js";

/** How far from the phrase a cue may stand, in tokens, each way. */
const WINDOW = 12;
/** How far the search goes on while no cue has been met (a long opener before the verb). */
const FAR_WINDOW = 40;

/** A cue's tense and its weight: weak cues count as if they stood this many tokens further. */
interface Cue {
  readonly tense: Tense;
  readonly penalty: number;
}

/** Extra distance of a weak cue: an "-ed" word may be a participle used as an adjective ("occupied"). */
const WEAK_PENALTY = 3;
const NO_CUE: Cue = { tense: "none", penalty: 0 };
const FUTURE: Cue = { tense: "future", penalty: 0 };
const WEAK_FUTURE: Cue = { tense: "future", penalty: WEAK_PENALTY };
/** "may", "should": ahead for a month or season ("may close in the fall"), but most often about what follows a day ("Monday's debate may not…"). */
const MODAL_FUTURE: Cue = { tense: "future", penalty: WEAK_PENALTY };
const PAST: Cue = { tense: "past", penalty: 0 };
const WEAK_PAST: Cue = { tense: "past", penalty: WEAK_PENALTY };

function cueOf(view: TokenView, at: number): Cue {
  const w = word(view, at);
  if (w === "") return NO_CUE;
  const previous = word(view, at - 1);
  const next = word(view, at + 1);
  // "had planned to", "had been scheduled to".
  const pastPerfect = previous === "had" || (previous === "been" && word(view, at - 2) === "had");
  // "is to resume", "set to meet", "planned to leave": an arrangement ahead, whatever the verb's form.
  if (next === "to" && FUTURE_BEFORE_TO.has(w)) return pastPerfect ? PAST : FUTURE;
  // "the vote is set for Sunday", "a funeral is planned for Saturday": a date fixed ahead.
  if ((w === "set" || w === "planned") && next === "for" && PASSIVE_PRESENT.has(previous)) return FUTURE;
  // "would" is the future seen from the past: weaker than "will".
  if (w === "would") return WEAK_FUTURE;
  if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith("’ll")) {
    // "announced the plan", "unveiled plans", "the rescue plan on Tuesday": a noun, no tense.
    if ((w === "plan" || w === "plans") && (NOUN_DETERMINERS.has(previous) || isPastWord(previous) || !PLAN_VERB_NEXT.has(next))) return NO_CUE;
    // "had been scheduled to expire Friday": an arrangement that was, so the day has passed.
    return pastPerfect ? PAST : FUTURE;
  }
  // "was planning to", "were going to", "were expected": the future seen from the past; let the next word speak.
  if ((w === "was" || w === "were") && (FUTURE_CUES.has(next) || FUTURE_BEFORE_TO.has(next))) return NO_CUE;
  // "will be named", "is to be held": a passive infinitive takes the tense of the word before "be".
  if (previous === "be" && isPastWord(w)) return beforeBe(word(view, at - 2));
  // "when the case is heard in May": a present passive, not a past.
  if (PASSIVE_PRESENT.has(previous) && (PAST_CUES.has(w) || isPastWord(w))) return NO_CUE;
  // "is forecast to hit Saturday": an infinitive, whatever its form.
  // "put", "set", "hit": the past and the present are one form, so the cue is weak ("will win and put forward").
  // "the last day of June", "the last Friday in May": "the last" is the final one, no past.
  // "will last until the summer", "could last for years": the verb, no past.
  if (w === "last" && (previous === "the" || previous === "final" || COORDINATED_AUXILIARIES.has(previous))) return NO_CUE;
  // "may close in the fall", "must repay by 2016", "could happen in March"; not "may have left", nor
  // the month ("in May"), nor "could not", most often a past inability ("could not be reached").
  if (MODALS_AHEAD.has(w)) return next === "have" || (w === "could" && next === "not") || isCapitalized(view, at) ? NO_CUE : MODAL_FUTURE;
  if (PAST_CUES.has(w)) return previous === "to" && w !== "last" ? NO_CUE : w === "put" || w === "set" || w === "hit" ? WEAK_PAST : PAST;
  // "a revised offer", "the newly elected", "a still unspecified date": an "-ed" word after an article is an adjective.
  if (isPastWord(w) && !ARTICLES.has(previous) && !(ARTICLES.has(word(view, at - 2)) && (previous.endsWith("ly") || previous === "still"))) return WEAK_PAST;
  return NO_CUE;
}

/** Articles and possessives: an "-ed" word right after one modifies a noun. */
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "your"]);

/** The tense a passive infinitive ("be held") takes from the word before "be": "will", "would", "to" point ahead. */
function beforeBe(w: string): Cue {
  if (w === "would") return WEAK_FUTURE;
  return w === "will" || w === "to" || w === "shall" || w.endsWith("'ll") || w.endsWith("’ll") ? FUTURE : NO_CUE;
}

/** An "-ed" word that is a past verb or participle. */
function isPastWord(w: string): boolean {
  return w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w);
}

/**
 * The tense of the clause around tokens `[first, end)`: the nearest cue, weak cues counted
 * further away. One of the `deadlines` words right before the phrase ("by", "until") makes it future.
 */
export function tenseAround(view: TokenView, first: number, end: number, deadlines?: ReadonlySet<string>, passes?: (view: TokenView, at: number) => boolean): Tense {
  const before = word(view, first - 1);
  // "by Jan. 14", "payable Dec. 14": a calendar deadline lies ahead whatever the verb's tense.
  // Opening the sentence ("Until Thursday, police had not…") or closing a span of time ("in the 24
  // hours until midday on Saturday"), it sets the scene of a tally instead.
  if (deadlines?.has(before) && first - 1 > view.from && !UNIT_WORDS.has(word(view, first - 2))) return "future";
  // "since March", "since shortly after the Oct. 23 attack": a start in the past.
  if (sinceBefore(view, first)) return "past";
  // "as soon as Tuesday", "as early as next week".
  if (before === "as" && (word(view, first - 2) === "soon" || word(view, first - 2) === "early")) return "future";
  // The verb right before the phrase governs it ("announced Wednesday"), participle or not.
  if (isPastWord(before) && !PASSIVE_PRESENT.has(word(view, first - 2))) return "past";
  // "agreed early on Monday", "announced late Saturday": the same verb through a hedge and "on".
  const verbAt = governingVerbAt(view, first);
  if (verbAt !== undefined && isPastWord(word(view, verbAt)) && !PASSIVE_PRESENT.has(word(view, verbAt - 1))) return "past";
  let best: Tense = "none";
  let bestDistance = Number.POSITIVE_INFINITY;
  // A quotation mark closes the clause: "he will leave Thursday," Castro said - "said" is not its tense.
  let leftOpen = true;
  // "said in a statement Wednesday that it expects": the clause after "that" is another one.
  let rightOpen = word(view, end) !== "that";
  let coordinated = 0;
  // "said he would travel on Friday": a weekday the clause's own "would" governs lies ahead of the
  // saying; one before a noun ("would fight Wednesday's ruling") names a thing "would" says nothing of.
  const opening = word(view, first);
  const weekday = WEEKDAY_WORDS.has(isPossessive(opening) ? opening.slice(0, -2) : opening);
  const strongWould = weekday && !isPossessive(word(view, end - 1));
  // An opener ("In January, a week after …, a bomb killed …") takes the main verb, however far.
  const reach = first - view.from <= 2 ? FAR_WINDOW : WINDOW;
  for (let distance = 1; distance <= reach && distance < bestDistance; distance++) {
    // A cue on the left (the verb the phrase follows: "said Friday") wins a tie.
    // The left side first, then the right; no array per step (this runs for every expression).
    for (let side = 0; side < 2; side++) {
      const at = side === 0 ? first - distance : end - 1 + distance;
      if (at < view.from || at >= view.to || (side === 0 ? !leftOpen : !rightOpen) || passes?.(view, at)) continue;
      // A quotation mark or a semicolon closes the clause.
      if (isQuoteMark(view, at) || word(view, at) === ";") {
        if (side === 0) leftOpen = false;
        else rightOpen = false;
        continue;
      }
      // "passed in May and is expected to …", "rejected it Tuesday, and ministers will meet …": a second
      // predicate or clause has a tense of its own, read only when no other cue is near.
      if (side === 1 && (word(view, at) === "and" || word(view, at) === "but") && (word(view, at - 1) === "," || opensPredicate(view, at + 1))) coordinated = WINDOW;
      // "will open in three years, officials said": the attribution after a comma is not the clause's tense.
      if (side === 1 && word(view, at) === "," && attributionAfter(view, at)) {
        rightOpen = false;
        continue;
      }
      const cue = cueOf(view, at);
      if (cue === MODAL_FUTURE && weekday) continue;
      const penalty = cue === WEAK_FUTURE && side === 0 && strongWould ? 0 : cue.penalty;
      const weighed = distance + penalty + (side === 1 ? coordinated : 0);
      if (cue.tense !== "none" && weighed < bestDistance) {
        best = cue.tense;
        bestDistance = weighed;
      }
    }
  }
  return best;
}

/** The words met so far, by word id: 1 when the tense window can pass the word by (see {@link passesTense}), 0 when it must read it. */
const plainWords = /* @__PURE__ */ new WordTable<number>();

/**
 * True when the word at `at` (in the sentence) is neither a tense cue nor a clause's edge (a
 * quotation mark, ";", ",", "and", "but"), so {@link tenseAround} may pass it by: asked once per
 * word, then read by word id (the window reads most words of a sentence). Documents only: a
 * phrase given to `resolveDate` is short, and its bundle stays without the table.
 */
export function passesTense(view: TokenView, at: number): boolean {
  const known = plainWords.of(view.tokens);
  const id = view.tokens.id(at);
  let plain = known[id];
  if (plain === undefined) {
    const w = view.lower[at]!;
    const cue = FUTURE_BEFORE_TO.has(w) || FUTURE_CUES.has(w) || PAST_CUES.has(w) || MODALS_AHEAD.has(w) || isPastWord(w) || w === "set" || w === "planned" || w === "would" || w === "was" || w === "were" || w.endsWith("'ll") || w.endsWith("’ll");
    const edge = QUOTE_MARKS.has(w) || w === "'" || w === ";" || w === "," || w === "and" || w === "but";
    plain = known[id] = cue || edge ? 0 : 1;
  }
  return plain === 1;
}

/** True when a predicate of its own opens at `at` after "and" or "but": an auxiliary or a verb with a tense, past an adverb ("and now heads to"). */
function opensPredicate(view: TokenView, at: number): boolean {
  const k = COORDINATED_ADVERBS.has(word(view, at)) ? at + 1 : at;
  return COORDINATED_AUXILIARIES.has(word(view, k)) || cueOf(view, k).tense !== "none";
}

/** True when "said", "says" or "told" stands within four words after the comma at `comma` (", officials said"). */
function attributionAfter(view: TokenView, comma: number): boolean {
  for (let at = comma + 1; at <= comma + 4 && at < view.to; at++) {
    const w = word(view, at);
    if (w === "said" || w === "says" || w === "told") return true;
    if (w === "," || w === "." || w === "that") return false;
  }
  return false;
}

/** Words that may stand between a verb and the date it governs ("agreed early on Monday"). */
const VERB_DATE_LINKS: ReadonlySet<string> = new Set(["on", "in", "early", "late", "earlier", "later"]);

/** The token before the phrase at `first` past up to two linking words ("early on"), when there was one to pass. */
function governingVerbAt(view: TokenView, first: number): number | undefined {
  let at = first - 1;
  while (at > view.from && first - at <= 2 && VERB_DATE_LINKS.has(word(view, at))) at -= 1;
  return at < first - 1 && at >= view.from ? at : undefined;
}

/** Tokens that open or close a direct quote; "'" only doubled ("''", as wire copy writes it), "`" always. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "`"]);

function isQuoteMark(view: TokenView, at: number): boolean {
  const w = word(view, at);
  return QUOTE_MARKS.has(w) || (w === "'" && (word(view, at - 1) === "'" || word(view, at + 1) === "'"));
}

/** Words that may stand between "since" and the date it opens ("since shortly after the"). */
const SINCE_FILLERS: ReadonlySet<string> = new Set(["shortly", "just", "soon", "after", "the", "early", "late", "mid"]);

/** True when "since" opens the phrase at `first`, possibly through a few filler words. */
function sinceBefore(view: TokenView, first: number): boolean {
  for (let at = first - 1; at >= view.from && at >= first - 4; at--) {
    const w = word(view, at);
    if (w === "since") return true;
    if (!SINCE_FILLERS.has(w)) return false;
  }
  return false;
}
