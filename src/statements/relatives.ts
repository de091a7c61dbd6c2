/**
 * What a relative pronoun stands for: the noun phrase a "who" or "which" after a comma refers to
 * ("a focal point for the protesters, who …"), and the one a description before a restrictive
 * "who" describes ("X is a nurse and activist who said").
 *
 * @module
 */
import { type Document, sentenceAt } from "../text/document.js";
import { firstTokenFrom } from "../text/tokens.js";
import { ANTECEDENT_OPENERS, BE_FORMS, GOVERNING, PREDICATE_OPENERS } from "./speaker-words.js";
import { BE_FORM, bitsAt, FINITE, PAST_FORM, PREPOSITIONS, wordBitsOf } from "./frame-words.js";
import { isWordAt, lowerAt } from "./token-reads.js";
import { nameRunFrom, phraseBefore, type Subject } from "./phrases.js";
import { sentenceSubject } from "./sentence-subject.js";

/** Most tokens of the descriptions between a name (or its verb "is") and "who": "a serial liar, rampant xenophobe and birther". */
const MAX_PREDICATE = 16;

/**
 * The noun phrase at the end of a phrase in lower case that a "who" or "which" after a comma
 * stands for: after the last verb or preposition in it ("a focal point for [the protesters], who"),
 * from its determiner ("may have hurt [the former mayor], who"). A phrase ending on a capitalized
 * word is a name, kept whole ("Bank of America").
 */
export function antecedentTail(doc: Document, phrase: Subject): Subject {
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
export function describedOwner(doc: Document, from: number, first: number, inDate: Uint8Array): Subject | undefined {
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
