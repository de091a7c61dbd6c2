/**
 * The casualty patterns of one sentence, over its tokens:
 * - count first: "At least 12 people were killed", "90 were injured", "Four killed", "12 dead",
 *   "Four deaths were reported", "307 Ukrainian prisoners", "a woman was killed";
 * - action first: "the strike killed 12", "killing at least one", "wounding six others",
 *   "killed three children and their parents", "the body of an elderly man";
 * - toll: "the death toll rose to 12".
 *
 * @module
 */
import { firstTokenFrom, type TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import type { CasualtyKind, Count, Span } from "../model.js";
import {
  ACTION_CUES,
  AUXILIARIES,
  BREAKDOWN_WORDS,
  DEATH_CUES,
  REFLEXIVES,
  SUICIDE_BEFORE_REFLEXIVE,
  DEATH_LINKS,
  DEGREE_ADVERBS,
  FATAL_ADJECTIVES,
  FEARED_WORDS,
  FATAL_EVENT_CUES,
  FATAL_WORDS,
  GUNSHOT_WORDS,
  HYPOTHETICAL,
  HYPOTHETICAL_MODALS,
  INTENT_BEFORE_TO,
  INJURY_NOUNS,
  COUNTED_ONLY_CUES,
  LIVES_VERBS,
  SINGULAR_NOUN_CUES,
  KILLING_NOUNS,
  LOCATION_AFTER_AT,
  MULTIPLE_KILLINGS,
  NEGATIONS,
  NOT_ADVERBS,
  NOUN_LIKE_ACTIONS,
  NOUN_CUES,
  OTHER_WORDS,
  PASSIVE_AUXILIARIES,
  SHOOTING_NOUNS,
  SHOT_PARTICLES,
  STATE_CUES,
  SUFFER_WORDS,
  SURVIVAL_WORDS,
  TOLL_CUES,
  WEAK_CUES,
} from "../lexicon/casualty-cues.js";
import { AFTER_BARE_OBJECT, COUNT_FILLERS, KILLER_NOUNS, OBJECT_PRONOUNS, POSSESSIVES, SUBJECT_PRONOUNS } from "../lexicon/casualty-victims.js";
import { isAnimalAt } from "./animal.js";
import { isAttributedAttack } from "./attributed-attack.js";
import { countAt } from "./count-at.js";
import { mayOpenNthDeath, nthDeathAt, nthHitAt } from "./nth-death.js";
import { maySubjectWord, objectAt, subjectAt, type PeopleAt } from "./people-at.js";
import { listedEnd, readCoordinated, readVictims, type VictimPhrase } from "./victim-phrase.js";
import { indexPhrases, kindAt, matchAt, startsUpper, tokenAtOrAfter, type PhraseMatch, type TokenView } from "./token-view.js";

/** A casualty count found in a sentence, before place and date are attached. */
export interface FoundCasualty {
  /** What happened to them. */
  readonly kind: CasualtyKind;
  /** How many. */
  readonly count: Count;
  /** The evidence. */
  readonly span: Span;
  /** Who they were, as written; every found casualty has the field, so they all have one shape. */
  readonly victims: Span | undefined;
  /** True for a vague amount ("dozens"). */
  readonly vague: boolean;
  /** Where the count itself starts; one casualty per count. */
  readonly countStart: number;
  /** True when the cue says only that they were shot: the kind may be refined by the caller. */
  readonly shot: boolean;
  /** True when one person already known is meant: "the victim", "he", a name. */
  readonly known: boolean;
  /**
   * True when the text sets these people apart from the dead: they are said to survive ("in
   * stable condition") or to be others ("a woman was also shot", "another man was wounded").
   */
  readonly apart: boolean;
  /**
   * True when one of the dead counted is the killer ("killed his wife and himself", "shot
   * himself", "five dead, including the gunman"): not one of the people the killer shot.
   */
  readonly killer: boolean;
}

const STATE = indexPhrases(STATE_CUES);
const ACTION = indexPhrases(ACTION_CUES);
const NOUN = indexPhrases(NOUN_CUES);
const TOLL = indexPhrases(TOLL_CUES);
const DEATHS = indexPhrases(/* @__PURE__ */ DEATH_CUES.map((phrase) => [phrase, true] as const));
/** Most auxiliaries and adverbs between the people and the cue ("are believed to have been killed"). */
const MAX_AUXILIARIES = 6;
/** Most tokens of an inserted phrase we step over ("- including two children and a pregnant woman -"). */
const MAX_INSERT = 14;
/** Most tokens between a wound and the death that ends it ("was shot in the chest outside his home and later died"). */
const MAX_DEATH_GAP = 12;
/** Most tokens between "toll" and its count ("the death toll has now risen to at least 12"). */
const MAX_TOLL_GAP = 8;

/** Words of cue phrases too common to tell a sentence with a cue from one without. */
const COMMON_CUE_WORDS: ReadonlySet<string> = new Set(["in", "the", "a", "to", "of", "by", "and", "their", "his", "her", "with", "at", "for", "from", "own", "into"]);

/**
 * Words a casualty pattern or a deadly event needs one of (every cue phrase has one): most
 * sentences have none and are skipped at once.
 */
const CUE_WORDS: ReadonlySet<string> = cueWords();

/* @__NO_SIDE_EFFECTS__ */
function cueWords(): ReadonlySet<string> {
  return new Set([
    ...[STATE_CUES, ACTION_CUES, NOUN_CUES, TOLL_CUES].flatMap((table) => table.flatMap(([phrase]) => phrase.split(" "))),
    ...INJURY_NOUNS,
    ...[...DEGREE_ADVERBS].filter(([, kind]) => kind !== undefined).map(([word]) => word),
    ...MULTIPLE_KILLINGS.keys(),
    "murder-suicide",
    "murder-suicides",
    // A deadly event ("a fatal stabbing") is read by the fatal-event rule: its noun, which every such phrase ends in, admits the sentence.
    ...FATAL_EVENT_CUES.map((phrase) => phrase.slice(phrase.lastIndexOf(" ") + 1)),
    ...FATAL_ADJECTIVES,
  ].filter((word) => !COMMON_CUE_WORDS.has(word)));
}

/**
 * Index of the first token of `tokens[first..end)` that belongs to a cue (or, hyphenated, starts
 * a multiple killing), or -1 when none does.
 */
export function firstCue(tokens: TokenList, first = 0, end = tokens.length): number {
  const cues = cueFlags.of(tokens);
  for (let i = first; i < end; i++) if ((cues[tokens.id(i)] ??= isCueWord(tokens.lower(i)))) return i;
  return -1;
}

/** Whether each word is a cue word ({@link firstCue}), by word id: this runs for every token of every article. */
const cueFlags = /* @__PURE__ */ new WordTable<boolean>();

/** A cue word, or a hyphenated word whose first part is one. */
function isCueWord(word: string): boolean {
  if (CUE_WORDS.has(word)) return true;
  const dash = word.indexOf("-");
  return dash > 0 && CUE_WORDS.has(word.slice(0, dash));
}

/** Words that start a pattern on their own: an injury after "suffered", "fatally", "double", "murder-suicide". */
const PATTERN_WORDS: ReadonlySet<string> = patternWords();

// A builder, not a bare `new Set([...spread])`: bundlers keep a spread at the top level (it may
// run code), which would pull the casualty tables into a `resolveDate`-only import.
/* @__NO_SIDE_EFFECTS__ */
function patternWords(): ReadonlySet<string> {
  return new Set([
    ...INJURY_NOUNS,
    ...[...DEGREE_ADVERBS].filter(([, kind]) => kind !== undefined).map(([word]) => word),
    ...MULTIPLE_KILLINGS.keys(),
    "murder-suicide",
    "murder-suicides",
  ]);
}

/** For each uncommon word of a cue phrase, the phrases it is in and where: a cue word counts only inside its whole phrase. */
const PHRASES_BY_WORD: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly at: number }[]> = phrasesByWord();

