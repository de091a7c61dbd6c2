/**
 * Dates near a frame: which tokens lie inside a temporal expression ("said on Thursday",
 * "Thursday's announcement"), so the frame readers pass over them as adjuncts rather than take
 * them for speakers or content.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import type { Document } from "../text/document.js";
import { firstEndingAfter } from "../text/search.js";
import { firstTokenFrom } from "../text/tokens.js";

/** No token flagged: the default where no date cover is given. */
export const NO_FLAGS = /* @__PURE__ */ new Uint8Array(0);

/** Tokens up to which {@link dateCover} reuses one buffer: an article's, not a long text's, which gets its own. */
const MAX_SHARED_COVER = 1 << 16;
/** The buffer {@link dateCover} reuses, zero past {@link coverEnd}; read only while one article's frames are read. */
let sharedCover = /* @__PURE__ */ new Uint8Array(0);
/** Just past the last flag set in {@link sharedCover}. */
let coverEnd = 0;

/**
 * A per-token flag: the token lies inside a temporal expression. Read as a truth value only: past
 * the tokens it holds 0 or nothing. Most articles reuse one buffer, cleared where it was set, not
 * a new one zeroed per article.
 */
export function dateCover(doc: Document, dates: readonly TemporalExpression[]): Uint8Array {
  // A byte per token, not an array of booleans: a long text has millions of tokens.
  const { tokens } = doc;
  let flags: Uint8Array;
  if (tokens.length > MAX_SHARED_COVER) flags = new Uint8Array(tokens.length);
  else {
    if (sharedCover.length < tokens.length) sharedCover = new Uint8Array(Math.min(MAX_SHARED_COVER, Math.max(tokens.length, sharedCover.length * 2)));
    else sharedCover.fill(0, 0, coverEnd);
    coverEnd = 0;
    flags = sharedCover;
  }
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start(i);
    while (d < dates.length && dates[d]!.end <= start) d++;
    // Past the last date no later token is covered.
    if (d === dates.length) break;
    const date = dates[d]!;
    // Before the date no token is covered: on to the first token at its start.
    if (start < date.start) {
      i = firstTokenFrom(tokens, date.start) - 1;
      continue;
    }
    if (tokens.end(i) <= date.end) {
      flags[i] = 1;
      if (flags === sharedCover) coverEnd = i + 1;
    }
  }
  return flags;
}

/** True when a date starts at `offset` ("Thursday" of "Thursday's"); `dates` in text order, searched by halves. */
export function startsDate(dates: readonly TemporalExpression[], offset: number): boolean {
  const date = dates[firstEndingAfter(dates, offset)];
  return date !== undefined && date.start <= offset && offset < date.end;
}
