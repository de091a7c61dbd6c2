/**
 * The reported stretch after a lead frame's verb, by the verb's complement kind: a clause after
 * "that", a colon or bare ("said the plan failed"), an infinitive ("vowed to appeal"), an object
 * ("praised the plan"), an indirect question ("asked whether …"), the clause of a noun of speech
 * ("denied claims that …").
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import { mayStartCount } from "../numbers/read-count.js";
import type { Cue } from "./cues.js";
import { BE_FORMS, PHRASE_BOUNDARIES, SUBJECT_PRONOUNS } from "./speaker-words.js";
import { BE_FORM, bitsAt, BOUNDARY, COUNT_BOUNDS, DATE_PREPOSITIONS, FINITE, FINITE_AUXILIARIES, OPENERS, PREPOSITIONS, QUOTE_CLOSERS, wordBitsOf } from "./frame-words.js";
import { isAbbreviationDot, isOpenerAt, isPastFormAt, isWordAt, kindAt, lowerAt, textAt } from "./token-reads.js";
import { clauseSpan, firstComma } from "./spans.js";
import { MAX_ADJUNCT } from "./phrases.js";
import { DETERMINERS, isNounLike, skipAddressee } from "./addressees.js";
import { namingClause } from "./naming.js";
import { endOfObject } from "./clause-ends.js";
import { QUOTING_VERBS } from "../lexicon/reporting-verbs.js";

/** Prepositions that say what words were about ("said of the plan", "spoke about her rival"). */
export const TOPIC_PREPOSITIONS = new Set(["of", "about"]);

