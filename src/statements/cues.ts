/**
 * Cues: the reporting verbs of the text ("said", "urged", "called on", "according to"), found by
 * one pass over the tokens with a map from every inflected form to its lexicon entry.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { lowerCase, type TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import { isLetterOrDigitAt } from "../text/chars.js";
import { COPULAR_NOUNS, EVIDENT_ADJECTIVES, HEARSAY_ADVERBS, NOUN_TWINS, POLL_FOLLOWERS, POLL_NOUNS, REPORTING_NOUNS, REPORTING_VERBS, STANCE_ADJECTIVES, STATEMENT_ADJECTIVES, VIEW_NOUNS, type ReportingVerb } from "../lexicon/reporting-verbs.js";

/** A reporting verb in the text. */
export interface Cue {
  /** Index of the verb's token in {@link Document.tokens}. */
  readonly token: number;
  /** Index just past the cue's last token (past the particle of "called on", "according to"). */
  readonly endToken: number;
  /** The lexicon entry. */
  readonly verb: ReportingVerb;
  /** True for the -ing form ("…, saying that"). */
  readonly participle: boolean;
  /** True for "according to", which has no subject. */
  readonly according: boolean;
  /** True for a noun of speech after its speaker's possessive ("Trump's claim that …"). */
  readonly noun: boolean;
  /** True for an adjective of stance after a form of "be" ("were convinced that …"): the "be" is no passive. */
  readonly adjective: boolean;
}

/** Determiners and possessives before which an -s form is a noun ("his claims"). */
const NOUN_MARKERS = new Set([
  "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "any", "no", "such",
  "recent", "earlier", "repeated", "new", "latest", "previous", "further", "many", "several", "some", "of", "whose",
  "past", "false", "unfounded", "baseless", "similar", "other", "frequent", "public", "private", "conflicting",
  "competing", "official", "initial", "first", "final", "last", "formal", "urgent", "renewed", "key", "main",
]);

/** Words of {@link NOUN_MARKERS} that are adverbs of time before a past form ("was first reported", "had earlier claimed"). */
const TIME_ADVERBS = new Set(["first", "earlier", "last"]);

/** What may stand before a verb's base form ("they say", "will urge"): a base form after anything else is a noun ("a rare rebuke"). */
const BASE_FORM_SUBJECTS = new Set([
  "i", "we", "you", "they", "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "also",
  "shall", "often", "still", "now", "always", "never", "repeatedly", "who",
]);

/** Verbs of seeming, after which "to" takes a verb's base form ("seemed to urge"), where elsewhere it may take a noun ("according to state media"). */
const SEEMING = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);

/**
 * Adjectives that stand between a determiner and a noun, after which an -ing form is an adjective
 * too ("the former ruling party", "Sudan's outgoing governing coalition"), not a verb.
 */
const PRENOMINAL_ADJECTIVES = new Set(["former", "current", "outgoing", "incoming", "longtime", "erstwhile", "then", "once", "sitting", "interim"]);

/** Determiners before which a past participle is an adjective ("the proposed deal"). */
const ADJECTIVE_DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "such"]);

/** Contractions ending in 's that are a pronoun and "has"/"is", not a possessive. */
const CONTRACTIONS = new Set(["he's", "she's", "it's", "that's", "there's", "who's", "what's", "he’s", "she’s", "it’s", "that’s", "there’s", "who’s", "what’s"]);

const ACCORDING: ReportingVerb = { lemma: "say", act: "assertion", complement: "clause" };

/** What "according" stands for when the lexicon has no entry of that form: a cue only before "to". */
const ACCORDING_WORD: readonly (readonly [ReportingVerb, boolean])[] = [];

/** What a poll does with its figures: "In a new poll, X leads by 5 points" reports what the poll found. */
export const POLL_FINDING: ReportingVerb = { lemma: "find", act: "assertion", complement: "clause" };

/** What an adverb of hearsay stands for ("reportedly", "allegedly"): a report by no one named of the clause it stands in. */
export const HEARSAY_REPORT: ReportingVerb = { lemma: "report", act: "assertion", complement: "raising" };

