/**
 * Frames: what a reporting verb says about who spoke and what was reported. For each cue it
 * reads the speaker phrase (before the verb, "Trump said"; after it, "said Trump"; past an
 * apposition, "X, a doctor, said"), where the frame stands (leading its content or trailing
 * it) and the reported clause. Every look-around is bounded in tokens, so a frame costs
 * constant work.
 *
 * @module
 */
import type { Span, TemporalExpression } from "../model.js";
import { sentenceAt, type Document, type Sentence } from "../text/document.js";
import { firstEndingAfter } from "../text/search.js";
import { firstTokenFrom, type TokenKind, type TokenList } from "../text/tokens.js";
import type { Cue } from "./cues.js";
import { STATEMENT_ADJECTIVES } from "../lexicon/reporting-verbs.js";
import { normalizeTerritory } from "../territories/index.js";
import {
  ADDRESSEES,
  ADVERB_OPENERS,
  ANTECEDENT_OPENERS,
  BE_FORMS,
  DESCRIBED_OPENERS,
  DOCUMENT_HEADS,
  GERUND_OPENERS,
  GOVERNING,
  MESSAGES,
  NOT_NOUNS,
  ORGANIZATION_HEADS,
  PHRASE_BOUNDARIES,
  PREDICATE_OPENERS,
  SPEAKER_PRONOUNS,
  SUBJECT_PRONOUNS,
  US_STATES,
  VERB_PREFIXES,
} from "./speaker-words.js";
import { isSpaceAt } from "../text/chars.js";
import {
  ADVERB,
  FINITE,
  FINITE_AUXILIARIES,
  isFiniteAuxiliary,
  PAST_FORM,
  BE_FORM,
  bitsAt,
  BOUNDARY,
  CAPITAL,
  CLAUSE_MARK,
  COMMA,
  DATE_PREPOSITION,
  DATE_PREPOSITIONS,
  DISCOURSE,
  DISCOURSE_WORD,
  FRONTED_OPENER,
  NEGATION,
  OPENER,
  OPENERS,
  PREFIX,
  PREPOSITIONS,
  QUOTE_CLOSER,
  QUOTE_CLOSERS,
  QUOTE_MARK,
  RELATIVE,
  STRETCH_END,
  SUBJECT_PRONOUN as SUBJECT_PRONOUN_BIT,
  SUBORDINATORS,
  wordBitsOf,
} from "./frame-words.js";

/** Where a frame stands relative to what it reports. */
export type Placement = "lead" | "trail";

/** A reporting frame: speaker phrase, cue, and the reported stretch. */
export interface Frame {
  /** The cue it is built on. */
  readonly cue: Cue;
  /** The cue as written ("said", "called on", "according to"). */
  readonly cueSpan: Span;
  /** The speaker phrase as written ("he", "White House spokesman Josh Earnest"), when there is one. */
  readonly speaker?: Span | undefined;
  /** `lead` when the frame comes first ("X said Y"), `trail` when it follows ("Y, X said"). */
  readonly placement: Placement;
  /** Start of the frame: its speaker phrase or its cue, whichever comes first. */
  readonly start: number;
  /** End of the frame: past the cue and the adjuncts read with it ("said Thursday in a statement"). */
  readonly end: number;
  /** The reported stretch, when the frame has one of its own. */
  readonly content?: Span | undefined;
  /** The sentence the cue is in. */
  readonly sentence: Sentence;
  /** The relative pronoun that stands for the speaker ("X, who said"), a mention of it. */
  readonly relative?: Span | undefined;
  /** True for "…, saying/adding that …": the speaker is the subject of the clause before. */
  readonly participial: boolean;
}

/**
 * A frame with every field set, absent ones undefined: one object shape for every frame, so the
 * stages that read frames stay monomorphic.
 */
function frameOf(cue: Cue, cueSpan: Span, speaker: Span | undefined, placement: Placement, start: number, end: number, content: Span | undefined, sentence: Sentence, participial: boolean, relative?: Span): Frame {
  return { cue, cueSpan, speaker, placement, start, end, content, sentence, relative, participial };
}

/** Longest speaker phrase, in tokens. */
const MAX_PHRASE = 10;
/** How far past the verb an adverbial may run before the "that" that opens the clause. */
const MAX_ADJUNCT = 12;
/** Longest apposition between a name and its verb ("X, a doctor at the hospital, said"). */
const MAX_APPOSITION = 30;
/** Longest stretch after a trailing frame before the sentence ends ("he said in a statement on Thursday"). */
const MAX_TRAIL = 16;
/** Longest reported clause, in characters: no sentence of news copy runs longer, and it keeps the work per frame bounded. */
const MAX_CLAUSE = 1200;

const APPOSITION_PUNCTUATION = new Set(["-", "'", "’", ".", "(", ")", "&", "/", "$", "€", "£", "%"]);
const TOPIC_PREPOSITIONS = new Set(["of", "about"]);

/** The frames of the cues, in text order; cues that report nothing (negated, passive, infinitive) give none. */
export function readFrames(doc: Document, cues: readonly Cue[], dates: readonly TemporalExpression[]): Frame[] {
  const inDate = dateCover(doc, dates);
  const frames: Frame[] = [];
  let sentenceIndex = 0;
  let seeming: Cue | undefined;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    while (sentenceIndex < doc.sentences.length && doc.sentences[sentenceIndex]!.endToken <= cue.token) sentenceIndex++;
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) break;
    // "She seemed to suggest that …": the reporting verb after "to" makes the frame, not the verb of seeming.
    if (cue.verb.complement === "raising" && lowerAt(doc.tokens, cue.endToken) === "to" && cues[c + 1]?.token === cue.endToken + 1) {
      seeming = cue;
      continue;
    }
    // When that verb reports nothing ("seemed to urge restraint"), the verb of seeming reads the clause as before.
    const frame = (cue.according ? readAccording(doc, cue, sentence) : cue.noun ? readNounFrame(doc, cue, sentence, dates) : readVerbFrame(doc, cue, sentence, inDate)) ?? (seeming && seeming.endToken + 1 === cue.token ? readVerbFrame(doc, seeming, sentence, inDate) : undefined);
    seeming = undefined;
    if (frame) frames.push(frame);
  }
  dropSourceAsides(doc, frames);
  dropReadNouns(frames);
  trimAtLaterFrames(doc, frames);
  trimAtCoordinatedCues(doc, frames, cues);
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const content = f.placement === "lead" && f.content ? endOfClause(doc, f.content, f.relative !== undefined) : undefined;
    if (content) frames[i] = { ...f, content };
    const g = frames[i]!;
    const fronted = g.placement === "lead" && g.content && inFrontedClause(doc, g) ? firstComma(doc, g.content) : undefined;
    if (fronted) frames[i] = { ...g, content: fronted };
    const h = frames[i]!;
    const object = h.placement === "lead" && h.content && OBJECT_KINDS.has(h.cue.verb.complement) ? endOfObject(doc, h.content, inDate) : undefined;
    if (object) frames[i] = { ...h, content: object };
  }
  return frames;
}

/** Complements that report a noun phrase ("praised the plan", "called for a ceasefire"), not a clause with a verb of its own. */
const OBJECT_KINDS: ReadonlySet<string> = new Set(["object", "object-of", "for"]);
/** Words that open an adverbial after a reported noun phrase ("praised the plan [while] in Kyiv"). */
const OBJECT_ENDERS = new Set(["while", "when", "during", "because", "although", "though", "whereas"]);
/** Fewest words a reported noun phrase keeps before an adverbial is cut from it ("endorsed one [in July]" stays whole). */
const MIN_OBJECT_WORDS = 2;
/** Words after which a date belongs to the noun phrase ("by 2020", "the Sept. 11 attacks", "for four decades"). */
const DATE_ARGUMENT_WORDS = new Set(["the", "a", "an", "by", "after", "before", "until", "for", "over", "from", "to", "of", "since", "within", "through", "between", "and", "or", "its", "his", "her", "their"]);
/** Prepositions that open a time or place adjunct when a date follows ("cited the figure [at] last week's forum"). */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "since", "last", "this", "earlier", "later"]);

/**
 * A reported noun phrase ends before an adverbial of the report: a clause of time or reason
 * ("…, while at the convention"), or a date that closes it, with its preposition ("cited the
 * figure [at last week's forum]", "endorsed her [on Thursday]"); a date inside the phrase stays
 * ("the Sept. 11 attacks"). Marks inside quotations do not count. Undefined when nothing is cut.
 */
function endOfObject(doc: Document, content: Span, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  let quoted = false;
  let words = 0;
  // Where a date (and the preposition before it) starts; dropped when a word outside the date follows it.
  let dateFrom = -1;
  const table = wordBitsOf(tokens);
  for (let k = firstTokenFrom(tokens, content.start); k < tokens.length && tokens.start(k) < content.end; k++) {
    if ((bitsAt(table, tokens, k) & QUOTE_MARK) !== 0) {
      const mark = tokens.text(k);
      quoted = mark === "“" ? true : mark === "”" ? false : !quoted;
      dateFrom = -1;
      continue;
    }
    if (quoted) continue;
    if (!isWordAt(tokens, k)) {
      if (!inDate[k]) dateFrom = -1;
      continue;
    }
    const w = tokens.lower(k);
    if (words >= MIN_OBJECT_WORDS && OBJECT_ENDERS.has(w)) return trimSpan(doc.text, content.start, tokens.start(k));
    if (inDate[k]) {
      // "on Thursday", "Tuesday": an adjunct; "by 2020", "the Sept. 11 attacks": part of the phrase.
      const before = lowerAt(tokens, k - 1);
      const adjunct = ADJUNCT_PREPOSITIONS.has(before) ? tokens.start(k - 1) : isWordAt(tokens, k - 1) && !DATE_ARGUMENT_WORDS.has(before) ? tokens.start(k) : -1;
      if (dateFrom < 0 && words >= MIN_OBJECT_WORDS && !inDate[k - 1]) dateFrom = adjunct;
      continue;
    }
    // The preposition of a date to come is no word of the phrase yet.
    if (ADJUNCT_PREPOSITIONS.has(w) && inDate[k + 1]) continue;
    dateFrom = -1;
    words++;
  }
  return dateFrom > content.start ? trimSpan(doc.text, content.start, dateFrom) : undefined;
}

/**
 * "CBS News, citing unnamed sources, reports that …": a participle set off between a subject and
 * its reporting verb names where the report came from; it is part of that frame, not a statement.
 */
function dropSourceAsides(doc: Document, frames: Frame[]): void {
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
function dropReadNouns(frames: Frame[]): void {
  let kept = 0;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const g = kept > 0 ? frames[kept - 1] : undefined;
    const read = f.cue.noun && g && g.sentence === f.sentence && g.placement === "lead" && g.content && g.cueSpan.end <= f.cueSpan.start && g.content.end >= f.cueSpan.end;
    if (!read) frames[kept++] = f;
  }
  frames.length = kept;
}

/** True when the frame stands in a subordinate clause that opens its sentence, before the comma that ends it. */
function inFrontedClause(doc: Document, frame: Frame): boolean {
  const { tokens } = doc;
  const first = frame.sentence.firstToken;
  const table = wordBitsOf(tokens);
  if ((bitsAt(table, tokens, first) & FRONTED_OPENER) === 0) return false;
  // Bounded, so that a long sentence of many frames costs linear work: a frame far from the opener is in the main clause.
  for (let k = first + 1; k < frame.sentence.endToken && tokens.start(k) < frame.start; k++) if ((bitsAt(table, tokens, k) & COMMA) !== 0 || k - first > MAX_FRONTED) return false;
  return true;
}

/** Longest fronted clause before its frame, in tokens. */
const MAX_FRONTED = 40;

/** Fewest words a reported clause keeps before an aside is cut from it. */
const MIN_CLAUSE_WORDS = 3;
/** Participles that go on inside a clause rather than open an aside ("including", "according"). */
const INNER_PARTICIPLES = new Set(["including", "according", "during", "following", "regarding", "concerning", "excluding", "involving", "being", "having"]);
const ASIDE_DASHES = new Set(["—", "―", "–"]);

/**
 * A reported clause ends before an aside the writer adds to it: a participle clause after a
 * comma ("…, deeming them personal"), a relative clause after a comma ("…, which she plans …")
 * or a dash ("… -- even though …"). Marks inside quotations do not count. Undefined when nothing is cut.
 */
function endOfClause(doc: Document, content: Span, relative = false): Span | undefined {
  const { tokens, text } = doc;
  const lo = firstTokenFrom(tokens, content.start);
  let words = 0;
  let quoted = false;
  let dashOpen = false;
  const table = wordBitsOf(tokens);
  for (let k = lo; k < tokens.length && tokens.start(k) < content.end; k++) {
    // Most tokens are words: their bits by id answer before any text is read.
    if ((bitsAt(table, tokens, k) & QUOTE_MARK) !== 0) {
      const mark = tokens.text(k);
      quoted = mark === "“" ? true : mark === "”" ? false : !quoted;
      continue;
    }
    if (tokens.kind(k) !== "punct") {
      words++;
      continue;
    }
    const mark = tokens.text(k);
    // The second dash of a pair closes an aside that opened inside the clause: the clause goes on.
    if (dashOpen && isDash(text, tokens, k)) {
      dashOpen = false;
      continue;
    }
    if (quoted) continue;
    if (words < MIN_CLAUSE_WORDS) {
      if (isDash(text, tokens, k) && closingDash(doc, k, content.end) !== undefined) dashOpen = true;
      continue;
    }
    const markStart = tokens.start(k);
    const hasNext = k + 1 < tokens.length;
    const w = lowerAt(tokens, k + 1);
    const aside =
      (mark === "," && hasNext && (w === "which" || (tokens.kind(k + 1) === "word" && w.length > 5 && w.endsWith("ing") && /^\p{Ll}/u.test(tokens.text(k + 1)) && !INNER_PARTICIPLES.has(w)))) ||
      ASIDE_DASHES.has(mark) ||
      (mark === "-" && w === "-") ||
      // "… the plan - a point others dispute": a hyphen with a space on each side is a dash.
      (mark === "-" && text[markStart - 1] === " " && text[markStart + mark.length] === " ") ||
      // "insists the party must change, and has championed …": a verb with no subject of its own after ", and" goes on the speaker's sentence.
      (mark === "," && (w === "and" || w === "but") && startsPredicateAt(tokens, k + 2)) ||
      // "X, who said the plan would fail, told his aides …": the sentence's own verb closes the relative clause.
      (relative && mark === "," && hasNext && (startsPredicateAt(tokens, k + 1) || isPastFormAt(tokens, k + 1) || w === "said"));
    if (aside && mark !== ",") {
      // "those efforts - which include radio ads - will pay off": an aside between two dashes, with
      // the clause going on after the second, stays inside.
      const close = closingDash(doc, k, content.end);
      if (close !== undefined) {
        k = close;
        continue;
      }
    }
    if (aside) return trimSpan(text, content.start, markStart);
  }
  return undefined;
}

/** True for a dash at token `k`: a long dash, a hyphen with a space on each side, or the first of two hyphens. */
function isDash(text: string, tokens: TokenList, k: number): boolean {
  const mark = tokens.text(k);
  const start = tokens.start(k);
  return ASIDE_DASHES.has(mark) || (mark === "-" && ((text[start - 1] === " " && text[start + 1] === " ") || (textAt(tokens, k + 1) === "-" && text[start - 1] !== "-")));
}

/** Most tokens of an aside between two dashes. */
const MAX_DASHED_ASIDE = 25;

