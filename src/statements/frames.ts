/**
 * Frames: what a reporting verb says about who spoke and what was reported. For each cue it
 * reads the speaker phrase (before the verb, "Trump said"; after it, "said Trump"; past an
 * apposition, "X, a doctor, said"), where the frame stands (leading its content or trailing
 * it) and the reported clause, then trims each clause where it ends. The readers of each kind
 * of frame and of each part of one are modules of their own: subjects.ts, trailing.ts,
 * complements.ts, clause-ends.ts and the rest; this one picks among them. Every look-around is
 * bounded in tokens, so a frame costs constant work.
 *
 * @module
 */
import type { Span, TemporalExpression } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import { type Cue, HEARSAY_REPORT, VIEW_HELD } from "./cues.js";
import { BE_FORMS, VERB_PREFIXES } from "./speaker-words.js";
import { ADVERB, BE_FORM, bitsAt, DATE_PREPOSITION, FINITE, NEGATION, PAST_FORM, PREFIX, PREPOSITIONS, QUOTE_CLOSERS, wordBitsOf } from "./frame-words.js";
import type { TokenList } from "../text/tokens.js";
import { isAdverbAt, isWordAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { clauseSpan, firstComma } from "./spans.js";
import { dateCover } from "./date-cover.js";
import { type Frame, frameOf, setContent } from "./frame.js";
import { DASHES, namesTo, phraseAfter, phraseBefore } from "./phrases.js";
import { LOWER_TITLES } from "./sentence-subject.js";
import { subjectBefore } from "./subjects.js";
import { beforeDashedAside, coordinatedSubject, describedBefore, relativeSubject, shownSpeaker } from "./participle-subjects.js";
import { complement, question } from "./complements.js";
import { introducesNext, quotedAfter, unmarkedParagraphAfter } from "./introduced-quotes.js";
import { describedName, endsQuestionQuote, handsOver, isAdjunctStretch, isFrontedAdjunct, trailingContent, trailingStretch } from "./trailing.js";
import { asClause, asPassiveFrame, mainClauseAfter } from "./as-frames.js";
import { byAgentFrame, CHARGE_PREPOSITIONS, HEARSAY, heldView, MAX_HEARSAY_ADVERBS } from "./passive-frames.js";
import { headlineOf } from "./labels.js";
import { isTerritory } from "./speaker-places.js";
import { STATUS_BRIDGE_WORDS, STATUS_OBJECT_FOLLOWERS, STATUS_OBJECT_HEADS } from "../territories/data/place-words.js";
import { goingOn, raising, SEEMING } from "./raising.js";
import { findings } from "./findings.js";
import { readAccording } from "./according.js";
import { readNounFrame } from "./noun-frames.js";
import { readHearsayAdverb } from "./hearsay-adverbs.js";
import { readViewOpener } from "./view-openers.js";
import { endOfClause, endOfObject, inFrontedClause } from "./clause-ends.js";
import { dropReadNouns, dropSourceAsides, trimAtCoordinatedCues, trimAtLaterFrames } from "./frame-neighbours.js";

/** The frames of the cues, in text order; cues that report nothing (negated, passive, infinitive) give none. */
export function readFrames(doc: Document, cues: readonly Cue[], dates: readonly TemporalExpression[]): Frame[] {
  const inDate = dateCover(doc, dates);
  let frames: Frame[] = [];
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
    const frame = (cue.according ? readAccording(doc, cue, sentence) : cue.verb === HEARSAY_REPORT ? (reportLater(cues, c, sentence) ? undefined : readHearsayAdverb(doc, cue, sentence, inDate)) : cue.verb === VIEW_HELD ? readViewOpener(doc, cue, sentence) : cue.noun ? readNounFrame(doc, cue, sentence, dates) : readVerbFrame(doc, cue, sentence, inDate)) ?? (seeming && seeming.endToken + 1 === cue.token ? readVerbFrame(doc, seeming, sentence, inDate) : undefined);
    seeming = undefined;
    if (frame) frames.push(frame);
  }
  dropSourceAsides(doc, frames);
  dropReadNouns(frames);
  trimAtLaterFrames(doc, frames);
  trimAtCoordinatedCues(doc, frames, cues);
  // After the trims, so that each report's clause ends where the next frame starts.
  if (frames.some((f) => f.cue.verb === HEARSAY_REPORT)) frames = withoutHeldHearsay(frames);
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    const content = f.placement === "lead" && f.content ? endOfClause(doc, f.content, f.relative !== undefined) : undefined;
    if (content) setContent(f, content);
    const fronted = f.placement === "lead" && f.content && inFrontedClause(doc, f) ? firstComma(doc, f.content) : undefined;
    if (fronted) setContent(f, fronted);
    const object = f.placement === "lead" && f.content && OBJECT_KINDS.has(f.cue.verb.complement) ? endOfObject(doc, f.content, inDate) : undefined;
    if (object) setContent(f, object);
  }
  return frames;
}

