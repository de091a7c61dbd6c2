/**
 * The statements stage: direct quotes and reported speech with their speakers.
 *
 * Quotations and reporting frames are found apart, then joined: a frame reports its own clause
 * (indirect speech) and lends its speaker to the quotations attributed to it (direct speech).
 *
 * @module
 */
import type { Actor, Mention, Span, Statement, TemporalExpression } from "../model.js";
import { sentenceAt, type Document, type Sentence } from "../text/document.js";
import { FRONTED_OPENERS } from "./frame-words.js";
import { firstEndingAfter } from "../text/search.js";
import { firstTokenFrom } from "../text/tokens.js";
import { attributeQuotes } from "./attribute-quotes.js";
import { findCues, POLL_FINDING } from "./cues.js";
import { describedSpeaker } from "./described.js";
import { groupAntecedent, isThey } from "./group-antecedent.js";
import { findHeadlineAttribution } from "./headline.js";
import { colonNameBefore, findSpeakerLabels, headlineOf, signatureAfter } from "./labels.js";
import { readFrames } from "./frames.js";
import type { Frame } from "./frame.js";
import { sentenceSubject } from "./sentence-subject.js";
import { findQuotations, type Quotation } from "./quotations.js";
import {
  addMention,
  createSpeakerBook,
  finishActors,
  indexOccurrences,
  introducingSpan,
  learnApposition,
  recentPerson,
  resolveName,
  resolvePointer,
  type ActorDraft,
  type ResolvedSpeaker,
  type SpeakerBook,
} from "./speakers.js";
import { countWords } from "./spans.js";
import { sortInPlace } from "../text/sort-in-place.js";

/** What the statements stage reads from earlier stages. */
export interface StatementInputs {
  /** Actors, to resolve speakers to. */
  readonly actors: readonly Actor[];
  /** Dates, for when a statement was made. */
  readonly dates: readonly TemporalExpression[];
}

/** What the statements stage returns: the statements, and the actors with speakers added. */
export interface StatementResult {
  /** Statements in text order. */
  readonly statements: Statement[];
  /**
   * The actors given, with the mentions that introduce speakers ("he", "the doctor") added, and
   * speakers the actor stage did not know added as new actors.
   */
  readonly actors: readonly Actor[];
}

/** A statement before ids are given; every field always set (one object shape). */
interface Draft {
  readonly kind: Statement["kind"];
  readonly content: Span;
  readonly frame: Frame | undefined;
  readonly speaker: ResolvedSpeaker | undefined;
}

/** Fewest words an indirect statement's content needs. */
const MIN_REPORTED_WORDS = 2;

