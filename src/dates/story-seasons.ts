/**
 * A story's seasons after "of": "the onset of winter", "the end of winter", "the coming of spring",
 * which the grammar leaves out (a bare season needs a word such as "in" or "the" before it, as news
 * has "a breath of spring"). Read while the story is told, so the season takes the story's year as
 * "in the winter" does. Documents without a publication date only ({@link findDates}).
 *
 * @module
 */
import { SEASON_NAMED_THINGS, SEASON_WORDS } from "../lexicon/dates.js";
import type { Phrase } from "./scan.js";
import { isCapitalized, word, type TokenView } from "./token-view.js";

/** Singular nouns a season word qualifies ("of winter clothing"), besides those of {@link SEASON_NAMED_THINGS}. */
const QUALIFIED: ReadonlySet<string> = new Set(["clothing", "equipment", "gear", "weather", "offensive", "campaign", "season", "solstice", "palace", "uniform", "wheat"]);

/** True when `next`, the word after a season, makes the season a qualifier: a plural noun ("of winter quarters"), or one of {@link QUALIFIED}. */
function namesAThing(next: string): boolean {
  return SEASON_NAMED_THINGS.has(next) || QUALIFIED.has(next) || (next.length > 3 && next.endsWith("s") && !next.endsWith("ss") && /^[a-z]+$/u.test(next));
}

/**
 * The phrases of a sentence with each season in lower case after "of" added ("the onset of
 * winter"), in order; not "fall" ("the fall of the city" reads the other way round, and "of fall" is
 * rare), nor a season that qualifies a noun ("of winter quarters", "of summer camp").
 */
export function withSeasonsOf(view: TokenView, phrases: Phrase[]): Phrase[] {
  let added: Phrase[] | undefined;
  let k = 0;
  for (let i = view.from + 1; i < view.to; i++) {
    while (k < phrases.length && phrases[k]!.end <= i) k += 1;
    const w = word(view, i);
    const part = w === "fall" ? undefined : SEASON_WORDS.get(w);
    if (part === undefined || word(view, i - 1) !== "of" || isCapitalized(view, i) || namesAThing(word(view, i + 1)) || (k < phrases.length && phrases[k]!.first <= i)) continue;
    (added ??= []).push({ first: i, end: i + 1, reading: { spec: { kind: "part-of-year", unit: "season", part, placement: "tense" }, type: "DATE" } });
  }
  return added ? [...phrases, ...added].sort((a, b) => a.first - b.first) : phrases;
}