/** The token of the dash that closes the aside opened by the dash at `k`, when words follow it before `end`; else undefined. */
function closingDash(doc: Document, k: number, end: number): number | undefined {
  const { tokens, text } = doc;
  const mark = tokens.text(k);
  const double = mark === "-" && textAt(tokens, k + 1) === "-";
  for (let i = k + (double ? 2 : 1); i < tokens.length && i - k <= MAX_DASHED_ASIDE && tokens.start(i) < end; i++) {
    const at = tokens.text(i);
    if (at === "." || at === ";" || at === ":") return undefined;
    if (at !== mark) continue;
    if (mark === "-" && !double && !(text[tokens.start(i) - 1] === " " && text[tokens.start(i) + 1] === " ")) continue;
    const last = double && textAt(tokens, i + 1) === "-" ? i + 1 : i;
    return isWordAt(tokens, last + 1) && tokens.start(last + 1) < end ? last : undefined;
  }
  return undefined;
}

/** True when a word's text is a finite auxiliary or a past form in "-ed": a predicate that opens with no subject before it. */
function startsPredicateText(text: string): boolean {
  if (!/^\p{Ll}/u.test(text)) return false;
  const w = text.toLowerCase();
  return FINITE_AUXILIARIES.has(w) || (w.length > 4 && w.endsWith("ed"));
}

/** Most cues looked at inside one clause, and most words between a conjunction and its verb ("and he has also said"). */
const MAX_INNER_CUES = 8;
const MAX_COORDINATED_SUBJECT = 5;

/**
 * A reported clause ends where a coordinated report begins ("said A and warned against B",
 * "said A, but Democrats accused B"), whether or not that second verb made a frame of its own.
 */
function trimAtCoordinatedCues(doc: Document, frames: Frame[], cues: readonly Cue[]): void {
  const { tokens } = doc;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    const content = frame.content;
    if (!content) continue;
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
        if (end) frames[i] = { ...frame, content: end };
        break;
      }
    }
  }
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

/** No token flagged: the default where no date cover is given. */
const NO_FLAGS = /* @__PURE__ */ new Uint8Array(0);

/** Tokens up to which {@link dateCover} reuses one buffer: an article's, not a long text's, which gets its own. */
const MAX_SHARED_COVER = 1 << 16;
/** The buffer {@link dateCover} reuses, zero past {@link coverEnd}; read only while one article's frames are read. */
let sharedCover = /* @__PURE__ */ new Uint8Array(0);
/** Just past the last flag set in {@link sharedCover}. */
let coverEnd = 0;

/**
 * A per-token flag: the token lies inside a temporal expression. Read as a truth value only: past
 * the tokens it holds 0 or nothing. Most articles reuse one buffer, cleared where it was set, not
 * a new one zeroed per article.
 */
function dateCover(doc: Document, dates: readonly TemporalExpression[]): Uint8Array {
  // A byte per token, not an array of booleans: a long text has millions of tokens.
  const { tokens } = doc;
  let flags: Uint8Array;
  if (tokens.length > MAX_SHARED_COVER) flags = new Uint8Array(tokens.length);
  else {
    if (sharedCover.length < tokens.length) sharedCover = new Uint8Array(Math.min(MAX_SHARED_COVER, Math.max(tokens.length, sharedCover.length * 2)));
    else sharedCover.fill(0, 0, coverEnd);
    coverEnd = 0;
    flags = sharedCover;
  }
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start(i);
    while (d < dates.length && dates[d]!.end <= start) d++;
    // Past the last date no later token is covered.
    if (d === dates.length) break;
    const date = dates[d]!;
    // Before the date no token is covered: on to the first token at its start.
    if (start < date.start) {
      i = firstTokenFrom(tokens, date.start) - 1;
      continue;
    }
    if (tokens.end(i) <= date.end) {
      flags[i] = 1;
      if (flags === sharedCover) coverEnd = i + 1;
    }
  }
  return flags;
}

// Field reads of token `i` that make no token object (`""`, undefined or false outside the list):
// the frame readers look at a few hundred tokens per article.
const textAt = (tokens: TokenList, i: number): string => (i >= 0 && i < tokens.length ? tokens.text(i) : "");
const lowerAt = (tokens: TokenList, i: number): string => (i >= 0 && i < tokens.length ? tokens.lower(i) : "");
const kindAt = (tokens: TokenList, i: number): TokenKind | undefined => (i >= 0 && i < tokens.length ? tokens.kind(i) : undefined);
const isWordAt = (tokens: TokenList, i: number): boolean => {
  const kind = kindAt(tokens, i);
  return kind === "word" || kind === "number";
};
const isCapitalWordAt = (tokens: TokenList, i: number): boolean => isWordAt(tokens, i) && (bitsAt(wordBitsOf(tokens), tokens, i) & CAPITAL) !== 0;
const isAdverbAt = (tokens: TokenList, i: number): boolean => kindAt(tokens, i) === "word" && (bitsAt(wordBitsOf(tokens), tokens, i) & ADVERB) !== 0;
const startsPredicateAt = (tokens: TokenList, i: number): boolean => kindAt(tokens, i) === "word" && startsPredicateText(tokens.text(i));

/** "according to X, Y" and "Y, according to X". */
function readAccording(doc: Document, cue: Cue, sentence: Sentence): Frame | undefined {
  const { tokens } = doc;
  const cueSpan = tokenSpan(tokens, cue.token, cue.endToken - 1);
  const head = phraseAfter(doc, cue.endToken, sentence.endToken);
  // "according to a report from Bloomberg New Energy Finance": the body the document comes from belongs to the source.
  const link = head ? lowerAt(tokens, head.endToken) : "";
  const named = head ? head.endToken + (lowerAt(tokens, head.endToken + 1) === "the" ? 2 : 1) : 0;
  const tail = head && (link === "from" || link === "by" || link === "of") && /^\p{Lu}/u.test(textAt(tokens, named)) ? phraseAfter(doc, head.endToken + 1, sentence.endToken) : undefined;
  const after = head && tail ? { span: { start: head.span.start, end: tail.span.end }, endToken: tail.endToken } : head;
  const speaker = after?.span;
  const afterSpeaker = after ? after.endToken : cue.endToken;
  const before = cue.token - 1;
  const frameEnd = speaker ? speaker.end : cueSpan.end;
  if (before < sentence.firstToken) {
    // "According to X, Y.", and past what else describes X ("According to a study by X based on census data, Y").
    let comma = afterSpeaker;
    while (comma < sentence.endToken && comma - afterSpeaker <= MAX_APPOSITION && lowerAt(tokens, comma) !== "," && (isWordAt(tokens, comma) || APPOSITION_PUNCTUATION.has(tokens.text(comma)))) comma++;
    if (lowerAt(tokens, comma) !== ",") return undefined;
    const content = clauseSpan(doc, comma + 1, sentence);
    return content && frameOf(cue, cueSpan, speaker, "lead", cueSpan.start, frameEnd, content, sentence, false);
  }
  const contentEnd = lowerAt(tokens, before) === "," ? tokens.start(before) : cueSpan.start;
  const content = clauseBefore(doc, sentence, contentEnd);
  return content && frameOf(cue, cueSpan, speaker, "trail", cueSpan.start, frameEnd, content, sentence, false);
}

/**
 * A frame around a noun of speech ("Trump's claim that …", "her warning that …"): the possessive
 * names the speaker, the "that" clause is what was said. The cue finder has checked both.
 */
function readNounFrame(doc: Document, cue: Cue, sentence: Sentence, dates: readonly TemporalExpression[]): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  const cueSpan = tokenSpan(tokens, cue.token, cue.token);
  const owner = STATEMENT_ADJECTIVES.has(lowerAt(tokens, cue.token - 1)) ? cue.token - 2 : cue.token - 1;
  // "Thursday's announcement that …": a date owns no statement.
  if (owner < first || startsDate(dates, tokens.start(owner))) return undefined;
  const possessive = /['’]s$/u.test(tokens.text(owner));
  // "Donald Trump's", "the police's": the name or the noun without its "'s"; "his": the pronoun itself.
  let from = owner;
  if (possessive && isCapitalWordAt(tokens, owner)) while (from - 1 >= first && owner - from < MAX_PHRASE && (isCapitalWordAt(tokens, from - 1) || isAbbreviationDot(tokens, from - 1))) from--;
  if (possessive && from - 1 >= first && INDEFINITES_AND_THE.has(lowerAt(tokens, from - 1))) from--;
  const speaker = possessive ? trimSpan(doc.text, tokens.start(from), tokens.end(owner) - 2) : tokenSpan(tokens, owner, owner);
  const clause = untilSemicolon(doc, clauseSpan(doc, cue.token + 2, sentence));
  // "Miller's claim that the dam was safe drew criticism": where the noun phrase is the subject, the sentence's own verb ends the clause.
  const content = clause && from === first ? (predicateCut(doc, clause) ?? clause) : clause;
  if (!speaker || !content) return undefined;
  return frameOf(cue, cueSpan, speaker, "lead", speaker.start, content.start, content, sentence, false);
}

/** True when a date starts at `offset` ("Thursday" of "Thursday's"); `dates` in text order, searched by halves. */
function startsDate(dates: readonly TemporalExpression[], offset: number): boolean {
  const date = dates[firstEndingAfter(dates, offset)];
  return date !== undefined && date.start <= offset && offset < date.end;
}

/** The span up to its first semicolon: "X's claim that …; his criticism of …" lists one thing after another. */
function untilSemicolon(doc: Document, span: Span | undefined): Span | undefined {
  if (!span) return undefined;
  const at = doc.text.indexOf(";", span.start);
  return at >= 0 && at < span.end ? trimSpan(doc.text, span.start, at) : span;
}

/** Articles before a possessive noun ("the police's"). */
const INDEFINITES_AND_THE = new Set(["the", "a", "an"]);

/** Words after which a finite verb goes on the same clause ("the dam was safe and was …", "a plan that was …"). */
const PREDICATE_LINKS = new Set(["and", "or", "but", "that", "which", "who", "it", "he", "she", "they", "we", "i", "you", "not", "never", "also"]);

/**
 * A clause reported inside a subject ends before the sentence's own verb: the second finite verb
 * that follows a word directly ("the dam was safe [drew] criticism"), not after a comma, a
 * conjunction or a pronoun that gives it a subject of its own. Undefined when there is none.
 */
function predicateCut(doc: Document, clause: Span): Span | undefined {
  const { tokens } = doc;
  let finite = 0;
  for (let k = firstTokenFrom(tokens, clause.start); k < tokens.length && tokens.start(k) < clause.end; k++) {
    if (!isWordAt(tokens, k)) continue;
    const w = tokens.lower(k);
    if (!(isFiniteAuxiliary(w) || isPastFormAt(tokens, k))) continue;
    // An auxiliary chain ("has been", "would have") is one verb.
    if (isFiniteAuxiliary(lowerAt(tokens, k - 1)) || BE_FORMS.has(lowerAt(tokens, k - 1))) continue;
    if (finite > 0 && isWordAt(tokens, k - 1) && !PREDICATE_LINKS.has(lowerAt(tokens, k - 1))) return trimSpan(doc.text, clause.start, tokens.start(k));
    finite++;
  }
  return undefined;
}