/** Finds every statement, in text order. */
export function extractStatements(doc: Document, inputs: StatementInputs): StatementResult {
  const quotations = findQuotations(doc);
  const quoted = quotedTokens(doc, quotations);
  const cues = findCues(doc, quoted);
  const frames = readFrames(doc, cues, inputs.dates);
  const book = createSpeakerBook(doc, inputs.actors);
  const speakers = resolveSpeakers(book, frames);
  const attributions = attributeQuotes(doc, quotations, frames);

  const drafts: Draft[] = [];
  // A statement said by the one a name or label resolves to, who gains that mention.
  const said = (kind: Statement["kind"], content: Span, speaker: ResolvedSpeaker | undefined): void => {
    const draft = speaker?.draft;
    drafts.push({ kind, content, frame: undefined, speaker: draft ? speaker : undefined });
    if (draft) addMention(book, draft, speaker.mention, speaker.form);
  };
  const quotedWhole = new Set<Frame>();
  const labels = findSpeakerLabels(doc);
  const labelAt = new Map(labels.map((l) => [l.source.start, l] as const));
  const bodyStart = headlineOf(doc)?.end ?? 0;
  for (const a of attributions) {
    // "“PENCE: Well, …": a transcript quoted whole; the label speaks what follows it.
    const label = labelAt.get(a.quotation.content.start);
    if (label && label.content.start < a.quotation.content.end) {
      said("direct", { start: label.content.start, end: a.quotation.content.end }, resolveName(book, label.source));
      continue;
    }
    // "“…” ― Jane Doe": a quotation signed after a dash has that source, whatever came before.
    const signature = a.kind !== "trailing" && a.kind !== "leading" ? signatureAfter(doc, a.quotation.close, a.quotation.paragraph) : undefined;
    if (signature) {
      said("direct", a.quotation.content, resolveName(book, signature));
      continue;
    }
    // "Mayor Klitschko: ‘Water is back’": a headline quotation after a label is the label's.
    const headLabel = !a.frame && labels[0] && labels[0].content.start <= a.quotation.open && a.quotation.close <= labels[0].content.end + 1 ? labels[0] : undefined;
    if (headLabel) {
      said("direct", a.quotation.content, resolveName(book, headLabel.source));
      continue;
    }
    // "… - Jane Doe: “…”": a name before a colon that opens the quotation is its source.
    // (A headline's label is read by the headline's own rules.)
    const colonName = a.kind !== "trailing" && a.quotation.open >= bodyStart ? colonNameBefore(doc.text, a.quotation.open, doc.paragraphs[a.quotation.paragraph]?.start ?? 0) : undefined;
    const named = colonName ? resolveName(book, colonName) : undefined;
    if (named?.draft) {
      said("direct", a.quotation.content, named);
      continue;
    }
    if (a.agent) {
      said("direct", a.quotation.content, resolveName(book, a.agent) ?? resolvePointer(book, a.agent));
      continue;
    }
    // "X hailed Y as a leader "…"": a quotation inside a sentence with no frame is its subject's words.
    const subject = a.frame ? undefined : subjectSpeaker(book, doc, a.quotation);
    if (subject?.draft) addMention(book, subject.draft, subject.mention, subject.form);
    const speaker = a.frame ? speakers.get(a.frame) : subject ?? introducedSpeaker(book, doc, a.quotation);
    drafts.push({ kind: "direct", content: a.quotation.content, frame: a.frame, speaker });
    if (a.frame?.content && coversContent(a.quotation, a.frame.content)) quotedWhole.add(a.frame);
  }
  const byOpen = quotationIndex(quotations);
  for (const frame of frames) {
    const content = frame.content;
    // "called the plan "vital"": only the quotation is reported; "called the plan a mistake" reports what follows the verb.
    if (!content || (frame.cue.verb.complement === "quote" && !namesObject(doc.text, byOpen, frame, content)) || quotedWhole.has(frame) || isInsideQuotation(byOpen, content)) continue;
    if (countWords(doc.text, content, MIN_REPORTED_WORDS) < MIN_REPORTED_WORDS && !isNamedStance(doc.text, frame, content)) continue;
    // "As for X, he said, "…"": a clause read across its own frame up to a quotation that opens
    // right after the frame is that quotation, said directly.
    if (content.start <= frame.cueSpan.start && endsOnQuotationAfter(doc.text, byOpen, frame.end, content)) continue;
    // `told him: “…”`, `“…,” Scott Pruitt`: a quotation with a few words set off by a comma or colon is the quotation alone.
    if (isQuotationWithAside(doc.text, byOpen, content)) continue;
    // `tweeted, “Thank you!” on Friday`, `said: “…,” but in fact …`: a comma or colon after the verb hands it a
    // quotation, said directly; the words after the quotation are the writer's, no second report.
    if (opensWithSetOffQuotation(doc.text, byOpen, frame, content)) continue;
    const speaker = speakers.get(frame);
    drafts.push({ kind: "indirect", content, frame, speaker });
  }
  const headline = findHeadlineAttribution(doc);
  if (headline) {
    said("indirect", headline.content, resolveName(book, headline.source));
  }
  // "NAME: …" in a transcript or a headline: the label is the speaker; a quotation after it is already direct.
  for (const label of labels) {
    if (isInsideQuotation(byOpen, label.content)) continue;
    said("indirect", label.content, resolveName(book, label.source));
  }
  sortInPlace(drafts, (a, b) => a.content.start - b.content.start || b.content.end - a.content.end);

  const used = new Set<Frame>();
  const kept = withoutNested(withoutPollsOverReports(drafts));
  for (const d of kept) if (d.frame) used.add(d.frame);
  // Frames in text order, so the mentions of each actor arrive in order.
  for (const frame of frames) {
    const speaker = used.has(frame) ? speakers.get(frame) : undefined;
    if (speaker?.draft) addMention(book, speaker.draft, speaker.mention, speaker.form);
    if (speaker?.draft && frame.relative) addMention(book, speaker.draft, frame.relative, "pronoun");
  }
  // The actors first, so each statement is made once with its speaker's id.
  const { actors, idOf } = finishActors(book);
  const statements: Statement[] = [];
  for (const d of kept) {
    const draft = d.speaker?.draft;
    statements.push(buildStatement(book, d, draft ? idOf.get(draft) : undefined, inputs.dates, statements.length + 1));
  }
  return { statements, actors };
}

