/**
 * Frames of one sentence against each other: a clause ends where a later frame or a coordinated
 * report begins ("said A and warned against B"), so each character is reported by a bounded number
 * of statements; a source set off as an aside ("CBS News, citing sources, reports …") and a noun of
 * speech inside another frame's clause make no frame of their own.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import { isSpaceAt } from "../text/chars.js";
import type { Cue } from "./cues.js";
import { GERUND_OPENERS, SUBJECT_PRONOUNS, VERB_PREFIXES } from "./speaker-words.js";
import { isAbbreviationDot, isAdverbAt, isWordAt, kindAt, lowerAt, textAt } from "./token-reads.js";
import { trimSpan } from "./spans.js";
import { setContent, type Frame } from "./frame.js";

/**
 * "CBS News, citing unnamed sources, reports that …": a participle set off between a subject and
 * its reporting verb names where the report came from; it is part of that frame, not a statement.
 */
export function dropSourceAsides(doc: Document, frames: Frame[]): void {
  let kept = 0;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const next = frames[i + 1];
    const aside = f.participial && f.content && next && next.sentence === f.sentence && next.cueSpan.start > f.content.end && /^\s*,\s*$/u.test(doc.text.slice(f.content.end, next.cueSpan.start));
    if (!aside) frames[kept++] = f;
  }
  frames.length = kept;
}

/**
 * "Critics rejected Miller's claim that …", "X said Trump's claim that …": a noun of speech in what
 * a verb before it reports belongs to that frame, which reads the clause already.
 */
export function dropReadNouns(frames: Frame[]): void {
  let kept = 0;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const g = kept > 0 ? frames[kept - 1] : undefined;
    const read = f.cue.noun && g && g.sentence === f.sentence && g.placement === "lead" && g.content && g.cueSpan.end <= f.cueSpan.start && g.content.end >= f.cueSpan.end;
    if (!read) frames[kept++] = f;
  }
  frames.length = kept;
}

/** Most cues looked at inside one clause, and most words between a conjunction and its verb ("and he has also said"). */
const MAX_INNER_CUES = 8;
const MAX_COORDINATED_SUBJECT = 5;

/**
 * A reported clause ends where a coordinated report begins ("said A and warned against B",
 * "said A, but Democrats accused B"), whether or not that second verb made a frame of its own.
 */
export function trimAtCoordinatedCues(doc: Document, frames: Frame[], cues: readonly Cue[]): void {
  const { tokens } = doc;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    const content = frame.content;
    if (!content || reportsWholeClause(frame)) continue;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start(cues[mid]!.token) <= content.start) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < cues.length && c - lo < MAX_INNER_CUES; c++) {
      const at = cues[c]!.token;
      if (tokens.start(at) >= content.end) break;
      const conjunction = coordinatorBefore(doc, at, content.start);
      // "said the city and its allies will seek …", "said floods and storms demand …": with no comma
      // before it, "and" and a lower-case noun phrase make one subject inside the reported clause.
      if (conjunction !== undefined && jointSubject(tokens, conjunction, at)) break;
      if (conjunction !== undefined) {
        const end = trimSpan(doc.text, content.start, tokens.start(conjunction));
        if (end) setContent(frame, end);
        break;
      }
    }
  }
}

/**
 * "According to X, A praised B, and she asked C to …": a source put before its clause stands for
 * the whole of it, reports and coordinated clauses within, so the clause is not cut at them.
 */
function reportsWholeClause(frame: Frame): boolean {
  return frame.cue.according && frame.placement === "lead";
}

/** True when the "and" at `conjunction`, with no comma before it, joins a lower-case noun phrase to the subject of the verb at `at`. */
function jointSubject(tokens: TokenList, conjunction: number, at: number): boolean {
  if (lowerAt(tokens, conjunction) !== "and" || textAt(tokens, conjunction - 1) === ",") return false;
  const next = conjunction + 1;
  if (next >= at || kindAt(tokens, next) !== "word" || !/^\p{Ll}/u.test(tokens.text(next))) return false;
  const w = tokens.lower(next);
  return !SUBJECT_PRONOUNS.has(w) && !VERB_PREFIXES.has(w) && !isAdverbAt(tokens, next);
}