/** What an adverb of hearsay stands for in the table of words: a cue wherever it stands between a subject and its verb. */
const HEARSAY_WORD: readonly (readonly [ReportingVerb, boolean])[] = [];

/** What an adjective of stance stands for: a cue only between a form of "be" and "that" ("is convinced that"). */
const ADJECTIVE_WORD: readonly (readonly [ReportingVerb, boolean])[] = [];

/** Finite forms of "be" before an adjective of stance; "can be convinced that" is a passive. */
const STANCE_BE = new Set(["is", "are", "was", "were", "am", "'m", "’m", "'re", "’re", "'s", "’s"]);

/** A subject pronoun and "be" in one token ("she's so frustrated that …"); not "it's", which names no one. */
const STANCE_BE_CONTRACTIONS = new Set(["he's", "she's", "i'm", "we're", "they're", "you're", "he’s", "she’s", "i’m", "we’re", "they’re", "you’re"]);

/** Words that may stand between "be" and an adjective of stance ("were not entirely convinced"). */
const STANCE_DEGREES = new Set(["so", "very", "not", "also", "still", "now", "quite", "more", "less", "all", "both", "too", "equally", "entirely", "increasingly", "deeply", "absolutely", "pretty", "fairly", "clearly", "always", "never"]);

/** Most words between "be" and an adjective of stance. */
const MAX_STANCE_DEGREES = 2;

/**
 * The entry of an adjective of stance at token `i` ("Aides were convinced that …"): a form of "be"
 * before it, past a few words of degree, and "that" after it. After an empty "it" only an adjective
 * of evidence reports, by no one ("it is clear that …"; "it is certain that …" has no one who is
 * certain). Undefined otherwise.
 */
function stanceAt(tokens: TokenList, i: number): ReportingVerb | undefined {
  if (i + 2 >= tokens.length || tokens.lower(i + 1) !== "that" || tokens.kind(i + 2) !== "word") return undefined;
  let k = i - 1;
  while (k > 0 && i - k <= MAX_STANCE_DEGREES && STANCE_DEGREES.has(tokens.lower(k))) k--;
  const be = tokens.lower(k);
  const lower = tokens.lower(i);
  // "it is clear that …", "is it clear that …": a clause presented as established, by no one named.
  if (EVIDENT_ADJECTIVES.has(lower) && impersonalBe(tokens, k)) return adjectiveEntry(lower, "assertion");
  if (!STANCE_ADJECTIVES.has(lower)) return undefined;
  if (!(STANCE_BE_CONTRACTIONS.has(be) || (k >= 1 && STANCE_BE.has(be) && tokens.lower(k - 1) !== "it"))) return undefined;
  return adjectiveEntry(lower, "belief");
}

/** "it" and "be" in one token. */
const IT_BE = new Set(["it's", "it’s"]);

/** True when token `k` ends an empty "it" and a form of "be": "it is", "it's", "it was not", "is it", "it should be". */
function impersonalBe(tokens: TokenList, k: number): boolean {
  const w = tokens.lower(k);
  if (IT_BE.has(w)) return true;
  if (k < 1) return false;
  const before = tokens.lower(k - 1);
  if (w === "it") return STANCE_BE.has(before);
  if (STANCE_BE.has(w)) return before === "it";
  // "it should be obvious that", "it may be clear that".
  return w === "be" && k >= 2 && tokens.lower(k - 2) === "it";
}

/** The entries made for adjectives, by act and lemma: one object per adjective and act. */
let adjectiveEntries: Map<string, ReportingVerb> | undefined;

/** The entry of an adjective that reports the "that" clause after it: a belief (stance) or an assertion (evidence). */
function adjectiveEntry(lemma: string, act: "assertion" | "belief"): ReportingVerb {
  adjectiveEntries ??= new Map();
  const key = `${act} ${lemma}`;
  let entry = adjectiveEntries.get(key);
  if (!entry) {
    entry = { lemma, act, complement: "that" };
    adjectiveEntries.set(key, entry);
  }
  return entry;
}