/** The reported clause after a lead frame's verb, by the verb's complement kind. */
export function complement(doc: Document, cue: Cue, from: number, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  const end = sentence.endToken;
  let k = from;
  while (k < end && (inDate[k] || (inDate[k + 1] && DATE_PREPOSITIONS.has(lowerAt(tokens, k))))) k++;
  // "explained why …", "questioned whether …", "talked about how …": an embedded question is what was said, whatever the verb takes.
  // ("see what happens" is no view of anything.)
  if (WH_OPENERS.has(lowerAt(tokens, k)) && cue.verb.complement !== "raising" && cue.verb.complement !== "as" && isWordAt(tokens, k + 1)) return clauseSpan(doc, k, sentence);
  // A switch, not ts-pattern's match(): this runs once per cue; the `never` default keeps the check exhaustive.
  const kind = cue.verb.complement;
  switch (kind) {
    case "object-to": {
      // "wants the council to …": a stance's "to" follows a short object, not "according to" further on.
      if (cue.verb.act === "intention") {
        const to = findNear(tokens, TO, k, end);
        if (to >= 0 && to - k <= MAX_WANTED && wordsOnly(doc, k, to) && isWordAt(tokens, to + 1)) return clauseSpan(doc, k, sentence);
        // "wants a vast expansion of the program": what is wanted, a noun phrase.
        return cue.verb.objectReports && to < 0 ? objectSpan(doc, k, sentence) : undefined;
      }
      // "advised the bank on its sale to a rival": a "to" before a determiner or a name is a preposition, no infinitive.
      const to = findNear(tokens, TO, k, end);
      if (to >= 0 && (DETERMINERS.has(lowerAt(tokens, to + 1)) || /^\p{Lu}/u.test(textAt(tokens, to + 1)))) return cue.verb.act === "question" ? question(doc, k, sentence) : undefined;
      // "asked (him) whether …": a question put in indirect form.
      return clauseIfNear(doc, TO, k, sentence) ?? (cue.verb.act === "question" ? question(doc, k, sentence) : undefined);
    }
    case "object-of":
      // "criticized the plan": with no "of"/"for", the object is what was criticized.
      return clauseIfNear(doc, OF, k, sentence) ?? objectSpan(doc, k, sentence);
    case "raising":
      return undefined;
    case "object":
      return objectSpan(doc, k, sentence);
    case "for":
      return clauseSpan(doc, k, sentence);
    case "object-clause": {
      let i = skipAddressee(doc, k, end);
      // "told his advisers to …": an instruction; the addressee stays in the content.
      if (i === k && cue.verb.lemma === "tell" && findNear(tokens, TO, k, end) > k && findNear(tokens, TO, k, end) - k <= 4) return clauseSpan(doc, k, sentence);
      // "told a meeting of island leaders that …": a longer addressee, ended by "that".
      if (i === k) {
        const that = findNear(tokens, THAT, k, end);
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
      // "shouted “Four more years!”", "tweeted “Sad!”": the speaker's own words in quotation marks
      // right after the verb are what was said, as after a comma ("shouted, “…”").
      const quoted = !cue.participle && QUOTING_VERBS.has(cue.verb.lemma) && isOpenerAt(tokens, k) ? spokenQuotation(doc, k, sentence) : undefined;
      if (quoted) return quoted;
      const clause = clauseAfter(doc, cue, k, sentence, inDate);
      // "announced his resignation", "revealed her plans": the speaker's own act or stance, named by a
      // possessive, is reported as a noun phrase by any such verb ("announced a plan" is not); a
      // participle's ("…,” he added, explaining his criticism") only tells why the words were said.
      if (clause || !(cue.verb.objectReports || (!cue.participle && ownedObject(doc, k)))) return clause;
      // "denied the allegations [on Monday]": a noun phrase, where the lexicon says the verb reports one.
      const object = objectSpan(doc, k, sentence);
      return object && (endOfObject(doc, object, inDate) ?? object);
    }
    case "quote":
      if (findNear(tokens, OPENERS, k, end) >= 0) return clauseSpan(doc, k, sentence);
      // "described the meeting with the donors": with no name given, the object is what was told of.
      return namingClause(doc, cue, k, sentence) ?? (cue.verb.objectReports ? objectSpan(doc, k, sentence) : undefined);
    case "as":
      return lowerAt(tokens, k) === "that" ? clauseAfter(doc, cue, k, sentence, inDate) : namingClause(doc, cue, k, sentence);
    default:
      return unhandled(kind);
  }
}

/** Most tokens read for the closing mark of a quotation right after a verb. */
const MAX_QUOTED = 80;

/**
 * The quotation opened at token `k`, marks included, when it closes in the sentence and reads as
 * words said: a name or a title in capitals ("announced “Operation Clean Streets”") is not.
 */
function spokenQuotation(doc: Document, k: number, sentence: Sentence): Span | undefined {
  const { tokens } = doc;
  let i = k + 1;
  while (i < sentence.endToken && !isWordAt(tokens, i) && i - k <= 2) i++;
  let lower = false;
  for (; i < sentence.endToken && i - k <= MAX_QUOTED; i++) {
    if (QUOTE_CLOSERS.has(tokens.text(i))) return lower ? { start: tokens.start(k), end: tokens.end(i) } : undefined;
    if (isWordAt(tokens, i) && /^\p{Ll}/u.test(tokens.text(i))) lower = true;
  }
  return undefined;
}

/** The exhaustiveness check of a switch: a kind left out makes its argument not `never`. */
function unhandled(value: never): never {
  throw new TypeError(`unhandled complement: ${JSON.stringify(value)}`);
}

/** The first token from `start` (within {@link MAX_ADJUNCT}, before `end`) that is one of `words`, or -1 at a stop first. */
function findNear(tokens: TokenList, words: ReadonlySet<string>, start: number, end: number): number {
  for (let k = start; k < end && k - start <= MAX_ADJUNCT; k++) {
    const w = lowerAt(tokens, k);
    if (words.has(w)) return k;
    if (w === "." || w === ";" || w === ":") return -1;
  }
  return -1;
}

/** The addressee or the accused stays in the content ("urged Kyiv to …", "accused Moscow of …"): the clause from `k` when one of `words` follows near. */
function clauseIfNear(doc: Document, words: ReadonlySet<string>, k: number, sentence: Sentence): Span | undefined {
  return findNear(doc.tokens, words, k, sentence.endToken) < 0 ? undefined : clauseSpan(doc, k, sentence);
}

const TO = new Set(["to"]);
const THAT = new Set(["that"]);

/** True when tokens `[from, to)` are all words: an addressee, no clause boundary inside. */
function wordsOnly(doc: Document, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWordAt(doc.tokens, k) && !isAbbreviationDot(doc.tokens, k)) return false;
  return true;
}
/** The object after a verb of stance or topic, from its first word; none when a clause boundary follows at once. */
export function objectSpan(doc: Document, k: number, sentence: Sentence): Span | undefined {
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

/**
 * The indirect question after "asked" and a short addressee, from its opening word; or, with
 * `topic`, what the question was about ("asked about the new levy", "asked the mayor about the
 * strike"), up to a comma.
 */
export function question(doc: Document, k: number, sentence: Sentence, topic = true): Span | undefined {
  for (let i = k; i < sentence.endToken && i - k <= MAX_ASKED; i++) {
    if (QUESTION_OPENERS.has(lowerAt(doc.tokens, i))) return clauseSpan(doc, i, sentence);
    // "asked about 200 voters": a count, not a topic.
    if (topic && lowerAt(doc.tokens, i) === "about" && kindAt(doc.tokens, i + 1) === "word") return objectSpan(doc, i + 1, sentence);
    if (!isWordAt(doc.tokens, i)) return undefined;
  }
  return undefined;
}
/** Prepositions and particles after a verb that open its object, not a clause ("warned of", "spoke about", "called off"). */
export const NP_PREPOSITIONS = new Set(["of", "about", "against", "for", "on", "over", "up", "out", "off", "down", "back", "away"]);
const TO_INFINITIVE: ReadonlySet<string> = new Set(["promise", "warning", "demand", "denial", "belief", "intention"]);
const OF = new Set(["of", "for"]);

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
  // "said at least 14 people died": a bound opens the count that is the clause's subject.
  const count = countAfterBound(tokens, k);
  if (count > 0 && hasFiniteVerbSoon(doc, count - 1, sentence)) return clauseSpan(doc, k, sentence);
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

/** The first words of {@link COUNT_BOUNDS} ("at", "up", "as", "over"). */
const COUNT_BOUND_STARTS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...COUNT_BOUNDS].map((bound) => bound.split(" ")[0]!)))();