/**
 * The drafts without a poll's finding that holds a report with a speaker of its own ("In the
 * survey, 41 percent said …"): those who said it are the source, the poll only where they were asked.
 */
function withoutPollsOverReports(drafts: Draft[]): Draft[] {
  const isPoll = (d: Draft): boolean => d.frame?.cue.verb === POLL_FINDING;
  // Polls are rare: most texts are returned as they are, with no second pass.
  if (!drafts.some(isPoll)) return drafts;
  return drafts.filter((d) => !(isPoll(d) && drafts.some((e) => e !== d && e.kind === "indirect" && e.speaker?.draft !== undefined && e.content.start >= d.content.start && e.content.end <= d.content.end)));
}

/**
 * The drafts without reports nested in a longer report ("X said Y had told Z that …"): the outer
 * statement holds the inner one whole, so listing the inner again would count a claim twice.
 * One pass over drafts sorted by start, longer first.
 */
function withoutNested(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  let outer: Draft | undefined;
  for (const d of drafts) {
    if (d.kind === "indirect") {
      const c = d.content;
      // Nested in the outer report, or the same clause read by a second frame ("agreed, but also contended that …");
      // but "According to new reports, North Korea confirmed that …": a report by someone named inside an "according to" of no one is kept.
      if (outer && c.end <= outer.content.end && !(outer.frame?.cue.according && outer.speaker?.draft === undefined && d.speaker?.draft !== undefined && c.start > outer.content.start)) continue;
      if (!outer || c.end > outer.content.end) outer = d;
    }
    out.push(d);
  }
  return out;
}

