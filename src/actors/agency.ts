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

/** Words that make the name after them (with an optional "the") a medium or a listener. */
const MEDIUM_CUES = new Set(["told", "tell", "telling", "on", "via"]);
/** Verbs that, before "by", make the name after them the checker of someone else's material ("verified by the BBC"). */
const CHECKED_BY = new Set(["verified", "unverified", "seen", "obtained", "analysed", "analyzed", "reviewed", "geolocated", "confirmed"]);
const POSSESSIVE_NAME = /^\p{Lu}\p{L}{1,30}['\u2019]s$/u;

/** Verbs of speaking that, before "to", make the name after them a listener ("admitted to the BBC"). */
const SAID_TO = new Set(["said", "says", "spoke", "speaking", "talking", "talked", "admitted", "confirmed", "explained", "described", "revealed", "insisted", "wrote", "complained"]);
/** Verbs that, right after a body's name, make it the checker of someone else's material ("the BBC has verified"). */
const CHECKS = new Set(["verified", "analysed", "analyzed", "geolocated", "reviewed", "obtained"]);
/** Nouns that, right after a body's name, make it the publisher of the report ("BBC correspondent"). */
const PUBLISHER_ROLES = new Set(["correspondent", "reporter", "editor", "journalist", "presenter", "partner", "producer", "team"]);

/** Heads of the press, whose bodies can be a medium ("on the Kyiv Post"). */
const MEDIA_HEADS = new Set(["news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "press", "television", "radio", "network", "broadcasting", "channel", "studios"]);

/** True for a name with an organization head that is not the press's ("Stock Exchange", "Board of Trade"). */
function nonMediaHead(name: string): boolean {
  const heads = actorLexicons().organizationHeads;
  const keys = name.split(" ").map((w) => nameKey(w));
  return keys.some((k) => heads.has(k)) && !keys.some((k) => MEDIA_HEADS.has(k));
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
  if (k >= 0 && doc.tokens.text(k).toLowerCase() === "the") k--;
  // "told Ukraine's TSN news programme": a country or a city may own the medium.
  else if (k >= 1 && POSSESSIVE_NAME.test(doc.tokens.text(k))) k--;
  const before = k >= 0 ? doc.tokens.text(k).toLowerCase() : "";
  // "on the Tokyo Stock Exchange": a body with a head other than the press's is where, not through what.
  if (before === "on" && nonMediaHead(m.text)) return NOT;
  if (MEDIUM_CUES.has(before)) return STRONG;
  if (before === "by" && k >= 1 && CHECKED_BY.has(doc.tokens.text(k - 1).toLowerCase())) return STRONG;
  // "admitted to the BBC", "in an interview with the BBC": the listener of someone's words.
  if (before === "to" && k >= 1 && SAID_TO.has(doc.tokens.text(k - 1).toLowerCase())) return STRONG;
  if (before === "with" && k >= 1 && doc.tokens.text(k - 1).toLowerCase() === "interview") return STRONG;
  // "BBC diplomatic correspondent", "the BBC's US partner": the name of whoever reports.
  for (let j = index + 1; j < doc.tokens.length && j <= index + 3; j++) {
    const word = doc.tokens.text(j).toLowerCase();
    if (PUBLISHER_ROLES.has(word)) return STRONG;
    if (!doc.tokens.isWord(j)) break;
  }
  const end = m.start + m.text.length;
  let j = index + 1;
  while (j < doc.tokens.length && doc.tokens.start(j) < end) j++;
  const next = j < doc.tokens.length ? doc.tokens.text(j).toLowerCase() : "";
  const verb = next === "has" || next === "have" || next === "had" ? (j + 1 < doc.tokens.length ? doc.tokens.text(j + 1).toLowerCase() : "") : next;
  return CHECKS.has(verb) ? CHECKER : NOT;
}
