/**
 * "A militia commander was arrested ... Troops also held two of his men": people taken after
 * others, said to be more ("also", "additional", "other"), add to those taken before them. The
 * whole is a toll of its own (3), added after the last part, as a press release's reader counts
 * everyone detained in the operation.
 *
 * @module
 */
import type { Count } from "../model.js";
import type { FoundCasualty } from "./find-in-sentence.js";

/** Words in a count's phrase that make its people more than those counted before ("two additional suspects", "one other"). */
const MORE = /\b(?:additional|other|others|further)\b|\bmore\b(?! than)/iu;
/** A list inside the evidence: the count names everyone again ("the commander, his driver and two additional men"). */
const LIST = /,| and /u;
/** "also" before the cue in its sentence: "The force also detained two", "two were also detained". */
const ALSO = /\balso\b/iu;

/**
 * Adds after each count of people captured that says it is more than those before a toll of
 * them all: the largest count captured so far (repeats are the same people) plus the added ones.
 * A whole is vague when the count it starts from is.
 *
 * @param found - Casualties in text order.
 * @param text - The article text the spans point into.
 * @param sentenceStart - Where the sentence of a casualty starts.
 * @returns The casualties with the running wholes added.
 */
export function withAddedCaptives(found: FoundCasualty[], text: string, sentenceStart: (f: FoundCasualty) => number): FoundCasualty[] {
  let base: FoundCasualty | undefined;
  let whole: Count | undefined;
  const out: FoundCasualty[] = [];
  for (const f of found) {
    out.push(f);
    if (f.kind !== "captured") continue;
    if (!base || !whole || !isAdded(f, text, sentenceStart(f))) {
      // A repeat or a new count: the larger count stands for those taken so far.
      if (!whole || f.count.min > whole.min) {
        whole = f.count;
        base = f;
      }
      continue;
    }
    whole = added(whole, f.count);
    out.push({ ...f, count: whole, span: { start: base.span.start, end: f.span.end }, victims: undefined, vague: base.vague, countStart: base.countStart });
  }
  return out;
}

/** The count of `a` and `b` together: bounded when both are, approximate when either is. */
function added(a: Count, b: Count): Count {
  const min = a.min + b.min;
  const approximate = a.approximate === true || b.approximate === true ? { approximate: true } : {};
  return a.max !== undefined && b.max !== undefined ? { min, max: a.max + b.max, ...approximate } : { min, ...approximate };
}

/**
 * True when the people of `f` are said to be more than those counted before: "also", or
 * "additional"/"other" in its evidence; not a vague count, nor a list.
 */
function isAdded(f: FoundCasualty, text: string, sentenceStart: number): boolean {
  // "several others" after a summary is most often its people told again; a list names them all again.
  if (f.vague || LIST.test(text.slice(f.countStart, f.span.end))) return false;
  return MORE.test(text.slice(f.countStart, f.span.end)) || ALSO.test(text.slice(sentenceStart, f.span.end));
}