/* @__NO_SIDE_EFFECTS__ */
function phrasesByWord(): ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly at: number }[]> {
  const index = new Map<string, { words: string[]; at: number }[]>();
  for (const [phrase] of [STATE_CUES, ACTION_CUES, NOUN_CUES, TOLL_CUES].flat()) {
    const words = phrase.split(" ");
    words.forEach((word, at) => {
      if (COMMON_CUE_WORDS.has(word)) return;
      const list = index.get(word) ?? [];
      list.push({ words, at });
      index.set(word, list);
    });
  }
  return index;
}

/** The phrases of a word that is in none: one shared empty list, not a new one per token. */
const NO_PHRASES: readonly { readonly words: readonly string[]; readonly at: number }[] = [];

/**
 * True when a whole cue phrase, an injury noun, a fatal adverb or a multiple killing stands in
 * the sentence `tokens[first..end)` (`lower` the lower-cased texts of `tokens`): without one, no
 * pattern can match ("found" without "dead", "made" without "homeless"), so the sentence is
 * skipped before its tokens are read one by one. Every word that can tell so is a cue word: the
 * search starts at `from`, the sentence's first cue word.
 */
export function hasPattern(tokens: TokenList, lower: readonly string[], first: number, end: number, from: number): boolean {
  const cues = cueFlags.of(tokens);
  for (let k = from; k < end; k++) {
    const word = lower[k]!;
    if (!(cues[tokens.id(k)] ??= isCueWord(word))) continue;
    if (PATTERN_WORDS.has(word)) return true;
    for (const { words, at } of PHRASES_BY_WORD.get(word) ?? NO_PHRASES) {
      const start = k - at;
      if (start < first || start + words.length > end) continue;
      let j = 0;
      while (j < words.length && lower[start + j] === words[j]) j++;
      if (j === words.length) return true;
    }
    const dash = word.indexOf("-");
    if (dash > 0 && MULTIPLE_KILLINGS.has(word.slice(0, dash))) return true;
  }
  return false;
}

/**
 * Every casualty count in the sentence `view`, in text order, one per count. `firstCueAt`, the
 * index in the view of its first cue word (see {@link firstCue}), spares re-reading the words
 * before it; `checked`, true when the caller has found {@link hasPattern} true, spares the check.
 */
export function findInSentence(view: TokenView, firstCueAt = 0, checked = false): FoundCasualty[] {
  if (!checked && !hasPattern(view.tokens, view.lower, 0, view.lower.length, firstCueAt)) return [];
  const out: FoundCasualty[] = [];
  // Both made or read when the first count is found: most sentences with a cue word have none.
  let taken: Set<number> | undefined;
  let survives: boolean | undefined;
  const add = (found: FoundCasualty | undefined): void => {
    if (!found || taken?.has(found.countStart)) return;
    (taken ??= new Set()).add(found.countStart);
    // "a fifth victim, still in critical condition": the ordinal counts everyone hit, the dead among them.
    if (found.kind === "injured" && found.shot && found.count.max === undefined && isOrdinalHit(view, found)) {
      out.push(found);
      return;
    }
    const died = found.kind === "injured" && diesAfter(view, found);
    const refined = died ? { ...found, kind: "killed" as const, shot: false } : found.kind === "killed" && !found.killer && includesKiller(view, found) ? { ...found, killer: true } : found;
    survives ??= survivalIn(view);
    out.push(!died && (survives || isOther(view, found) || isWoundedAfterDeath(view, out, found)) ? { ...refined, apart: true } : refined);
  };
  let subjectFrom = 0; // subject readings never start inside a phrase already read
  let part: { from: number; end: number; dead: boolean } | undefined; // the last subject's toll: where its noun phrase starts, where it ends, whether they died
  const starts = startWords.of(view.tokens);
  for (let i = 0; i < view.tokens.length; i++) {
    if (mayOpenNthDeath(view, i)) add(nthDeathAt(view, i) ?? (view.lower[i - 1] === "a" || view.lower[i - 1] === "an" ? undefined : nthHitAt(view, i)));
    // "a fourth victim was shot": read before "a" opens a reading of one person.
    else if ((view.lower[i] === "a" || view.lower[i] === "an") && i + 1 < view.tokens.length && mayOpenNthDeath(view, i + 1)) add(nthHitAt(view, i));
    if (!mayStartReading(view, i, starts)) continue;
    const action = actionFirst(view, i);
    add(action);
    // The object of an action is not the subject of what follows ("killed a man and a woman was hurt").
    if (action) subjectFrom = Math.max(subjectFrom, tokenAtOrAfter(view, action.span.end, i));
    add(tollAt(view, i));
    if ((starts[view.tokens.id(i)]! & MULTIPLE) !== 0) add(multipleKilling(view, i));
    if (i >= subjectFrom) {
      const people = subjectAt(view, i);
      if (people) {
        const toll = countFirst(view, i, people);
        const whole = part !== undefined && toll !== undefined && isPartitiveWhole(view, part.from, i);
        // "one of four hikers hurt in the rockfall has died": the hurt count the dead, as people shot do.
        const hurtWhole = whole && part!.dead && toll!.kind === "injured" && toll!.span.end < part!.end;
        if (toll && !(whole && toll.span.end === part!.end && isWholeOf(view, i, people))) add(hurtWhole ? { ...toll, shot: true } : toll);
        // Words of survival in the sentence ("the others are stable") are the rest's: the whole still counts the dead.
        if (hurtWhole && out.at(-1)?.countStart === toll!.countStart) out[out.length - 1] = { ...out.at(-1)!, apart: false };
        part = toll ? { from: people.from, end: toll.span.end, dead: toll.kind === "killed" } : undefined;
        // People read inside the toll ("... and two aides were killed", "the clerk, Dana Reyes, died") are no subject of
        // their own; the whole of a partitive may be ("one of three hikers injured in the fall has died").
        const inside = toll?.span.start === people.start && !(view.lower[people.victims.end] === "of" && !people.victims.hasNoun);
        subjectFrom = Math.max(i + 1, people.victims.end, inside ? tokenAtOrAfter(view, toll.span.end, i) : 0);
      }
    }
  }
  if (out.length === 0) return out;
  const all = withKiller(view, out);
  return all.length > 1 ? sharedVictims(view, all.sort((a, b) => a.span.start - b.span.start)) : all;
}