/** A frame around a reporting verb. */
function readVerbFrame(doc: Document, cue: Cue, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  const cueSpan = tokenSpan(tokens, cue.token, cue.endToken - 1);
  // "to say" reports nothing of its own, but "seemed to say" is the subject's report, the writer's hedge aside.
  const infinitive = lowerAt(tokens, cue.token - 1) === "to";
  const seeming = infinitive && SEEMING.has(lowerAt(tokens, cue.token - 2)) && cue.token - 2 > first;
  // "went on to say", "went so far as to say": the subject of "went" says it.
  const going = infinitive && !seeming ? goingOn(tokens, cue.token - 1, first) : undefined;
  if (infinitive && cue.token - 1 >= first && !seeming && going === undefined) return undefined;
  // Walk back over auxiliaries, adverbs and dates to the end of the subject.
  let j = going ?? (seeming ? cue.token - 3 : cue.token - 1);
  let passive = false;
  const table = wordBitsOf(tokens);
  for (; j >= first; j--) {
    const w = lowerAt(tokens, j);
    // "has for the first time confirmed": an adverbial of how often stands between subject and verb.
    if (w === "time" && lowerAt(tokens, j - 2) === "the" && lowerAt(tokens, j - 3) === "for" && j - 3 >= first) {
      j -= 3;
      continue;
    }
    const bits = bitsAt(table, tokens, j);
    // "were not convinced that": a stance denied is a stance still (a doubt), where "did not say" reports nothing.
    if (!((bits & PREFIX) !== 0 || ((bits & ADVERB) !== 0 && tokens.kind(j) === "word") || inDate[j] || ((bits & DATE_PREPOSITION) !== 0 && inDate[j + 1]) || (cue.adjective && (bits & NEGATION) !== 0))) break;
    if ((bits & BE_FORM) !== 0 && !cue.adjective) passive = true;
  }
  // "The mayor is reported to have said that …": a passive of hearsay before "to have" hands its subject to the verb after it.
  if (lowerAt(tokens, j) === "to" && lowerAt(tokens, j + 1) === "have" && HEARSAY.has(lowerAt(tokens, j - 1))) {
    let k = j - 2;
    while (k >= first && k > j - 2 - MAX_HEARSAY_ADVERBS && isAdverbAt(tokens, k)) k--;
    if (k > first && BE_FORMS.has(lowerAt(tokens, k))) {
      j = k - 1;
      while (j >= first && (VERB_PREFIXES.has(lowerAt(tokens, j)) || isAdverbAt(tokens, j)) && !BE_FORMS.has(lowerAt(tokens, j))) j--;
    }
  }
  const last = lowerAt(tokens, j);
  if (j >= first && (bitsAt(table, tokens, j) & NEGATION) !== 0) return undefined;
  const verbEnd = cue.endToken;
  // "Asked whether he would run, Rubio …", "when asked how …": a question put to someone, by no one named.
  if (cue.verb.act === "question" && lowerAt(tokens, cue.token).endsWith("ed") && (passive || j < first || UNASKED.has(last))) {
    const content = question(doc, verbEnd, sentence);
    const cut = content && firstComma(doc, content);
    return cut && frameOf(cue, cueSpan, undefined, "lead", cueSpan.start, cut.start, cut, sentence, false);
  }
  // "As reported by the Post, …", "As noted in the report, …": the source after "by" or "in" reports the main clause.
  const asPassive = asPassiveFrame(doc, cue, cueSpan, sentence);
  if (asPassive) return asPassive;
  // "It is estimated that …", "it has been reported that …": an impersonal passive reports a clause with no source.
  if (passive && !cue.participle && lowerAt(tokens, j) === "it" && lowerAt(tokens, verbEnd) === "that") {
    const content = clauseSpan(doc, verbEnd + 1, sentence);
    return content && frameOf(cue, cueSpan, undefined, "lead", tokens.start(j), content.start, content, sentence, false);
  }
  // "The plan was rejected by the council", "it was announced by X that …": the agent after "by" speaks.
  if (passive && !cue.participle && cue.verb.act !== "belief" && cue.verb.act !== "intention") return byAgentFrame(doc, cue, cueSpan, j, sentence, inDate);
  // "was told", "is expected": a passive reports no speaker's words.
  if (passive && !cue.participle) return undefined;
  // "Turnout seems to have fallen": the writer's reading, subject and all, with no source.
  if (cue.verb.complement === "raising") return raising(doc, cue, cueSpan, j, sentence, inDate);
  // "…, saying that …" and "X welcomed it and said that …": the speaker is the subject before.
  if ((cue.participle && !passive && lowerAt(tokens, j) === ",") || (!cue.participle && (lowerAt(tokens, j) === "and" || lowerAt(tokens, j) === "but") && j > first)) {
    const content = complement(doc, cue, verbEnd, sentence, inDate);
    // "the protesters, who took to the streets and called for …": the second verb of a relative clause is its antecedent's.
    const relative = content && lowerAt(tokens, j) !== "," ? relativeSubject(doc, j, first, inDate) : undefined;
    if (relative) return frameOf(cue, cueSpan, relative.span, "lead", relative.span.start, content!.start, content, sentence, false, relative.relative);
    return content && frameOf(cue, cueSpan, undefined, "lead", cueSpan.start, content.start, content, sentence, true);
  }
  // "released a statement saying that …", "responded by saying …": the subject of the sentence speaks.
  if (cue.participle && !passive) {
    // "asking, “Why …?”": a quotation after the comma is what was said, whatever the verb takes.
    const content = complement(doc, cue, verbEnd, sentence, inDate) ?? quotedAfter(doc, verbEnd, sentence);
    // "with Trump — who has … — calling for a ban": the name before a dashed aside.
    const n = DASHES.has(tokens.text(j)) ? beforeDashedAside(tokens, j, first) : j;
    // "with Trump calling for a ban …": a name right before the participle is its subject.
    const named = n > first && isWordAt(tokens, n) && /^\p{Lu}/u.test(tokens.text(n)) && !inDate[n] ? phraseBefore(doc, n, first, inDate) : undefined;
    // Not a place or an object: "in Tel Aviv calling for …", "at Trump pointing out …".
    const opener = lowerAt(tokens, named?.firstToken !== undefined ? named.firstToken - 1 : -1);
    const governed = opener !== "with" && (PREPOSITIONS.has(opener) || opener === "of");
    // "footage of Trump saying …": the one a recording shows speaks, though "of" governs the name.
    const shown = content && j > first ? shownSpeaker(doc, j, first) : undefined;
    if (shown) return frameOf(cue, cueSpan, shown, "lead", shown.start, content!.start, content, sentence, false);
    // "with former Gov. Tom Dunn calling …": a title in lower case may open the name.
    const namedStart = named && (/^\p{Lu}/u.test(tokens.text(named.firstToken)) || (opener === "with" && LOWER_TITLES.has(lowerAt(tokens, named.firstToken))));
    if (content && named && !governed && namedStart && named.firstToken > first) {
      return frameOf(cue, cueSpan, named.span, "lead", named.span.start, content.start, content, sentence, false);
    }
    // "hedge fund executives supporting her", "a puppet saying …": the people named right before the participle.
    const described = content && !named ? describedBefore(doc, j, first, inDate) : undefined;
    if (described) return frameOf(cue, cueSpan, described.span, "lead", described.span.start, content!.start, content, sentence, false);
    // "the former mayor, who spent his speech defending …": a participle inside a relative clause is its antecedent's.
    const relative = content && !named ? relativeSubject(doc, j, first, inDate) : undefined;
    if (relative) return frameOf(cue, cueSpan, relative.span, "lead", relative.span.start, content!.start, content, sentence, false, relative.relative);
    return content && frameOf(cue, cueSpan, undefined, "lead", cueSpan.start, content.start, content, sentence, true);
  }
  let subject = j >= first ? subjectBefore(doc, j, first, inDate) : undefined;
  const leftEdge = subject ? subject.firstToken : cue.token;
  const beforeFrame = textAt(tokens, leftEdge - 1);
  // "The plan, as Marchenko said, would cost millions": a frame set off by "as" after a comma.
  const asAside = subject !== undefined && lowerAt(tokens, leftEdge - 1) === "as" && leftEdge - 2 >= first && lowerAt(tokens, leftEdge - 2) === ",";
  const setOff =
    (leftEdge - 1 >= first && leftEdge - 1 < tokens.length && (beforeFrame === "," || QUOTE_CLOSERS.has(beforeFrame) || beforeFrame === "—" || beforeFrame === "–")) ||
    (leftEdge === first && endsQuestionQuote(doc, leftEdge - 1)) ||
    asAside;
  // "“…,” Merkel told reporters after the meeting that …": a frame right after a quotation that
  // its comma hands over to trails it, whatever follows the verb.
  const quoted = setOff && subject !== undefined && handsOver(doc, leftEdge, first);
  const trail = trailingStretch(doc, verbEnd, sentence) ?? (quoted ? { end: tokens.end(verbEnd - 1), endToken: verbEnd, comma: false } : undefined);
  // "…, the talks broke down, said Ilse Brandt, a local official.": a name right after the verb, up to a comma or the end,
  // is the speaker of an inverted frame; the stretch before the comma is what was said, not an apposition.
  if (subject && j === cue.token - 1 && textAt(tokens, cue.token - 1) === "," && trail && cue.verb.complement === "clause" && namesTo(doc, verbEnd, trail.endToken, inDate)) {
    const content = trailingContent(doc, sentence, cue.token - 1, trail, true);
    const speaker = { start: tokens.start(verbEnd), end: tokens.end(trail.endToken - 1) };
    return frameOf(cue, cueSpan, speaker, "trail", cueSpan.start, trail.end, content, sentence, false);
  }
  // "…, saw their savings fall": a verb of seeing something as something leads its object, never trails a clause.
  if (setOff && trail && cue.verb.complement !== "as" && (!subject || quoted || isAdjunctStretch(doc, cue, verbEnd, trail.endToken, inDate))) {
    const speaker = subject ? (subject.joint ? undefined : subject.span) : (describedName(doc, verbEnd, trail, sentence, inDate) ?? phraseAfter(doc, verbEnd, trail.endToken)?.span);
    const end = trail.end;
    const start = subject ? Math.min(subject.span.start, tokens.start(subject.firstToken)) : cueSpan.start;
    const content = trailingContent(doc, sentence, asAside ? leftEdge - 2 : leftEdge - 1, trail, !subject);
    return frameOf(cue, cueSpan, speaker, "trail", start, end, content, sentence, false);
  }
  if (!subject) return undefined;
  // "As the mayor noted, the bridge will reopen": a frame opening its sentence with "as" reports the main clause after its comma.
  const main = leftEdge - 1 === first && lowerAt(tokens, first) === "as" ? mainClauseAfter(doc, cue, verbEnd, sentence, inDate) : undefined;
  if (main) return frameOf(cue, cueSpan, subject.joint ? undefined : subject.span, "lead", subject.span.start, main.start, main, sentence, false);
  const found = complement(doc, cue, verbEnd, sentence, inDate) ?? asClause(doc, subject, verbEnd, sentence, inDate) ?? quotedAfter(doc, verbEnd, sentence);
  const finding = found ? undefined : findings(doc, cue, subject, verbEnd, sentence);
  const content = found ?? finding?.content;
  // "A study by Linden College found …": the whole subject names the document and who made it;
  // "a study by a law professor": no one named.
  if (finding?.subject) subject = { span: finding.subject, firstToken: sentence.firstToken };
  if (finding?.subject === null) subject = { ...subject, joint: true };
  if (!content) {
    // "Dr. Ward stated:" closing its paragraph: the quotation in the next one is what was said.
    if (!introducesNext(doc, verbEnd, sentence)) return undefined;
    // "Limbaugh added:" before a paragraph without quotation marks (a block quotation): that paragraph is reported.
    const block = unmarkedParagraphAfter(doc, sentence.paragraph);
    return frameOf(cue, cueSpan, subject.joint ? undefined : subject.span, "lead", subject.span.start, cueSpan.end, block, sentence, false);
  }
  return frameOf(cue, cueSpan, subject.joint ? undefined : subject.span, "lead", subject.span.start, content.start, content, sentence, false, subject.relative);
}

/** Words that open an agent phrase in lower case ("by the council", "by some", "by many of his aides"). */
const AGENT_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some", "many", "several", "both", "all", "most", "other", "others", "former", "dozens", "hundreds", "thousands", "far", "more", "few"]);

/** Most tokens between a passive verb and its "by" ("was supported on Friday by", "was first reported late Monday by"). */
const MAX_BEFORE_AGENT = 4;

/**
 * A passive frame with its agent: "The plan was rejected by the council" reports the subject as
 * the council's; "It was announced by the ministry that …" reports the clause after "that". A
 * passive with no "by" names no speaker, and a relative pronoun ("which was denied by X") no content.
 */
function byAgentFrame(doc: Document, cue: Cue, cueSpan: Span, j: number, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  let k = cue.endToken;
  while (k < sentence.endToken && k - cue.endToken < MAX_BEFORE_AGENT && (inDate[k] || isAdverbAt(tokens, k) || (inDate[k + 1] && DATE_PREPOSITIONS.has(lowerAt(tokens, k))))) k++;
  if (lowerAt(tokens, k) !== "by" || j < first) return undefined;
  const agent = phraseAfter(doc, k + 1, sentence.endToken);
  // "required by law", "sent by mail": a bare noun in lower case after "by" is a means, not an agent.
  if (!agent || !(isCapitalWordAt(tokens, k + 1) || AGENT_OPENERS.has(lowerAt(tokens, k + 1)) || kindAt(tokens, k + 1) === "number")) return undefined;
  if (lowerAt(tokens, j) === "it" && lowerAt(tokens, agent.endToken) === "that") {
    const content = clauseSpan(doc, agent.endToken + 1, sentence);
    return content && frameOf(cue, cueSpan, agent.span, "lead", tokens.start(j), content.start, content, sentence, false);
  }
  const subject = subjectBefore(doc, j, first, inDate);
  if (!subject || subject.relative || RELATIVES.has(lowerAt(tokens, subject.firstToken)) || SUBJECT_PRONOUNS.has(lowerAt(tokens, subject.firstToken))) return undefined;
  return frameOf(cue, cueSpan, agent.span, "trail", cueSpan.start, agent.span.end, subject.span, sentence, false);
}

/** Passives of hearsay that put a report at one remove ("is reported to have said", "was believed to have told"). */
const HEARSAY = new Set(["reported", "said", "believed", "alleged", "understood", "thought", "rumored", "rumoured", "known"]);
/** Most adverbs between a form of "be" and its participle of hearsay ("is widely reported"). */
const MAX_HEARSAY_ADVERBS = 2;

/** The clause after the comma that closes a frame ("As X noted [on Monday], …"), when only adjuncts stand before that comma. */
function mainClauseAfter(doc: Document, cue: Cue, verbEnd: number, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  for (let k = verbEnd; k < sentence.endToken && k - verbEnd <= MAX_ADJUNCT; k++) {
    if (lowerAt(doc.tokens, k) !== ",") continue;
    return isAdjunctStretch(doc, cue, verbEnd, k, inDate) ? clauseSpan(doc, k + 1, sentence) : undefined;
  }
  return undefined;
}

/** Prepositions that name the source of a reduced passive frame ("as reported by X", "as stated in X"). */
const AS_SOURCES = new Set(["by", "in"]);

/**
 * "As reported by the Post, the mayor left": a reduced passive after a sentence-opening "as"; the
 * source after "by" or "in" reports the clause after the comma.
 */
function asPassiveFrame(doc: Document, cue: Cue, cueSpan: Span, sentence: Sentence): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  if (cue.token - 1 !== first || lowerAt(tokens, first) !== "as" || !lowerAt(tokens, cue.token).endsWith("ed") || !AS_SOURCES.has(lowerAt(tokens, cue.endToken))) return undefined;
  const source = phraseAfter(doc, cue.endToken + 1, sentence.endToken);
  if (!source || lowerAt(tokens, source.endToken) !== ",") return undefined;
  const content = clauseSpan(doc, source.endToken + 1, sentence);
  return content && frameOf(cue, cueSpan, source.span, "lead", cueSpan.start, content.start, content, sentence, false);
}

/** The capitalized name ending at token `j` after "footage of", "a video of" and the like; undefined otherwise. */
function shownSpeaker(doc: Document, j: number, first: number): Span | undefined {
  const { tokens } = doc;
  let r = j;
  while (r > first && j - r < MAX_PHRASE && isCapitalWordAt(tokens, r)) r--;
  return r < j && lowerAt(tokens, r) === "of" && RECORDINGS.has(lowerAt(tokens, r - 1)) ? tokenSpan(tokens, r + 1, j) : undefined;
}

/** For a dash at token `j` closing an aside ("X — who has … — said"), the token before its opening dash; else `j`. */
function beforeDashedAside(tokens: TokenList, j: number, first: number): number {
  for (let k = j - 1; k > first && j - k <= MAX_APPOSITION; k--) if (tokens.text(k) === tokens.text(j)) return k - 1;
  return j;
}

/** Most tokens back from a verb to the relative pronoun whose clause it is in. */
const MAX_RELATIVE_REACH = 16;

/**
 * The antecedent of the "who" or "which" whose clause runs on, with no comma or clause mark, to
 * token `j` ("…, who took to the streets and [called]", "…, who spent his speech [defending]"),
 * with the pronoun as its second mention; undefined when no such pronoun is near.
 */
function relativeSubject(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  const table = wordBitsOf(tokens);
  for (let k = j - 1; k > first && j - k <= MAX_RELATIVE_REACH; k--) {
    const bits = bitsAt(table, tokens, k);
    if ((bits & (COMMA | CLAUSE_MARK | QUOTE_MARK | OPENER | QUOTE_CLOSER)) !== 0 || tokens.text(k) === ";" || tokens.text(k) === "(" || DASHES.has(tokens.text(k))) return undefined;
    if ((bits & RELATIVE) === 0) continue;
    // Only the relative clause of a name or description set off by a comma ("X, who …").
    if (textAt(tokens, k - 1) !== ",") return undefined;
    const subject = subjectBefore(doc, k, first, inDate);
    return subject?.relative ? subject : undefined;
  }
  return undefined;
}

/**
 * The noun phrase in lower case right before a participle that is its subject ("hedge fund
 * executives supporting …", "others supporting …", "a puppet saying …"): a determiner or quantifier
 * opens it, or it has a plural head after modifiers; no verb form is in it, no preposition governs
 * it ("a letter to the board urging …"), and a message ("a statement calling …") is left to its sender.
 */
function describedBefore(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  if (j <= first || !isWordAt(tokens, j) || inDate[j] || !/^\p{Ll}/u.test(tokens.text(j)) || MESSAGES.has(tokens.lower(j)) || DOCUMENT_HEADS.has(tokens.lower(j))) return undefined;
  const found = phraseBefore(doc, j, first, inDate);
  if (!found) return undefined;
  const table = wordBitsOf(tokens);
  // "a resource for anyone wanting …": the phrase after a preposition is governed by it.
  let from = found.firstToken;
  for (let k = j; k >= found.firstToken; k--) {
    if (!isWordAt(tokens, k)) return undefined;
    const w = tokens.lower(k);
    if (GOVERNING.has(w) || PREPOSITIONS.has(w)) return undefined;
    // (A determiner only opens the phrase.)
    if ((bitsAt(table, tokens, k) & (FINITE | PAST_FORM | BE_FORM | PREFIX | ADVERB | SUBJECT_PRONOUN_BIT)) !== 0 || (NOT_NOUNS.has(w) && !(k < j && k === found.firstToken && DESCRIBED_OPENERS.has(w))) || w.endsWith("ing")) return undefined;
    from = k;
  }
  const opener = lowerAt(tokens, from);
  const before = lowerAt(tokens, from - 1);
  if (PREPOSITIONS.has(before) || GOVERNING.has(before)) return undefined;
  // "Trump avoids condemning …": a name and a verb in "-s", not a group.
  let lowerWords = 0;
  for (let k = from; k <= j; k++) if (/^\p{Ll}/u.test(tokens.text(k))) lowerWords++;
  if (lowerWords < 2 && !DESCRIBED_OPENERS.has(opener) && from < j) return undefined;
  const plural = /[^s]s$/u.test(tokens.lower(j)) && (j > from || from === first || before === "and" || before === "," || DISCOURSE.has(before));
  return DESCRIBED_OPENERS.has(opener) || plural ? { span: tokenSpan(tokens, from, j), firstToken: from } : undefined;
}

