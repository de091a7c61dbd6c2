/**
 * Coreference of descriptions ("the president", "the U.S. president", "the Russian leader") and
 * pronouns ("he", "his", "she") to persons already named. One sweep in text order with a short
 * list of recently mentioned persons, so the cost stays linear in the text.
 *
 * @module
 */
import { atTokens, lowerTokens, type Document } from "../text/document.js";
import { newDraft, type ActorDraft } from "./identities.js";
import { PUBLIC_FIGURES, type PublicFigure } from "../lexicon/actors-public-figures.js";
import { actorLexicons, nameKey } from "./lexicons.js";
import { demonymCountry } from "./demonym.js";
import { WordBits } from "./word-bits.js";
import { GOVERNMENT_SEATS } from "../lexicon/actors-organizations.js";
import { givenNameGender } from "./name-gender.js";

/** How many recently mentioned persons a description or pronoun may point back to. */
const RECENT = 8;
/** How many paragraphs back a pronoun may reach for its person. */
const PRONOUN_REACH = 2;

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const OPEN_QUOTES = new Set(["“", "«"]);
const CLOSE_QUOTES = new Set(["”", "»"]);
/** What the sweep tells apart in a word: nothing (0), "the", a pronoun of either gender, a quotation mark. */
const THE = 1;
const MALE_PRONOUN = 2;
const FEMALE_PRONOUN = 3;
const STRAIGHT_QUOTE = 4;
const OPEN_QUOTE = 5;
const CLOSE_QUOTE = 6;
/** The bits of the class above. */
const CLASS = 7;
const DESCRIPTION_START = 8;
const COUNTRY_WORD = 16;

/** The class of each word for the sweep, by word id. */
const sweepWords = /* @__PURE__ */ new WordBits(sweepClass);

function sweepClass(text: string, lower: string): number {
  const lex = actorLexicons();
  // Bits over the class: a word a description's role opens with, a country's word before it.
  const bits = (lex.descriptionStarts.has(lower) ? DESCRIPTION_START : 0) | (demonymCountry(text) ?? GOVERNMENT_SEATS.get(text) ? COUNTRY_WORD : 0);
  return bits | wordClass(text, lower);
}

function wordClass(text: string, lower: string): number {
  if (text === '"') return STRAIGHT_QUOTE;
  if (OPEN_QUOTES.has(text)) return OPEN_QUOTE;
  if (CLOSE_QUOTES.has(text)) return CLOSE_QUOTE;
  // Only short words that open with t, h or s can be "the" or a pronoun.
  if (text.length > 7 || !opensDescriptionOrPronoun(text.charCodeAt(0))) return 0;
  if (lower === "the") return THE;
  if (MALE.has(lower)) return MALE_PRONOUN;
  return FEMALE.has(lower) ? FEMALE_PRONOUN : 0;
}

/** True when character code `c` is t, h or s in either case: the first letters of "the" and of the pronouns. */
function opensDescriptionOrPronoun(c: number): boolean {
  const lower = c | 0x20; // exactly T/t, H/h, S/s fold onto t, h, s
  return lower === 0x74 || lower === 0x68 || lower === 0x73;
}

/**
 * A person draft as the sweep reads it: its titles in lower case and the gender its titles,
 * figure or given name give, each worked out once. Every record has one shape, so the sweep's lists and
 * tests stay monomorphic (and short to compile, which each thread of a batch does for itself).
 */
interface Person {
  readonly draft: ActorDraft;
  readonly titles: readonly string[];
  readonly gender: "male" | "female" | undefined;
}

function personOf(draft: ActorDraft): Person {
  const titles = draft.titles.map((t) => t.toLowerCase());
  // A title anywhere in the text ("Mrs. Smith") beats what the lexicon knows of the figure, and
  // the figure beats the given name (a public figure's is known for sure).
  return { draft, titles, gender: titleGender(titles) ?? draft.figure?.gender ?? givenNameGender(draft.name) };
}

