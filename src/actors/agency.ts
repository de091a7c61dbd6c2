/**
 * Agency: an actor does or says something. A body named only as the medium of someone else's
 * words ("told the BBC", "wrote on Telegram", "via Reuters"), as the checker of material
 * ("verified by the BBC") or as the publisher of the report ("BBC correspondent") does neither,
 * and is left out.
 *
 * @module
 */
import { tokenStartingAt, type Document } from "../text/document.js";
import type { ActorDraft } from "./identities.js";
import { actorLexicons, nameKey } from "./lexicons.js";
import { CHECK_VERBS, CHECKED_BY_VERBS, MEDIA_HEADS, MEDIUM_CUES, PUBLISHER_ROLES, SAID_TO_VERBS } from "../lexicon/actors-media.js";

const MEDIUM_CUE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(MEDIUM_CUES);
const CHECKED_BY: ReadonlySet<string> = /* @__PURE__ */ new Set(CHECKED_BY_VERBS);
const POSSESSIVE_NAME = /^\p{Lu}\p{L}{1,30}['\u2019]s$/u;
const SAID_TO: ReadonlySet<string> = /* @__PURE__ */ new Set(SAID_TO_VERBS);
const CHECKS: ReadonlySet<string> = /* @__PURE__ */ new Set(CHECK_VERBS);
const PUBLISHER_ROLE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(PUBLISHER_ROLES);
const MEDIA_HEAD_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(MEDIA_HEADS);

/** True for a name with an organization head that is not the press's ("Stock Exchange", "Board of Trade"). */
function nonMediaHead(name: string): boolean {
  const heads = actorLexicons().organizationHeads;
  const keys = name.split(" ").map((w) => nameKey(w));
  return keys.some((k) => heads.has(k)) && !keys.some((k) => MEDIA_HEAD_WORDS.has(k));
}

/** True when `draft` is an organization named only as a medium, a checker or a publisher of the report. */
export function onlyMedium(doc: Document, draft: ActorDraft): boolean {
  if (draft.kind !== "organization") return false;
  const names = draft.mentions.filter((m) => m.form === "name" || m.form === "alias");
  if (names.length === 0) return false;
  // A body that checks material ("The BBC has verified footage") is the report's own checker
  // only where the text also names it as a medium: a ministry may verify too.
  let strong = false;
  const all = names.every((m) => {
    const reading = mediumReading(doc, m);
    if (reading === STRONG) strong = true;
    return reading !== NOT;
  });
  return all && strong;
}

const NOT = 0;
const STRONG = 1;
const CHECKER = 2;

/** How a name's mention reads: a medium by what comes before or after it (STRONG), a checker of material (CHECKER), or neither (NOT). */
function mediumReading(doc: Document, m: { readonly start: number; readonly text: string }): number {
  const index = tokenStartingAt(doc, m.start);
  if (index === undefined) return NOT;
  let k = index - 1;
  if (k >= 0 && doc.tokens.lower(k) === "the") k--;
  // "told Ukraine's TSN news programme": a country or a city may own the medium.
  else if (k >= 1 && POSSESSIVE_NAME.test(doc.tokens.text(k))) k--;
  const before = k >= 0 ? doc.tokens.lower(k) : "";
  // "on the Tokyo Stock Exchange": a body with a head other than the press's is where, not through what.
  if (before === "on" && nonMediaHead(m.text)) return NOT;
  if (MEDIUM_CUE_WORDS.has(before)) return STRONG;
  if (before === "by" && k >= 1 && CHECKED_BY.has(doc.tokens.lower(k - 1))) return STRONG;
  // "admitted to the BBC", "in an interview with the BBC": the listener of someone's words.
  if (before === "to" && k >= 1 && SAID_TO.has(doc.tokens.lower(k - 1))) return STRONG;
  if (before === "with" && k >= 1 && doc.tokens.lower(k - 1) === "interview") return STRONG;
  // "BBC diplomatic correspondent", "the BBC's US partner": the name of whoever reports.
  for (let j = index + 1; j < doc.tokens.length && j <= index + 3; j++) {
    const word = doc.tokens.lower(j);
    if (PUBLISHER_ROLE_WORDS.has(word)) return STRONG;
    if (!doc.tokens.isWord(j)) break;
  }
  const end = m.start + m.text.length;
  let j = index + 1;
  while (j < doc.tokens.length && doc.tokens.start(j) < end) j++;
  const next = j < doc.tokens.length ? doc.tokens.lower(j) : "";
  const verb = next === "has" || next === "have" || next === "had" ? (j + 1 < doc.tokens.length ? doc.tokens.lower(j + 1) : "") : next;
  return CHECKS.has(verb) ? CHECKER : NOT;
}
