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
import type { CasualtyKind, Count, Span } from "../model.js";
import {
  ACTION_CUES,
  AUXILIARIES,
  BREAKDOWN_WORDS,
  DEGREE_ADVERBS,
  NEGATIONS,
  NOUN_CUES,
  PASSIVE_AUXILIARIES,
  STATE_CUES,
  TOLL_CUES,
  WEAK_CUES,
} from "../lexicon/casualty-cues.js";
import { POSSESSIVES, FAMILY_COUNTS } from "../lexicon/casualty-victims.js";
import { countAt, type CountAt } from "./count-at.js";
import { readVictims, type VictimPhrase } from "./victim-phrase.js";
import { indexPhrases, matchAt, type PhraseMatch, type TokenView } from "./token-view.js";

/** A casualty count found in a sentence, before place and date are attached. */
export interface FoundCasualty {
  /** What happened to them. */
  readonly kind: CasualtyKind;
  /** How many. */
  readonly count: Count;
  /** The evidence. */
  readonly span: Span;
  /** Who they were, as written. */
  readonly victims?: Span;
  /** True for a vague amount ("dozens"). */
  readonly vague: boolean;
  /** Where the count itself starts; one casualty per count. */
  readonly countStart: number;
  /** True when the cue says only that they were shot: the kind may be refined by the caller. */
  readonly shot: boolean;
}

const STATE = indexPhrases(STATE_CUES);
const ACTION = indexPhrases(ACTION_CUES);
const NOUN = indexPhrases(NOUN_CUES);
const TOLL = indexPhrases(TOLL_CUES);
/** Most auxiliaries and adverbs between the people and the cue ("are believed to have been killed"). */
const MAX_AUXILIARIES = 6;
/** Most tokens of an inserted phrase we step over ("- including two children and a pregnant woman -"). */
const MAX_INSERT = 14;
/** Most tokens between "toll" and its count ("the death toll has now risen to at least 12"). */
const MAX_TOLL_GAP = 8;