/** Adds description and pronoun mentions to the person drafts they point to. */
export function resolveCoreference(doc: Document, drafts: ActorDraft[]): void {
  // Each person's name mentions, by start offset, so the sweep knows when a person is named.
  const named = new Map<number, Person>();
  for (const draft of drafts) {
    if (draft.kind !== "person") continue;
    const person = personOf(draft);
    for (const m of draft.mentions) named.set(m.start, person);
  }
  // No early return without named persons: a description of an office may bring its holder in.
  // Persons of public figures found or made for a description of their office, one each.
  const holders = new Map<PublicFigure, Person>();
  // Running state: persons named recently (most recent first), those named in the current
  // sentence, and the first person named in the last sentence that named one (its subject, mostly).
  const recent: Person[] = [];
  let lastSubject: Person | undefined;
  let lastSubjectParagraph = 0;
  // Read forward with the sweep: the named tokens' indices in order, not a lookup per token.
  const namedTokens = atTokens(doc, named);
  let nextNamed = 0;
  const lower = lowerTokens(doc);
  const bits = sweepWords.of(doc.tokens);
  // The persons named in the current sentence, in order; emptied at each sentence.
  const inSentence: Person[] = [];
  // An index loop, not for-of: the iterator protocol wraps the body in a try block, which makes
  // the optimized code several times slower to compile (each thread compiles it for itself).
  for (let n = 0; n < doc.sentences.length; n++) {
    const sentence = doc.sentences[n]!;
    let inQuote = false;
    inSentence.length = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const word = bits[doc.tokens.id(i)]! & CLASS;
      if (doc.tokens.kind(i) === "punct") {
        // A straight mark opens where a word follows it after a space, and closes elsewhere: a
        // quotation that opened in an earlier sentence closes here rather than opening again.
        if (word === STRAIGHT_QUOTE) inQuote = opensQuote(doc.text, doc.tokens.start(i));
        else if (word === OPEN_QUOTE) inQuote = true;
        else if (word === CLOSE_QUOTE) inQuote = false;
        continue;
      }
      while (nextNamed < namedTokens.length && namedTokens[nextNamed]!.token < i) nextNamed++;
      if (nextNamed < namedTokens.length && namedTokens[nextNamed]!.token === i) {
        // A person named inside a quotation is spoken of, not speaking: the "he" of the frame after
        // it ("“I told Cole no,” he said") points past them.
        if (!inQuote) remember(recent, inSentence, namedTokens[nextNamed]!.value);
        continue;
      }
      // Only "the" and the pronouns matter here: the rest are passed by their word's bits.
      if (word === 0) continue;
      const tokenStart = doc.tokens.start(i);
      if (word === THE) {
        const found = matchDescription(doc, lower, bits, i, sentence.endToken);
        if (!found) continue;
        // A title the text gave beats an office known from the lexicon; then the latest named.
        // "the Russian foreign minister" with no one of that office named: the one figure the lexicon knows in it.
        const target =
          describedPerson(recent, found.role, found.country, false) ??
          describedPerson(recent, found.role, found.country, true) ??
          (found.country ? officeHolder(drafts, holders, found.role, found.country) : undefined);
        if (target) {
          const start = tokenStart;
          const end = doc.tokens.end(found.end - 1);
          target.draft.mentions.push({ start, end, text: doc.text.slice(start, end), form: "description" });
          remember(recent, inSentence, target);
        }
        i = found.end - 1;
        continue;
      }
      if (inQuote) continue;
      const male = word === MALE_PRONOUN;
      // Within a sentence a pronoun points to the person named last; at the start of one, to the
      // subject of the sentence before.
      const gender = male ? "male" : "female";
      // A person known to be of that gender comes before one whose gender the text does not tell.
      const target =
        lastFitting(inSentence, gender, true) ??
        lastFitting(inSentence, gender) ??
        (lastSubject && sentence.paragraph - lastSubjectParagraph <= PRONOUN_REACH && genderFits(lastSubject, gender) ? lastSubject : undefined) ??
        firstFitting(recent, gender);
      if (target) {
        const text = doc.tokens.text(i);
        target.draft.mentions.push({ start: tokenStart, end: tokenStart + text.length, text, form: "pronoun" });
        if (!inSentence.includes(target)) inSentence.push(target);
      }
    }
    const subject = inSentence[0];
    if (subject) {
      lastSubject = subject;
      lastSubjectParagraph = sentence.paragraph;
    }
  }
}

let soleHolders: Map<string, PublicFigure | null> | undefined;

/** The one public figure the lexicon gives office `role` in `country`; undefined when none or several hold it. */
function soleHolder(role: string, country: string): PublicFigure | undefined {
  if (!soleHolders) {
    soleHolders = new Map();
    for (const figure of PUBLIC_FIGURES) {
      if (!figure.role) continue;
      const key = `${figure.country}|${figure.role}`;
      soleHolders.set(key, soleHolders.has(key) ? null : figure);
    }
  }
  return soleHolders.get(`${country}|${role}`) ?? undefined;
}

/**
 * The person of the public figure who alone holds office `role` in `country`: the article's own
 * draft of that figure if it names them anywhere, else a new draft added to `drafts`. Each
 * figure is looked up once per article (`holders`).
 */
function officeHolder(drafts: ActorDraft[], holders: Map<PublicFigure, Person>, role: string, country: string): Person | undefined {
  const figure = soleHolder(role, country);
  if (!figure) return undefined;
  let person = holders.get(figure);
  if (!person) {
    let draft = drafts.find((d) => d.figure === figure);
    if (!draft) {
      draft = newDraft(`person:${nameKey(figure.name)}`, "person", figure.name, figure.country, figure);
      drafts.push(draft);
    }
    person = personOf(draft);
    holders.set(figure, person);
  }
  return person;
}

/** True when the straight quotation mark at `at` opens a quotation: after a space or the start, before a non-space. */
function opensQuote(text: string, at: number): boolean {
  // No read past the end: V8 would throw away the compiled caller for it ("out of bounds").
  if (at + 1 >= text.length) return false;
  const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
  return isQuoteSpace(before) && !isQuoteSpace(text.charCodeAt(at + 1));
}

/** White space or an opening bracket: what may stand before an opening straight mark. */
function isQuoteSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x28;
}