/** Words that may join two tolls that share their people, after a comma or none. */
const TOLL_JOINS: ReadonlySet<string> = new Set(["", "and", "while", "but"]);

/** True when only a comma, a joining word, or both stand in `gap` ("and", ", and", ","). */
function isTollJoin(gap: string): boolean {
  let rest = gap.trim();
  if (rest.startsWith(",")) rest = rest.slice(1).trim();
  return TOLL_JOINS.has(rest);
}

/**
 * "12 people were killed and 90 were injured": a bare count right after a toll of people named
 * is of the same people; it takes their noun as its victims.
 */
function sharedVictims(view: TokenView, found: FoundCasualty[]): FoundCasualty[] {
  for (let n = 1; n < found.length; n++) {
    const f = found[n]!;
    const before = found[n - 1]!;
    if (f.victims || !before.victims || f.span.start !== f.countStart || before.count.min < 2 || f.count.min < 2) continue;
    if (!isTollJoin(view.text.slice(before.span.end, f.span.start))) continue;
    found[n] = { ...f, victims: before.victims };
  }
  return withOthers(view, found);
}

/**
 * "one man in critical condition, three others injured": the hurt and the others hurt beside
 * them, joined in one clause, are one toll of them all (4), added after the two.
 */
function withOthers(view: TokenView, found: FoundCasualty[]): FoundCasualty[] {
  for (let n = found.length - 1; n > 0; n--) {
    const f = found[n]!;
    const before = found[n - 1]!;
    if (f.kind !== "injured" || before.kind !== "injured" || f.vague || before.vague || f.count.max !== f.count.min || before.count.max !== before.count.min) continue;
    if (f.span.start !== f.countStart || before.span.start !== before.countStart || !isOthers(view, f)) continue;
    if (!isTollJoin(view.text.slice(before.span.end, f.span.start))) continue;
    const count = before.count.min + f.count.min;
    found.splice(n + 1, 0, { ...f, count: { min: count, max: count }, span: { start: before.span.start, end: f.span.end }, victims: undefined, countStart: before.countStart, shot: f.shot || before.shot, known: false, apart: f.apart && before.apart });
  }
  return found;
}

/** True when the count's people are others than those before ("three others", "two other people"). */
function isOthers(view: TokenView, f: FoundCasualty): boolean {
  const k = firstTokenFrom(view.tokens, f.countStart);
  const word = view.lower[k + 1] ?? "";
  return word === "others" || word === "other";
}

/** True when a word of the sentence says someone survives ("in stable condition"), not negated. */
function survivalIn(view: TokenView): boolean {
  const lower = view.lower;
  for (let k = 0; k < lower.length; k++) {
    if (SURVIVAL_WORDS.has(lower[k]!) && !NEGATIONS.has(lower[k - 1] ?? "") && !NEGATIONS.has(lower[k - 2] ?? "")) return true;
  }
  return false;
}

/** Bits of what a word may start by itself (see {@link mayStartReading}): any reading, a multiple killing. */
const STARTS = 1;
const MULTIPLE = 2;

/** The {@link STARTS} and {@link MULTIPLE} bits of each word, by word id. */
const startWords = /* @__PURE__ */ new WordTable<number>();

/**
 * False when no reading of {@link findInSentence} can start at token `i`: no cue phrase opens
 * there, and it is no multiple killing, and no subject can start there (see `subjectAt`). Most
 * tokens are turned away by one read of their word's entry in `starts` ({@link startWords}).
 */
function mayStartReading(view: TokenView, i: number, starts: (number | undefined)[]): boolean {
  const tokens = view.tokens;
  const id = tokens.id(i);
  if (((starts[id] ??= startBits(tokens.text(i), view.lower[i]!)) & STARTS) !== 0) return true;
  if (view.opens === undefined || view.opens[i] !== 0) return true;
  return tokens.kind(i) === "number" || view.places.has(tokens.start(i));
}

/** The part of {@link mayStartReading} the word decides: a capital, a word that starts a subject, a multiple killing. */
function startBits(word: string, lower: string): number {
  const dash = lower.indexOf("-");
  if (lower === "murder-suicide" || lower === "murder-suicides" || MULTIPLE_KILLINGS.has(dash < 0 ? lower : lower.slice(0, dash))) return STARTS | MULTIPLE;
  return startsUpper(word) || maySubjectWord(lower) ? STARTS : 0;
}

/**
 * "two of the four victims died", "three of four men were killed": the people at `i`, the
 * whole a count before them is taken from (see {@link isPartitiveWhole}), have the part's verb,
 * finite or passive, so the whole is no toll of its own. A bare participle after
 * the whole ("one of the three men shot last week was ...") may be the whole's own: kept.
 */
function isWholeOf(view: TokenView, i: number, whole: PeopleAt): boolean {
  const next = whole.victims.end;
  const state = matchAt(view, next, STATE);
  return AUXILIARIES.has(view.lower[next] ?? "") || matchAt(view, next, DEATHS) !== undefined || (state !== undefined && isClauseEnd(view, state.end));
}

/** True when the people at `i` follow "of" (and a determiner) right after the part's noun phrase, which starts at `partFrom`. */
function isPartitiveWhole(view: TokenView, partFrom: number, i: number): boolean {
  const at = view.lower[i - 1] === "of" ? i - 1 : view.lower[i - 2] === "of" && PARTITIVE_DETERMINERS.has(view.lower[i - 1] ?? "") ? i - 2 : -1;
  return at === partFrom;
}

/**
 * "killed his wife and two sons before killing himself", "kills wife, self": the killer's own
 * death, told after the count of those killed, belongs to the same toll.
 */
function withKiller(view: TokenView, out: FoundCasualty[]): FoundCasualty[] {
  const first = out.findIndex((f) => f.kind === "killed" && f.span.start !== f.countStart && !f.vague && !isReflexive(view, f));
  if (first < 0) return out;
  const action = out[first]!;
  const plusKiller = (): FoundCasualty[] => out.map((f, n) => (n === first ? { ...f, count: addTo(f.count, 1), killer: true } : f));
  for (let k = firstTokenFrom(view.tokens, action.span.end); k < view.tokens.length; k++) {
    const word = view.lower[k]!;
    // "killed a customer before being fatally shot by police", "before he himself was shot dead": the killer's death.
    if (KILLER_LINKS.has(view.lower[k - 1] ?? "") && isKillersDeath(view, k)) return plusKiller();
    if (!REFLEXIVES.has(word)) continue;
    const before = view.lower[k - 1] ?? "";
    if (SUICIDE_BEFORE_REFLEXIVE.has(before) || (word === "self" && (before === "," || before === "then"))) return plusKiller();
  }
  return out;
}