/** Resolves every frame's speaker phrase: names first, then pronouns and descriptions, which point back to them. */
function resolveSpeakers(book: SpeakerBook, frames: readonly Frame[]): Map<Frame, ResolvedSpeaker> {
  const out = new Map<Frame, ResolvedSpeaker>();
  const named: (readonly [Span, ActorDraft])[] = [];
  for (const f of frames) {
    if (!f.speaker) continue;
    const r = resolveName(book, f.speaker);
    if (r) out.set(f, r);
    if (r?.draft) named.push([r.mention, r.draft]);
    if (r?.draft?.kind === "person") learnApposition(book, r.draft, f.speaker, f.placement === "trail" ? f.sentence.end : f.cueSpan.start);
  }
  indexOccurrences(book, named);
  let previous: Frame | undefined;
  for (const f of frames) {
    if (f.speaker && !out.has(f)) {
      const r = isGroupPronoun(book.doc, f.speaker) && previous && previous.sentence.paragraph >= f.sentence.paragraph - 1 ? sameSpeaker(out.get(previous), f.speaker) : resolvePointer(book, f.speaker);
      if (r) out.set(f, r);
    }
    // A source that names no actor and points to none ("environmentalists warned") is described by
    // its phrase; before the participles and pronouns after it, which may speak for it.
    if (f.speaker && !out.get(f)?.draft) {
      const r = describedSpeaker(book, f.speaker);
      if (r) out.set(f, r);
    }
    // "Republicans called the hearing because they felt …": a "they" no source before stood for is its sentence's group.
    if (f.speaker && !out.get(f)?.draft && isThey(book.doc, f.speaker)) {
      const r = groupAntecedent(book, f.speaker, f.sentence);
      if (r) out.set(f, r);
    }
    // "…, saying that …": the speaker of the clause before, else the subject of the sentence.
    if (f.participial) {
      // The frame before in the sentence, unless it is nested after the sentence's own subject
      // ("Sullivan put off deciding whether X could question Y but said …").
      const before = previous && previous.sentence === f.sentence ? previous : undefined;
      const subject = before?.speaker ? sentenceSubject(book.doc, f.sentence) : undefined;
      const nested = before?.placement === "lead" && before.speaker && subject && subject.end <= before.speaker.start;
      // "When Dunn pointed out that …, Pike seized upon it, repeating …": the frame before is in a clause put
      // before the main one, whose subject comes after what it reported.
      const fronted =
        before?.placement === "lead" &&
        subject !== undefined &&
        subject.start > before.cueSpan.end &&
        subject.end <= f.cueSpan.start &&
        ((before.content !== undefined && subject.start >= before.content.end) || opensFronted(book.doc, f.sentence));
      // A subject that names no one ("Republicans were quick to chime in, with Trump tweeting … and asking, “…”") leaves the frame before.
      // "Russia struck Kyiv, officials said, warning that …": after a trailing frame the subject of
      // the sentence is inside what was reported; the participle is that frame's speaker's, or no one's.
      // The subject worked out above is reused: it is the same sentence's.
      const own = before?.placement === "trail" && !before.cue.according ? undefined : resolveSubject(book, before?.speaker ? subject : sentenceSubject(book.doc, f.sentence));
      let r = (before && !nested && !(fronted && own?.draft) ? out.get(before) : undefined) ?? (own?.draft || !before ? own : undefined) ?? (before ? out.get(before) : undefined);
      // "Dunn spoke of the pier. Adding, “…”": a participle opening its sentence goes on from the frame just before, in the same paragraph.
      if (!r?.draft && !before && previous && f.cue.token === f.sentence.firstToken && previous.sentence.paragraph === f.sentence.paragraph) r = out.get(previous);
      if (r) out.set(f, r);
    }
    previous = f;
  }
  return out;
}

/** True when the sentence opens with a clause put before the main one ("When …, X …"). */
function opensFronted(doc: Document, sentence: Sentence): boolean {
  return FRONTED_OPENERS.has(doc.tokens.lower(sentence.firstToken));
}

/** "they" and "it" speak for whoever spoke last ("officials said …. They said …"), a body or no one. */
function isGroupPronoun(doc: Document, span: Span): boolean {
  // By length first: most phrases are names, longer than either word.
  const length = span.end - span.start;
  if (length !== 4 && length !== 2) return false;
  const word = doc.text.slice(span.start, span.end).toLowerCase();
  return word === "they" || word === "it";
}

function sameSpeaker(r: ResolvedSpeaker | undefined, mention: Span): ResolvedSpeaker | undefined {
  return r?.draft && r.draft.kind !== "person" ? { draft: r.draft, form: "pronoun", mention } : undefined;
}

/** The speaker that a sentence's subject (from {@link sentenceSubject}) names, if any. */
function resolveSubject(book: SpeakerBook, subject: Span | undefined): ResolvedSpeaker | undefined {
  if (!subject) return undefined;
  return resolveName(book, subject) ?? resolvePointer(book, subject);
}

/** The actor the subject of a quotation's sentence names, when the quotation opens inside the sentence after it. */
function subjectSpeaker(book: SpeakerBook, doc: Document, q: Quotation): ResolvedSpeaker | undefined {
  const sentence = sentenceAt(doc, q.open);
  if (!sentence || sentence.start >= q.open) return undefined;
  const subject = sentenceSubject(doc, sentence);
  if (!subject || subject.end > q.open) return undefined;
  const r = resolveName(book, subject) ?? resolvePointer(book, subject);
  return r?.draft ? r : undefined;
}

/** The speaker of a quotation with no frame: the person last named in its paragraph or the one before. */
function introducedSpeaker(book: SpeakerBook, doc: Document, q: Quotation): ResolvedSpeaker | undefined {
  const from = doc.paragraphs[Math.max(0, q.paragraph - 1)]?.start ?? 0;
  const draft = recentPerson(book, q.open, from);
  return draft ? { draft, form: "name", mention: q.content } : undefined;
}