/** The token of the count after a count's bound at `k` ("at least [14]", "up to [twenty]", "over [100]"), or -1. */
function countAfterBound(tokens: TokenList, k: number): number {
  // Most words open no bound: no phrase is put together for them.
  if (!COUNT_BOUND_STARTS.has(tokens.lower(k))) return -1;
  let phrase = "";
  for (let i = k; i < k + 3 && i + 1 < tokens.length; i++) {
    phrase += (i > k ? " " : "") + tokens.lower(i);
    if (COUNT_BOUNDS.has(phrase) && mayStartCount(tokens.lower(i + 1))) return i + 1;
  }
  return -1;
}

/** Words after which a past form is an adjective ("the proposed plan", "its revised forecast"). */
const ADJECTIVE_OPENERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any", "no", "newly", "recently", "and", "or"]);

/** Possessive determiners that make a noun phrase the speaker's own ("his resignation", "their plans"). */
const OWNERS: ReadonlySet<string> = new Set(["his", "her", "their", "its"]);

/** True when a possessive determiner and a noun in lower case start at token `k` ("his resignation", "her decision"). */
function ownedObject(doc: Document, k: number): boolean {
  const { tokens } = doc;
  return OWNERS.has(lowerAt(tokens, k)) && kindAt(tokens, k + 1) === "word" && /^\p{Ll}/u.test(tokens.text(k + 1));
}