/** Recordings that show someone speaking ("footage of X saying"). */
const RECORDINGS = new Set(["footage", "video", "videos", "clip", "clips", "audio", "tape", "tapes", "recording", "recordings", "images"]);

/** Forms of "go" that lead on to a reporting verb ("went on to say", "goes so far as to claim"). */
const GOING = new Set(["go", "goes", "went", "going", "gone"]);

/**
 * For the "to" at token `to` in "went on to say" or "went so far as to say", the index of the
 * last token before "went" (where the subject ends); undefined for any other "to".
 */
function goingOn(tokens: TokenList, to: number, first: number): number | undefined {
  const before = lowerAt(tokens, to - 1);
  if (before === "on") return to - 2 > first && GOING.has(lowerAt(tokens, to - 2)) ? to - 3 : undefined;
  // "so far as", "as far as".
  if (before === "as" && lowerAt(tokens, to - 2) === "far" && (lowerAt(tokens, to - 3) === "so" || lowerAt(tokens, to - 3) === "as")) {
    return to - 4 > first && GOING.has(lowerAt(tokens, to - 4)) ? to - 5 : undefined;
  }
  return undefined;
}

/** Forms of the verbs of seeming, which hand their subject to a reporting verb after "to" ("appeared to suggest"). */
const SEEMING = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);

/** True when tokens `[from, to)` are a short run of capitalized words (a name, titles and initials allowed). */
function namesTo(doc: Document, from: number, to: number, inDate: Uint8Array): boolean {
  const { tokens } = doc;
  if (to <= from || to - from > MAX_PHRASE) return false;
  for (let k = from; k < to; k++) {
    // "said Tuesday": a date after the verb is when, not who.
    if ((!(isWordAt(tokens, k) && /^\p{Lu}/u.test(tokens.text(k))) && !isAbbreviationDot(tokens, k) && tokens.text(k) !== "-") || inDate[k]) return false;
  }
  return true;
}

/**
 * "…, said the party chairman, Kelly Armstrong.": after an inverted verb, a description in lower
 * case set off from a name that closes the sentence (or the stretch before the next comma) names
 * that person; the name, not the description, is the speaker.
 */
function describedName(doc: Document, verbEnd: number, trail: { endToken: number; comma: boolean }, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  if (!trail.comma || textAt(tokens, trail.endToken) !== "," || !/^\p{Ll}/u.test(textAt(tokens, verbEnd))) return undefined;
  const from = trail.endToken + 1;
  let to = from;
  while (to < sentence.endToken && to - from <= MAX_PHRASE && (isWordAt(tokens, to) || isAbbreviationDot(tokens, to) || textAt(tokens, to) === "-")) to++;
  const closer = textAt(tokens, to);
  if (!(to === sentence.endToken || closer === "," || closer === "." || closer === "!" || closer === "?" || QUOTE_CLOSERS.has(closer))) return undefined;
  // "voter Ann Hill of Derry, N.H.": a state after a city's comma is where, not who.
  const run = doc.text.slice(tokens.start(from), to > from ? tokens.end(to - 1) : tokens.start(from));
  if (US_STATES.has(run) || US_STATES.has(`${run}.`)) return undefined;
  return namesTo(doc, from, to, inDate) ? tokenSpan(tokens, from, to - 1) : undefined;
}

/** Words after which a bare "asked" is a passive with its subject left out ("when asked whether …"). */
const UNASKED = new Set(["when", "if", "after", "once", "before", "while", ","]);

/** The span up to its first comma outside quotation marks, or the whole span. */
function firstComma(doc: Document, content: Span): Span | undefined {
  let quoted = false;
  for (let i = content.start; i < content.end; i++) {
    const c = doc.text[i];
    if (c === '"' || c === "“" || c === "”") quoted = c === "“" ? true : c === "”" ? false : !quoted;
    else if (c === "," && !quoted) return trimSpan(doc.text, content.start, i);
  }
  return content;
}

/**
 * "Enthusiasm for the plan appears to have faded", "It seems that …": a verb of seeming reports
 * how things look to the writer. The content is the whole clause from its subject (or, after an
 * empty "it", the clause that follows), and there is no speaker. Only before "to", "that", a
 * comma or a bare complement: "appeared in court" is no report.
 */
function raising(doc: Document, cue: Cue, cueSpan: Span, j: number, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const next = lowerAt(tokens, cue.endToken);
  const subject = j >= sentence.firstToken ? subjectBefore(doc, j, sentence.firstToken, inDate) : undefined;
  if (!subject || subject.joint) return undefined;
  const empty = doc.text.slice(subject.span.start, subject.span.end).toLowerCase() === "it";
  if (empty) {
    const k = next === "," ? skipAside(doc, cue.endToken, sentence) : cue.endToken;
    if (lowerAt(tokens, k) !== "that") return undefined;
    const content = clauseSpan(doc, k + 1, sentence);
    return content && frameOf(cue, cueSpan, undefined, "lead", subject.span.start, content.start, content, sentence, false);
  }
  const bare = cue.verb.lemma === "seem" && isWordAt(tokens, cue.endToken) && !NP_PREPOSITIONS.has(next) && !PREPOSITIONS.has(next) && !PHRASE_BOUNDARIES.has(next);
  if (next !== "to" && !bare) return undefined;
  const clause = clauseSpan(doc, cue.endToken, sentence);
  if (!clause) return undefined;
  const content = { start: Math.min(subject.span.start, tokens.start(subject.firstToken)), end: clause.end };
  return frameOf(cue, cueSpan, undefined, "lead", content.start, cueSpan.end, content, sentence, false);
}

/** Index of the token after a short aside set off by commas ("appears, though, that"), or `from`. */
function skipAside(doc: Document, from: number, sentence: Sentence): number {
  for (let k = from + 1; k < sentence.endToken && k - from <= 4; k++) if (doc.tokens.text(k) === ",") return k + 1;
  return from;
}

/** Verbs by which a document states its findings. */
const FINDING_VERBS = new Set(["show", "find", "reveal", "indicate", "suggest"]);

/**
 * "Polls show a close race", "the survey found broad support": what a document shows is reported
 * even as a noun phrase, which from a person would be no claim ("announced a plan").
 */