/** True when a passive death starts at `k`: "being fatally shot", "he himself was shot dead". */
function isKillersDeath(view: TokenView, k: number): boolean {
  let j = k;
  if (SUBJECT_PRONOUNS.has(view.lower[j] ?? "")) j++;
  if (REFLEXIVES.has(view.lower[j] ?? "")) j++;
  if (!PASSIVE_AUXILIARIES.has(view.lower[j] ?? "")) return false;
  j++;
  const fatally = DEGREE_ADVERBS.get(view.lower[j] ?? "") === "killed";
  if (fatally || isAdverb(view.lower[j] ?? "")) j++;
  const state = matchAt(view, j, STATE);
  return state !== undefined && (state.value === "killed" || (fatally && WEAK_CUES.has(state.phrase)));
}

/** Most tokens past a toll read for the killer among its dead ("5 dead, including the gunman"). */
const KILLER_REACH = 4;

/** True when the toll's breakdown names the killer among the dead ("five dead, including the gunman"). */
function includesKiller(view: TokenView, found: FoundCasualty): boolean {
  const last = Math.min(view.tokens.length - 2, firstTokenFrom(view.tokens, found.span.end) + KILLER_REACH);
  for (let k = firstTokenFrom(view.tokens, found.countStart); k < last; k++) {
    if (view.lower[k] !== "including") continue;
    const noun = DETERMINERS.has(view.lower[k + 1]!) ? k + 2 : k + 1;
    return KILLER_NOUNS.has(view.lower[noun] ?? "");
  }
  return false;
}

/** Articles before the killer's noun ("including the gunman"). */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** Words before the killer's own death that join it to the killing ("before being shot dead"). */
const KILLER_LINKS: ReadonlySet<string> = new Set(["before", "until", "then", "after"]);

/** True when the people killed are the killer ("killing himself"). */
function isReflexive(view: TokenView, found: FoundCasualty): boolean {
  return isReflexiveAt(view, firstTokenFrom(view.tokens, found.countStart));
}

function isReflexiveAt(view: TokenView, k: number): boolean {
  return REFLEXIVES.has(view.lower[k] ?? "");
}

/**
 * True when the clause goes on to say the wounded died: "was taken to a hospital, where he later
 * died", "was shot in the head and died at the scene". Only a pronoun or no subject may stand
 * before the death, so the dead are the people counted ("and one of them died" is read apart).
 */
function diesAfter(view: TokenView, found: FoundCasualty): boolean {
  // After an active verb ("wounded two and then died"), the next verb is the shooter's.
  if (found.span.start !== found.countStart) return false;
  const from = firstTokenFrom(view.tokens, found.span.end);
  for (let k = from; k < Math.min(view.tokens.length, from + MAX_DEATH_GAP); k++) {
    const word = view.lower[k]!;
    if (word === "." || word === ";" || word === "!" || word === "?") return false;
    // Headline style: "boy shot in the head, killed".
    if (word === "," && view.lower[k + 1] === "killed" && isClauseEnd(view, k + 2)) return true;
    if (!DEATH_LINKS.has(word)) continue;
    let j = k + 1;
    const pronoun = SUBJECT_PRONOUNS.has(view.lower[j] ?? "") || view.lower[j] === "they";
    if (pronoun) j++;
    for (let n = 0; n < MAX_AUXILIARIES && (AUXILIARIES.has(view.lower[j] ?? "") || isAdverb(view.lower[j] ?? "")); n++) j++;
    // "was shot in the head and killed in an accident": the passive goes on; "killed" with no object after it is theirs.
    if (word === "and" && !pronoun && view.lower[j] === "killed") return isClauseEnd(view, j + 1) || AFTER_BARE_OBJECT.has(view.lower[j + 1] ?? "");
    return matchAt(view, j, DEATHS) !== undefined;
  }
  return false;
}

/**
 * "A girl was killed and her friend was injured": someone named as wounded (not only shot) after
 * the sentence has told of a death, as a subject of their own and not as a pronoun, is not the
 * one who died.
 */
function isWoundedAfterDeath(view: TokenView, out: readonly FoundCasualty[], found: FoundCasualty): boolean {
  if (found.kind !== "injured" || found.shot || !found.known) return false;
  const k = firstTokenFrom(view.tokens, found.countStart);
  if (found.span.start === found.countStart) {
    // "... in which she was wounded": a pronoun points back to the dead.
    if (SUBJECT_PRONOUNS.has(view.lower[k] ?? "")) return false;
  } else {
    // "killed a clerk and wounded his brother": the object of a second action joined to the killing
    // is someone else too, unless a pronoun points back to the dead ("killed her and wounded him").
    const before = view.lower[firstTokenFrom(view.tokens, found.span.start) - 1] ?? "";
    if (!ACTION_JOINS.has(before) || isObjectPronoun(view, k, found)) return false;
  }
  return out.some((f) => f.kind === "killed" && f.span.end <= found.span.start);
}

/** Words that join a second action to the first ("killed one and wounded two", "killed one, wounded two"). */
const ACTION_JOINS: ReadonlySet<string> = new Set(["and", ",", "then"]);

/** True when the object at token `k` is a pronoun alone ("wounded him", "wounded her"), no noun after it ("wounded her son"). */
function isObjectPronoun(view: TokenView, k: number, found: FoundCasualty): boolean {
  return OBJECT_PRONOUNS.has(view.lower[k] ?? "") && found.victims === undefined;
}

/** True when the count is an ordinal's ("a fourth victim was shot"), read by `nthHitAt`. */
function isOrdinalHit(view: TokenView, found: FoundCasualty): boolean {
  const k = firstTokenFrom(view.tokens, found.countStart);
  return mayOpenNthDeath(view, view.lower[k] === "a" || view.lower[k] === "an" ? k + 1 : k);
}

/** True when a word of the evidence says these are more people than those counted before ("also", "another"). */
function isOther(view: TokenView, found: FoundCasualty): boolean {
  // After an active verb, "another" sets the victim apart from the shooter ("shot another teen"), not from the dead.
  if (found.span.start !== found.countStart) return false;
  for (let k = firstTokenFrom(view.tokens, found.span.start); k < view.tokens.length && view.tokens.start(k) < found.span.end; k++) {
    if (OTHER_WORDS.has(view.lower[k]!)) return true;
  }
  return false;
}