/** What "in" stands for: a cue only before a poll it names ("in a new Fox poll"). */
const IN_WORD: readonly (readonly [ReportingVerb, boolean])[] = [];

/** Most words between "in" and the poll's noun ("in the latest NBC News/Wall Street Journal national poll"). */
const MAX_POLL_NAME = 9;

/**
 * True when "in" at token `i` opens the name of one poll that the rest of its sentence reports
 * ("In a new Fox News poll, Trump leads"; "Trump leads by 5 points in the CBS poll."): a determiner
 * or a capital, words only, then "poll" or "survey" and a stop or a participle after it.
 */
function opensPoll(tokens: TokenList, i: number): boolean {
  if (i + 2 >= tokens.length || tokens.kind(i + 1) !== "word" || !(ADJECTIVE_DETERMINERS.has(tokens.lower(i + 1)) || isCapitalized(tokens.text(i + 1)))) return false;
  for (let k = i + 2; k < tokens.length && k <= i + MAX_POLL_NAME; k++) {
    const kind = tokens.kind(k);
    if (kind === "word" && POLL_NOUNS.has(tokens.lower(k))) return k + 1 === tokens.length || POLL_FOLLOWERS.has(tokens.lower(k + 1));
    if (kind !== "word" && kind !== "number" && tokens.text(k) !== "/" && tokens.text(k) !== "-") return false;
  }
  return false;
}

/** What "in his view" stands for: the clause on the other side of its comma is the possessive's view. */
export const VIEW_HELD: ReportingVerb = { lemma: "view", act: "belief", complement: "clause" };

/** Most capitalized words and dots of a name before its possessive ("In Mr. Ahmed Osman's view"). */
const MAX_VIEW_HOLDER = 5;

/**
 * The token past "in", a possessive and a noun of a held view ("In [his] [view]", "in Ruiz's
 * opinion"), when a comma or the sentence's end follows it; else -1.
 */
function viewOpenerEnd(tokens: TokenList, i: number): number {
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_VIEW_HOLDER && !/['’]s$/u.test(tokens.text(k)) && !VIEW_HOLDERS.has(tokens.lower(k))) {
    if (!(tokens.kind(k) === "word" && isCapitalized(tokens.text(k))) && tokens.text(k) !== ".") return -1;
    k++;
  }
  if (k >= tokens.length - 1 || k - i > MAX_VIEW_HOLDER || tokens.kind(k) !== "word" || tokens.kind(k + 1) !== "word" || !VIEW_NOUNS.has(tokens.text(k + 1))) return -1;
  // "in his view of the war" names a topic, no view held: a comma or the sentence's end must follow.
  const after = k + 2 < tokens.length ? tokens.text(k + 2) : ".";
  return after === "," || after === "." || after === ";" ? k + 2 : -1;
}

/** Possessive pronouns that hold a view after "in" ("in his view"). */
const VIEW_HOLDERS = new Set(["his", "her", "their", "its", "our", "my"]);

let compiled: ReadonlyMap<string, readonly (readonly [ReportingVerb, boolean])[]> | undefined;

/** Every form of every reporting verb, built on first use so importing stays free. */
function forms(): ReadonlyMap<string, readonly (readonly [ReportingVerb, boolean])[]> {
  if (compiled) return compiled;
  const map = new Map<string, (readonly [ReportingVerb, boolean])[]>();
  for (const entry of REPORTING_VERBS) {
    for (const form of entry.forms ?? inflect(entry.lemma)) {
      const list = map.get(form) ?? [];
      list.push([entry, form.endsWith("ing")] as const);
      map.set(form, list);
    }
  }
  compiled = map;
  return compiled;
}

/** The regular forms of a verb: base, -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/u.test(lemma);
  const third = consonantY ? `${lemma.slice(0, -1)}ies` : /(?:[osxz]|[cs]h)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`;
  const ing = lemma.endsWith("ee") ? `${lemma}ing` : lemma.endsWith("e") ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, ing];
}

/** No lexicon entry, but a noun of speech: the word is no form of a reporting verb. */
const NOT_A_FORM: readonly (readonly [ReportingVerb, boolean])[] = [];