function findings(doc: Document, cue: Cue, subject: Subject, verbEnd: number, sentence: Sentence): { content: Span; subject?: Span | null } | undefined {
  if (!FINDING_VERBS.has(cue.verb.lemma)) return undefined;
  const isDocument = (span: Span | undefined): boolean => {
    const words = span ? doc.text.slice(span.start, span.end).split(" ") : [];
    const head = (w: string | undefined): boolean => DOCUMENT_HEADS.has((w ?? "").replace(/['’]s?$/u, "").toLowerCase());
    // "Data from the census", "recent polls in two states": the head stands before the phrase's first preposition.
    const preposition = words.findIndex((w, i) => i > 0 && HEAD_ENDERS.has(w));
    return head(words[words.length - 1]) || (preposition > 0 && head(words[preposition - 1]));
  };
  // "A poll by Linden College released Monday found …": the sentence's subject is the document,
  // when the verb comes soon after it.
  const opening = isDocument(subject.span) ? undefined : sentenceSubject(doc, sentence);
  const near = opening !== undefined && opening.end <= subject.span.start && cue.token - sentence.firstToken <= MAX_FINDING_SUBJECT;
  if (!isDocument(subject.span) && !(near && isDocument(opening))) return undefined;
  const content = objectSpan(doc, verbEnd, sentence);
  if (!content) return undefined;
  if (!opening || !near) return { content };
  // The maker is named when a capitalized word follows the document's word ("a poll by Linden College").
  const named = (from: number): boolean => {
    for (let k = from; k < cue.token; k++) if (isCapitalWordAt(doc.tokens, k) && doc.tokens.start(k) >= opening.end) return true;
    return false;
  };
  return { content, subject: named(sentence.firstToken) ? { start: opening.start, end: doc.tokens.end(cue.token - 1) } : null };
}

/** Prepositions that end the head of a document's noun phrase ("polls [in] Ohio", "data [from] the census"). */
const HEAD_ENDERS = new Set(["of", "in", "from", "by", "on", "for", "with", "released", "taken", "published"]);

/** Most tokens from a sentence's start to the verb by which its document subject states a finding. */
const MAX_FINDING_SUBJECT = 14;

/**
 * "“…?” he asked.": a quotation ending on "?" or "!" ends its sentence, so the frame after it
 * opens the next one; it still trails the quotation when nothing but a space stands between.
 */
function endsQuestionQuote(doc: Document, closer: number): boolean {
  const { tokens } = doc;
  if (closer < 0 || closer + 1 >= tokens.length || !QUOTE_CLOSERS.has(tokens.text(closer))) return false;
  // The doubled mark of NYT copy ('') is two tokens: the stop stands before the first.
  let at = tokens.start(closer) - 1;
  if (QUOTE_CLOSERS.has(doc.text[at] ?? "")) at--;
  const mark = doc.text[at];
  const end = tokens.end(closer);
  const next = tokens.start(closer + 1);
  return (mark === "?" || mark === "!") && next - end <= 2 && !doc.text.slice(end, next).includes("\n");
}

/**
 * The subject at the start of a sentence, past an opening adverbial ("Earlier in the day, Trump
 * issued …"): a pronoun, or a run of capitalized words. For participles ("…, urging him to").
 */
export function sentenceSubject(doc: Document, sentence: Sentence): Span | undefined {
  const { tokens } = doc;
  let k = sentence.firstToken;
  // A stray quotation mark, and "And then", "But" opening the sentence.
  while (k < sentence.endToken && (OPENERS.has(tokens.text(k)) || (DISCOURSE.has(lowerAt(tokens, k)) && lowerAt(tokens, k + 1) !== ","))) k++;
  // "WASHINGTON — Sen. Grassley …", "WASHINGTON, Dec. 8 (UPI) — …": a dateline in capitals, then a date and an agency, before a dash.
  const dateline = tokens.text(k).length > 1 && tokens.text(k) === tokens.text(k).toUpperCase() && isWordAt(tokens, k);
  for (let i = k; i < Math.min(sentence.endToken, k + (dateline ? MAX_DATELINE : 4)); i++) {
    if (DASHES.has(tokens.text(i)) && i > k) {
      k = i + 1;
      while (textAt(tokens, k) === "-") k++;
      break;
    }
    if (dateline ? /^\p{Ll}/u.test(tokens.text(i)) : !isWordAt(tokens, i) || tokens.text(i) !== tokens.text(i).toUpperCase()) break;
  }
  // "Earlier in the day, Trump …", "By saying …, Trump …", "Chastened by the analyses, Trump …", "Instead, Fiorina …": skip the opening adverbial;
  // and a second one after it ("On Thursday, however, Trump …").
  for (let round = 0; round < MAX_OPENERS; round++) {
    const opening = lowerAt(tokens, k);
    const second = lowerAt(tokens, k + 1);
    const adverbial =
      k >= 0 &&
      k < tokens.length &&
      (PREPOSITIONS.has(opening) ||
        SUBORDINATORS.has(opening) ||
        /(?:ing|ly)$/u.test(opening) ||
        second === "," ||
        (/ed$/u.test(opening) && PREPOSITIONS.has(second)) ||
        (/ed$/u.test(opening) && second === "by") ||
        (ADVERB_OPENERS.has(opening) && (PREPOSITIONS.has(second) || second === "that")) ||
        shortOpener(doc, k, sentence));
    if (!adverbial) break;
    const from = k;
    // "By Sunday afternoon she had …", "On Monday he …": a short phrase of a preposition closed by no comma, then the subject pronoun.
    const pronoun = PREPOSITIONS.has(opening) || opening === "by" ? pronounAfterPhrase(doc, k, sentence) : -1;
    if (pronoun > 0) {
      k = pronoun;
      break;
    }
    for (let i = k; i < Math.min(sentence.endToken, k + MAX_APPOSITION); i++) {
      // "In Aspen, Colo., the senator …": the state's commas do not close the opener.
      if (tokens.text(i) === "," && !isStateComma(doc, i)) {
        k = i + 1;
        // "When X called it “a plan for all,” Pike …": the quotation closes after its comma.
        while (QUOTE_CLOSERS.has(textAt(tokens, k)) && k < sentence.endToken) k++;
        break;
      }
    }
    if (k === from) break;
  }
  const limit = Math.min(sentence.endToken, k + MAX_ADJUNCT);
  if (!isWordAt(tokens, k)) return undefined;
  if (SUBJECT_PRONOUNS.has(tokens.lower(k))) return tokenSpan(tokens, k, k);
  // A determiner and up to a few words ("The Russian foreign minister"), or a run of capitalized words.
  let e = k;
  const described = /^(?:the|a|an)$/iu.test(tokens.text(k));
  while (e < limit && e - k < 7 && (isWordAt(tokens, e) || isAbbreviationDot(tokens, e))) {
    // "Mr. Trump", "Sen. Cruz": a title's dot stays inside the name.
    if (!isWordAt(tokens, e)) {
      e++;
      continue;
    }
    const w = tokens.lower(e);
    const capital = /^\p{Lu}/u.test(tokens.text(e));
    if (!capital && (!described || PHRASE_BOUNDARIES.has(w) || VERB_PREFIXES.has(w) || /(?:ed|s)$/u.test(w) && e > k + 1)) break;
    e++;
  }
  if (e <= k) return undefined;
  // "The other candidate on the stage, former Gov. Nora Pike, drew …": the name set off after a description is the subject.
  return (described ? namedApposition(doc, e, sentence.endToken) : undefined) ?? tokenSpan(tokens, k, e - 1);
}

/**
 * The name set off by commas after a description ending before token `from` ("…
 * on the stage, former Gov. Nora Pike, drew"): only words and title dots before the first comma,
 * then a run of capitalized words (a title in lower case may open it) closed by a comma.
 */
function namedApposition(doc: Document, from: number, limit: number): Span | undefined {
  const { tokens } = doc;
  let c = from;
  while (c < limit && c - from < MAX_APPOSITION && (isWordAt(tokens, c) || isAbbreviationDot(tokens, c)) && !isFiniteAuxiliary(tokens.lower(c)) && !isPastFormAt(tokens, c)) c++;
  if (textAt(tokens, c) !== ",") return undefined;
  let s = c + 1;
  while (LOWER_TITLES.has(lowerAt(tokens, s))) s++;
  let e = s;
  while (e < limit && e - s < MAX_PHRASE && tokens.text(e) !== ",") e++;
  if (textAt(tokens, e) !== "," || e <= s) return undefined;
  // "Secretary of State Hillary Clinton": "of" between capitals stays inside the name.
  for (let k = s; k < e; k++) {
    const inside = lowerAt(tokens, k) === "of" && isCapitalWordAt(tokens, k - 1) && isCapitalWordAt(tokens, k + 1);
    if (!inside && !isNameRun(tokens, k, k + 1) && !isAbbreviationDot(tokens, k)) return undefined;
  }
  return tokenSpan(tokens, c + 1, e - 1);
}

/** The index of a subject pronoun two to four words after the preposition at `k`, with only words between; -1 if none. */
function pronounAfterPhrase(doc: Document, k: number, sentence: Sentence): number {
  const { tokens } = doc;
  for (let i = k + 1; i < sentence.endToken && i - k <= MAX_SHORT_OPENER + 1; i++) {
    const w = lowerAt(tokens, i);
    if (i > k + 1 && SPEAKER_PRONOUNS.has(w)) return i;
    if (!isWordAt(tokens, i) || PHRASE_BOUNDARIES.has(w) || SPEAKER_PRONOUNS.has(w)) return -1;
  }
  return -1;
}

/** Most tokens of a dateline before its dash ("WASHINGTON, Dec. 8 (UPI) —"). */
const MAX_DATELINE = 12;

/**
 * "Hours later, he …", "A day earlier, she …": a short opening phrase closed by a comma right
 * before a subject pronoun; or one that ends in "later", "earlier" or "ago", which times what
 * follows, before any subject ("Minutes later, the Dunn campaign issued …").
 */
function shortOpener(doc: Document, k: number, sentence: Sentence): boolean {
  const { tokens } = doc;
  // "A couple of years later, he …": a longer phrase of words only, when a pronoun or a word of time closes it.
  for (let i = k + 1; i < sentence.endToken && i - k <= MAX_LONG_OPENER; i++) {
    if (tokens.text(i) === ",") return (SUBJECT_PRONOUNS.has(lowerAt(tokens, i + 1)) && lowerAt(tokens, i + 1) !== "this") || RELATIVE_TIME_ENDS.has(lowerAt(tokens, i - 1));
    if (!isWordAt(tokens, i) || (i - k >= MAX_SHORT_OPENER && isFiniteAuxiliary(tokens.lower(i)))) return false;
  }
  return false;
}

/** Longest opening phrase {@link shortOpener} reads when a pronoun or a word of time closes it, in tokens. */
const MAX_LONG_OPENER = 6;

/** Last words of an opening phrase that times the clause after it ("Two hours later,", "A week ago,"). */
const RELATIVE_TIME_ENDS: ReadonlySet<string> = new Set(["later", "earlier", "ago", "afterward", "afterwards"]);

/** Longest opening phrase read by {@link shortOpener}, in tokens. */
const MAX_SHORT_OPENER = 3;

/** Most adverbials skipped before a sentence's subject. */
const MAX_OPENERS = 2;

/** The dot of a title abbreviation inside a name ("Mr. Clarke", "Sen. Cruz"). */
function isAbbreviationDot(tokens: TokenList, k: number): boolean {
  // A title's dot sits one space before the name: a dot at a line's end ("…, Harbour Chief Says.") closes the line.
  return (
    tokens.text(k) === "." &&
    k >= 1 &&
    k + 1 < tokens.length &&
    tokens.end(k - 1) === tokens.start(k) &&
    /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens.text(k - 1)) &&
    /^\p{Lu}/u.test(tokens.text(k + 1)) &&
    tokens.start(k + 1) - tokens.end(k) <= 1
  );
}

/**
 * True when the tokens before `leftEdge` close a quotation that hands over to what follows: a
 * comma, "?" or "!" inside the closing mark (`“…,” he said`), or a comma after it (`"…", he said`).
 */
function handsOver(doc: Document, leftEdge: number, first: number): boolean {
  const { tokens, text } = doc;
  let k = leftEdge - 1;
  if (k < first - 1 || k < 0) return false;
  const commaOutside = tokens.text(k) === ",";
  if (commaOutside) k--;
  if (!QUOTE_CLOSERS.has(textAt(tokens, k))) return false;
  // "In an interview on “Face the Nation,” Ryan said …": a title quoted inside the sentence hands over nothing.
  if (opensInside(tokens, k, first)) return false;
  if (commaOutside) return true;
  let at = tokens.start(k) - 1;
  if (QUOTE_CLOSERS.has(text[at] ?? "")) at--;
  const mark = text[at];
  return mark === "," || mark === "?" || mark === "!";
}

/** How far back a quotation's opening mark is looked for. */
const MAX_QUOTE_LOOKBACK = 60;

/** True when the quotation closed at token `close` opened after the first word of its sentence. */
function opensInside(tokens: TokenList, close: number, first: number): boolean {
  // The doubled mark of NYT copy ('') is two tokens.
  const from = QUOTE_CLOSERS.has(textAt(tokens, close - 1)) && tokens.end(close - 1) === tokens.start(close) ? close - 2 : close - 1;
  for (let k = from; k >= first && close - k <= MAX_QUOTE_LOOKBACK; k--) {
    const t = tokens.text(k);
    if (OPENERS.has(t) || t === "'" || t === "‘") return k > first && !OPENERS.has(textAt(tokens, k - 1)) && !(t === "'" && textAt(tokens, k - 1) === "'" && k - 1 === first);
  }
  return false;
}

/** After a trailing frame's verb only adjuncts may follow: a date, a prepositional phrase, an addressee ("told reporters"). */
function isAdjunctStretch(doc: Document, cue: Cue, from: number, to: number, inDate: Uint8Array): boolean {
  if (from >= to) return true;
  const { tokens } = doc;
  const first = lowerAt(tokens, from);
  // "declined to comment", "vowed to appeal": an infinitive is what was reported, not an adjunct.
  if (first === "to" && isInfinitiveAt(tokens, from + 1)) return false;
  // "said of the plan", "said about her rival": what the words were about.
  if (inDate[from] || PREPOSITIONS.has(first) || TOPIC_PREPOSITIONS.has(first) || isAdverbAt(tokens, from)) return true;
  if (cue.verb.complement !== "object-clause") return false;
  // "told reporters", "told reporters on Monday", but not "assured voters he would …": a clause after the addressee is reported.
  let i = skipAddressee(doc, from, to);
  // "told a Senate panel Wednesday": after a determiner's capitals, the head noun in lower case.
  if (DETERMINERS.has(first)) {
    const head = Math.max(i, from + 1);
    let h = head;
    while (h < to && h - head < 2 && isNounLike(tokens, h)) h++;
    if (h > head) i = h;
  }
  const next = lowerAt(tokens, i);
  return i > from && (i >= to || i >= tokens.length || inDate[i] === 1 || PREPOSITIONS.has(next) || TOPIC_PREPOSITIONS.has(next));
}

/** True for a verb after "to" ("to appeal"), not the start of a noun phrase ("to reporters", "to the BBC"). */
function isInfinitiveAt(tokens: TokenList, i: number): boolean {
  if (kindAt(tokens, i) !== "word" || !/^\p{Ll}/u.test(tokens.text(i))) return false;
  const w = tokens.lower(i);
  return !NOUN_PHRASE_OPENERS.has(w) && !ADDRESSEES.has(w);
}

/** Words that open a noun phrase after "to" ("to the council", "to his aides"). */
const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some", "many", "all", "both", "local", "state", "foreign", "senior", "fellow"]);

/** The speaker phrase ending at token `j`, past an apposition ("X, a doctor,"), or undefined. */
function subjectBefore(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  // "Paul D. Ryan (R-Wis.) said": a party and state in parentheses belong to the name before them.
  if (tokens.text(j) === ")" && isPartyCode(tokens, j, first)) return withJoint(doc, phraseBefore(doc, j, first, inDate), first);
  // "Sen. Mark Dunn (D-Ore.), said": a stray comma after the party code.
  if (tokens.text(j) === "," && textAt(tokens, j - 1) === ")" && j - 1 > first && isPartyCode(tokens, j - 1, first)) return withJoint(doc, phraseBefore(doc, j - 1, first, inDate), first);
  if (tokens.text(j) === "," || tokens.text(j) === ")") {
    // "X, a doctor, said" / "X (a doctor) said": the speaker is before the apposition.
    const opener = tokens.text(j) === "," ? "," : "(";
    for (let k = j - 1; k >= Math.max(first, j - MAX_APPOSITION); k--) {
      // Only a mark opens the apposition or breaks it: words are passed over.
      if (tokens.kind(k) !== "punct") continue;
      // "X, of Aspen, Colo., said": the commas around a state belong to the place.
      if (tokens.text(k) === opener && !(opener === "," && isStateComma(doc, k))) {
        // "…, but for some, the losses would outstrip the gains, said X": a clause, not an apposition.
        if (isClauseStretch(tokens, k + 1, j)) return undefined;
        // "…, and the meeting deteriorated, said X": a stretch opened by a conjunction is a clause too.
        if (APPOSITION_BREAKERS.has(lowerAt(tokens, k + 1)) && !(k + 2 < j && isNameRun(tokens, k + 2, j))) return undefined;
        // "The Nato secretary general, Jens Stoltenberg, said": the apposition is the name.
        // The frame still starts at the description, so what stands before it decides whether the frame trails.
        if (k + 1 < j && isNameRun(tokens, k + 1, j)) {
          // The description may hold prepositions ("the editor in chief of the paper"): back to its comma.
          const described = k - 1 >= first ? (describedFrom(tokens, k - 1, first) ?? phraseBefore(doc, k - 1, first, inDate)?.firstToken) : undefined;
          // "Giovanni Vian, the editor of the paper, L'Osservatore Romano, said": the name before the description speaks.
          const earlier = described !== undefined && /^(?:the|a|an)$/iu.test(tokens.text(described)) && textAt(tokens, described - 1) === "," && described - 2 >= first ? phraseBefore(doc, described - 2, first, inDate) : undefined;
          if (earlier && described !== undefined && isNameRun(tokens, earlier.firstToken, described - 1)) return withJoint(doc, earlier, first);
          return withJoint(doc, { span: tokenSpan(tokens, k + 1, j - 1), firstToken: described ?? k + 1 }, first, k);
        }
        // "X, 54, a doctor, said": the age stands between the name and the apposition.
        const aged = kindAt(tokens, k - 1) === "number" && lowerAt(tokens, k - 2) === "," ? k - 3 : k - 1;
        return aged >= first ? withJoint(doc, phraseBefore(doc, aged, first, inDate), first) : undefined;
      }
      if (tokens.kind(k) === "punct" && !APPOSITION_PUNCTUATION.has(tokens.text(k)) && !(tokens.text(k) === "," && isStateComma(doc, k))) return undefined;
    }
    // "The mayor of Dayton, Ohio, said": the place and its state end the speaker phrase.
    const city = tokens.text(j) === "," ? stateCommaBefore(doc, j) : undefined;
    const phrase = city !== undefined && city - 1 >= first ? phraseBefore(doc, city - 1, first, inDate) : undefined;
    return phrase && withJoint(doc, { span: { start: phrase.span.start, end: tokens.end(j - 1) }, firstToken: phrase.firstToken }, first);
  }
  // "Kall -- co-editor of a book on the debates -- said": an apposition between dashes.
  if (DASHES.has(tokens.text(j))) {
    const pair = tokens.text(j) === "-" && textAt(tokens, j - 1) === "-";
    const close = pair ? j - 1 : j;
    for (let k = close - 1; k >= Math.max(first, close - MAX_APPOSITION); k--) {
      if (tokens.text(k) !== tokens.text(j)) continue;
      const open = pair ? (textAt(tokens, k - 1) === "-" ? k - 1 : -1) : k;
      if (open < 0 || isClauseStretch(tokens, k + 1, close)) return undefined;
      return open - 1 >= first ? withJoint(doc, phraseBefore(doc, open - 1, first, inDate), first) : undefined;
    }
    return undefined;
  }
  if (!isWordAt(tokens, j)) return undefined;
  let phrase = phraseBefore(doc, j, first, inDate);
  if (!phrase) return undefined;
  // "Vitali Klitschko in Kyiv said", "residents in Kharkiv said": a place after a preposition says
  // where the speaker is; the speaker is the phrase before the preposition.
  const at = phrase.firstToken - 1;
  if (at - 1 >= first && PLACE_PREPOSITIONS.has(lowerAt(tokens, at)) && isWordAt(tokens, at - 1) && !inDate[at - 1]) {
    const located = phraseBefore(doc, at - 1, first, inDate);
    // A known place; or, after "a narrator", "a source", a place in lower case ("in the ad", "in the room").
    // The gazetteer only when there is a phrase before the place to take instead.
    if (located && (isTerritory(doc.text.slice(phrase.span.start, phrase.span.end)) || (INDEFINITES.has(lowerAt(tokens, located.firstToken)) && isLowerRun(tokens, phrase.firstToken, j + 1)))) phrase = located;
  }
  // "X, who …, said" and "X, who said": the speaker is the name before "who"; "Greenpeace, which said": before "which".
  // "who's called for": the contraction is "who" and "has".
  // Compared as written, not cut down to a new string: "who", "which", and either with 's.
  const head = lowerAt(tokens, phrase.firstToken);
  if (head === "who" || head === "which" || head === "who's" || head === "who’s" || head === "which's" || head === "which’s") {
    const before = lowerAt(tokens, phrase.firstToken - 1);
    const comma = before === "," || before === "—" || before === "–" ? 1 : 0;
    const prior = phrase.firstToken - 1 - comma >= first ? withJoint(doc, phraseBefore(doc, phrase.firstToken - 1 - comma, first, inDate), first) : undefined;
    // "Tom Dunn is a nurse and activist who said": the description is what the one named is, and that one speaks.
    const named = prior && !comma ? (describedOwner(doc, prior.firstToken, first, inDate) ?? prior) : prior && antecedentTail(doc, prior);
    // The relative pronoun is a mention of the speaker too: sources are often annotated on it.
    return named && { ...named, relative: tokenSpan(tokens, phrase.firstToken, phrase.firstToken) };
  }
  return withJoint(doc, phrase, first);
}

const DASHES = new Set(["—", "–", "-"]);

/** Most tokens of the descriptions between a name (or its verb "is") and "who": "a serial liar, rampant xenophobe and birther". */
const MAX_PREDICATE = 16;

/** The capitalized words from token `from` (before `to`) as a speaker phrase, or undefined when the first is not one. */
function nameRunFrom(tokens: TokenList, from: number, to: number): Subject | undefined {
  let e = from;
  while (e < to && e - from < MAX_PHRASE && ((isWordAt(tokens, e) && /^\p{Lu}/u.test(tokens.text(e))) || isAbbreviationDot(tokens, e))) e++;
  return e > from ? { span: tokenSpan(tokens, from, e - 1), firstToken: from } : undefined;
}

/**
 * The noun phrase at the end of a phrase in lower case that a "who" or "which" after a comma
 * stands for: after the last verb or preposition in it ("a focal point for [the protesters], who"),
 * from its determiner ("may have hurt [the former mayor], who"). A phrase ending on a capitalized
 * word is a name, kept whole ("Bank of America").
 */
function antecedentTail(doc: Document, phrase: Subject): Subject {
  const { tokens } = doc;
  const last = firstTokenFrom(tokens, phrase.span.end) - 1;
  if (last <= phrase.firstToken || !/^\p{Ll}/u.test(tokens.text(last))) return phrase;
  const table = wordBitsOf(tokens);
  let from = phrase.firstToken;
  for (let k = last - 1; k >= phrase.firstToken; k--) {
    const w = tokens.lower(k);
    if ((bitsAt(table, tokens, k) & (FINITE | BE_FORM | PAST_FORM)) !== 0 || (w !== "of" && (PREPOSITIONS.has(w) || GOVERNING.has(w)))) {
      from = k + 1;
      break;
    }
  }
  // "hurt the former mayor": a verb the word tables do not know stands before the determiner.
  if (!ANTECEDENT_OPENERS.has(tokens.lower(from))) {
    for (let k = from + 1; k < last; k++) {
      if (ANTECEDENT_OPENERS.has(tokens.lower(k))) {
        from = k;
        break;
      }
    }
  }
  return from === phrase.firstToken ? phrase : { ...phrase, span: { start: tokens.start(from), end: phrase.span.end }, firstToken: from };
}

/** Most tokens of a label before its colon ("Editor's note:"). */
const MAX_LABEL = 4;

/**
 * For a description in lower case ending before a restrictive "who" at token `from`, the one it
 * describes: the subject of a "be" just before it ("Tom Dunn is a nurse and activist who said"),
 * or a name before an apposition's comma ("Dr. Ann Lee, a surgeon and researcher who warned").
 * Undefined when anything but descriptions (words in lower case, commas, "and") stands between.
 */
function describedOwner(doc: Document, from: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  if (!isWordAt(tokens, from) || !/^\p{Ll}/u.test(tokens.text(from))) return undefined;
  for (let k = from - 1; k >= first && from - k <= MAX_PREDICATE; k--) {
    const w = tokens.text(k);
    if (w === ",") {
      // The comma after a name opens its apposition, a description with a determiner ("X, a nurse"; not "X, sources who").
      if (k - 1 >= first && isWordAt(tokens, k - 1) && /^\p{Lu}/u.test(tokens.text(k - 1))) return PREDICATE_OPENERS.has(lowerAt(tokens, k + 1)) ? phraseBefore(doc, k - 1, first, inDate) : undefined;
      continue;
    }
    if (!isWordAt(tokens, k) || !/^\p{Ll}/u.test(w) || PREPOSITIONS.has(w) || /ing$/u.test(w)) return undefined;
    if (BE_FORMS.has(w)) {
      // "is attacking protesters who …": only "is a …", "was the …" describe the subject.
      if (!PREDICATE_OPENERS.has(lowerAt(tokens, k + 1))) return undefined;
      const sentence = sentenceAt(doc, tokens.start(k));
      const subject = sentence ? sentenceSubject(doc, sentence) : undefined;
      if (!subject || subject.end > tokens.start(k)) return undefined;
      const at = firstTokenFrom(tokens, subject.start);
      // "Editor's note: Tom Dunn is a …": the name after a label's colon is the subject.
      for (let c = at + 1; c < k && c - at <= MAX_LABEL; c++) if (tokens.text(c) === ":") return nameRunFrom(tokens, c + 1, k);
      return { span: subject, firstToken: at };
    }
  }
  return undefined;
}

/** Phrases looked up in the gazetteer, and whether each names a place: the same few recur across articles. */
const territoryNames = new Map<string, boolean>();
/** Phrases {@link territoryNames} keeps before it starts over, so it stays bounded. */
const MAX_TERRITORY_NAMES = 4096;

/** True when `phrase` names a known place ({@link normalizeTerritory}), remembered by its text. */
function isTerritory(phrase: string): boolean {
  let known = territoryNames.get(phrase);
  if (known === undefined) {
    if (territoryNames.size >= MAX_TERRITORY_NAMES) territoryNames.clear();
    known = normalizeTerritory(phrase) !== undefined;
    territoryNames.set(phrase, known);
  }
  return known;
}

/** Words in lower case that open a titled name ("former Gov. Tom Dunn", "then-Sen. Ann Cole"). */
const LOWER_TITLES: ReadonlySet<string> = new Set(["former", "then", "late", "retired", "outgoing", "incoming", "acting", "interim"]);

/** Determiners of a speaker no one names ("a narrator", "one source"). */
const INDEFINITES = new Set(["a", "an", "one"]);

/** True when tokens `[from, to)` are words in lower case ("the ad", "the room"). */
function isLowerRun(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWordAt(tokens, k) || !/^\p{Ll}/u.test(tokens.text(k))) return false;
  return to > from;
}

/** Prepositions of place between a speaker and the verb ("an official in Kyiv said"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "on", "inside", "outside", "near"]);

/** Words that open a coordinated clause, never an apposition after a name. */
const APPOSITION_BREAKERS = new Set(["and", "but", "or", "so", "yet", "while", "whereas"]);

/** Most tokens of a state's name or abbreviation ("N . C .", "New Hampshire"). */
const MAX_STATE_TOKENS = 5;

/**
 * True when the comma at token `k` opens or closes a state written after a city ("Aspen,
 * Colo., said", "in Dayton, Ohio, the mayor"): those commas set off no apposition.
 */
function isStateComma(doc: Document, k: number): boolean {
  const { tokens } = doc;
  // Between the city and the state, which a comma closes.
  if (isCapitalWordAt(tokens, k - 1) && isCapitalWordAt(tokens, k + 1)) {
    for (let c = k + 2; c < tokens.length && c - k <= MAX_STATE_TOKENS + 1; c++) {
      if (tokens.text(c) !== ",") continue;
      if (US_STATES.has(doc.text.slice(tokens.start(k + 1), tokens.end(c - 1)))) return true;
      break;
    }
  }
  return stateCommaBefore(doc, k) !== undefined;
}

/** For a comma at token `k` that closes a state after a city ("Aspen, Colo.,"), the index of the comma before the state. */
function stateCommaBefore(doc: Document, k: number): number | undefined {
  const { tokens } = doc;
  for (let p = k - 2; p >= 1 && k - p <= MAX_STATE_TOKENS + 1; p--) {
    if (tokens.text(p) !== ",") continue;
    return isCapitalWordAt(tokens, p - 1) && US_STATES.has(doc.text.slice(tokens.start(p + 1), tokens.end(k - 1))) ? p : undefined;
  }
  return undefined;
}

/** Most tokens of a description set between commas after a name ("the editor in chief of the paper"). */
const MAX_DESCRIPTION = 12;

/**
 * For a description ending at token `j` that opens with "the"/"a"/"an" right after a comma
 * ("X, the editor in chief of the paper, …"), the index of that determiner; undefined otherwise.
 */
function describedFrom(tokens: TokenList, j: number, first: number): number | undefined {
  for (let k = j; k > first && j - k < MAX_DESCRIPTION; k--) {
    if (tokens.text(k) === ",") return undefined;
    if (!isWordAt(tokens, k) && tokens.text(k) !== "'s" && tokens.text(k) !== "’s") return undefined;
    if (tokens.text(k - 1) === "," && /^(?:the|a|an)$/iu.test(tokens.text(k))) return k;
  }
  return undefined;
}

/** True when the parenthesis closed at token `j` holds a party code: one capital, a hyphen, a place ("(D-N.Y.)", "(R-Wis.)"). */
function isPartyCode(tokens: TokenList, j: number, first: number): boolean {
  for (let k = j - 1; k >= Math.max(first, j - 8); k--) {
    if (tokens.text(k) !== "(") continue;
    const code = textAt(tokens, k + 1);
    return /^[DRI]-\p{Lu}/u.test(code) || (/^[DRI]$/u.test(code) && textAt(tokens, k + 2) === "-");
  }
  return false;
}
const RELATIVES = new Set(["who", "which", "whose", "whom"]);

/** True when tokens `[from, to)` hold a finite auxiliary outside a relative clause: a clause, not an apposition. */
function isClauseStretch(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lowerAt(tokens, k);
    // "a thinker who has grown …": the auxiliary belongs to a relative clause inside the apposition.
    if (RELATIVES.has(w)) return false;
    if (FINITE_AUXILIARIES.has(w)) return true;
  }
  return false;
}