/** The "and"/"but" a few words before token `at`, past a subject and auxiliaries, not before `floor`. */
function coordinatorBefore(doc: Document, at: number, floor: number): number | undefined {
  const { tokens } = doc;
  for (let k = at - 1; k >= 0 && at - k <= MAX_COORDINATED_SUBJECT && tokens.start(k) > floor; k--) {
    const w = lowerAt(tokens, k);
    if (w === "and" || w === "but") return k;
    // "and Ms. Acosta said": a title's dot stays inside the subject.
    if (!isWordAt(tokens, k) && w !== "'s" && w !== "’s" && !isAbbreviationDot(tokens, k)) return undefined;
  }
  return undefined;
}

/**
 * True for a frame whose speaker stands right before its participle, or before a dashed aside
 * that does ("… and others stressing …", "with Nora Pike — a rival — attacking …").
 */
function describesParticiple(text: string, f: Frame): boolean {
  if (!f.cue.participle || f.speaker === undefined || f.speaker.start !== f.start) return false;
  const gap = f.cueSpan.start - f.speaker.end;
  if (gap === 1) return isSpaceAt(text, f.speaker.end);
  const between = text.slice(f.speaker.end, f.cueSpan.start);
  return gap < MAX_ASIDE_CHARS && /^ [—–] [^—–]+ [—–] $/u.test(between);
}

/** Most characters of a dashed aside between a speaker and its participle. */
const MAX_ASIDE_CHARS = 200;

/**
 * Clauses end where other frames of the same sentence begin: a lead clause at a trailing frame
 * (", adding that", ", he said") or, past one nested frame ("X said Y told Z that …"), where that
 * frame's own clause ends, the reports inside it then dropped as nested; a trailing
 * frame's clause starts after the frame before it. So each character is reported by a bounded
 * number of statements, whatever the input.
 */
export function trimAtLaterFrames(doc: Document, frames: Frame[]): void {
  // From the last frame back, so a nested frame's clause is already cut where the outer one reads it.
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (!frame.content) continue;
    let { start, end } = frame.content;
    const previous = frames[i - 1];
    // A trailing frame after a nested report reports it whole, from its subject; else its clause starts after the frame before.
    // (Past an adverbial set off by a comma, from the subject: "In fact, [the council reports …]".)
    if (previous && previous.sentence === frame.sentence && previous.end > start) start = holdsLeadFrame(doc.text, frame, previous, start) ? (doc.text[previous.start - 2] === "," ? previous.start : start) : Math.min(previous.end, end);
    const next = frames[i + 1];
    const second = frames[i + 2];
    if (inside(next, frame, start, end) && (frame.placement === "trail" || (next.participial && !isInnerGerund(doc.tokens, next.cue.token, start) && !isReducedRelative(doc, next)) || next.placement === "trail" || next.cue.according)) end = next.start;
    // "…, with Nora Pike criticizing …": the clause ends before "with" and its subject.
    else if (inside(next, frame, start, end) && describesParticiple(doc.text, next)) end = /[,\s]with\s$/u.test(doc.text.slice(next.start - 6, next.start)) ? next.start - 5 : next.start;
    else if (inside(next, frame, start, end) && subordinatorBefore(doc.text, next.start) !== undefined) end = subordinatorBefore(doc.text, next.start)!;
    // Past one nested frame the clause runs to where that frame's own clause ends ("says he told
    // staff to check whether anyone disclosed it"): the inner reports are then dropped as nested.
    else if (inside(second, frame, start, end) && !(second.participial && isInnerGerund(doc.tokens, second.cue.token, start)) && !reportsWholeClause(frame)) end = Math.max(second.start, Math.min(end, next?.content?.end ?? 0));
    if (start !== frame.content.start || end !== frame.content.end) {
      // "…the engineers but [said]": the cut clause loses its trailing conjunction and space.
      const content = end < frame.content.end ? trimSpan(doc.text, start, end) : { start, end };
      if (content) setContent(frame, content);
    }
  }
}

/** True when frame `f` starts inside `frame`'s clause `[start, end)`, in the same sentence. */
function inside(f: Frame | undefined, frame: Frame, start: number, end: number): f is Frame {
  return f !== undefined && f.sentence === frame.sentence && f.start >= start && f.start < end;
}