/** No lexicon entry and no noun of speech: the word is never a cue, skipped on its id alone. */
const NEVER_A_CUE: readonly (readonly [ReportingVerb, boolean])[] = [];

/** Each word's lexicon entries, by word id: {@link NEVER_A_CUE} for most words, {@link NOT_A_FORM} for a noun of speech. */
const entriesById = /* @__PURE__ */ new WordTable<readonly (readonly [ReportingVerb, boolean])[]>();

/** No noun of speech: the word names no statement. */
const NOT_A_NOUN: ReportingVerb | null = null;

/** Each word's noun-of-speech entry, by word id: the verb the noun comes from, or {@link NOT_A_NOUN}. */
const nounsById = /* @__PURE__ */ new WordTable<ReportingVerb | null>();

let verbsByLemma: ReadonlyMap<string, ReportingVerb> | undefined;

/** The verb entry a noun of speech comes from: the first entry of its lemma. */
function nounEntry(lower: string): ReportingVerb | null {
  const lemma = REPORTING_NOUNS.get(lower);
  if (lemma === undefined) return NOT_A_NOUN;
  if (!verbsByLemma) {
    const map = new Map<string, ReportingVerb>();
    for (const v of REPORTING_VERBS) if (!map.has(v.lemma)) map.set(v.lemma, v);
    verbsByLemma = map;
  }
  return verbsByLemma.get(lemma) ?? NOT_A_NOUN;
}

/** Possessive pronouns that give a noun of speech its speaker ("his claim that …"). */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);

/**
 * The verb entry of a noun of speech at token `i` that reports a clause and has a speaker: a
 * possessive before it (past one adjective) and a "that" after it that opens a clause, not a
 * relative one ("the claim that was made"). Null otherwise.
 */
function nounAt(tokens: TokenList, i: number, nouns: (ReportingVerb | null | undefined)[]): ReportingVerb | null {
  const id = tokens.id(i);
  let noun = nouns[id];
  if (noun === undefined) {
    noun = nounEntry(tokens.lower(i));
    nouns[id] = noun;
  }
  if (noun === NOT_A_NOUN || i + 2 >= tokens.length || i < 1) return NOT_A_NOUN;
  // "Rubio's response was that …", "The idea is that …": a view stated as what it is, its holder named or not.
  if (COPULAR_BE.has(tokens.lower(i + 1)) && tokens.lower(i + 2) === "that" && i + 3 < tokens.length && COPULAR_NOUNS.has(tokens.lower(i))) {
    const next = tokens.lower(i + 3);
    return tokens.kind(i + 3) === "word" && !FINITE_VERBS.has(next) ? noun : NOT_A_NOUN;
  }
  if (tokens.lower(i + 1) !== "that") return NOT_A_NOUN;
  const after = tokens.lower(i + 2);
  if (tokens.kind(i + 2) !== "word" || FINITE_VERBS.has(after) || after.endsWith("ed")) return NOT_A_NOUN;
  const p = STATEMENT_ADJECTIVES.has(tokens.lower(i - 1)) && i >= 2 ? i - 2 : i - 1;
  const owner = tokens.lower(p);
  return POSSESSIVE_PRONOUNS.has(owner) || (endsInPossessive(owner) && !CONTRACTIONS.has(owner)) ? noun : NOT_A_NOUN;
}

/** Forms of "be" between a noun of view and its "that" clause ("the idea is that …"). */
const COPULAR_BE = new Set(["is", "was"]);

/** Verbs right after "that" that make it a relative pronoun ("the claim that was made"), not a clause's opener. */
const FINITE_VERBS = new Set(["is", "was", "were", "are", "has", "have", "had", "would", "will", "could", "can", "should", "did", "does", "do", "may", "might", "must"]);