/** A speaker phrase, and whether it is one of two speakers ("Witkoff and Umerov said"). */
interface Subject {
  readonly span: Span;
  readonly firstToken: number;
  readonly joint?: true;
  /** The "who" of "X, who said": a second mention of the speaker. */
  readonly relative?: Span;
}

/** Marks a phrase joined to a name before it by "and": the two speak together, and neither alone. */
function withJoint(doc: Document, phrase: Subject | undefined, first: number, edge = phrase?.firstToken ?? 0): Subject | undefined {
  if (!phrase) return undefined;
  const { tokens } = doc;
  const start = Math.min(edge, phrase.firstToken);
  if (start - 2 >= first && lowerAt(tokens, start - 1) === "and" && isWordAt(tokens, start - 2) && /^\p{Lu}/u.test(tokens.text(start - 2))) {
    // "Citizenship and Immigration Services": one organization's name, not two speakers.
    const lastWord = doc.text.slice(phrase.span.start, phrase.span.end).split(" ").pop() ?? "";
    if (/^\p{Lu}/u.test(lastWord) && ORGANIZATION_HEADS.has(lastWord.toLowerCase())) {
      let k = start - 2;
      while (k - 1 >= first && isWordAt(tokens, k - 1) && /^\p{Lu}/u.test(tokens.text(k - 1)) && start - k < MAX_PHRASE) k--;
      return { span: { start: tokens.start(k), end: phrase.span.end }, firstToken: k };
    }
    return { ...phrase, joint: true };
  }
  return phrase;
}

/** True when tokens `[from, to)` are capitalized words (with title dots): a name. */
function isNameRun(tokens: TokenList, from: number, to: number): boolean {
  // "Wilmington, N.C., warned": a state's abbreviation after a place is no name.
  let lowerCase = false;
  for (let k = from; k < to; k++) {
    if (!(isWordAt(tokens, k) && /^\p{Lu}/u.test(tokens.text(k))) && !isAbbreviationDot(tokens, k) && tokens.text(k) !== "-") return false;
    if (/\p{Ll}/u.test(tokens.text(k))) lowerCase = true;
  }
  return lowerCase;
}

/** The noun phrase ending at token `j`, going left to the nearest boundary. */
function phraseBefore(doc: Document, j: number, first: number, inDate: Uint8Array = NO_FLAGS): Subject | undefined {
  const { tokens } = doc;
  // "Rep. Gregory Meeks (D-N.Y.)": the parenthesis belongs to the name before it.
  if (textAt(tokens, j) === ")") {
    for (let p = j - 1; p >= Math.max(first, j - 8); p--) {
      if (tokens.text(p) === "(") return p - 1 >= first ? phraseBefore(doc, p - 1, first, inDate) : undefined;
    }
    return undefined;
  }
  const table = wordBitsOf(tokens);
  let k = j;
  while (k >= first && j - k < MAX_PHRASE) {
    // "Although in September she said": a date ends the phrase; so does a spaced dash ("ruling made it legal - she urged").
    if (inDate[k]) break;
    if (!isWordAt(tokens, k)) {
      const text = tokens.text(k);
      if (text !== "-" && text !== "&" && !isAbbreviationDot(tokens, k)) break;
      if (text === "-" && doc.text[tokens.start(k) - 1] === " " && doc.text[tokens.start(k) + 1] === " ") break;
    }
    const bits = bitsAt(table, tokens, k);
    // "who" heads a relative clause and is a boundary only once it has been taken as the phrase;
    // "which" right before the verb is the phrase ("Greenpeace, which said"), elsewhere a boundary.
    if (k === j && (bits & RELATIVE) !== 0 && tokens.lower(k) === "which") {
      k--;
      break;
    }
    // A boundary word inside a run of capitals is part of a name ("Bank of America"), but "and" is not.
    if ((bits & BOUNDARY) !== 0 && !(k < j && (bits & CAPITAL) !== 0 && (bitsAt(table, tokens, k + 1) & CAPITAL) !== 0 && tokens.lower(k) !== "and")) break;
    if ((bits & RELATIVE) !== 0) {
      k--;
      break;
    }
    k--;
  }
  let from = k + 1;
  // "As Oleh Marchenko noted, …": a capitalized "as" opening the sentence is not part of the name.
  while (from <= j && ((bitsAt(table, tokens, from) & DISCOURSE_WORD) !== 0 || tokens.kind(from) === "punct" || (from === first && lowerAt(tokens, from) === "as"))) from++;
  if (from > j) return undefined;
  return { span: tokenSpan(tokens, from, j), firstToken: from };
}

/** The speaker phrase right after token index `i`: "said Flynn, a top surrogate" → "Flynn". */
function phraseAfter(doc: Document, i: number, end: number): { span: Span; endToken: number } | undefined {
  const { tokens } = doc;
  let k = i;
  const limit = Math.min(end, i + MAX_PHRASE);
  const table = wordBitsOf(tokens);
  while (k < limit) {
    // "said 9/11 widow Ann Cole": a slash between numbers stays inside the description.
    const numeral = tokens.text(k) === "/" && k > i && tokens.kind(k - 1) === "number";
    if (!isWordAt(tokens, k) && tokens.text(k) !== "-" && !isAbbreviationDot(tokens, k) && !numeral) break;
    if (k > i && (bitsAt(table, tokens, k) & (BOUNDARY | CAPITAL)) === BOUNDARY) break;
    k++;
  }
  // The phrase does not end on a slash.
  while (k > i && tokens.text(k - 1) === "/") k--;
  return k > i ? { span: tokenSpan(tokens, i, k - 1), endToken: k } : undefined;
}

/** After a trailing frame's verb: the short stretch to the sentence end or to a comma; undefined when a clause follows. */
function trailingStretch(doc: Document, from: number, sentence: Sentence): { end: number; endToken: number; comma: boolean } | undefined {
  const { tokens } = doc;
  const table = wordBitsOf(tokens);
  for (let k = from; k < sentence.endToken && k - from <= MAX_TRAIL; k++) {
    const bits = bitsAt(table, tokens, k);
    if ((bits & CLAUSE_MARK) !== 0) return undefined;
    // Only a mark ends the stretch: words go on.
    if ((bits & (STRETCH_END | QUOTE_CLOSER | OPENER)) === 0) continue;
    const w = tokens.lower(k);
    // "said Ms. Gil": the dot of a title is no sentence end.
    if (w === "." && isAbbreviationDot(tokens, k)) continue;
    if (tokens.kind(k) === "punct" && (w === "," || w === ";" || w === "." || w === "!" || w === "?" || w === "—" || QUOTE_CLOSERS.has(w) || w === "“")) {
      if (w === "," || w === ";" || w === "—") return { end: k > from ? tokens.end(k - 1) : tokens.end(from - 1), endToken: k, comma: true };
      if (w === "“" || w === '"') return undefined;
      return { end: k > from ? tokens.end(k - 1) : tokens.end(from - 1), endToken: k, comma: false };
    }
  }
  if (sentence.endToken - from <= MAX_TRAIL) {
    return { end: tokens.end(sentence.endToken - 1), endToken: sentence.endToken, comma: false };
  }
  return undefined;
}

/** Conjunctions after a mid-sentence frame that open a clause about the saying, not the rest of what was said. */
const AFTER_FRAME_OPENERS = new Set(["as", "while", "after", "before", "when", "amid", "even", "though", "although", "whereas", "until", "once"]);

/** What a trailing frame reports: the sentence before it, or for a frame in mid-sentence, the longer side. */
function trailingContent(doc: Document, sentence: Sentence, setOff: number, trail: { end: number; endToken: number; comma: boolean }, inverted: boolean): Span | undefined {
  const mark = doc.tokens.text(setOff);
  const before = clauseBefore(doc, sentence, doc.tokens.start(setOff) + (QUOTE_CLOSERS.has(mark) ? 1 : 0));
  // "…, said Mindy Romero, director of …": what follows an inverted speaker describes the speaker.
  if (!trail.comma || inverted) return before;
  const after = clauseSpan(doc, trail.endToken + 1, sentence);
  if (!before) return after;
  if (!after) return before;
  // "“…,” he said, referring to …": a quotation or a participle around the frame is not its clause.
  const quoteBefore = QUOTE_CLOSERS.has(mark) || QUOTE_CLOSERS.has(doc.text[before.end - 1] ?? "");
  const participleAfter = /^\p{L}+ing\b/u.test(doc.text.slice(after.start, after.start + 30));
  // "…, lawmakers said Friday, as they left the hall": a clause of time or manner tells of the saying.
  const adverbialAfter = AFTER_FRAME_OPENERS.has(lowerAt(doc.tokens, trail.endToken + 1));
  if (quoteBefore || participleAfter || adverbialAfter) return before;
  // "Acts of protest, he said, are acts of patriotism": a frame in mid-sentence splits one clause.
  return { start: before.start, end: after.end };
}