/** True when the count at token `i` sits inside a breakdown of another count ("including four children"). */
function isBreakdown(view: TokenView, i: number): boolean {
  const before = view.lower[i - 1] ?? "";
  const twoBefore = view.lower[i - 2] ?? "";
  // "a boy among 4 shot", "among the 12 killed": the count after "among" is the whole.
  if (before === "among" || (twoBefore === "among" && before === "the")) return false;
  return BREAKDOWN_WORDS.has(before) || BREAKDOWN_WORDS.has(twoBefore) || (twoBefore === "of" && (before === "them" || before === "whom"));
}

/** "12 people were killed", "Four killed", "Four deaths were reported", "a woman was killed", "he died". */
function countFirst(view: TokenView, i: number, people: PeopleAt): FoundCasualty | undefined {
  if (isBreakdown(view, i)) return undefined;
  const { victims } = people;
  // "one of the six, a 24-year-old man, died": a bare number after "of the" is the whole a part is taken from.
  if (!victims.hasNoun && view.lower[victims.end] === "," && view.lower[i - 1] === "the" && view.lower[i - 2] === "of" && countAt(view, i - 3)) return undefined;
  // "the father and the children were killed": one person and an untold number.
  if (people.singular && victims.uncounted) return undefined;
  // A noun cue after one person is something else ("Smith lives", "the man's death").
  const noun = people.singular ? undefined : matchAt(view, victims.end, NOUN);
  if (victims.dangling && !noun) return undefined;
  if (noun && !isNounToll(view, i, people, noun)) return undefined;
  const inserted = skipInsert(view, noun ? noun.end : victims.end, victims, people.count.min > 1 && !people.vague);
  const state = readState(view, inserted.end);
  // "four women wounded in the attack has died": after a noun cue, a skipped phrase leads to another subject's verb.
  if (noun && inserted.skipped) return found(view, noun.value, people, noun.end - 1, false);
  if (state && (state.auxiliaries > 0 || !inserted.skipped)) {
    if (state.negated || state.mixed) return undefined;
    if (people.singular && !victims.added && COUNTED_ONLY_CUES.has(state.match.phrase)) return undefined;
    // "he would have killed them all", "the gunman had shot": a verb in the perfect with no "been" is active, its subject no victim.
    if (!state.passive && ((state.perfect && matchAt(view, state.match.start, ACTION)) || isActive(view, state.match))) return undefined;
    // "a commander of the province and two aides were killed": the people coordinated after the inserted phrase.
    const whole = inserted.added ? { ...people, singular: false, victims: { ...victims, end: inserted.end, added: victims.added + inserted.added } } : people;
    return found(view, state.kind, whole, state.end - 1, state.shot);
  }
  if (noun) return found(view, noun.value, people, noun.end - 1, false);
  // "two were shot, one fatally": a count with only "fatally" after it.
  const adverb = view.lower[victims.end] ?? "";
  if (DEGREE_ADVERBS.get(adverb) === "killed" && isClauseEnd(view, victims.end + 1)) return found(view, "killed", people, victims.end, false);
  return undefined;
}

/**
 * False for a noun cue that cannot count the people before it: a singular after more than one
 * ("Cloud 9 shooting death"), or lives with no verb that ends them ("six people's lives").
 */
function isNounToll(view: TokenView, i: number, people: PeopleAt, noun: PhraseMatch<CasualtyKind>): boolean {
  if (SINGULAR_NOUN_CUES.has(noun.phrase)) return people.count.min <= 1;
  if (noun.phrase !== "lives") return true;
  return LIVES_VERBS.has(view.lower[i - 1] ?? "") || LIVES_VERBS.has(view.lower[noun.end] ?? "") || LIVES_VERBS.has(view.lower[noun.end + 1] ?? "");
}

/** "killing at least 12", "the strike killed 12 people", "wounding six others", "killed him", "the body of a man". */
function actionFirst(view: TokenView, i: number): FoundCasualty | undefined {
  const first = matchAt(view, i, ACTION);
  if (!first || isPassive(view, i) || isShotAtSomething(view, first) || isUnrealized(view, i) || isAttributedAttack(view, i)) return undefined;
  if (NOUN_LIKE_ACTIONS.has(first.phrase) && !OBJECT_PRONOUNS.has(view.lower[first.end] ?? "")) return undefined;
  const action = joinedAction(view, first);
  const object = objectAt(view, action.end);
  if (!object) return undefined;
  // "killed a man and a woman was injured": the coordinated phrase starts a new clause.
  const ownEnd = object.victims.ownEnd;
  const startsClause = ownEnd !== undefined && (AUXILIARIES.has(view.lower[object.victims.end] ?? "") || matchAt(view, object.victims.end, STATE));
  const people = startsClause ? { ...object, victims: ownPhrase(object.victims, ownEnd) } : object;
  const { victims } = people;
  if (people.singular && victims.uncounted) return undefined;
  const noun = people.singular && victims.hasNoun ? undefined : matchAt(view, victims.end, NOUN);
  if (victims.dangling && !noun) return undefined;
  const shot = WEAK_CUES.has(action.phrase);
  // A bare count after a verb of shooting is a number of shots ("shot 12 times").
  if (shot && !victims.hasNoun && !people.singular && !noun) return undefined;
  const end = noun ? noun.end : victims.end;
  const total = addTo(people.count, victims.added, victims.spread);
  // "shot his brother to death", "beat a man to death": the end of the phrase says they died.
  const toDeath = view.lower[end] === "to" && view.lower[end + 1] === "death";
  return make(view, {
    kind: toDeath ? "killed" : action.value,
    count: total,
    start: view.tokens.start(i),
    end: view.tokens.end(end - 1),
    victimsFrom: people.from,
    victimsEnd: victims.end,
    vague: people.vague || victims.spread !== undefined,
    countStart: people.start,
    shot: shot && !toDeath,
    known: people.known,
  });
}

/** The phrase without its coordinated part, which starts at `ownEnd`. */
function ownPhrase(victims: VictimPhrase, ownEnd: number): VictimPhrase {
  const out: { -readonly [K in keyof VictimPhrase]: VictimPhrase[K] } = { end: ownEnd, hasNoun: victims.hasNoun, dangling: victims.dangling, added: 0, uncounted: false };
  if (victims.head !== undefined) out.head = victims.head;
  if (victims.ownEnd !== undefined) out.ownEnd = victims.ownEnd;
  return out;
}

/** "shot and critically injured": a second action joined to the first says what happened. */
function joinedAction(view: TokenView, first: PhraseMatch<CasualtyKind>): PhraseMatch<CasualtyKind> {
  if (view.lower[first.end] !== "and") return first;
  const k = isAdverb(view.lower[first.end + 1] ?? "") ? first.end + 2 : first.end + 1;
  const second = matchAt(view, k, ACTION);
  if (!second) return first;
  const fatal = DEGREE_ADVERBS.get(view.lower[k - 1] ?? "") === "killed";
  return { ...second, value: fatal ? "killed" : second.value, start: first.start };
}