/** The cues of the article proper in text order, skipping tokens inside quotations. */
export function findCues(doc: Document, quoted: Uint8Array): Cue[] {
  const out: Cue[] = [];
  const lexicon = forms();
  const { tokens } = doc;
  const known = entriesById.of(tokens);
  const nouns = nounsById.of(tokens);
  // Headlines capitalize every word: there "Trump Says" is a verb after a name.
  const first = doc.paragraphs[0];
  const headlineEnd = doc.title?.end ?? (first && first.end - first.start <= MAX_HEADLINE ? first.end : 0);
  for (let i = 0; i < tokens.length; i++) {
    // Worked out once per word, by its id: most words (and all marks) are never a cue and stop
    // here, before their kind is read.
    const id = tokens.id(i);
    let entries = known[id];
    if (entries === undefined) {
      const lower = tokens.lower(i);
      entries = lexicon.get(lower) ?? (lower === "according" ? ACCORDING_WORD : lower === "in" ? IN_WORD : HEARSAY_ADVERBS.has(lower) ? HEARSAY_WORD : STANCE_ADJECTIVES.has(lower) || EVIDENT_ADJECTIVES.has(lower) ? ADJECTIVE_WORD : nounEntry(lower) === NOT_A_NOUN ? NEVER_A_CUE : NOT_A_FORM);
      known[id] = entries;
    }
    if (entries === NEVER_A_CUE || quoted[i] || tokens.kind(i) !== "word") continue;
    // "In a new poll, …", "… in the CBS poll.": the poll is the source, read like "according to" it.
    if (entries === IN_WORD) {
      if (opensPoll(tokens, i)) out.push({ token: i, endToken: i + 1, verb: POLL_FINDING, participle: false, according: true, noun: false, adjective: false });
      else {
        const end = viewOpenerEnd(tokens, i);
        if (end > 0) out.push({ token: i, endToken: end, verb: VIEW_HELD, participle: false, according: false, noun: false, adjective: false });
      }
      continue;
    }
    if (entries === HEARSAY_WORD) {
      out.push({ token: i, endToken: i + 1, verb: HEARSAY_REPORT, participle: false, according: false, noun: false, adjective: false });
      continue;
    }
    if (entries === ADJECTIVE_WORD) {
      const stance = stanceAt(tokens, i);
      if (stance) out.push({ token: i, endToken: i + 1, verb: stance, participle: false, according: false, noun: false, adjective: true });
      continue;
    }
    if (entries === NOT_A_FORM) {
      const noun = nounAt(tokens, i, nouns);
      if (noun) out.push({ token: i, endToken: i + 1, verb: noun, participle: false, according: false, noun: true, adjective: false });
      continue;
    }
    // Field reads, not token objects: this runs for every form met.
    const text = tokens.text(i);
    const lower = tokens.lower(i);
    const hasNext = i + 1 < tokens.length;
    const nextText = hasNext ? tokens.text(i + 1) : "";
    const nextLower = hasNext ? tokens.lower(i + 1) : undefined;
    if (lower === "according" && nextLower === "to") {
      out.push({ token: i, endToken: i + 2, verb: ACCORDING, participle: false, according: true, noun: false, adjective: false });
      continue;
    }
    if (entries.length === 0) continue;
    const hasPrevious = i > 0;
    const previousKind = hasPrevious ? tokens.kind(i - 1) : undefined;
    const previousText = hasPrevious ? tokens.text(i - 1) : "";
    const start = tokens.start(i);
    // "the United States", "Fox News Reports": a capitalized form after a capitalized word is part of a name, outside the headline.
    if (previousKind === "word" && isCapitalized(text) && isCapitalized(previousText) && start >= headlineEnd && !doc.text.slice(tokens.end(i - 1), start).includes("\n")) continue;
    const before = hasPrevious ? tokens.lower(i - 1) : "";
    let found = pick(entries, nextLower);
    // "spoke out about", "spoke favorably of", "made it clear", "made the case": one word between the verb and its particle.
    let bridged = 0;
    if ((!found || found[0].particle === undefined) && hasNext && i + 2 < tokens.length && tokens.kind(i + 1) === "word") {
      const particle = tokens.lower(i + 2);
      const bridge = withParticle(entries, particle);
      if (bridge && isParticleBridge(nextText, nextLower!, particle)) {
        found = bridge;
        bridged = 1;
      }
    }
    if (!found) continue;
    const [verb, participle] = found;
    // "his claims", "a warning", "Moscow's demand", "claims of": forms that can be nouns, used as nouns.
    if (NOUN_TWINS.has(verb.lemma) || participle) {
      // "was first reported by": after an adverb of time a past form is a verb, unless a determiner makes it an adjective ("the first reported case").
      const adverbial = lower.endsWith("ed") && TIME_ADVERBS.has(before) && !ADJECTIVE_DETERMINERS.has(i >= 2 ? tokens.lower(i - 2) : "");
      if ((NOUN_MARKERS.has(before) && !adverbial) || (endsInPossessive(before) && !CONTRACTIONS.has(before)) || (participle && isPrenominal(tokens, i))) {
        // "Trump's claim that …": the noun names one statement of the possessor's.
        const noun = nounAt(tokens, i, nouns);
        if (noun) out.push({ token: i, endToken: i + 1, verb: noun, participle: false, according: false, noun: true, adjective: false });
        continue;
      }
      // "claims of fraud", but "stated of the plan that …": a past form is a verb.
      if (NOUN_TWINS.has(verb.lemma) && nextLower === "of" && !lower.endsWith("ed")) continue;
    }
    const seeming = before === "to" && SEEMING.has(i >= 2 ? tokens.lower(i - 2) : "");
    if (lower === verb.lemma && NOUN_TWINS.has(lower) && !isBaseFormContext(before) && !seeming) continue;
    // "in 15 states", "the swing states in the Midwest": after a number, or after a lower-case word and
    // before a preposition or a stop, an -s form of a noun twin is a plural noun.
    // But "“…,” a voice-over in the ad states.": a short subject between a quotation's closing mark and the
    // stop is a trailing frame's, and its -s form the verb.
    if (NOUN_TWINS.has(verb.lemma) && lower.endsWith("s") && lower !== verb.lemma && hasPrevious && (previousKind === "number" || (isPlainLower(previousText, before) && NOUN_FOLLOWERS.has(nextLower ?? "") && !endsTrailingFrame(doc.text, start, lexicon)))) continue;
    // "Cost estimates, she added, were …": an -s form before a frame set off by commas is the subject of what was reported.
    if (NOUN_TWINS.has(verb.lemma) && lower.endsWith("s") && lower !== verb.lemma && nextLower === "," && asideFrameAfter(tokens, i + 2, lexicon)) continue;
    // "then states doled it out", "the rules could lead": an -s form of a noun twin right before a
    // modal, a plural verb or a past form is a plural subject; a verb in -s takes no verb after it.
    if (NOUN_TWINS.has(verb.lemma) && lower.endsWith("s") && lower !== verb.lemma && hasNext && isPluralPredicate(nextText, nextLower!) && !VERB_SUBJECTS.has(before) && !isCapitalized(previousText)) continue;
    // "… Over Pier Comments", "… Amid Fraud Claims": the last word of a headline after a preposition is a plural noun.
    if (NOUN_TWINS.has(verb.lemma) && lower !== verb.lemma && start + text.length <= headlineEnd && closesHeadline(tokens, i, headlineEnd) && prepositionBefore(tokens, i)) continue;
    // "the proposed agreement", "an announced visit", "such expected backers", "Cruz's preferred candidates":
    // a past participle after a determiner or a possessive is an adjective.
    if (lower.endsWith("ed") && (ADJECTIVE_DETERMINERS.has(before) || (endsInPossessive(before) && !CONTRACTIONS.has(before)))) continue;
    // "a 4-4 ruling", "the think tank", "it goes without saying", "it is worth noting": a noun or an idiom, no report.
    if ((participle && previousKind === "number") || IDIOM_NEXT.get(lower) === nextLower || IDIOM_BEFORE.get(lower) === before) continue;
    out.push({ token: i, endToken: verb.particle ? i + 2 + bridged : i + 1, verb, participle, according: false, noun: false, adjective: false });
  }
  return out;
}

