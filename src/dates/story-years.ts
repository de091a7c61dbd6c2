/**
 * A story's years of three digits and their decades ("the 650s"), read while the story is told,
 * so that its steps count from them ("In 634 … two years later" is 636): the grammar leaves a
 * number of three digits to counts ("410 men"), and story-eras.ts adds the ones it finds only
 * after the scan. Documents without a publication date only ({@link findDates}): `resolveDate`
 * bundles none of this.
 *
 * @module
 */
import { BC_WORDS } from "../lexicon/dates.js";
import type { Phrase } from "./scan.js";
import { kindAt, textAt, touchesPrevious, word, type TokenView } from "./token-view.js";

/** Words a year follows: "in 634", "by 740", "from 674", "between 639", "around 449". */
const BEFORE_YEAR: ReadonlySet<string> = new Set(["in", "by", "since", "until", "after", "before", "from", "between", "around"]);

/** Words that join two years: "from 674 to 678", "637 or 638", "717–718". */
const JOINS: ReadonlySet<string> = new Set(["to", "and", "or", "until", "-", "–"]);

/** Words after a year that no count of things takes: "in 410 by", "in 740 when", "in 961 and". */
const AFTER_YEAR: ReadonlySet<string> = new Set([",", ".", ";", ")", ":", "the", "by", "when", "and"]);

/** A year of three digits: "410", not "041" or "4100". */
const THREE_DIGITS = /^[1-9]\d\d$/u;

/**
 * The phrases of a sentence with its three-digit years added as years, in order: after a word a year
 * follows, with after it a word no count takes, a joined year ("from 674 to 678", "637 or 638") or,
 * after a capitalized "In", a name ("In 455 Rome fell") or "a" and a word in lower case; and the
 * other end of such a range. `bc` is the story's year before the common era, when it is in one: a
 * year up to a century on from it is BC too ("In 216 BC … in 214").
 */
export function withShortYears(view: TokenView, phrases: Phrase[], bc: number | undefined): Phrase[] {
  let added: Phrase[] | undefined;
  let out = phrases;
  let k = 0;
  // The other end of a range a year opened ("from 674 to 678"), by its token.
  let joinedTo = -1;
  for (let i = view.from + 1; i < view.to; i++) {
    while (k < phrases.length && phrases[k]!.end <= i) {
      // The era the sentence's own years are in, as it goes ("in 146 BC, …; by 410" is ours again).
      const spec = phrases[k]!.reading.spec;
      if (spec.kind === "era" && spec.unit === "year") bc = spec.bc ? spec.number : undefined;
      k += 1;
    }
    if (kindAt(view, i) !== "number" || !THREE_DIGITS.test(textAt(view, i)) || (k < phrases.length && phrases[k]!.first <= i)) continue;
    const number = Number(textAt(view, i));
    const before = word(view, i - 1);
    const after = word(view, i + 1);
    // "the 650s": a decade ("065"), an "s" glued to the number.
    if (after === "s" && touchesPrevious(view, i + 1) && before === "the") {
      (added ??= []).push({ first: i - 1, end: i + 2, reading: { spec: { kind: "era", unit: "decade", number: Math.floor(number / 10) }, type: "DATE" } });
      continue;
    }
    const closed = AFTER_YEAR.has(after) || i + 1 === view.to;
    // "24 August 455 the Vandals came": the year of a day or month read without one.
    const dated = k > 0 ? phrases[k - 1]! : undefined;
    const spec = dated?.end === i ? dated.reading.spec : undefined;
    if (spec?.kind === "date" && spec.year === undefined && !spec.yearShift && (closed || nameOrArticle(view, i + 1, true))) {
      if (out === phrases) out = phrases.slice();
      out[k - 1] = { first: dated!.first, end: i + 1, reading: { ...dated!.reading, spec: { ...spec, year: bc !== undefined && number <= bc + 100 ? 1 - number : number } } };
      continue;
    }
    // The other end closed as a year is: "from 674 to 678," not "from 200 to 300 men".
    const joins = JOINS.has(after) && THREE_DIGITS.test(textAt(view, i + 2)) && (AFTER_YEAR.has(word(view, i + 3)) || i + 3 === view.to || BC_WORDS.has(word(view, i + 3)));
    // After "from" or "between" only a range's first end: "between 400 and 500 knights" is a count.
    const opens = BEFORE_YEAR.has(before) && (joins || (before !== "from" && before !== "between" && (closed || nameOrArticle(view, i + 1, textAt(view, i - 1) === "In"))));
    if (!opens && !(joinedTo === i && (closed || after === "or"))) continue;
    if (joins) joinedTo = i + 2;
    // "from 431 to 404 BC": the era at a range's end holds for its start.
    const era = joins && BC_WORDS.has(word(view, i + 3)) ? number : bc;
    (added ??= []).push({ first: i, end: i + 1, reading: { spec: era !== undefined && number <= era + 100 ? { kind: "era", unit: "year", number, bc: true } : { kind: "era", unit: "year", number }, type: "DATE" } });
  }
  return added ? [...out, ...added].sort((a, b) => a.first - b.first) : out;
}

/** True when token `i` opens a name ("Rome") after a sentence's "In" (`named`), or is "a"/"an" before a word in lower case. */
function nameOrArticle(view: TokenView, i: number, named: boolean): boolean {
  const text = textAt(view, i);
  if (named && /^[A-Z][a-z]/u.test(text)) return true;
  return (text === "a" || text === "an") && /^[a-z]/u.test(textAt(view, i + 1));
}