function buildStatement(book: SpeakerBook, d: Draft, speakerId: string | undefined, dates: readonly TemporalExpression[], n: number): Statement {
  const { doc } = book;
  const { frame, speaker } = d;
  const id = `s${n}`;
  const content = mentionOf(doc, d.content);
  // One object literal per shape, with the fields in the order the output has always listed them:
  // a statement made field by field grew its store of fields two or three times over.
  if (!frame) return speakerId ? { id, kind: d.kind, content, speaker: speakerId } : { id, kind: d.kind, content };
  const cue = mentionOf(doc, frame.cueSpan);
  const { lemma: verb, act } = frame.cue.verb;
  const s: { -readonly [K in keyof Statement]?: Statement[K] } = speaker?.draft
    ? { id, kind: d.kind, speakerMention: mentionOf(doc, !speaker.narrowed && frame.speaker ? introducingSpan(book, frame.speaker, speaker.mention) : speaker.mention), content, cue, verb, act }
    : { id, kind: d.kind, content, cue, verb, act };
  const date = dateIn(dates, frame);
  if (date) s.date = date;
  if (speakerId) s.speaker = speakerId;
  return s as Statement;
}

function mentionOf(doc: Document, span: Span): Mention {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

/** The date said with the frame ("said Thursday", "on Monday, X said"). */
function dateIn(dates: readonly TemporalExpression[], frame: Frame): TemporalExpression | undefined {
  const from = Math.min(frame.start, frame.cueSpan.start);
  const to = frame.placement === "lead" ? frame.content?.start ?? frame.end : frame.end;
  const date = dates[firstEndingAfter(dates, from)];
  return date && date.start < to && date.end > from ? date : undefined;
}

/**
 * The flags {@link quotedTokens} last gave, reused: a typed array costs more to make than to
 * clear. A very long text's are not kept.
 */
let flagsKept = /* @__PURE__ */ new Uint8Array(0);

/** Most tokens whose flags are kept for the next text. */
const MAX_KEPT_FLAGS = 1 << 20;

/**
 * A flag per token (at least as many as the text has tokens): it lies inside a quotation, where
 * reporting verbs belong to the quoted speaker. Valid until the next call.
 */
function quotedTokens(doc: Document, quotations: readonly Quotation[]): Uint8Array {
  const { tokens } = doc;
  let flags = flagsKept;
  if (flags.length < tokens.length) {
    flags = new Uint8Array(tokens.length);
    if (tokens.length <= MAX_KEPT_FLAGS) flagsKept = flags;
  } else flags.fill(0, 0, tokens.length);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start(i);
    while (q < quotations.length && quotations[q]!.close <= start) q++;
    // Past the last quotation no later token is inside one.
    if (q === quotations.length) break;
    const quotation = quotations[q]!;
    // Up to the opening mark no token is inside: on to the first token after it.
    if (start <= quotation.open) {
      i = firstTokenFrom(tokens, quotation.open + 1) - 1;
      continue;
    }
    if (tokens.end(i) <= quotation.close) flags[i] = 1;
  }
  return flags;
}

/** The quotations in order of their opening marks: the list itself when it is in that order already, as it mostly is. */
function quotationIndex(quotations: readonly Quotation[]): readonly Quotation[] {
  for (let k = 1; k < quotations.length; k++) if (quotations[k]!.open < quotations[k - 1]!.open) return sortInPlace([...quotations], (a, b) => a.open - b.open);
  return quotations;
}

/** True when the span lies within one quotation: the direct statement already has it. */
function isInsideQuotation(sorted: readonly Quotation[], span: Span): boolean {
  // The last quotation opening at or before the span's start.
  const q = sorted[firstOpeningFrom(sorted, span.start + 1) - 1];
  return q !== undefined && span.end <= q.close + 1;
}

/**
 * True for the frame of a verb of naming that reports its object and the name given right after the
 * verb, with no quotation in the rest of the sentence ("called the plan a mistake"); not a clause
 * after a comma ("as they call it, …").
 */