/** True when an adjective of {@link PRENOMINAL_ADJECTIVES} after a determiner or a possessive stands before token `i`. */
function isPrenominal(tokens: TokenList, i: number): boolean {
  if (i < 2 || !PRENOMINAL_ADJECTIVES.has(tokens.lower(i - 1))) return false;
  const owner = tokens.lower(i - 2);
  return ADJECTIVE_DETERMINERS.has(owner) || (endsInPossessive(owner) && !CONTRACTIONS.has(owner));
}

/** Most characters back from a verb to the closing mark of the quotation its trailing frame follows. */
const MAX_TRAILING_SUBJECT = 60;

/** Marks that end a quotation spoken whole before its trailing frame: `,”`, `?”`, `!”`. */
const QUOTE_ENDS = new Set([",", "?", "!"]);

/**
 * True when the verb form at `start` ends a short subject that follows a quotation's closing mark
 * (`“…,” a narrator in the ad states`): only words, spaces, hyphens and apostrophes between them,
 * the first a determiner, none of them a reporting verb (`“…,” said the governors of two states` has its verb).
 */
function endsTrailingFrame(text: string, start: number, lexicon: ReadonlyMap<string, unknown>): boolean {
  const floor = Math.max(1, start - MAX_TRAILING_SUBJECT);
  let j = start - 1;
  for (; j >= floor; j--) {
    const c = text[j]!;
    const apostrophe = (c === "'" || c === "’") && isLetterOrDigitAt(text, j - 1) && isLetterOrDigitAt(text, j + 1);
    if (!apostrophe && (c === "”" || c === '"' || c === "'" || c === "’")) break;
    if (c === "\n" || !(c === " " || c === "-" || apostrophe || isLetterOrDigitAt(text, j))) return false;
  }
  if (j < floor || !QUOTE_ENDS.has(text[j - 1]!)) return false;
  const words = text.slice(j + 1, start).split(" ");
  let n = 0;
  for (const w of words) {
    if (!w) continue;
    const lower = lowerCase(w);
    // A lower-case subject opens with its determiner ("a narrator"); "came shouts from …" has a verb first.
    if (lexicon.has(lower) || (n === 0 && !SUBJECT_DETERMINERS.has(lower))) return false;
    n++;
  }
  return n > 0;
}

