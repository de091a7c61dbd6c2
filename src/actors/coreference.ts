/**
 * Coreference of descriptions ("the president", "the U.S. president", "the Russian leader") and
 * pronouns ("he", "his", "she") to persons already named. One sweep in text order with a short
 * list of recently mentioned persons, so the cost stays linear in the text.
 *
 * @module
 */
import { lowerTokens, type Document } from "../text/document.js";
import type { ActorDraft } from "./identities.js";
import { actorLexicons } from "./lexicons.js";
import { demonymCountry } from "./demonym.js";
import { startCursor } from "./start-cursor.js";
import { GOVERNMENT_SEATS } from "../lexicon/actors-organizations.js";

/** How many recently mentioned persons a description or pronoun may point back to. */
const RECENT = 8;
/** How many paragraphs back a pronoun may reach for its person. */
const PRONOUN_REACH = 2;

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const OPEN_QUOTES = new Set(["“", "«"]);
const CLOSE_QUOTES = new Set(["”", "»"]);
/** True when character code `c` is t, h or s in either case: the first letters of "the" and of the pronouns. */
function opensDescriptionOrPronoun(c: number): boolean {
  const lower = c | 0x20; // exactly T/t, H/h, S/s fold onto t, h, s
  return lower === 0x74 || lower === 0x68 || lower === 0x73;
}

/** Adds description and pronoun mentions to the person drafts they point to. */
export function resolveCoreference(doc: Document, drafts: readonly ActorDraft[]): void {
  const persons = drafts.filter((d) => d.kind === "person");
  if (persons.length === 0) return;
  // Each person's name mentions, by start offset, so the sweep knows when a person is named.
  const named = new Map<number, ActorDraft>();
  for (const person of persons) for (const m of person.mentions) named.set(m.start, person);
  // Running state: persons named recently (most recent first), those named in the current
  // sentence, and the first person named in the last sentence that named one (its subject, mostly).
  const recent: ActorDraft[] = [];
  let lastSubject: { draft: ActorDraft; paragraph: number } | undefined;
  // Read forward with the sweep: a pointer into the sorted starts, not a hash lookup per token.
  const namedAt = startCursor(named);
  const lower = lowerTokens(doc);
  // The persons named in the current sentence, in order; emptied at each sentence.
  const inSentence: ActorDraft[] = [];
  const remember = (draft: ActorDraft): void => {
    moveToFront(recent, draft, RECENT);
    if (!inSentence.includes(draft)) inSentence.push(draft);
  };
  // The titles of each person in lower case, made once, as descriptions ask of every recent person.
  const heldTitles = new Map<ActorDraft, readonly string[]>();
  const held = (draft: ActorDraft): readonly string[] => {
    let titles = heldTitles.get(draft);
    if (!titles) heldTitles.set(draft, (titles = draft.titles.map((t) => t.toLowerCase())));
    return titles;
  };
  for (const sentence of doc.sentences) {
    let inQuote = false;
    inSentence.length = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.kind === "punct") {
        // A straight mark opens where a word follows it after a space, and closes elsewhere: a
        // quotation that opened in an earlier sentence closes here rather than opening again.
        if (token.text === '"') inQuote = opensQuote(doc.text, token.start);
        else if (OPEN_QUOTES.has(token.text)) inQuote = true;
        else if (CLOSE_QUOTES.has(token.text)) inQuote = false;
        continue;
      }
      const person = namedAt(token.start);
      if (person) {
        // A person named inside a quotation is spoken of, not speaking: the "he" of the frame after
        // it ("“I told Cole no,” he said") points past them.
        if (!inQuote) remember(person);
        continue;
      }
      // Only short words that open with t, h or s can be "the" or a pronoun; skip the rest without allocating.
      if (token.text.length > 7 || !opensDescriptionOrPronoun(token.text.charCodeAt(0))) continue;
      const word = lower[i]!;
      if (word === "the") {
        const found = matchDescription(doc, lower, i, sentence.endToken);
        if (!found) continue;
        // A title the text gave beats an office known from the lexicon; then the latest named.
        const target = recent.find((r) => fits(r, held(r), found.role, found.country, false)) ?? recent.find((r) => fits(r, held(r), found.role, found.country, true));
        if (target) {
          const start = token.start;
          const end = doc.tokens[found.end - 1]!.end;
          target.mentions.push({ start, end, text: doc.text.slice(start, end), form: "description" });
          remember(target);
        }
        i = found.end - 1;
        continue;
      }
      if (inQuote) continue;
      const male = MALE.has(word);
      if (!male && !FEMALE.has(word)) continue;
      // Within a sentence a pronoun points to the person named last; at the start of one, to the
      // subject of the sentence before.
      const fitsPronoun = (d: ActorDraft): boolean => genderFits(d, held(d), male);
      const here = findLast(inSentence, fitsPronoun);
      const before = lastSubject && sentence.paragraph - lastSubject.paragraph <= PRONOUN_REACH && fitsPronoun(lastSubject.draft) ? lastSubject.draft : undefined;
      const target = here ?? before ?? recent.find(fitsPronoun);
      if (target) {
        target.mentions.push({ start: token.start, end: token.end, text: token.text, form: "pronoun" });
        if (!inSentence.includes(target)) inSentence.push(target);
      }
    }
    const subject = inSentence[0];
    if (subject) lastSubject = { draft: subject, paragraph: sentence.paragraph };
  }
}