/** Notes that `person` was just mentioned: first among the recent ones, and named in this sentence. */
function remember(recent: Person[], inSentence: Person[], person: Person): void {
  moveToFront(recent, person, RECENT);
  if (!inSentence.includes(person)) inSentence.push(person);
}

/** Puts `person` first in `list`, the others after it in their order, at most `limit` of them: in place. */
function moveToFront(list: Person[], person: Person, limit: number): void {
  let k = list.indexOf(person);
  if (k < 0) {
    if (list.length < limit) list.push(person);
    k = list.length - 1;
  }
  for (let j = k; j > 0; j--) list[j] = list[j - 1]!;
  list[0] = person;
}

/** The last person in `list` a pronoun of `gender` can point to; with `known`, only one known to be of that gender. */
function lastFitting(list: readonly Person[], gender: "male" | "female", known = false): Person | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (known ? list[k]!.gender === gender : genderFits(list[k]!, gender)) return list[k];
  return undefined;
}

/** The first person in `list` a pronoun of `gender` can point to. */
function firstFitting(list: readonly Person[], gender: "male" | "female"): Person | undefined {
  for (const person of list) if (genderFits(person, gender)) return person;
  return undefined;
}

/** The first of the `recent` persons a description of `role` (and `country`) can point to; see {@link fits}. */
function describedPerson(recent: readonly Person[], role: string, country: string | undefined, known: boolean): Person | undefined {
  for (const person of recent) if (fits(person, role, country, known)) return person;
  return undefined;
}

/**
 * A description at token `i` ("the"): its role, the country it names, and its end token; `lower`
 * is the document's lower-cased words, `bits` the sweep's bits by word id.
 */
function matchDescription(doc: Document, lower: readonly string[], bits: Uint16Array, i: number, limit: number): { role: string; country: string | undefined; end: number } | undefined {
  const lex = actorLexicons();
  let j = i + 1;
  let country: string | undefined;
  const tokens = doc.tokens;
  if (j < tokens.length && tokens.isWord(j) && (bits[tokens.id(j)]! & COUNTRY_WORD) !== 0) {
    const modifier = tokens.text(j);
    const iso = demonymCountry(modifier) ?? GOVERNMENT_SEATS.get(modifier);
    if (iso) {
      country = iso;
      j++;
    }
  }
  if (j >= tokens.length || (bits[tokens.id(j)]! & DESCRIPTION_START) === 0) return undefined;
  // Only the roles that open with the word at `j`, longest first as in the lexicon.
  for (const role of rolesByStart(lex.descriptionRoles).get(lower[j]!) ?? []) {
    const words = role.words;
    if (j + words.length > limit) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = lower[j + k] === words[k];
    if (!ok) continue;
    const after = j + words.length < tokens.length ? tokens.text(j + words.length) : undefined;
    // "the president of the club" names its own office; only a bare role points back.
    if (after === "of" || after === "-") return undefined;
    return { role: role.text, country, end: j + words.length };
  }
  return undefined;
}

/** A description's role as words and as the text they make. */
interface Role {
  readonly words: readonly string[];
  readonly text: string;
}

let roleStarts: Map<string, Role[]> | undefined;

/** The description roles (`roles`, longest first) by their first word, in the same order; made once. */
function rolesByStart(roles: readonly (readonly string[])[]): ReadonlyMap<string, readonly Role[]> {
  if (!roleStarts) {
    roleStarts = new Map();
    for (const words of roles) {
      const list = roleStarts.get(words[0]!);
      const role = { words, text: words.join(" ") };
      if (list) list.push(role);
      else roleStarts.set(words[0]!, [role]);
    }
  }
  return roleStarts;
}

/**
 * True when `person` can be the one a description of `role` (and `country`) points to, by the
 * titles the text gave it, or also by the office the lexicon knows when `known` is set.
 */
function fits(person: Person, role: string, country: string | undefined, known: boolean): boolean {
  if (country && person.draft.country !== country) return false;
  const office = known ? person.draft.figure?.role : undefined;
  return (office ? holds(office, role) : false) || person.titles.some((title) => holds(title, role));
}

/** True when `title` (lower case) or an office answers a description of `role`. */
function holds(title: string, role: string): boolean {
  if (title === role) return true;
  if (role === "leader") return actorLexicons().leaderTitles.has(title);
  return role === "minister" && title.endsWith("minister");
}

/** True when a pronoun of `gender` can point to `person`: its gender is that one, or unknown. */
function genderFits(person: Person, gender: "male" | "female"): boolean {
  return person.gender === undefined || person.gender === gender;
}

/** The gender titles in lower case give ("mrs", "king"), if any. */
export function titleGender(titles: readonly string[]): "male" | "female" | undefined {
  for (const t of titles) {
    if (t === "mr" || t === "sir" || t === "lord" || t === "king" || t === "prince") return "male";
    if (t === "mrs" || t === "ms" || t === "miss" || t === "madam" || t === "madame" || t === "dame" || t === "lady" || t === "queen" || t === "princess") return "female";
  }
  return undefined;
}