/** "a double murder", "a triple homicide", "a murder-suicide", "a quadruple shooting". */
function multipleKilling(view: TokenView, i: number): FoundCasualty | undefined {
  const word = view.lower[i] ?? "";
  // "an attempted murder-suicide" may have left one dead or none.
  if ((word === "murder-suicide" || word === "murder-suicides") && view.lower[i - 1] !== "attempted") {
    const start = view.tokens.start(i);
    return make(view, { kind: "killed", count: { min: 2 }, start, end: view.tokens.end(i), victimsFrom: i, victimsEnd: i, vague: false, countStart: start, shot: false, known: false });
  }
  // "triple homicide" as two words or as one ("triple-homicide").
  const dash = word.indexOf("-");
  const first = dash < 0 ? word : word.slice(0, dash);
  if (!MULTIPLE_KILLINGS.has(first)) return undefined;
  const second = dash < 0 ? undefined : word.slice(dash + 1);
  const times = MULTIPLE_KILLINGS.get(first);
  const noun = second ?? view.lower[i + 1] ?? "";
  if (times === undefined || !(KILLING_NOUNS.has(noun) || SHOOTING_NOUNS.has(noun))) return undefined;
  const shot = SHOOTING_NOUNS.has(noun);
  const start = view.tokens.start(i);
  const end = second === undefined ? view.tokens.end(i + 1) : view.tokens.end(i);
  const count = { min: times, max: times };
  return make(view, { kind: shot ? "injured" : "killed", count, start, end, victimsFrom: i, victimsEnd: i, vague: false, countStart: start, shot, known: false });
}

/** True when nothing of the clause follows token `k`. */
function isClauseEnd(view: TokenView, k: number): boolean {
  return k < 0 || k >= view.tokens.length || view.tokens.kind(k) === "punct" || view.lower[k] === "and" || view.lower[k] === "while";
}

/** "shot at", "shot down": a shot at something, not a person hit. */
function isShotAtSomething(view: TokenView, action: PhraseMatch<CasualtyKind>): boolean {
  return WEAK_CUES.has(action.phrase) && SHOT_PARTICLES.has(view.lower[action.end] ?? "");
}

/** "the death toll rose to 12", "a toll of at least 12". */
function tollAt(view: TokenView, i: number): FoundCasualty | undefined {
  const toll = matchAt(view, i, TOLL);
  if (!toll) return undefined;
  if (toll.phrase === "toll" && view.lower[i - 1] !== "the" && !view.lower[i - 1]?.endsWith("'s")) return undefined;
  for (let k = toll.end; k < Math.min(view.tokens.length, toll.end + MAX_TOLL_GAP); k++) {
    const word = view.lower[k]!;
    if (word === "." || word === ";") return undefined;
    const count = countAt(view, k);
    if (!count) continue;
    // "rose from 10 to 12": the count is after "to".
    if (view.lower[k - 1] === "from") {
      k = count.end - 1;
      continue;
    }
    const start = view.tokens.start(i);
    return make(view, { kind: toll.value, count: count.count, start, end: count.endOffset, victimsFrom: count.end, victimsEnd: count.end, vague: count.vague, countStart: count.start, shot: false, known: false });
  }
  return undefined;
}

/** A cue after the people counted, past auxiliaries and adverbs. */
interface StateReading {
  readonly kind: CasualtyKind;
  /** The cue, for the active-verb check. */
  readonly match: PhraseMatch<CasualtyKind>;
  /** Index just past the cue. */
  readonly end: number;
  readonly auxiliaries: number;
  /** True when a form of "be" comes before the cue: "killed" is then a participle, not an active verb. */
  readonly passive: boolean;
  /** "was not injured", "could have been killed". */
  readonly negated: boolean;
  /** "have killed", "had shot": a perfect with no "been", so the cue is an active verb. */
  readonly perfect: boolean;
  /** "killed or injured": two kinds in one count. */
  readonly mixed: boolean;
  readonly shot: boolean;
}

/** Reads auxiliaries ("were", "have been", "reportedly"), degree adverbs, then a state cue. */
function readState(view: TokenView, k: number): StateReading | undefined {
  let auxiliaries = 0;
  let negated = false;
  let passive = false;
  let fatal: CasualtyKind | undefined;
  let feared = false;
  while (auxiliaries < MAX_AUXILIARIES) {
    const word = view.lower[k] ?? "";
    if (PASSIVE_AUXILIARIES.has(word)) passive = true;
    if (FEARED_WORDS.has(word)) feared = true;
    if (NEGATIONS.has(word) || HYPOTHETICAL.has(word) || (word === "would" && isModalPerfect(view, k + 1))) negated = true;
    else if (DEGREE_ADVERBS.has(word)) fatal = DEGREE_ADVERBS.get(word) ?? fatal;
    else if (matchAt(view, k, STATE)) break;
    // "had a gunshot wound", "has minor injuries": a form of "have" that takes the injury.
    else if (HAVE_WORDS.has(word) && readSuffered(view, k)) break;
    // "was engaged and killed": the other verb and its "and" lead to the cue.
    else if (isParticipleBeforeCue(view, k)) k++;
    else if (!AUXILIARIES.has(word) && !isAdverb(word)) break;
    k++;
    auxiliaries++;
  }
  const suffered = readSuffered(view, k);
  // A finite "had" is a verb of its own, as an auxiliary is: it may follow an inserted phrase ("one man in the car had a wound").
  if (suffered) return { ...suffered, auxiliaries: auxiliaries + (HAVE_WORDS.has(view.lower[k] ?? "") ? 1 : 0), passive: true, negated, perfect: false, mixed: false, shot: suffered.kind === "injured" && suffered.gunshot };
  const match = matchAt(view, k, STATE);
  if (!match) return undefined;
  const shot = WEAK_CUES.has(match.phrase);
  const particle = view.lower[match.end] ?? "";
  // "was shot at" is fired upon; "was shot at a party", "shot at Ohio bar", "shot at 2 a.m." say where or when.
  if (shot && SHOT_PARTICLES.has(particle) && !(particle === "at" && isWhereOrWhen(view, match.end + 1))) return undefined;
  // "were shot and killed" is read as one phrase; "killed or injured" mixes two kinds.
  const joiner = view.lower[match.end];
  const after = joiner === "or" || joiner === "and" ? matchAt(view, match.end + 1, STATE) : undefined;
  const mixed = after !== undefined && after.value !== match.value && !shot;
  const stated = fatal ?? (shot && after?.value === "killed" ? "killed" : match.value);
  // "40 feared dead", "are presumed to have died": a death not confirmed, people unaccounted for.
  const kind = feared && stated === "killed" ? "missing" : stated;
  const perfect = !passive && HAVE_WORDS.has(view.lower[match.start - 1] ?? "");
  return { kind, match, end: match.end, auxiliaries, passive, negated, perfect, mixed, shot: shot && kind !== "killed" };
}