/** The reported clause after a lead frame's verb, by the verb's complement kind. */
function complement(doc: Document, cue: Cue, from: number, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  const end = sentence.endToken;
  const find = (words: ReadonlySet<string>, start: number): number => {
    for (let k = start; k < end && k - start <= MAX_ADJUNCT; k++) {
      const w = lowerAt(tokens, k);
      if (words.has(w)) return k;
      if (w === "." || w === ";" || w === ":") return -1;
    }
    return -1;
  };
  let k = from;
  while (k < end && (inDate[k] || (inDate[k + 1] && DATE_PREPOSITIONS.has(lowerAt(tokens, k))))) k++;
  // The addressee or the accused stays in the content: "urged Kyiv to …", "accused Moscow of …".
  const after = (words: ReadonlySet<string>): Span | undefined => (find(words, k) < 0 ? undefined : clauseSpan(doc, k, sentence));
  // "explained why …", "questioned whether …", "talked about how …": an embedded question is what was said, whatever the verb takes.
  // ("see what happens" is no view of anything.)
  if (WH_OPENERS.has(lowerAt(tokens, k)) && cue.verb.complement !== "raising" && cue.verb.complement !== "as" && isWordAt(tokens, k + 1)) return clauseSpan(doc, k, sentence);
  // A switch, not ts-pattern's match(): this runs once per cue; the `never` default keeps the check exhaustive.
  const kind = cue.verb.complement;
  switch (kind) {
    case "object-to": {
      // "wants the council to …": a stance's "to" follows a short object, not "according to" further on.
      if (cue.verb.act === "intention") {
        const to = find(TO, k);
        return to >= 0 && to - k <= MAX_WANTED && wordsOnly(doc, k, to) && isWordAt(tokens, to + 1) ? clauseSpan(doc, k, sentence) : undefined;
      }
      // "asked (him) whether …": a question put in indirect form.
      return after(TO) ?? (cue.verb.act === "question" ? question(doc, k, sentence) : undefined);
    }
    case "object-of":
      // "criticized the plan": with no "of"/"for", the object is what was criticized.
      return after(OF) ?? objectSpan(doc, k, sentence);
    case "raising":
      return undefined;
    case "object":
      return objectSpan(doc, k, sentence);
    case "for":
      return clauseSpan(doc, k, sentence);
    case "object-clause": {
      let i = skipAddressee(doc, k, end);
      // "told his advisers to …": an instruction; the addressee stays in the content.
      if (i === k && cue.verb.lemma === "tell" && find(TO, k) > k && find(TO, k) - k <= 4) return clauseSpan(doc, k, sentence);
      // "told a meeting of island leaders that …": a longer addressee, ended by "that".
      if (i === k) {
        const that = find(THAT, k);
        if (that > k && wordsOnly(doc, k, that)) return clauseSpan(doc, that + 1, sentence);
      }
      // "told a news conference the dam would hold", "told the committee they …": an addressee in lower
      // case, then a clause that opens on a determiner or a pronoun.
      if (i === k && cue.verb.lemma === "tell" && DETERMINERS.has(lowerAt(tokens, k))) {
        let h = k + 1;
        while (h < end && h - k <= 2 && isNounLike(tokens, h)) h++;
        const next = lowerAt(tokens, h);
        if (h > k + 1 && (next === "the" || next === "a" || next === "an" || (SUBJECT_PRONOUNS.has(next) && next !== "it" && next !== "this"))) i = h;
      }
      // "told news agencies": with no addressee we know, only "that" or a pronoun opens the clause.
      const known = i > k;
      while (i < end && (inDate[i] || (inDate[i + 1] && DATE_PREPOSITIONS.has(lowerAt(tokens, i))))) i++;
      return clauseAfter(doc, cue, i, sentence, inDate, known);
    }
    case "clause":
      return clauseAfter(doc, cue, k, sentence, inDate);
    case "that": {
      const clause = clauseAfter(doc, cue, k, sentence, inDate);
      if (clause || !cue.verb.objectReports) return clause;
      // "denied the allegations [on Monday]": a noun phrase, where the lexicon says the verb reports one.
      const object = objectSpan(doc, k, sentence);
      return object && (endOfObject(doc, object, inDate) ?? object);
    }
    case "quote":
      return find(OPENERS, k) < 0 ? namingClause(doc, cue, k, sentence) : clauseSpan(doc, k, sentence);
    case "as":
      return lowerAt(tokens, k) === "that" ? clauseAfter(doc, cue, k, sentence, inDate) : namingClause(doc, cue, k, sentence);
    default:
      return unhandled(kind);
  }
}

/** Object pronouns that "called"/"described" take before what they name them ("called him a fraud"). */
const NAMED_PRONOUNS = new Set(["him", "her", "it", "them", "himself", "herself", "itself", "themselves", "this", "that", "me", "us", "you"]);
/** Words after "a"/"an" that make a measure, not a name given: "called him a few times", "called it an hour later". */
const MEASURE_WORDS = new Set(["few", "day", "week", "month", "year", "hour", "minute", "second", "couple", "lot", "number", "total", "dozen", "half", "bit", "while", "time"]);
/** Most words of the object before the name given ("called [the talks with the ministry] a mistake"). */
const MAX_NAMED_OBJECT = 10;
/** Prepositions that go on inside such an object ("the talks with the ministry", "the cost of repairs"); an -ing word ends it ("a boy wincing as …"). */
const OBJECT_LINKS = new Set(["of", "with", "in", "for", "on"]);

/**
 * "called the plan a mistake", "described the talks as productive", "sees the dam as a risk": without
 * quotation marks, what the speaker named or took something for is reported as the object and its
 * name. Only after an object of a few words: a pronoun, a name, or a determiner and nouns; then
 * "a"/"an" for "call", "as" for "describe" and the verbs of seeing something as something.
 */
function namingClause(doc: Document, cue: Cue, k: number, sentence: Sentence): Span | undefined {
  const { tokens } = doc;
  const describe = cue.verb.lemma === "describe" || cue.verb.complement === "as";
  if (!describe && cue.verb.lemma !== "call") return undefined;
  let h = k;
  const w = lowerAt(tokens, k);
  // "called her vote a mistake": "her" before a noun is a possessive, not the one named ("called her a liar").
  const possessive = w === "her" && isNounLike(tokens, k + 1) && !isPredicateAdjective(tokens, k + 1);
  if (NAMED_PRONOUNS.has(w) && !possessive) h = k + 1;
  else if (isCapitalWordAt(tokens, k)) {
    while (h < sentence.endToken && h - k < MAX_NAMED_OBJECT && (isCapitalWordAt(tokens, h) || isAbbreviationDot(tokens, h) || textAt(tokens, h) === "'s" || textAt(tokens, h) === "’s")) h++;
  } else if (DETERMINERS.has(w) || w === "its" || w === "this" || w === "these" || w === "those") {
    h = k + 1;
    while (h < sentence.endToken && h - k < MAX_NAMED_OBJECT && isWordAt(tokens, h) && (!PHRASE_BOUNDARIES.has(lowerAt(tokens, h)) || OBJECT_LINKS.has(lowerAt(tokens, h))) && !/^\p{Ll}+ing$/u.test(textAt(tokens, h)) && !(h > k + 1 && isPredicateAdjective(tokens, h)) && lowerAt(tokens, h) !== "as" && lowerAt(tokens, h) !== "a" && lowerAt(tokens, h) !== "an") h++;
  } else {
    // "called climate change a hoax": a bare noun phrase in lower case.
    while (h < sentence.endToken && h - k < MAX_NAMED_OBJECT && isNounLike(tokens, h) && lowerAt(tokens, h) !== "a" && lowerAt(tokens, h) !== "an") h++;
  }
  if (h === k) return undefined;
  const next = lowerAt(tokens, h);
  // "called the charges baseless", "called it unfair and illegal": a name given as an adjective, closing the clause or joined by "and".
  // (Not after a participle: "rejected the plan, calling it unworkable" only says why.)
  const adjective = !describe && !cue.participle && h > k + 1 - (NAMED_PRONOUNS.has(w) ? 1 : 0) && isPredicateAdjective(tokens, h) && (h + 1 >= sentence.endToken || ADJECTIVE_CLOSERS.has(lowerAt(tokens, h + 1)));
  const named = adjective || (describe ? next === "as" : (next === "a" || next === "an") && !MEASURE_WORDS.has(lowerAt(tokens, h + 1)));
  if (!named || (!adjective && !isWordAt(tokens, h + 1))) return undefined;
  const clause = clauseSpan(doc, k, sentence);
  return clause && firstComma(doc, clause);
}

/** What may follow a name given as an adjective ("called it unfair [and] …", "called it baseless[,]"). */
const ADJECTIVE_CLOSERS = new Set(["and", "or", ",", ".", ";", "but", "—", "–", "-", "because", "since", "after"]);

/** True for a lower-case word with an adjective's ending ("baseless", "unfounded", "dangerous", "racist"): a name given without an article. */
function isPredicateAdjective(tokens: TokenList, i: number): boolean {
  const text = textAt(tokens, i);
  return kindAt(tokens, i) === "word" && text.length > 5 && /^\p{Ll}+$/u.test(text) && /(?:ed|ous|ful|ive|ic|al|ible|able|less|ent|ant|ist)$/u.test(text) && !text.endsWith("eed");
}

/** "As the Times noted, Clinton raised …": after "as" and a frame, the clause past the comma is reported. */
function asClause(doc: Document, subject: Subject, verbEnd: number, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  if (lowerAt(tokens, subject.firstToken - 1) !== "as" || subject.firstToken - 1 < sentence.firstToken) return undefined;
  // "As the Times noted", "as he said": a name or a pronoun, not "as part of the …".
  const words = doc.text.slice(subject.span.start, subject.span.end).split(" ");
  const last = words[words.length - 1] ?? "";
  if (!/^\p{Lu}/u.test(last) && !SUBJECT_PRONOUNS.has(last.toLowerCase())) return undefined;
  let k = verbEnd;
  while (k < sentence.endToken && k - verbEnd <= MAX_ADJUNCT && (inDate[k] || PREPOSITIONS.has(lowerAt(tokens, k)) || isWordAt(tokens, k))) k++;
  return lowerAt(tokens, k) === "," ? clauseSpan(doc, k + 1, sentence) : undefined;
}

/** Index past the words after a verb ("his radio audience of Monday"), at most {@link MAX_ADJUNCT} of them. */
function pastWords(doc: Document, from: number, sentence: Sentence): number {
  const { tokens } = doc;
  let k = from;
  while (k < sentence.endToken && k - from <= MAX_ADJUNCT && (isWordAt(tokens, k) || isAbbreviationDot(tokens, k) || tokens.text(k) === "'s" || tokens.text(k) === "’s")) k++;
  return k;
}

/** "told his radio audience on Monday, “…”", "continued: “…”": the quotation after a comma or colon past the addressee. */
function quotedAfter(doc: Document, verbEnd: number, sentence: Sentence): Span | undefined {
  const k = pastWords(doc, verbEnd, sentence);
  const mark = lowerAt(doc.tokens, k);
  return (mark === "," || mark === ":") && isOpenerAt(doc.tokens, k + 1) ? clauseSpan(doc, k + 1, sentence) : undefined;
}

/** True when the sentence ends on a colon right after the verb and its addressee, at the end of its paragraph. */
function introducesNext(doc: Document, verbEnd: number, sentence: Sentence): boolean {
  const k = pastWords(doc, verbEnd, sentence);
  const paragraph = doc.paragraphs[sentence.paragraph];
  return k === sentence.endToken - 1 && lowerAt(doc.tokens, k) === ":" && paragraph !== undefined && doc.text.slice(doc.tokens.end(k), paragraph.end).trim() === "";
}

/** The paragraph after paragraph `index` when it opens with no quotation mark, as a span; undefined otherwise. */
function unmarkedParagraphAfter(doc: Document, index: number): Span | undefined {
  const next = doc.paragraphs[index + 1];
  if (!next) return undefined;
  const span = trimSpan(doc.text, next.start, Math.min(next.end, next.start + MAX_CLAUSE));
  if (!span || OPENERS.has(doc.text[span.start]!) || doc.text[span.start] === "'" || doc.text[span.start] === "‘") return undefined;
  return span;
}

/** The exhaustiveness check of a switch: a kind left out makes its argument not `never`. */
function unhandled(value: never): never {
  throw new TypeError(`unhandled complement: ${JSON.stringify(value)}`);
}

const TO = new Set(["to"]);
const THAT = new Set(["that"]);

/** True when tokens `[from, to)` are all words: an addressee, no clause boundary inside. */
function wordsOnly(doc: Document, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWordAt(doc.tokens, k) && !isAbbreviationDot(doc.tokens, k)) return false;
  return true;
}
/** The object after a verb of stance or topic, from its first word; none when a clause boundary follows at once. */
function objectSpan(doc: Document, k: number, sentence: Sentence): Span | undefined {
  if (!isWordAt(doc.tokens, k) || NP_PREPOSITIONS.has(doc.tokens.lower(k)) || PHRASE_BOUNDARIES.has(doc.tokens.lower(k))) return undefined;
  // "praised the plan, and won …", "cited a report, which …": a noun phrase ends at its first comma.
  const clause = clauseSpan(doc, k, sentence);
  return clause && firstComma(doc, clause);
}

/** Longest object between a verb of intention and its "to" ("wants the city council to"). */
const MAX_WANTED = 5;

/** Words that open an indirect question ("asked whether …", "asked him how …"). */
const QUESTION_OPENERS = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which"]);

/** Words that open an embedded question right after a verb: not "if" or "when", which open conditions and times as often. */
const WH_OPENERS = new Set(["whether", "how", "why", "what", "where"]);

/** Longest addressee before an indirect question ("asked the city council whether"). */
const MAX_ASKED = 5;

/** The indirect question after "asked" and a short addressee, from its opening word. */
function question(doc: Document, k: number, sentence: Sentence): Span | undefined {
  for (let i = k; i < sentence.endToken && i - k <= MAX_ASKED; i++) {
    if (QUESTION_OPENERS.has(lowerAt(doc.tokens, i))) return clauseSpan(doc, i, sentence);
    if (!isWordAt(doc.tokens, i)) return undefined;
  }
  return undefined;
}
const NP_PREPOSITIONS = new Set(["of", "about", "against", "for", "on", "over", "up", "out", "off", "down", "back", "away"]);
const TO_INFINITIVE: ReadonlySet<string> = new Set(["promise", "warning", "demand", "denial", "belief", "intention"]);
const OF = new Set(["of", "for"]);

