/**
 * Front coding of sorted word lists: each word is written as what changes from the word before
 * it, how many letters to drop from that word's end (`1`–`9`, then `A`–`Z` for 10–35; nothing
 * for none) and then the letters to add, words apart by a space ("abandon", "abandoned",
 * "abandoning", "abduct" → `abandon ed 2ing 6duct`). A sorted list of inflected words shares
 * long prefixes, which gzip finds only in part: the two largest word lists take about half
 * their size this way, and decoding costs about what splitting the plain list did.
 *
 * `node scripts/lexicon/words.mjs` decodes a list for editing and encodes it back.
 *
 * @module
 */

/** The words of a front-coded list, in order. */
export function decodeWords(coded: string): string[] {
  if (coded === "") return [];
  // A native split and one pass over the parts: scanning the characters in script cost twice as long.
  const words = coded.split(" ");
  let word = "";
  for (let i = 0; i < words.length; i++) {
    const part = words[i]!;
    const c = part.charCodeAt(0);
    // Word letters are above `Z`: a digit or capital first is the count of letters to drop.
    word = c > 90 ? word + part : word.slice(0, word.length - (c <= 57 ? c - 48 : c - 55)) + part.slice(1);
    words[i] = word;
  }
  return words;
}

/**
 * The front coding of `words`, which must be sorted (UTF-16 code units), unique, and made of
 * characters above `Z` (lower-case letters).
 *
 * @throws Error when a word is out of order, repeated, holds a digit, capital, space or other character at or below `Z`, or drops more than 35 letters of the word before it.
 */
export function encodeWords(words: readonly string[]): string {
  const parts: string[] = [];
  let previous = "";
  for (const word of words) {
    if (parts.length > 0 && !(previous < word)) throw new Error(`front coding: ${JSON.stringify(word)} is not after ${JSON.stringify(previous)}`);
    if (word === "") throw new Error("front coding: cannot write an empty word");
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) <= 90) throw new Error(`front coding: cannot write ${JSON.stringify(word)}`);
    let keep = 0;
    while (keep < word.length && keep < previous.length && word[keep] === previous[keep]) keep++;
    const drop = previous.length - keep;
    if (drop > 35) throw new Error(`front coding: ${JSON.stringify(word)} drops ${drop} letters`);
    parts.push((drop > 0 ? drop.toString(36).toUpperCase() : "") + word.slice(keep));
    previous = word;
  }
  return parts.join(" ");
}

/**
 * The lines of a front-coded keyed list (fields apart by `|`, the first the key) with each key
 * whole again. The coded list holds its keys, one a line, and then the rest of each line (what
 * followed the key's `|`), one a line in the same order: as many lines of each. A coded key
 * starts with a letter, how many characters to drop from the end of the key before it (`a` none,
 * `b` one, … `z` 25), then the characters to add. A sorted list of place names shares prefixes
 * that gzip finds only in part, and keys apart from the other fields let it find the repeats of
 * each: the compiled gazetteer's gzip size is a ninth less this way than plain (a fourteenth
 * less with the keys front-coded amid their fields), decoded once when first read.
 *
 * @param starts - when given, receives the start of every decoded line and one past the end
 *   (`[1]` for no lines), so a reader need not search the text for its line breaks.
 */
export function decodeKeyedLines(coded: string, starts?: number[]): string {
  if (coded === "") {
    starts?.push(1);
    return "";
  }
  const lines = coded.split("\n");
  const count = lines.length >> 1;
  let key = "";
  let at = 0;
  for (let i = 0; i < count; i++) {
    const part = lines[i]!;
    key = key.slice(0, key.length - (part.charCodeAt(0) - 97)) + part.slice(1);
    const line = key + "|" + lines[count + i]!;
    lines[i] = line;
    starts?.push(at);
    at += line.length + 1;
  }
  starts?.push(at);
  lines.length = count;
  return lines.join("\n");
}

/**
 * The front coding of a keyed list's `text` (see {@link decodeKeyedLines}); any order of keys
 * can be written, sorted lists are what it makes shorter.
 *
 * @throws Error when a line has no `|` or a key drops more than 25 characters of the key before it.
 */
export function encodeKeyedLines(text: string): string {
  if (text === "") return "";
  let previous = "";
  const keys: string[] = [];
  const rest: string[] = [];
  for (const line of text.split("\n")) {
    const bar = line.indexOf("|");
    if (bar < 0) throw new Error(`front coding: the line ${JSON.stringify(line)} has no key and fields`);
    const key = line.slice(0, bar);
    let keep = 0;
    while (keep < key.length && keep < previous.length && key[keep] === previous[keep]) keep++;
    const drop = previous.length - keep;
    if (drop > 25) throw new Error(`front coding: the key ${JSON.stringify(key)} drops ${drop} characters`);
    previous = key;
    keys.push(String.fromCharCode(97 + drop) + key.slice(keep));
    rest.push(line.slice(bar + 1));
  }
  return [...keys, ...rest].join("\n");
}