/** True when the straight quotation mark at `at` opens a quotation: after a space or the start, before a non-space. */
function opensQuote(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
  const after = text.charCodeAt(at + 1);
  const space = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x28;
  return space(before) && !Number.isNaN(after) && !space(after);
}

/** Puts `draft` first in `list`, the others after it in their order, at most `limit` of them: in place. */
function moveToFront(list: ActorDraft[], draft: ActorDraft, limit: number): void {
  let k = list.indexOf(draft);
  if (k < 0) {
    if (list.length < limit) list.push(draft);
    k = list.length - 1;
  }
  for (let j = k; j > 0; j--) list[j] = list[j - 1]!;
  list[0] = draft;
}

function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return list[k];
  return undefined;
}

/** A description at token `i` ("the"): its role, the country it names, and its end token; `lower` is the document's lower-cased words. */
function matchDescription(doc: Document, lower: readonly string[], i: number, limit: number): { role: string; country?: string; end: number } | undefined {
  const lex = actorLexicons();
  let j = i + 1;
  let country: string | undefined;
  const modifier = doc.tokens[j];
  if (modifier && modifier.kind === "word") {
    const iso = demonymCountry(modifier.text) ?? GOVERNMENT_SEATS.get(modifier.text);
    if (iso) {
      country = iso;
      j++;
    }
  }
  const head = doc.tokens[j];
  if (!head || !lex.descriptionStarts.has(lower[j]!)) return undefined;
  for (const role of lex.descriptionRoles) {
    if (j + role.length > limit) continue;
    let ok = true;
    for (let k = 0; k < role.length && ok; k++) ok = lower[j + k] === role[k];
    if (!ok) continue;
    const after = doc.tokens[j + role.length];
    // "the president of the club" names its own office; only a bare role points back.
    if (after && (after.text === "of" || after.text === "-")) return undefined;
    return { role: role.join(" "), ...(country ? { country } : {}), end: j + role.length };
  }
  return undefined;
}

/**
 * True when `draft` can be the person a description of `role` (and `country`) points to, by the
 * titles the text gave it (`titles`, in lower case), or also by the office the lexicon knows when
 * `known` is set.
 */
function fits(draft: ActorDraft, titles: readonly string[], role: string, country: string | undefined, known: boolean): boolean {
  if (country && draft.country !== country) return false;
  const office = known ? draft.figure?.role : undefined;
  return (office ? holds(office, role) : false) || titles.some((title) => holds(title, role));
}

/** True when a title or office (lower case) answers a description of `role`. */
function holds(title: string, role: string): boolean {
  if (title === role) return true;
  if (role === "leader") return actorLexicons().leaderTitles.has(title);
  return role === "minister" && title.endsWith("minister");
}

/** True when `draft`, whose titles in lower case are `titles`, can be a pronoun's of that gender. */
function genderFits(draft: ActorDraft, titles: readonly string[], male: boolean): boolean {
  const gender = draft.figure?.gender ?? titleGender(titles);
  if (!gender) return true;
  return male ? gender === "male" : gender === "female";
}

/** The gender titles in lower case give ("mrs", "king"), if any. */
function titleGender(titles: readonly string[]): "male" | "female" | undefined {
  for (const t of titles) {
    if (t === "mr" || t === "sir" || t === "lord" || t === "king" || t === "prince") return "male";
    if (t === "mrs" || t === "ms" || t === "miss" || t === "dame" || t === "lady" || t === "queen" || t === "princess") return "female";
  }
  return undefined;
}
