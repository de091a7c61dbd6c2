/**
 * Which words open a name of the gazetteer, kept by word id: a name of several words is looked
 * up in the gazetteer only when its first word opens one. Most capitalized words open none, and
 * each miss asked again would look the words up again (the gazetteer keeps what it finds, not
 * what it does not).
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";
import { foldKey, gazetteer } from "../territories/gazetteer.js";
import { WordStamps } from "./word-bits.js";

/** Each word id's answer: 0 not asked yet, 1 no, 2 yes. */
const answers = /* @__PURE__ */ new WordStamps();

/**
 * True when the gazetteer has names whose first key is that of token `i`'s word (`foldKey` of
 * its text, up to a space): false means no name `${foldKey(text)} …` is in it, nor the word alone.
 */
export function opensPlaceName(tokens: TokenList, i: number): boolean {
  const known = answers.of(tokens);
  const id = tokens.id(i);
  let answer = known[id]!;
  if (answer === 0) {
    const key = foldKey(tokens.text(i));
    const space = key.indexOf(" ");
    answer = gazetteer().byFirstKey.has(space < 0 ? key : key.slice(0, space)) ? 2 : 1;
    known[id] = answer;
  }
  return answer === 2;
}