/**
 * "The council reports that …, according to the auditor", "Kent plans to …, an aide said": a
 * trailing frame after a lead frame whose subject opens its clause reports that frame too, the
 * nested report whole; not past a longer phrase put before the subject ("In a report on state
 * radio, X claimed …"), which names where the lead frame's speaker spoke.
 */
function holdsLeadFrame(text: string, frame: Frame, previous: Frame, start: number): boolean {
  return frame.placement === "trail" && previous.placement === "lead" && opensClause(text, start, previous.start) && previous.speaker !== undefined && previous.speaker.start === previous.start && !CLOSES_QUOTATION.test(text.slice(previous.end, frame.start));
}

/** True when the frame at `at` opens the clause from `start`, past at most one word ("About forty …") or a short adverbial and its comma ("In fact, …", "On Monday, …"). */
function opensClause(text: string, start: number, at: number): boolean {
  return at === start || (at > start && at - start <= MAX_OPENER_CHARS && FRONTED_ADVERBIAL.test(text.slice(start, at)));
}

/** Most characters of an adverbial before a nested frame's subject. */
const MAX_OPENER_CHARS = 16;
/** One or two words and a comma, or one word: an adverbial or a word of the subject, not a phrase naming where it was said ("In a report on …,"). */
const FRONTED_ADVERBIAL = /^(?:(?:\p{L}+ )?\p{L}+, |\p{L}+ )$/u;

/** A quotation closing right before a trailing frame (`X told him: “…,” she said`): the frame is the quotation's, not a report of the frame before. */
const CLOSES_QUOTATION = /[”"’'»][\s,]*$/u;

/**
 * True when the -ing cue at token `at` is a gerund inside the clause that starts at `clauseStart`
 * ("faulted the mayor for [saying] …"), so the clause runs on through it; not when the preposition
 * opens the clause ("responded by [saying] …"), where the gerund's clause is what was reported.
 */
function isInnerGerund(tokens: TokenList, at: number, clauseStart: number): boolean {
  return at >= 1 && GERUND_OPENERS.has(lowerAt(tokens, at - 1)) && tokens.start(at - 1) > clauseStart;
}

/**
 * Conjunctions that open an adverbial clause of time or concession: a frame after one is no part of
 * the clause before it. Not "because": a reason given in a report is the speaker's ("said he
 * would stay calm because he doubted the court would act").
 */
const ADVERBIAL_OPENER = /\b(?:after|before|when|while|since|although|though|until|once|whereas)\s+$/iu;

/** Where "after" or a like conjunction right before `at` starts ("… hours after [Zelensky said]"), if one does. */
function subordinatorBefore(text: string, at: number): number | undefined {
  const m = ADVERBIAL_OPENER.exec(text.slice(Math.max(0, at - 12), at));
  if (!m) return undefined;
  const end = at - m[0].length;
  // "…, hours after", "…, shortly before": a measure of time after a comma goes with the conjunction.
  const measure = /,\s*(?:\p{L}+\s+)?\p{L}+\s*$/u.exec(text.slice(Math.max(0, end - 24), end));
  return measure ? end - measure[0].length : end;
}

/**
 * True for a participle right after a lower-case noun with no comma or dash before it ("tweets
 * [accusing] her of …"): it describes that noun inside the clause, which runs on through it. Not
 * after a preposition or a conjunction ("responded by saying", "and saying"), which open it.
 */
function isReducedRelative(doc: Document, f: Frame): boolean {
  const { tokens } = doc;
  const at = f.cue.token;
  if (f.start !== f.cueSpan.start || at < 1 || !isWordAt(tokens, at - 1) || !/^\p{Ll}/u.test(tokens.text(at - 1))) return false;
  const before = lowerAt(tokens, at - 1);
  return !GERUND_OPENERS.has(before) && !NOT_NOUNS_BEFORE.has(before) && !isAdverbAt(tokens, at - 1);
}

/** Words before a participle that are no noun it could describe. */
const NOT_NOUNS_BEFORE = new Set(["and", "or", "but", "while", "when", "as", "also", "then", "not", "just", "was", "were", "is", "are", "be", "been", "with"]);