/** Complements that report a noun phrase ("praised the plan", "called for a ceasefire"), not a clause with a verb of its own. */
const OBJECT_KINDS: ReadonlySet<string> = new Set(["object", "object-of", "for"]);

/** True when another cue follows cue `c` in its sentence: "he allegedly sent …, the Post reported" has its source named. */
function reportLater(cues: readonly Cue[], c: number, sentence: Sentence): boolean {
  const next = cues[c + 1];
  return next !== undefined && next.token < sentence.endToken;
}

/**
 * The frames without an adverb of hearsay's whose clause a frame beside it reports ("Weiner
 * allegedly sent …, the Post reported"): the report has its source, the adverb only hedges it.
 */
function withoutHeldHearsay(frames: Frame[]): Frame[] {
  const holds = (f: Frame | undefined, g: Frame): boolean => f !== undefined && f.cue.verb !== HEARSAY_REPORT && f.content !== undefined && f.content.start <= g.content!.start && g.content!.end <= f.content.end;
  return frames.filter((g, i) => g.cue.verb !== HEARSAY_REPORT || !(holds(frames[i - 1], g) || holds(frames[i + 1], g)));
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
  // "did not unveil plans to …", "made plans to …", "without charges": an -s form right after a verb or a preposition is its object, a noun.
  if (cue.token - 1 >= first && isObjectNoun(tokens, cue.token)) return undefined;
  // "then states doled it out", "the claims were false": an -s form before a past form or an auxiliary is that verb's subject.
  if (isSubjectNoun(tokens, cue)) return undefined;
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
  // "RSF accused of killing …", "Mayor urged to resign": a headline leaves out the "is" of its passives.
  if (!passive && j >= first && isHeadlinePassive(doc, cue)) passive = true;
  const last = lowerAt(tokens, j);
  if (j >= first && (bitsAt(table, tokens, j) & NEGATION) !== 0) return undefined;
  const verbEnd = cue.endToken;
  // "Asked whether he would run, Rubio …", "when asked how …": a question put to someone, by no one named.
  if (cue.verb.act === "question" && lowerAt(tokens, cue.token).endsWith("ed") && (passive || j < first || UNASKED.has(last))) {
    // "Asked about the strike, the army said …": opening its sentence, the topic of a question only sets the scene for the answer.
    const content = question(doc, verbEnd, sentence, cue.token !== first);
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
  // "It is clear that …", "is it clear that …": an adjective of evidence after an empty "it" reports the clause, with no source.
  if (cue.adjective && IMPERSONAL_IT.has(lowerAt(tokens, j)) && lowerAt(tokens, verbEnd) === "that") {
    const content = clauseSpan(doc, verbEnd + 1, sentence);
    return content && frameOf(cue, cueSpan, undefined, "lead", tokens.start(j), content.start, content, sentence, false);
  }
  // "The plan was rejected by the council", "it was announced by X that …": the agent after "by" speaks.
  // With no agent, "is seen as …", "is thought to …": a view held by no one named.
  // "The plan is supported by most voters": a stance toward an object has its holder after "by" too.
  if (passive && !cue.participle && ((cue.verb.act !== "belief" && cue.verb.act !== "intention") || cue.verb.complement === "object")) return byAgentFrame(doc, cue, cueSpan, j, sentence, inDate) ?? heldView(doc, cue, cueSpan, j, sentence, inDate);
  // "was told", "is expected": a passive reports no speaker's words, but for a view held by no one named.
  if (passive && !cue.participle) return heldView(doc, cue, cueSpan, j, sentence, inDate);
  // "Turnout seems to have fallen": the writer's reading, subject and all, with no source.
  if (cue.verb.complement === "raising") return raising(doc, cue, cueSpan, j, sentence, inDate);
  // "…, saying that …" and "X welcomed it and said that …": the speaker is the subject before.
  if ((cue.participle && !passive && lowerAt(tokens, j) === ",") || (!cue.participle && (lowerAt(tokens, j) === "and" || lowerAt(tokens, j) === "but") && j > first)) {
    const content = complement(doc, cue, verbEnd, sentence, inDate);
    // "the protesters, who took to the streets and called for …": the second verb of a relative clause is its antecedent's.
    const relative = content && lowerAt(tokens, j) !== "," ? (relativeSubject(doc, j, first, inDate) ?? coordinatedSubject(doc, j, first, inDate)) : undefined;
    if (relative) return frameOf(cue, cueSpan, relative.span, "lead", relative.span.start, content!.start, content, sentence, false, relative.relative);
    return content && frameOf(cue, cueSpan, undefined, "lead", cueSpan.start, content.start, content, sentence, true);
  }
  // "released a statement saying that …", "responded by saying …": the subject of the sentence speaks.
  if (cue.participle && !passive) {
    // "asking, “Why …?”": a quotation after the comma is what was said, whatever the verb takes.
    const content = complement(doc, cue, verbEnd, sentence, inDate) ?? quotedAfter(doc, verbEnd, sentence);
    // "The governor was quoted as saying …", "Local media quoted the mayor as saying …": the one quoted says it.
    const quotedAs = content && lowerAt(tokens, j) === "as" ? quotedAsSpeaker(doc, j, first, inDate) : undefined;
    if (quotedAs) return frameOf(cue, cueSpan, quotedAs, "lead", quotedAs.start, content!.start, content, sentence, false);
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
  // "Do you know where the money went?", "would we think so?": an auxiliary before its pronoun asks, it reports nothing.
  if (j > first && ASKING_PRONOUNS.has(last) && ASKING_AUXILIARIES.has(lowerAt(tokens, j - 1)) && textAt(tokens, sentence.endToken - 1) === "?") return undefined;
  // "Having announced that …, Judge Reed left": a perfect participle opening its sentence; the main
  // clause's subject, after the comma, speaks.
  if (j === first && lowerAt(tokens, j) === "having" && !cue.participle) {
    const content = complement(doc, cue, verbEnd, sentence, inDate);
    const cut = content && firstComma(doc, content);
    return cut && frameOf(cue, cueSpan, undefined, "lead", cueSpan.start, cut.start, cut, sentence, true);
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
  // "In Kyiv, Zelensky warned of …": an opening phrase of place or time before the subject is no reported clause.
  // "In any case, she said, the plan …" splits one clause: the frame trails the phrase and leads the rest.
  // A bare object after the verb ("In April, the firm reported flat growth") is left to the trailing reading.
  const spokenOf = trail !== undefined && (trail.endToken === verbEnd ? !trail.comma : TOPIC_OPENERS.has(lowerAt(tokens, verbEnd)) || cue.verb.objectReports === true);
  const fronted = subject !== undefined && !quoted && spokenOf && isFrontedAdjunct(doc, sentence, leftEdge - 1, inDate);
  // "The RSF, accused of killing dozens, denied it": a participle of accusation set off before its
  // charge describes the noun before it; it trails no clause and names no speaker after it.
  const describesCharged = !subject && cue.verb.act === "accusation" && CHARGE_PREPOSITIONS.has(lowerAt(tokens, verbEnd));
  if (setOff && trail && !fronted && !describesCharged && cue.verb.complement !== "as" && (!subject || quoted || isAdjunctStretch(doc, cue, verbEnd, trail.endToken, inDate))) {
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
    // "In Kyiv, Zelensky warned of a new offensive": after an opening phrase, what the verb speaks of is what was said.
    const object = fronted ? frontedObject(doc, cue, verbEnd, trail!, inDate) : undefined;
    if (object) return frameOf(cue, cueSpan, subject.joint ? undefined : subject.span, "lead", subject.span.start, object.start, object, sentence, false, subject.relative);
    // "Dr. Ward stated:" closing its paragraph: the quotation in the next one is what was said.
    if (!introducesNext(doc, verbEnd, sentence)) return undefined;
    // "Limbaugh added:" before a paragraph without quotation marks (a block quotation): that paragraph is reported.
    const block = unmarkedParagraphAfter(doc, sentence.paragraph);
    return frameOf(cue, cueSpan, subject.joint ? undefined : subject.span, "lead", subject.span.start, cueSpan.end, block, sentence, false);
  }
  // "Russia claims the Donetsk region", "China claims Taiwan as its own": a claim to land (the territories' status), not to words.
  if (cue.verb.lemma === "claim" && content.start === tokens.start(verbEnd) && isClaimedLand(doc, verbEnd, sentence)) return undefined;
  return frameOf(cue, cueSpan, subject.joint ? undefined : subject.span, "lead", subject.span.start, content.start, content, sentence, false, subject.relative);
}

/** Most tokens of the words before a claimed place ("much of the southern", "the remaining parts of"). */
const MAX_LAND_BRIDGE = 6;

/**
 * True when the object of a verb of claim from token `k` is land: a known place or a list of
 * places ("the Donetsk, Luhansk and Kherson regions"), after words of extent ("parts of eastern"),
 * that ends the object (a stop, "as", "since", "which"), as the territories facet reads "claimed";
 * "Moscow claimed the Kherson region was …" reports a clause.
 */
function isClaimedLand(doc: Document, k: number, sentence: Sentence): boolean {
  const { tokens } = doc;
  const end = sentence.endToken;
  let i = k;
  while (i < end && i - k < MAX_LAND_BRIDGE && isWordAt(tokens, i) && /^\p{Ll}/u.test(tokens.text(i)) && STATUS_BRIDGE_WORDS.has(lowerAt(tokens, i))) i++;
  const from = i;
  while (i < end && isWordAt(tokens, i) && /^\p{Lu}/u.test(tokens.text(i))) i++;
  if (i === from || !isTerritory(doc.text.slice(tokens.start(from), tokens.end(i - 1)))) return false;
  // "the Donetsk, Luhansk and Kherson regions": more places in a list, closed by their kind's noun.
  while (i + 1 < end && (textAt(tokens, i) === "," || lowerAt(tokens, i) === "and") && /^\p{Lu}/u.test(textAt(tokens, i + 1))) {
    i++;
    if (lowerAt(tokens, i) === "and") i++;
    while (i < end && isWordAt(tokens, i) && /^\p{Lu}/u.test(tokens.text(i))) i++;
  }
  if (i < end && STATUS_OBJECT_HEADS.has(lowerAt(tokens, i))) i++;
  return i >= end || !isWordAt(tokens, i) || STATUS_OBJECT_FOLLOWERS.has(lowerAt(tokens, i));
}

/** Verbs that put words in someone's mouth before "as saying" ("was quoted as saying", "cited him as saying"). */
const QUOTING_VERBS: ReadonlySet<string> = new Set(["quoted", "cited"]);
/** Most tokens between "quoted" and "as" (the one quoted: "the regional governor Oleh Syniehubov"). */
const MAX_QUOTED = 8;

/**
 * The one quoted before "as" at token `j` ("as saying"): the object of an active "quoted X as"
 * or the subject of a passive "X was quoted as". Undefined for anything else before "as".
 */
function quotedAsSpeaker(doc: Document, j: number, first: number, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  if (QUOTING_VERBS.has(lowerAt(tokens, j - 1))) {
    let k = j - 2;
    let be = false;
    while (k >= first && (BE_FORMS.has(lowerAt(tokens, k)) || isAdverbAt(tokens, k))) {
      if (BE_FORMS.has(lowerAt(tokens, k))) be = true;
      k--;
    }
    const subject = be && k >= first ? subjectBefore(doc, k, first, inDate) : undefined;
    return subject && !subject.relative && !subject.joint ? subject.span : undefined;
  }
  for (let q = j - 2; q >= first && j - q <= MAX_QUOTED; q--) {
    if (!isWordAt(tokens, q)) return undefined;
    if (!QUOTING_VERBS.has(lowerAt(tokens, q))) continue;
    const object = phraseAfter(doc, q + 1, j);
    return object && object.endToken === j ? object.span : undefined;
  }
  return undefined;
}

/** Prepositions that open what a verb speaks of ("warned of", "complained about"). */
const TOPIC_OPENERS: ReadonlySet<string> = new Set(["of", "about", "against", "over"]);

/**
 * What a verb after an opening phrase speaks of, from token `k` to the end of its stretch: past
 * "of" or "about" ("warned of a new offensive"), or the object of a verb whose object stands for
 * what was said ("denied the reports"); none when the stretch is an adjunct of place or time
 * ("said in a statement", "spoke on Monday").
 */
function frontedObject(doc: Document, cue: Cue, k: number, trail: { end: number; endToken: number }, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  const w = lowerAt(tokens, k);
  const from = TOPIC_OPENERS.has(w) ? k + 1 : k;
  if (from >= trail.endToken || !isWordAt(tokens, from) || inDate[from] || (from === k && PREPOSITIONS.has(w))) return undefined;
  return { start: tokens.start(from), end: trail.end };
}

/** Pronouns that follow the auxiliary of a question ("do you know", "would they say"). */
const ASKING_PRONOUNS: ReadonlySet<string> = new Set(["you", "we", "they", "i", "he", "she"]);
/** Auxiliaries that open a question when a pronoun follows them. */
const ASKING_AUXILIARIES: ReadonlySet<string> = new Set(["do", "does", "did", "would", "could", "can", "will", "should", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t"]);

/** An empty "it", alone or with "is" ("it's clear that"). */
const IMPERSONAL_IT: ReadonlySet<string> = new Set(["it", "it's", "it’s"]);

/** Prepositions after which an -s form is a noun ("without charges", "of reports"). */
const NOUN_GOVERNORS: ReadonlySet<string> = new Set(["of", "for", "about", "against", "without", "with", "into", "from", "over", "under", "among", "by"]);
/** Pronouns that a negation may open as a subject ("not everyone finds"). */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(["everyone", "everybody", "anyone", "anybody", "one", "all", "many", "much", "enough"]);
/** Particles after which an -s form is the object of the verb before them ("drew up plans", "dialing back plans"). */
const OBJECT_PARTICLES: ReadonlySet<string> = new Set(["up", "out", "back", "off", "down"]);

/**
 * True when the -s form at token `k` is a noun by the word right before it: a past form or a
 * participle ("made plans", "dialing back plans"), a base form after an auxiliary or a negation
 * ("did not unveil plans"), or a preposition ("without charges"). A finite verb in -s follows none of these.
 */
function isObjectNoun(tokens: TokenList, k: number): boolean {
  const w = tokens.lower(k);
  if (!w.endsWith("s") || w.endsWith("ss") || !isWordAt(tokens, k - 1)) return false;
  const table = wordBitsOf(tokens);
  // "drew up plans", "dialing back plans": past the particle, to the verb.
  const particle = OBJECT_PARTICLES.has(lowerAt(tokens, k - 1)) && isWordAt(tokens, k - 2);
  const b = particle ? k - 2 : k - 1;
  if (!/^\p{Ll}/u.test(tokens.text(b))) return false;
  const lower = tokens.lower(b);
  if (!particle && NOUN_GOVERNORS.has(lower)) return true;
  const bits = bitsAt(table, tokens, b);
  if ((bits & PAST_FORM) !== 0 && (bits & (BE_FORM | FINITE)) === 0) return true;
  // An -ing word may be a noun that is the subject ("exit polling shows"): only with a particle after it.
  if (particle && lower.length > 4 && lower.endsWith("ing")) return true;
  // "did not unveil plans", "will announce plans": a base form after an auxiliary or "not".
  const aux = lowerAt(tokens, b - 1);
  return (bits & (FINITE | NEGATION | ADVERB | PREFIX | BE_FORM)) === 0 && !INDEFINITE_PRONOUNS.has(lower) && isWordAt(tokens, b - 1) && (aux === "not" || aux === "never" || (bitsAt(table, tokens, b - 1) & FINITE) !== 0);
}

/**
 * True when the -s form of `cue` opens its clause, after a comma or a conjunction, and a past form
 * or a finite auxiliary follows it ("…, states unnecessarily would …", "and then states doled it
 * out"): with no subject before it, it is the subject of the verb after it, a noun.
 */
function isSubjectNoun(tokens: TokenList, cue: Cue): boolean {
  const w = tokens.lower(cue.token);
  if (cue.participle || cue.endToken !== cue.token + 1 || !w.endsWith("s") || w.endsWith("ss") || !isWordAt(tokens, cue.endToken)) return false;
  if (!CLAUSE_OPENERS.has(lowerAt(tokens, cue.token - 1))) return false;
  const table = wordBitsOf(tokens);
  // Past an adverb in -ly ("states unnecessarily would").
  const next = (bitsAt(table, tokens, cue.endToken) & ADVERB) !== 0 && isWordAt(tokens, cue.endToken + 1) ? cue.endToken + 1 : cue.endToken;
  return (bitsAt(table, tokens, next) & (PAST_FORM | FINITE)) !== 0;
}

/** Marks and conjunctions that open a clause, after which a verb has no subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([",", ";", "and", "but", "or", "then", "so", "yet", "while", "when", "if", "because", "although", "though"]);

/**
 * True when the cue is a past form in the headline that reads as a passive with its "is" left
 * out: a verb of accusation before its charge ("RSF accused of …", "Mayor blamed for …") or of
 * demand before "to" ("Mayor urged to resign"). The headline's subject is the one accused or
 * urged, not the speaker.
 */
function isHeadlinePassive(doc: Document, cue: Cue): boolean {
  const { tokens } = doc;
  if (cue.participle || cue.noun || cue.endToken !== cue.token + 1 || !lowerAt(tokens, cue.token).endsWith("ed")) return false;
  const next = lowerAt(tokens, cue.endToken);
  if (!((cue.verb.act === "accusation" && CHARGE_PREPOSITIONS.has(next)) || (cue.verb.act === "demand" && next === "to"))) return false;
  const headline = headlineOf(doc);
  return headline !== undefined && headline.start <= tokens.start(cue.token) && tokens.end(cue.token) <= headline.end;
}

/** Words after which a bare "asked" is a passive with its subject left out ("when asked whether …"). */
const UNASKED = new Set(["when", "if", "after", "once", "before", "while", ","]);
