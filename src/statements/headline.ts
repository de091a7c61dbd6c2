/**
 * Headline attributions: a headline that ends on its source after a dash ("More than 60,000
 * flee city - UN") reports what the source said. Found with index searches on the one title
 * line, no regular expression.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document } from "../text/document.js";
import { trimSpan } from "./spans.js";

/** A headline's claim and the source named after its dash. */
export interface HeadlineAttribution {
  /** The claim: the headline before the dash, without a "Breaking:" label. */
  readonly content: Span;
  /** The source after the dash ("UN", "Kyiv officials"). */
  readonly source: Span;
}

const DASHES = [" - ", " – ", " — "];
/** Most words a source after the dash may have; a longer tail is a second clause, not a source. */
const MAX_SOURCE_WORDS = 4;

/** The attribution at the end of the headline, if it has one. */
export function findHeadlineAttribution(doc: Document): HeadlineAttribution | undefined {
  const title = doc.title;
  if (!title) return undefined;
  const line = doc.text.slice(title.start, title.end);
  let dash = -1;
  let width = 0;
  for (const d of DASHES) {
    const at = line.lastIndexOf(d);
    if (at > dash) {
      dash = at;
      width = d.length;
    }
  }
  if (dash < 0) return undefined;
  const tail = line.slice(dash + width).trim();
  const words = tail.split(/\s+/u);
  if (words.length === 0 || words.length > MAX_SOURCE_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  // "Breaking: …", "Update: …": a label before the headline proper.
  const colon = line.indexOf(": ");
  const from = colon > 0 && colon < 20 && !line.slice(0, colon).includes(" ") ? colon + 2 : 0;
  const content = trimSpan(doc.text, title.start + from, title.start + dash);
  const sourceStart = title.start + line.indexOf(tail, dash);
  if (!content) return undefined;
  return { content, source: { start: sourceStart, end: sourceStart + tail.length } };
}