/**
 * True when the words at token `k`, after a passive "shot at", say where or when: a determiner,
 * a number ("at 2 a.m."), a name ("at Georgia bar": one is fired upon "by" a person, not "at" one).
 */
function isWhereOrWhen(view: TokenView, k: number): boolean {
  if (k >= view.tokens.length) return false;
  return LOCATION_AFTER_AT.has(view.lower[k]!) || view.tokens.kind(k) === "number" || startsUpper(view.tokens.text(k));
}

/**
 * True when "have" follows a modal at token `k`, maybe past an adverb ("would likely have been
 * killed", "would have died"): what did not happen. "Would" alone may tell what did, later ("would
 * later die").
 */
function isModalPerfect(view: TokenView, k: number): boolean {
  const next = isAdverb(view.lower[k] ?? "") ? view.lower[k + 1] : view.lower[k];
  return next === "have" || next === "'ve";
}

/** "accidentally", "allegedly": an adverb of manner in the auxiliary chain. */
function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith("ly") && !NOT_ADVERBS.has(word);
}

/** "was engaged and killed", "were hit and injured": another verb joined to the cue. */
function isParticipleBeforeCue(view: TokenView, k: number): boolean {
  // "was beaten, shot to death": a comma joins them as "and" does.
  return kindAt(view, k) === "word" && (view.lower[k + 1] === "and" || view.lower[k + 1] === ",") && matchAt(view, k + 2, STATE) !== undefined;
}

/** "suffered non-life-threatening injuries", "with gunshot wounds", "sustained fatal injuries". */
function readSuffered(view: TokenView, k: number): { kind: CasualtyKind; match: PhraseMatch<CasualtyKind>; end: number; gunshot: boolean } | undefined {
  if (!SUFFER_WORDS.has(view.lower[k] ?? "") && !HAVE_WORDS.has(view.lower[k] ?? "")) return undefined;
  let fatal = false;
  for (let e = k + 1; e < Math.min(view.tokens.length, k + MAX_AUXILIARIES); e++) {
    const word = view.lower[e]!;
    // "has died from her injuries": the injuries are the death's cause, not what was suffered.
    if (matchAt(view, e, DEATHS)) return undefined;
    if (FATAL_WORDS.has(word)) fatal = true;
    if (INJURY_NOUNS.has(word)) {
      const kind: CasualtyKind = fatal ? "killed" : "injured";
      // "with gunshot wounds" says they were hit, as "shot" does: the dead may be among them.
      const gunshot = GUNSHOT_WORDS.has(view.lower[e - 1] ?? "");
      return { kind, match: { value: kind, phrase: view.lower[k]!, start: k, end: k + 1 }, end: e + 1, gunshot };
    }
    if (view.tokens.kind(e) === "punct" && word !== "-") return undefined;
  }
  return undefined;
}

/** True when a cue right after the people is an active verb with its own object ("two gunmen killed three people", "he shot his wife"). */
function isActive(view: TokenView, match: PhraseMatch<CasualtyKind>): boolean {
  const action = matchAt(view, match.start, ACTION);
  if (!action) return false;
  const at = joinedAction(view, action).end;
  const object = objectAt(view, at);
  if (object) return !object.victims.dangling;
  // "the suspect shot the dog": the subject shot an animal, they were not shot.
  if (isAnimalAt(view, at)) return true;
  // "shot and killed his sons", "a man who shot firefighters": an object of people the text does not count.
  const from = POSSESSIVES.has(view.lower[at] ?? "") ? at + 1 : at;
  const plural = readVictims(view, from, false);
  return plural !== undefined && plural.hasNoun && !plural.dangling;
}

/**
 * True when the action at `i` did not happen: an intent ("plotted to kill her", "tried to shoot
 * him"; "led him to kill" did happen) or a modal perfect ("could have killed someone").
 */
function isUnrealized(view: TokenView, i: number): boolean {
  const before = view.lower[i - 1] ?? "";
  if (before === "to") return INTENT_BEFORE_TO.has(view.lower[i - 2] ?? "");
  if (before !== "have" && before !== "'ve") return false;
  // "could easily have killed her": an adverb may stand between the modal and "have".
  const modal = isAdverb(view.lower[i - 2] ?? "") ? i - 3 : i - 2;
  return HYPOTHETICAL_MODALS.has(view.lower[modal] ?? "");
}

/** True when the action cue at `i` follows a passive auxiliary ("were killed 12 km away"). */
function isPassive(view: TokenView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = view.lower[k]!;
    if (PASSIVE_AUXILIARIES.has(word)) return true;
    if (!DEGREE_ADVERBS.has(word) && word !== "reportedly" && word !== "also" && word !== "allegedly") return false;
  }
  return false;
}

