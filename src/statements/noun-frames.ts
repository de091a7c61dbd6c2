/**
 * Frames around a noun of speech ("Trump's claim that …", "her warning that …"): the possessive
 * names the speaker, the "that" clause is what was said, and where the noun phrase is a subject,
 * the sentence's own verb ends that clause.
 *
 * @module
 */
import type { Span, TemporalExpression } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import { firstTokenFrom } from "../text/tokens.js";
import type { Cue } from "./cues.js";
import { STATEMENT_ADJECTIVES } from "../lexicon/reporting-verbs.js";
import { BE_FORMS } from "./speaker-words.js";
import { isFiniteAuxiliary } from "./frame-words.js";
import { isAbbreviationDot, isCapitalWordAt, isPastFormAt, isWordAt, lowerAt, tokenSpan } from "./token-reads.js";
import { clauseSpan, trimSpan } from "./spans.js";
import { startsDate } from "./date-cover.js";
import { type Frame, frameOf } from "./frame.js";
import { MAX_PHRASE } from "./phrases.js";

/**
 * A frame around a noun of speech ("Trump's claim that …", "her warning that …"): the possessive
 * names the speaker, the "that" clause is what was said. The cue finder has checked both.
 */
export function readNounFrame(doc: Document, cue: Cue, sentence: Sentence, dates: readonly TemporalExpression[]): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  const cueSpan = tokenSpan(tokens, cue.token, cue.token);
  const owner = STATEMENT_ADJECTIVES.has(lowerAt(tokens, cue.token - 1)) ? cue.token - 2 : cue.token - 1;
  // "The idea is that …": a view stated as what it is; the clause follows "is that".
  const copular = lowerAt(tokens, cue.token + 1) !== "that";
  if (copular && !isOwner(tokens.text(owner), lowerAt(tokens, owner))) {
    const content = owner >= first ? untilSemicolon(doc, clauseSpan(doc, cue.token + 3, sentence)) : undefined;
    return content && frameOf(cue, cueSpan, undefined, "lead", cueSpan.start, content.start, content, sentence, false);
  }
  // "Thursday's announcement that …": a date owns no statement.
  if (owner < first || startsDate(dates, tokens.start(owner))) return undefined;
  const possessive = /['’]s$/u.test(tokens.text(owner));
  // "Donald Trump's", "the police's": the name or the noun without its "'s"; "his": the pronoun itself.
  let from = owner;
  if (possessive && isCapitalWordAt(tokens, owner)) while (from - 1 >= first && owner - from < MAX_PHRASE && (isCapitalWordAt(tokens, from - 1) || isAbbreviationDot(tokens, from - 1))) from--;
  if (possessive && from - 1 >= first && INDEFINITES_AND_THE.has(lowerAt(tokens, from - 1))) from--;
  const speaker = possessive ? trimSpan(doc.text, tokens.start(from), tokens.end(owner) - 2) : tokenSpan(tokens, owner, owner);
  const clause = untilSemicolon(doc, clauseSpan(doc, cue.token + (copular ? 3 : 2), sentence));
  // "Miller's claim that the dam was safe drew criticism": where the noun phrase is the subject, the sentence's own verb ends the clause.
  const content = clause && from === first && !copular ? (predicateCut(doc, clause) ?? clause) : clause;
  if (!speaker || !content) return undefined;
  return frameOf(cue, cueSpan, speaker, "lead", speaker.start, content.start, content, sentence, false);
}

/** True for a possessive before a noun of speech: "his", "Rubio's" (not "it's"). */
function isOwner(text: string, lower: string): boolean {
  return POSSESSIVES.has(lower) || (/['’]s$/u.test(text) && !/^(?:it|that|there|what|who|he|she)['’]s$/u.test(lower));
}

/** Possessive pronouns that name the holder of a view ("their bet is that …"). */
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);

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
