/**
 * Names given to something: "called the plan a mistake", "called it baseless", "described the
 * talks as productive". Without quotation marks, the object and its name are what was reported.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import type { Cue } from "./cues.js";
import { PHRASE_BOUNDARIES } from "./speaker-words.js";
import { isAbbreviationDot, isCapitalWordAt, isWordAt, kindAt, lowerAt, textAt } from "./token-reads.js";
import { clauseSpan, firstComma } from "./spans.js";
import { DETERMINERS, isNounLike } from "./addressees.js";

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
export function namingClause(doc: Document, cue: Cue, k: number, sentence: Sentence): Span | undefined {
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
