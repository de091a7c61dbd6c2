/**
 * Day ranges split into two expressions, as TimeML does: the end of "April 24 and 25" takes the
 * month of its start, the start of "from March to June 1944" the year of its end. Read by the
 * document pass only; `resolveDate` resolves each expression alone.
 *
 * @module
 */
import { readDayOfMonth, readYear } from "./read-parts.js";
import { withDay, type Phrase } from "./scan.js";
import type { Reading } from "./spec.js";
import { word, type TokenView } from "./token-view.js";

/** Words that join the two ends of a range of days. */
const RANGE_WORDS: ReadonlySet<string> = new Set(["and", "to", "through", "-", "–", "until", "till"]);

/**
 * Splits day ranges into two expressions, as TimeML does: "April 24 and 25" gives "25" the
 * month of "April 24"; "from 3 to 5 March" gives "3" the month of "5 March", "from March to
 * June 1944" gives "March" the year of "June 1944".
 */
export function addRangeEnds(view: TokenView, phrases: Phrase[]): Phrase[] {
  // Made at the first change only: most sentences hold no range. `phrases` up to `k` (not included), then kept up.
  let out: Phrase[] | undefined;
  const changed = (k: number): Phrase[] => (out ??= phrases.slice(0, k));
  let consumed = view.from;
  for (let index = 0; index < phrases.length; index++) {
    const p = phrases[index]!;
    if (p.first < consumed) {
      changed(index);
      continue;
    }
    const spec = p.reading.spec;
    const isDayDate = spec.kind === "date" && spec.day !== undefined && !p.reading.clock;
    const previousEnd = (out ? out[out.length - 1] : phrases[index - 1])?.end ?? view.from;
    if (isDayDate && p.first - 2 >= previousEnd && RANGE_WORDS.has(word(view, p.first - 1)) && p.first < view.tokens.length && view.tokens.kind(p.first) === "number") {
      const start = readDayOfMonth(view, p.first - 2);
      if (start && start.end === p.first - 1 && start.value < (spec.day ?? 0)) changed(index).push({ first: p.first - 2, end: start.end, reading: withDay(p.reading, start.value) });
    }
    const next = phrases[index + 1];
    const b = next?.reading.spec;
    // "from March to June 1944": the year at a range's end holds for its start (the year before for a later month).
    if (spec.kind === "date" && spec.year === undefined && b?.kind === "date" && b.year !== undefined && next!.first === p.end + 1 && RANGE_WORDS.has(word(view, p.end))) {
      changed(index).push({ ...p, reading: { ...p.reading, spec: { ...spec, year: b.year - (spec.month > b.month ? 1 : 0) } } });
    } else out?.push(p);
    if (isDayDate && RANGE_WORDS.has(word(view, p.end)) && (next === undefined || next.first > p.end + 1)) {
      const end = readDayOfMonth(view, p.end + 1);
      if (end && end.value > (spec.day ?? 32) && (next === undefined || next.first >= end.end)) {
        // "May 6-8, 2024": the year after the range holds for both ends.
        const yearAt = word(view, end.end) === "," ? end.end + 1 : end.end;
        const year = spec.kind === "date" && spec.year === undefined ? readYear(view, yearAt) : undefined;
        const list = changed(index + 1);
        if (year && spec.kind === "date") {
          const dated: Reading = { ...p.reading, spec: { ...spec, year: year.value } };
          list[list.length - 1] = { ...p, reading: dated };
          list.push({ first: p.end + 1, end: year.end, reading: withDay(dated, end.value) });
          consumed = year.end;
        } else list.push({ first: p.end + 1, end: end.end, reading: withDay(p.reading, end.value) });
      }
    }
  }
  return out ?? phrases;
}
