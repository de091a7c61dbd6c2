/**
 * The words around a body's name that make it the press's part in a report rather than an
 * actor's ("told the BBC", "verified by Reuters", "BBC correspondent"), and the verbs of speaking
 * that tell a person's name ("Jane Roe said"). General English.
 *
 * @module
 */

/** Words that make the name after them (with an optional "the") a medium or a listener: "told the BBC", "via Reuters". Lower case. */
export const MEDIUM_CUES: readonly string[] = ["told", "tell", "telling", "on", "via"];

/** Verbs that, before "by", make the name after them the checker of someone else's material ("verified by the BBC"). Lower case. */
export const CHECKED_BY_VERBS: readonly string[] = ["verified", "unverified", "seen", "obtained", "analysed", "analyzed", "reviewed", "geolocated", "confirmed"];

/** Verbs of speaking that, before "to", make the name after them a listener ("admitted to the BBC"). Lower case. */
export const SAID_TO_VERBS: readonly string[] = [
  "said", "says", "spoke", "speaking", "talking", "talked", "admitted", "confirmed", "explained", "described", "revealed", "insisted",
  "wrote", "complained",
];

/** Verbs that, right after a body's name, make it the checker of someone else's material ("the BBC has verified"). Lower case. */
export const CHECK_VERBS: readonly string[] = ["verified", "analysed", "analyzed", "geolocated", "reviewed", "obtained"];

/** Nouns that, right after a body's name, make it the publisher of the report ("BBC correspondent"). Lower case. */
export const PUBLISHER_ROLES: readonly string[] = ["correspondent", "reporter", "editor", "journalist", "presenter", "partner", "producer", "team"];

/** Heads of the press's names, whose bodies can be a medium ("on the Kyiv Post"). Lower case. */
export const MEDIA_HEADS: readonly string[] = [
  "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "press", "television", "radio", "network",
  "broadcasting", "channel", "studios",
];

/** Nouns after "news" that make the name before them a broadcaster's ("TSN Tyzhden news programme"). Lower case. */
export const NEWS_PROGRAMMES: readonly string[] = ["programme", "program", "show", "bulletin"];

/** Verbs of speaking that, right after a name of two words or more, make it a person's ("Ana Ruiz said"). Lower case. */
export const SPEECH_VERBS: readonly string[] = ["said", "says", "told", "added", "asked", "replied", "insisted", "warned", "explained", "admitted"];