/** Determiners that open a trailing frame's lower-case subject. */
const SUBJECT_DETERMINERS = new Set(["a", "an", "the", "one", "his", "her", "its", "their", "our", "another"]);

/** Pronouns that open a frame set off by commas ("…, she added, …"). */
const ASIDE_PRONOUNS = new Set(["he", "she", "they", "i", "we", "it"]);

/** True when a pronoun and a reporting verb (`she added`) start at token `k`, followed by a comma. */
function asideFrameAfter(tokens: TokenList, k: number, lexicon: ReadonlyMap<string, unknown>): boolean {
  return k + 2 < tokens.length && ASIDE_PRONOUNS.has(tokens.lower(k)) && lexicon.has(tokens.lower(k + 1)) && tokens.text(k + 2) === ",";
}

/** Words that may stand between a verb and its particle, by particle, besides an adverb in -ly and "out". */
const PARTICLE_BRIDGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["clear", new Set(["it"])],
  ["case", new Set(["the", "his", "her", "their", "its"])],
]);

/** True when a word can stand between a verb and `particle`: "spoke [out] about", "spoke [favorably] of", "made [it] clear". */
function isParticleBridge(text: string, lower: string, particle: string): boolean {
  if (PARTICLE_BRIDGES.get(particle)?.has(lower)) return true;
  // "made the case" needs its determiner; "made clear" takes no adverb inside ("made quickly clear" is rare, "made largely clear" no report).
  if (PARTICLE_BRIDGES.has(particle)) return false;
  return lower === "out" || (text === lower && lower.length > 4 && lower.endsWith("ly"));
}