function namesObject(text: string, sorted: readonly Quotation[], frame: Frame, content: Span): boolean {
  return frame.placement === "lead" && content.start >= frame.cueSpan.end && !text.slice(frame.cueSpan.end, content.start).includes(",") && !opensQuotationIn(sorted, { start: frame.cueSpan.end, end: frame.sentence.end });
}

/**
 * "Cruz endorsed Trump", "the union backs Kovalenko": a speaker's stance on a person or body named in one
 * word is reported, though one word is too few for a claim ("said yes", "praised it").
 */
function isNamedStance(text: string, frame: Frame, content: Span): boolean {
  const kind = frame.cue.verb.complement;
  return frame.speaker !== undefined && (kind === "object" || kind === "object-of") && /^\p{Lu}\p{Ll}+$/u.test(text.slice(content.start, content.end));
}

/** True when a quotation opens inside the span. */
function opensQuotationIn(sorted: readonly Quotation[], span: Span): boolean {
  const q = sorted[firstOpeningFrom(sorted, span.start)];
  return q !== undefined && q.open < span.end;
}

/** Most words beside a quotation, set off by punctuation, for a clause to be that quotation alone. */
const MAX_ASIDE_WORDS = 3;

/** Index of the first of `sorted` (by opening mark) that opens at or after `offset`, by binary search. */
function firstOpeningFrom(sorted: readonly Quotation[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.open < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `content` is quotations with nothing between them, plus at most a few words set off
 * from them by a comma or colon: an addressee (`him: “…”`), an aside (`I quote, “…”`) or the
 * speaker itself (`“…,” Scott Pruitt`), none of which is a reported clause.
 */
function isQuotationWithAside(text: string, sorted: readonly Quotation[], content: Span): boolean {
  const lo = firstOpeningFrom(sorted, content.start);
  const first = sorted[lo];
  if (!first || first.close > content.end + 1) return false;
  let last = first;
  for (let k = lo + 1; k < sorted.length && sorted[k]!.close <= content.end + 1; k++) {
    if (countWords(text, { start: last.close, end: sorted[k]!.open }, 1) > 0) return false;
    last = sorted[k]!;
  }
  const before = countWords(text, { start: content.start, end: first.open }, MAX_ASIDE_WORDS + 1);
  const after = last.close < content.end ? countWords(text, { start: last.close, end: content.end }, MAX_ASIDE_WORDS + 1) : 0;
  if (before + after > MAX_ASIDE_WORDS) return false;
  if (before > 0 && !/[,:—]\s*$/u.test(text.slice(content.start, first.open))) return false;
  if (after > 0 && text[last.content.end] !== "," && !/^\s*,/u.test(text.slice(last.close, content.end))) return false;
  return true;
}

/** True when a quotation opens right after `from` (past spaces, commas and a colon) and runs to the end of `content`. */
function endsOnQuotationAfter(text: string, sorted: readonly Quotation[], from: number, content: Span): boolean {
  let i = from;
  while (i < content.end && (text[i] === " " || text[i] === "," || text[i] === ":")) i++;
  const lo = firstOpeningFrom(sorted, i);
  const q = sorted[lo];
  return q !== undefined && q.open === i && q.close >= content.end - 1;
}

/**
 * True for a frame before its content whose verb is set off from a quotation by a comma or a colon
 * (`said: “…”`, `tweeted, “…”`) when the content opens with that quotation, closed in its paragraph.
 */
function opensWithSetOffQuotation(text: string, sorted: readonly Quotation[], frame: Frame, content: Span): boolean {
  if (frame.placement !== "lead" || content.start < frame.cueSpan.end) return false;
  let i = frame.cueSpan.end;
  let marked = false;
  while (i < content.start + 1 && (text[i] === " " || text[i] === "," || text[i] === ":")) {
    if (text[i] !== " ") marked = true;
    i++;
  }
  if (!marked) return false;
  const q = sorted[firstOpeningFrom(sorted, i)];
  return q !== undefined && q.open === i && q.closed && q.open <= content.start + 1;
}

function coversContent(q: Quotation, content: Span): boolean {
  return q.open <= content.start + 1 && q.close >= content.end - 1;
}