/** The addressee after "told"/"assured": a pronoun, "reporters", a name, or "the/a" and a few words. */
function skipAddressee(doc: Document, k: number, end: number): number {
  const { tokens } = doc;
  if (!isWordAt(tokens, k)) return k;
  const w = tokens.lower(k);
  if (ADDRESSEES.has(w)) return k + 1;
  let i = k;
  const determiner = w === "the" || w === "a" || w === "an" || w === "his" || w === "her" || w === "their";
  if (determiner) i++;
  while (i < end && i - k < 6 && isWordAt(tokens, i) && /^\p{Lu}/u.test(tokens.text(i))) i++;
  // "told ABC 7 that", "told Channel 4 on Monday": a number ends a station's name, not "told Reuters 24 people …".
  const afterNumber = lowerAt(tokens, i + 1);
  if (i > k && tokens.kind(i) === "number" && (afterNumber === "that" || afterNumber === "," || PREPOSITIONS.has(afterNumber))) i++;
  if (i > k && (i - k > 1 || /^\p{Lu}/u.test(tokens.text(k)))) return i;
  // "told a news conference they …", "told cheering supporters that …": a short addressee before "that" or a subject.
  for (let x = k + 1; x < end && x - k <= 4; x++) {
    const next = lowerAt(tokens, x);
    if (next === "that" || (SUBJECT_PRONOUNS.has(next) && next !== "this" && next !== "it")) return x;
    if (!isWordAt(tokens, x)) break;
  }
  return k;
}

/** Determiners that open an addressee ("told a Senate panel"). */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their"]);

/** True for a lower-case word that can close an addressee's noun phrase: no verb form, pronoun, determiner or linking word. */
function isNounLike(tokens: TokenList, i: number): boolean {
  if (!isWordAt(tokens, i)) return false;
  const text = tokens.text(i);
  const w = tokens.lower(i);
  return /^\p{Ll}/u.test(text) && !PHRASE_BOUNDARIES.has(w) && !SUBJECT_PRONOUNS.has(w) && !NOUN_PHRASE_OPENERS.has(w) && !VERB_PREFIXES.has(w) && !/(?:ed|ing|ly)$/u.test(w);
}

/** A reported clause starting at token `k`: after "that", after a colon, or bare where the verb allows it. */
function clauseAfter(doc: Document, cue: Cue, k: number, sentence: Sentence, inDate: Uint8Array, bare = true): Span | undefined {
  const { tokens } = doc;
  const end = sentence.endToken;
  if (k < 0 || k >= tokens.length) return undefined;
  const w = tokens.lower(k);
  if (w === "that") {
    // "Having said that, there are …": "that" is the verb's object when a comma and a subject follow;
    // "said that, among voters, …": an aside opens the clause.
    if (k + 1 >= tokens.length || tokens.text(k + 1) === ".") return undefined;
    if (tokens.text(k + 1) === ",") return SUBJECT_PRONOUNS.has(lowerAt(tokens, k + 2)) ? undefined : clauseSpan(doc, k + 2, sentence);
    return clauseSpan(doc, k + 1, sentence);
  }
  if (w === ":") return clauseSpan(doc, k + 1, sentence);
  if (w === "," && isOpenerAt(tokens, k + 1)) return clauseSpan(doc, k + 1, sentence);
  // "pledged to …", "threatened to …": the promised or threatened action.
  // "vowed to “bomb them”": the action in the speaker's own words.
  if (w === "to" && TO_INFINITIVE.has(cue.verb.act) && (isWordAt(tokens, k + 1) || isOpenerAt(tokens, k + 1))) return clauseSpan(doc, k + 1, sentence);
  if (w === "," || PREPOSITIONS.has(w) || inDate[k]) {
    // "said in a statement on Thursday that …", "said, in a statement, that …".
    let named = false;
    let verbed = false;
    // "said before he died", "said when she resigned": a clause of time, not what was said; a clause
    // may still follow it after a comma.
    let adverbial = CLAUSE_OF_TIME.has(w) && (SUBJECT_PRONOUNS.has(lowerAt(tokens, k + 1)) || (w !== "before" && w !== "after"));
    for (let i = k; i < end && i - k <= MAX_ADJUNCT; i++) {
      const x = lowerAt(tokens, i);
      if (x === ",") adverbial = false;
      if (adverbial && x !== "that" && x !== ":") continue;
      // "concluded, X stated of it that …": past a comma, a name and a verb, the "that" is another frame's
      // ("said in Toledo, Ohio, that …" has no verb there).
      if (x === "that") return verbed ? undefined : clauseSpan(doc, i + 1, sentence);
      if (x === ":") return verbed ? undefined : clauseSpan(doc, i + 1, sentence);
      // "posted Friday, Cruz said he …": past a comma and a name, a pronoun opens another frame's clause.
      if (x === "," && /^\p{Lu}/u.test(textAt(tokens, i + 1))) named = true;
      else if (named && tokens.kind(i) === "word" && /^\p{Ll}/u.test(tokens.text(i)) && !PREPOSITIONS.has(x) && !TOPIC_PREPOSITIONS.has(x)) verbed = true;
      // "said after the convention he would …": the clause opens with its subject pronoun.
      // "said in politics it takes time": "it" opens the clause after a noun, not right after a preposition ("said in it").
      if (i > k && !named && SUBJECT_PRONOUNS.has(x) && x !== "this" && x !== "these" && x !== "those" && (x !== "it" || (isWordAt(tokens, i - 1) && !PREPOSITIONS.has(lowerAt(tokens, i - 1)) && !TOPIC_PREPOSITIONS.has(lowerAt(tokens, i - 1)))))
        return clauseSpan(doc, i, sentence);
      if (x === "." || x === ";" || x === '"' || x === "“") break;
    }
    return undefined;
  }
  if (tokens.kind(k) === "punct" && w !== '"' && w !== "“" && w !== "‘") return undefined;
  // "warned of a threat", "spoke about": a prepositional object, not a clause; but "said for the
  // first time that …", "said of the plan that …": a short phrase of plain words, then "that".
  // "said about 20 people had applied": "about" before a number is a count's, and a clause follows.
  if (w === "about" && kindAt(tokens, k + 1) === "number" && hasFiniteVerbSoon(doc, k, sentence)) return clauseSpan(doc, k, sentence);
  if (NP_PREPOSITIONS.has(w)) return w === "for" || w === "of" ? thatAfterWords(doc, k + 1, sentence) : undefined;
  // "noted she's been right", "assured them they'd win": a contracted pronoun opens a clause as the pronoun does.
  if ((bare && (cue.verb.complement === "clause" || cue.verb.complement === "object-clause")) || SUBJECT_PRONOUNS.has(w) || SUBJECT_PRONOUNS.has(w.replace(CONTRACTED, ""))) return clauseSpan(doc, k, sentence);
  // "denied allegations that …", "reiterated his claim that …": the clause that a noun of speech introduces.
  const claim = speechNounClause(doc, k, sentence);
  if (claim) return claim;
  // "acknowledged the plan was late": a short subject and a finite auxiliary make a clause without "that".
  if (cue.verb.complement === "that" && hasFiniteVerbSoon(doc, k, sentence)) return clauseSpan(doc, k, sentence);
  return undefined;
}

/** Conjunctions that open a clause of time right after a reporting verb ("said before he died"). */
const CLAUSE_OF_TIME = new Set(["before", "after", "when", "while", "until", "once", "as"]);

/** Nouns that name a statement, whose "that" clause is what was stated ("the claim that …"). */
const SPEECH_NOUNS = new Set([
  "claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions", "suggestion",
  "suggestions", "report", "reports", "rumour", "rumours", "rumor", "rumors", "charge", "charges", "insinuation", "insinuations",
  // what was held or put forward: "rejected the idea that …", "dismissed the notion that …"
  "idea", "notion", "argument", "arguments", "premise", "theory", "view", "belief", "contention", "narrative",
]);

/** Longest phrase before a noun of speech ("widespread and repeated allegations"). */
const MAX_SPEECH_NOUN = 4;

/** The clause after "<a few words> claim(s)/allegation(s) that" from token `k`, if there is one. */
function speechNounClause(doc: Document, k: number, sentence: Sentence): Span | undefined {
  const { tokens } = doc;
  for (let i = k; i < sentence.endToken && i - k < MAX_SPEECH_NOUN; i++) {
    if (!isWordAt(tokens, i)) return undefined;
    if (SPEECH_NOUNS.has(lowerAt(tokens, i)) && lowerAt(tokens, i + 1) === "that" && isWordAt(tokens, i + 2)) return clauseSpan(doc, i + 2, sentence);
  }
  return undefined;
}

/** The clause after a "that" that follows a few plain words from `k` ("the first time that …"), if one does. */
function thatAfterWords(doc: Document, k: number, sentence: Sentence): Span | undefined {
  const { tokens } = doc;
  for (let i = k; i < sentence.endToken && i - k <= MAX_TOPIC_WORDS; i++) {
    // "a takeover that would topple …": a verb right after "that" makes it a relative pronoun.
    // "… that “top secret” files were found": a quotation may open the clause.
    if (lowerAt(tokens, i) === "that") return i > k && (isWordAt(tokens, i + 1) || isOpenerAt(tokens, i + 1)) && !FINITE_AUXILIARIES.has(lowerAt(tokens, i + 1)) && !lowerAt(tokens, i + 1).endsWith("ed") ? clauseSpan(doc, i + 1, sentence) : undefined;
    if (!isWordAt(tokens, i) || PHRASE_BOUNDARIES.has(lowerAt(tokens, i))) return undefined;
  }
  return undefined;
}

/** Longest phrase between a verb's preposition and "that" ("said of the new harbour plan that"). */
const MAX_TOPIC_WORDS = 6;

/** The verb of a contraction after a pronoun ("she's", "they’d", "we'll"). */
const CONTRACTED = /['’](?:[dms]|ll|re|ve)$/u;

/** Longest subject of a clause without "that", in tokens, before its auxiliary. */
const MAX_BARE_SUBJECT = 7;

/** True when a finite auxiliary follows a short run of words from `k`: "the plan [was]", "Kyiv [would]". */
function hasFiniteVerbSoon(doc: Document, k: number, sentence: Sentence): boolean {
  const { tokens } = doc;
  const table = wordBitsOf(tokens);
  for (let i = k + 1; i < sentence.endToken && i - k <= MAX_BARE_SUBJECT; i++) {
    const bits = bitsAt(table, tokens, i);
    if ((bits & FINITE) !== 0) return true;
    const w = tokens.lower(i);
    // "reported the email came hours later", "noted two aides resigned": a past form right after a
    // noun, not after a determiner ("the proposed plan") nor before "by" ("a ban ordered by").
    // After "being" or an -ing word it is a participle ("residents being led away").
    const prev = lowerAt(tokens, i - 1);
    if (isPastFormAt(tokens, i) && i > k + 1 && isWordAt(tokens, i - 1) && !ADJECTIVE_OPENERS.has(prev) && !BE_FORMS.has(prev) && !prev.endsWith("ing") && lowerAt(tokens, i + 1) !== "by") return true;
    // "several “intangibles” left him": quotation marks may stand inside the subject.
    const text = tokens.text(i);
    if (!isWordAt(tokens, i) && text !== "'s" && text !== "’s" && text !== "-" && !OPENERS.has(text) && !QUOTE_CLOSERS.has(text)) return false;
    if ((bits & (BOUNDARY | BE_FORM)) === BOUNDARY && w !== "of") return false;
  }
  return false;
}

/** Words after which a past form is an adjective ("the proposed plan", "its revised forecast"). */
const ADJECTIVE_OPENERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any", "no", "newly", "recently", "and", "or"]);

/** True for a lower-case past form: "-ed" past a short stem, or an irregular one. */
function isPastFormAt(tokens: TokenList, i: number): boolean {
  return kindAt(tokens, i) === "word" && (bitsAt(wordBitsOf(tokens), tokens, i) & PAST_FORM) !== 0;
}

function isOpenerAt(tokens: TokenList, i: number): boolean {
  const text = textAt(tokens, i);
  return text === '"' || text === "“" || text === "‘" || text === "«";
}

/** From token `k` to the end of the sentence, without the final stop. */
function clauseSpan(doc: Document, k: number, sentence: Sentence): Span | undefined {
  if (k < 0 || k >= doc.tokens.length || k >= sentence.endToken) return undefined;
  const start = doc.tokens.start(k);
  return trimSpan(doc.text, start, Math.min(sentence.end, start + MAX_CLAUSE));
}

/** The stretch before a trailing frame, from the sentence start (or {@link MAX_CLAUSE} back) to `end`. */
function clauseBefore(doc: Document, sentence: Sentence, end: number): Span | undefined {
  return trimSpan(doc.text, Math.max(sentence.start, end - MAX_CLAUSE), end);
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
 * (", adding that", ", he said") or past one nested frame ("X said Y told Z that …"); a trailing
 * frame's clause starts after the frame before it. So each character is reported by a bounded
 * number of statements, whatever the input.
 */
function trimAtLaterFrames(doc: Document, frames: Frame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (!frame.content) continue;
    let { start, end } = frame.content;
    const previous = frames[i - 1];
    if (previous && previous.sentence === frame.sentence && previous.end > start) start = Math.min(previous.end, end);
    const next = frames[i + 1];
    const second = frames[i + 2];
    const inside = (f: Frame | undefined): f is Frame => f !== undefined && f.sentence === frame.sentence && f.start >= start && f.start < end;
    if (inside(next) && (frame.placement === "trail" || (next.participial && !isInnerGerund(doc.tokens, next.cue.token, start)) || next.placement === "trail" || next.cue.according)) end = next.start;
    // "…, with Nora Pike criticizing …": the clause ends before "with" and its subject.
    else if (inside(next) && describesParticiple(doc.text, next)) end = /[,\s]with\s$/u.test(doc.text.slice(next.start - 6, next.start)) ? next.start - 5 : next.start;
    else if (inside(next) && subordinatorBefore(doc.text, next.start) !== undefined) end = subordinatorBefore(doc.text, next.start)!;
    else if (inside(second) && !(second.participial && isInnerGerund(doc.tokens, second.cue.token, start))) end = second.start;
    if (start !== frame.content.start || end !== frame.content.end) {
      // "…the engineers but [said]": the cut clause loses its trailing conjunction and space.
      const content = end < frame.content.end ? trimSpan(doc.text, start, end) : { start, end };
      if (content) frames[i] = { ...frame, content };
    }
  }
}

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

/** What {@link trimSpan} drops at a clause's end besides space, by char code: . , ; : — – - */
const CLOSING_MARKS: ReadonlySet<number> = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x2014, 0x2013, 0x2d]);

/** Conjunctions a clause cut before a later frame can end on, with the space or comma before them. */
const TRAILING_CONJUNCTIONS = [" and", " but", " or", ",and"];
/** The last characters of {@link TRAILING_CONJUNCTIONS}: a clause that ends on another needs no search. */
// Built in a pure-marked call, so a bundle that only trims spans (resolveDate's) can drop it.
const CONJUNCTION_ENDS: ReadonlySet<number> = /* @__PURE__ */ (() => new Set(TRAILING_CONJUNCTIONS.map((c) => c.charCodeAt(c.length - 1))))();

/** `[start, end)` without surrounding space, the sentence's final stop and a trailing comma. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && (isSpaceAt(text, end - 1) || CLOSING_MARKS.has(text.charCodeAt(end - 1)))) end--;
  // A clause cut before a later frame can end on its conjunction: "…, and [added that]".
  if (CONJUNCTION_ENDS.has(text.charCodeAt(end - 1))) for (const conjunction of TRAILING_CONJUNCTIONS) {
    // Read in place: the conjunction ends at `end` and leaves a word before it.
    if (end - conjunction.length > start && text.endsWith(conjunction, end)) {
      end -= conjunction.length;
      while (end > start && (isSpaceAt(text, end - 1) || text.charCodeAt(end - 1) === 0x2c)) end--;
      break;
    }
  }
  return end > start ? { start, end } : undefined;
}

/** The span from the start of token `a` to the end of token `b` of `tokens`. */
function tokenSpan(tokens: TokenList, a: number, b: number): Span {
  return { start: tokens.start(a), end: tokens.end(b) };
}