/** Forms that make a noun or an idiom with the word after them ("think tank"), and with the word before ("without saying", "worth noting"). */
const IDIOM_NEXT: ReadonlyMap<string, string> = new Map([["think", "tank"]]);
const IDIOM_BEFORE: ReadonlyMap<string, string> = new Map([["saying", "without"], ["noting", "worth"], ["mentioning", "worth"]]);

/** What follows a plural noun and no reporting verb: a stop or a preposition ("states in the Midwest"). */
const NOUN_FOLLOWERS = new Set([",", ".", ";", ")", "in", "where", "from", "with", "before", "across", "and", "or", "like", "such"]);

/** Subject words before which an -s form is always a verb ("he states", "which claims"). */
const VERB_SUBJECTS = new Set(["he", "she", "it", "who", "which", "that", "also", "now", "still", "often", "repeatedly"]);

/** True for a plain lower-case word that is not a subject pronoun or an adverb: "swing", "battleground". */
function isPlainLower(word: string, lower: string): boolean {
  return word === lower && /^\p{Ll}/u.test(word) && !VERB_SUBJECTS.has(lower) && !lower.endsWith("ly");
}

/** Verbs that agree with a plural subject, and modals: what follows a plural noun, never a verb in -s. */
const PLURAL_PREDICATES = new Set(["would", "could", "might", "may", "will", "can", "should", "must", "are", "were", "have", "had", "do", "did"]);

/** True for a modal, a plural verb or a lower-case past form in "-ed" ("doled", "asked"). */
function isPluralPredicate(word: string, lower: string): boolean {
  return PLURAL_PREDICATES.has(lower) || (word === lower && lower.length > 4 && lower.endsWith("ed"));
}

/** Prepositions that open a headline's closing noun phrase ("Over Pier Comments"). */
const HEADLINE_PREPOSITIONS = new Set(["over", "amid", "after", "about", "on", "in", "with", "for", "against", "despite", "to", "of", "at", "by"]);

/** True when no word follows token `i` before the headline ends. */
function closesHeadline(tokens: TokenList, i: number, headlineEnd: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens.start(k) < headlineEnd; k++) if (tokens.kind(k) === "word" || tokens.kind(k) === "number") return false;
  return true;
}

/** True when one of the three words before token `i` is a preposition, with only words between. */
function prepositionBefore(tokens: TokenList, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens.kind(k) !== "word") return false;
    if (HEADLINE_PREPOSITIONS.has(tokens.lower(k))) return true;
  }
  return false;
}

/** Longest first paragraph read as a headline. */
const MAX_HEADLINE = 200;

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/** True when a verb's base form can follow `before`: a plural subject, "they", a modal. */
function isBaseFormContext(before: string): boolean {
  return BASE_FORM_SUBJECTS.has(before) || (before.length > 3 && before.endsWith("s") && !before.endsWith("ss") && !endsInPossessive(before));
}

/** The entry whose particle is `word` (the next word lower-cased), else the one without a particle. */
function pick(entries: readonly (readonly [ReportingVerb, boolean])[], word: string | undefined): readonly [ReportingVerb, boolean] | undefined {
  // Loops, not `find` with a closure: this runs for every form met.
  for (const entry of entries) if (entry[0].particle !== undefined && entry[0].particle === word) return entry;
  for (const entry of entries) if (entry[0].particle === undefined) return entry;
  return undefined;
}

/** The entry whose particle is `particle`. */
function withParticle(entries: readonly (readonly [ReportingVerb, boolean])[], particle: string): readonly [ReportingVerb, boolean] | undefined {
  for (const entry of entries) if (entry[0].particle === particle) return entry;
  return undefined;
}

/** True when `w` ends in "'s" or "’s" (a possessive or a contraction), read by character code: this is asked at many tokens. */
function endsInPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const mark = w.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}