/** Every casualty count in the sentence `view`, in text order, one per count. */
export function findInSentence(view: TokenView): FoundCasualty[] {
  const out: FoundCasualty[] = [];
  const taken = new Set<number>();
  const add = (found: FoundCasualty | undefined): void => {
    if (!found || taken.has(found.countStart)) return;
    taken.add(found.countStart);
    out.push(found);
  };
  let countFrom = 0; // count-first readings never start inside a count already read
  for (let i = 0; i < view.tokens.length; i++) {
    add(actionFirst(view, i));
    add(tollAt(view, i));
    if (i >= countFrom) {
      const count = countAt(view, i);
      if (count) {
        add(countFirst(view, i, count));
        countFrom = count.end;
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** True when the count at token `i` sits inside a breakdown of another count ("including four children"). */
function isBreakdown(view: TokenView, i: number): boolean {
  const before = view.lower[i - 1] ?? "";
  const twoBefore = view.lower[i - 2] ?? "";
  return BREAKDOWN_WORDS.has(before) || BREAKDOWN_WORDS.has(twoBefore) || (twoBefore === "of" && (before === "them" || before === "whom"));
}

/** "12 people were killed", "Four killed", "Four deaths were reported", "a woman was killed". */
function countFirst(view: TokenView, i: number, count: CountAt): FoundCasualty | undefined {
  if (isBreakdown(view, i)) return undefined;
  let j = count.end;
  if (count.vague && view.lower[j] === "of") j++;
  const victims = readVictims(view, j);
  if (!victims) return undefined;
  // "a" counts one only before a noun for people.
  if (count.end === i + 1 && (view.lower[i] === "a" || view.lower[i] === "an") && !victims.hasNoun) return undefined;
  const noun = matchAt(view, victims.end, NOUN);
  if (victims.dangling && !noun) return undefined;
  let k = noun ? noun.end : victims.end;
  const inserted = skipInsert(view, k, victims);
  k = inserted.end;
  const state = readState(view, k);
  if (state && (state.auxiliaries > 0 || !inserted.skipped)) {
    if (state.negated || state.mixed) return undefined;
    if (state.auxiliaries === 0 && isActive(view, state.match)) return undefined;
    return found(view, state.kind, count, victims, j, count.start, state.match.end - 1, state.shot);
  }
  return noun ? found(view, noun.value, count, victims, j, count.start, noun.end - 1, false) : undefined;
}

/** "killing at least 12", "the strike killed 12 people", "wounding six others", "the body of a man". */
function actionFirst(view: TokenView, i: number): FoundCasualty | undefined {
  const action = matchAt(view, i, ACTION);
  if (!action || isPassive(view, i)) return undefined;
  let j = action.end;
  const family = familyAt(view, j);
  if (family) return make(action.value, { min: family.count, max: family.count }, view.tokens[i]!.start, view.tokens[family.end - 1]!.end, view, j, family.end, false, view.tokens[j]!.start, WEAK_CUES.has(action.phrase));
  const count = countAt(view, j);
  if (!count) return undefined;
  j = count.end;
  if (count.vague && view.lower[j] === "of") j++;
  const victims = readVictims(view, j);
  if (!victims) return undefined;
  if ((view.lower[action.end] === "a" || view.lower[action.end] === "an") && count.count.max === 1 && !victims.hasNoun) return undefined;
  const noun = matchAt(view, victims.end, NOUN);
  if (victims.dangling && !noun) return undefined;
  // A bare count after a verb of shooting is a number of shots ("shot 12 times").
  if (!victims.hasNoun && WEAK_CUES.has(action.phrase) && !noun) return undefined;
  const end = noun ? noun.end : victims.end;
  const evidenceEnd = view.tokens[end - 1]!.end;
  const total = addTo(count.count, victims.added);
  return make(action.value, total, view.tokens[i]!.start, evidenceEnd, view, j, victims.end, count.vague, count.start, WEAK_CUES.has(action.phrase));
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
    return make(toll.value, count.count, view.tokens[i]!.start, count.endOffset, view, count.end, count.end, count.vague, count.start, false);
  }
  return undefined;
}

/** A cue after the people counted, past auxiliaries and adverbs. */
interface StateReading {
  readonly kind: CasualtyKind;
  readonly match: PhraseMatch<CasualtyKind>;
  readonly auxiliaries: number;
  readonly negated: boolean;
  /** "killed or injured": two kinds in one count. */
  readonly mixed: boolean;
  readonly shot: boolean;
}

/** Reads auxiliaries ("were", "have been", "reportedly"), degree adverbs, then a state cue. */
function readState(view: TokenView, k: number): StateReading | undefined {
  let auxiliaries = 0;
  let negated = false;
  let fatal: CasualtyKind | undefined;
  while (auxiliaries < MAX_AUXILIARIES) {
    const word = view.lower[k] ?? "";
    if (NEGATIONS.has(word)) negated = true;
    else if (DEGREE_ADVERBS.has(word)) fatal = DEGREE_ADVERBS.get(word) ?? fatal;
    else if (!AUXILIARIES.has(word) || matchAt(view, k, STATE)) break;
    k++;
    auxiliaries++;
  }
  const match = matchAt(view, k, STATE);
  if (!match) return undefined;
  const shot = WEAK_CUES.has(match.phrase);
  // "were shot and killed" is read as one phrase; "killed or injured" mixes two kinds.
  const joiner = view.lower[match.end];
  const after = joiner === "or" || joiner === "and" ? matchAt(view, match.end + 1, STATE) : undefined;
  const mixed = after !== undefined && after.value !== match.value && !shot;
  const kind = fatal ?? (shot && after?.value === "killed" ? "killed" : match.value);
  return { kind, match, auxiliaries, negated, mixed, shot: shot && kind !== "killed" };
}

/** True when a cue right after the people is an active verb with its own object ("two gunmen killed three people"). */
function isActive(view: TokenView, match: PhraseMatch<CasualtyKind>): boolean {
  if (!matchAt(view, match.start, ACTION)) return false;
  const next = view.lower[match.end] ?? "";
  if (POSSESSIVES.has(next)) return true;
  const count = countAt(view, match.end);
  if (!count) return false;
  const victims = readVictims(view, count.end);
  return victims !== undefined && (victims.hasNoun || !victims.dangling);
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

/** "his wife", "their parents", "her two children" after an action cue. */
function familyAt(view: TokenView, j: number): { count: number; end: number } | undefined {
  if (!POSSESSIVES.has(view.lower[j] ?? "")) return undefined;
  const family = FAMILY_COUNTS.get(view.lower[j + 1] ?? "");
  if (family !== undefined) return { count: family, end: j + 2 };
  return undefined;
}

/** Steps over an inserted phrase between the people and the cue: ", including children,", "(...)", "of the 11,000 troops". */
function skipInsert(view: TokenView, k: number, victims: VictimPhrase): { end: number; skipped: boolean } {
  const open = view.lower[k] ?? "";
  const closer = open === "(" ? ")" : open === "," || open === "-" || open === "–" || open === "—" ? open : undefined;
  if (closer && BREAKDOWN_WORDS.has(view.lower[k + 1] ?? "")) {
    for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      if (view.lower[e] === closer) return { end: e + 1, skipped: true };
    }
    return { end: k, skipped: false };
  }
  if (open === "of" || (open === "in" && victims.hasNoun)) {
    for (let e = k + 1; e < Math.min(view.tokens.length, k + MAX_INSERT); e++) {
      const word = view.lower[e]!;
      if (view.tokens[e]!.kind === "punct") return { end: k, skipped: false };
      if (AUXILIARIES.has(word) && word !== "to" && word !== "all" && word !== "both" && word !== "each") return { end: e, skipped: true };
    }
  }
  return { end: k, skipped: false };
}

/** A count plus the people a coordinated phrase adds. */
function addTo(count: Count, added: number): Count {
  if (!added) return count;
  return { ...count, min: count.min + added, ...(count.max !== undefined ? { max: count.max + added } : {}) };
}

function found(
  view: TokenView,
  kind: CasualtyKind,
  count: CountAt,
  victims: VictimPhrase,
  victimsStart: number,
  start: number,
  lastToken: number,
  shot: boolean,
): FoundCasualty {
  const total = addTo(count.count, victims.added);
  return make(kind, total, start, view.tokens[lastToken]!.end, view, victimsStart, victims.end, count.vague, count.start, shot);
}

function make(
  kind: CasualtyKind,
  count: Count,
  start: number,
  end: number,
  view: TokenView,
  victimsFrom: number,
  victimsEnd: number,
  vague: boolean,
  countStart: number,
  shot: boolean,
): FoundCasualty {
  const first = view.tokens[victimsFrom];
  const last = view.tokens[victimsEnd - 1];
  const victims = first && last && victimsEnd > victimsFrom ? { start: first.start, end: last.end } : undefined;
  return { kind, count, span: { start, end }, ...(victims ? { victims } : {}), vague, countStart, shot };
}
