/**
 * "Seven people were shot, six fatally", "three hurt, one fatally": a count of people shot or
 * hurt followed by how many of them died. The share is a toll of its own; the count before it
 * then keeps only the survivors (see {@link shotSurvivors}, which takes a sentence's dead off
 * its people shot; a count of people hurt with a fatal share is read as one of people hit).
 *
 * @module
 */
import { readCount } from "../numbers/read-count.js";
import type { FoundCasualty } from "./find-in-sentence.js";

/** What may stand between the shot count and the comma before the share ("shot Sunday night,"). Bounded. */
const TO_COMMA = /^[^.;!?,\n]{0,40},[ \t]*/u;
/** After the share's number: "fatally", "of them fatally", "mortally". */
const FATALLY = /^[ \t]+(?:of (?:them|whom)[ \t]+)?(?:fatally|mortally)\b/iu;

/**
 * Adds, after each count of people shot or hurt, the toll its following "N fatally" gives; a
 * count of people hurt that has one is marked as people hit, the dead among them.
 *
 * @param found - Casualties in text order.
 * @param text - The article text the spans point into.
 * @returns The casualties with the fatal shares added after their counts.
 */
export function withFatalShares(found: readonly FoundCasualty[], text: string): FoundCasualty[] {
  const out: FoundCasualty[] = [];
  // "two of them fatally" may be read by the sentence reader already: one toll, not two.
  let readTolls: Set<number> | undefined;
  for (const f of found) {
    if ((!f.shot && f.kind !== "injured") || f.vague) {
      out.push(f);
      continue;
    }
    const share = fatalShare(f, text);
    // "Four were wounded, one fatally": the wounded count the dead, as people shot do.
    out.push(share && !f.shot ? { ...f, shot: true } : f);
    if (!share) continue;
    readTolls ??= new Set(found.filter((g) => g.kind === "killed").map((g) => g.countStart));
    if (!readTolls.has(share.countStart)) out.push(share);
  }
  return out;
}

function fatalShare(f: FoundCasualty, text: string): FoundCasualty | undefined {
  const gap = TO_COMMA.exec(text.slice(f.span.end, f.span.end + 48));
  if (!gap) return undefined;
  const at = f.span.end + gap[0].length;
  const reading = readCount(text, at);
  if (!reading || reading.vague) return undefined;
  // A share larger than the people shot is not theirs.
  if (reading.count.min > (f.count.max ?? f.count.min)) return undefined;
  const tail = FATALLY.exec(text.slice(reading.end, reading.end + 24));
  if (!tail) return undefined;
  return {
    kind: "killed",
    count: reading.count,
    span: { start: at, end: reading.end + tail[0].length },
    victims: undefined,
    vague: false,
    countStart: reading.numberStart,
    shot: false,
    known: false,
    apart: false,
    killer: false,
  };
}