/** Steps over an inserted phrase between the people and the cue: ", including children,", "(...)", "of the 11,000 troops". */
function skipInsert(view: TokenView, k: number, victims: VictimPhrase, plural = false): { end: number; skipped: boolean; added?: number } {
  const open = view.lower[k] ?? "";
  // "six people, three men and three women, were shot", "three others, two men, ages 20 and 22, and a woman, 33, are":
  // after a count, a list set off by commas names the people counted, no more of them.
  if (plural && open === "," && (APPOSITION_STARTS.has(view.lower[k + 1] ?? "") || countAt(view, k + 1))) {
    const end = listedEnd(view, k);
    if (end > k) return { end, skipped: false };
  }
  // "the student, who was not named, died", "the boy, identified as ..., died": set off by commas.
  if (open === "," && (view.lower[k + 1] === "who" || view.lower[k + 1] === "identified" || view.lower[k + 1] === "named")) {
    for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      if (view.lower[e] === ",") return { end: e + 1, skipped: false };
    }
    return { end: k, skipped: false };
  }
  // "one of those people died", "one of the victims, a man, died", "two of four victims died": the people the count is taken from.
  const wholeFrom = PARTITIVE_DETERMINERS.has(view.lower[k + 1] ?? "") ? k + 2 : countAt(view, k + 1) ? k + 1 : -1;
  if (open === "of" && !victims.hasNoun && wholeFrom > 0) {
    const whole = readVictims(view, wholeFrom, false);
    const end = whole?.hasNoun && !whole.dangling ? appositionEnd(view, whole.end) : k;
    // "one of the two men shot Sunday has died": a participle followed by more of its clause modifies the whole.
    const state = end > k ? matchAt(view, end, STATE) : undefined;
    if (end > k && (AUXILIARIES.has(view.lower[end] ?? "") || (state && isClauseEnd(view, state.end)) || matchAt(view, end, DEATHS))) return { end, skipped: false };
  }
  // "two of them died": the people the count is taken from.
  if (open === "of" && (view.lower[k + 1] === "them" || view.lower[k + 1] === "those")) return { end: k + 2, skipped: false };
  // "Tom Baker, a volunteer firefighter, died", "the victim, of the 300 block of Oak Street, was": who they are, set off by commas.
  if (open === "," && APPOSITION_STARTS.has(view.lower[k + 1] ?? "")) {
    for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      if (view.lower[e] === ",") return AUXILIARIES.has(view.lower[e + 1] ?? "") || matchAt(view, e + 1, STATE) || matchAt(view, e + 1, DEATHS) ? { end: e + 1, skipped: false } : { end: k, skipped: false };
      // "a 33-year-old man": the hyphens of an age belong to the apposition.
      if ((view.tokens.kind(e) === "punct" && view.lower[e] !== "-") || view.lower[e] === "and") break;
    }
  }
  // "Her parents, Jess Stone and Jay Bice, were taken ...", "the victim, Tom Baker, 25, died": names in apposition.
  if (open === "," && kindAt(view, k + 1) === "word" && startsUpper(view.tokens.text(k + 1))) {
    for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      const kind = view.tokens.kind(e);
      if (view.lower[e] === ",") {
        if (AUXILIARIES.has(view.lower[e + 1] ?? "") || matchAt(view, e + 1, STATE) || matchAt(view, e + 1, DEATHS)) return { end: e + 1, skipped: false };
        if (kindAt(view, e + 1) !== "number") break;
        continue;
      }
      if (!(kind === "number" || view.lower[e] === "and" || view.lower[e] === "." || (kind === "word" && startsUpper(view.tokens.text(e))))) break;
    }
  }
  // "the man, 34, was arrested": an age in apposition.
  if (open === "," && kindAt(view, k + 1) === "number" && view.lower[k + 2] === ",") return { end: k + 3, skipped: false };
  const closer = open === "(" ? ")" : open === "," || open === "-" || open === "–" || open === "—" ? open : undefined;
  if (closer && BREAKDOWN_WORDS.has(view.lower[k + 1] ?? "")) {
    for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      if (view.lower[e] === closer) return { end: e + 1, skipped: true };
    }
    return { end: k, skipped: false };
  }
  if (open === "of" || (PLACE_INSERTS.has(open) && victims.hasNoun)) {
    for (let e = k + 1; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      const word = view.lower[e]!;
      // "Tom Baker, 17, of Springfield, was killed": the phrase closed by a comma before the verb.
      if (word === "," && AUXILIARIES.has(view.lower[e + 1] ?? "") && view.lower[e + 1] !== "to") return { end: e + 1, skipped: true };
      if (view.tokens.kind(e) === "punct") return { end: k, skipped: false };
      // "a baby in Ohio died after he was shot": a finite death is the subject's own verb, not one to skip
      // over ("three hikers injured in the fall" is a participle and is skipped).
      if (matchAt(view, e, DEATHS)) return { end: k, skipped: false };
      // "a commander of the province and two aides were killed": counted people joined after the phrase share its verb.
      if (word === "and" && victims.hasNoun && !victims.added) {
        const more = readCoordinated(view, e);
        if (more && !more.uncounted && more.added > 0 && more.spread === undefined && (AUXILIARIES.has(view.lower[more.end] ?? "") || matchAt(view, more.end, STATE))) return { end: more.end, skipped: false, added: more.added };
      }
      if (AUXILIARIES.has(word) && word !== "to" && word !== "all" && word !== "both" && word !== "each") return { end: e, skipped: true };
    }
  }
  return { end: k, skipped: false };
}

/** Forms of "have" that may take an injury as object ("had a gunshot wound"), and are auxiliaries otherwise. */
const HAVE_WORDS: ReadonlySet<string> = new Set(["had", "has", "have"]);

/** Prepositions of a phrase that says where or whence the people are ("both men inside the car were killed"). */
const PLACE_INSERTS: ReadonlySet<string> = new Set(["in", "from", "inside", "outside", "near", "at"]);

/** Words that open an apposition saying who the people are ("John Smith, a father of two,"). */
const APPOSITION_STARTS: ReadonlySet<string> = new Set(["a", "an", "of"]);

/** Determiners of the whole a count is taken from ("one of the victims"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(["the", "those", "these", "his", "her", "their"]);

/** Past ", a man," after the people: an apposition that says who they are. */
function appositionEnd(view: TokenView, k: number): number {
  if (view.lower[k] !== "," || (view.lower[k + 1] !== "a" && view.lower[k + 1] !== "an")) return k;
  for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
    if (view.lower[e] === ",") return e + 1;
    if (view.tokens.kind(e) === "punct" || matchAt(view, e, STATE)) return k;
  }
  return k;
}

/** A count plus the people a coordinated phrase adds. */
function addTo(count: Count, added: number, spread?: number): Count {
  if (spread !== undefined) {
    // "a leader and several associates": one plus three to nine, a vague amount as a whole.
    return count.max !== undefined ? { min: count.min + added, max: count.max + added + spread, approximate: true } : { min: count.min + added, approximate: true };
  }
  if (!added) return count;
  return { ...count, min: count.min + added, ...(count.max !== undefined ? { max: count.max + added } : {}) };
}

function found(view: TokenView, kind: CasualtyKind, people: PeopleAt, lastToken: number, shot: boolean): FoundCasualty {
  const total = addTo(people.count, people.victims.added, people.victims.spread);
  return make(view, {
    kind,
    count: total,
    start: people.start,
    end: view.tokens.end(lastToken),
    victimsFrom: people.from,
    victimsEnd: people.victims.end,
    vague: people.vague || people.victims.spread !== undefined,
    countStart: people.start,
    shot,
    known: people.known,
  });
}

/** What a casualty is built from: its kind and count, and token and offset bounds of its parts. */
interface Parts {
  readonly kind: CasualtyKind;
  readonly count: Count;
  readonly start: number;
  readonly end: number;
  readonly victimsFrom: number;
  readonly victimsEnd: number;
  readonly vague: boolean;
  readonly countStart: number;
  readonly shot: boolean;
  readonly known: boolean;
}

function make(view: TokenView, parts: Parts): FoundCasualty {
  const { kind, count, start, end, victimsEnd, vague, countStart, shot, known } = parts;
  // "three more bodies", "five other soldiers": the filler says the count adds to another, it is no one counted.
  let victimsFrom = parts.victimsFrom;
  while (victimsFrom < victimsEnd && COUNT_FILLERS.has(view.lower[victimsFrom] ?? "")) victimsFrom++;
  const inView = (k: number): boolean => k >= 0 && k < view.tokens.length;
  const victims = inView(victimsFrom) && inView(victimsEnd - 1) && victimsEnd > victimsFrom ? { start: view.tokens.start(victimsFrom), end: view.tokens.end(victimsEnd - 1) } : undefined;
  return { kind, count, span: { start, end }, victims, vague, countStart, shot, known, apart: false, killer: isReflexiveAt(view, firstTokenFrom(view.tokens, countStart)) };
}
