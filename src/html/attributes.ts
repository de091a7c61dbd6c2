/**
 * The attributes of one start tag, read only for the few elements whose attributes the text
 * needs (a page's `meta` and `time`, a `script`'s type): most tags are never read this way.
 *
 * @module
 */
import { readCharacterReference } from "./char-refs.js";

/**
 * The attributes of the start tag `html[from, end)` (`from` just past its name, `end` just past
 * its `>`), names lower-cased and values with their character references decoded. An attribute
 * given twice keeps its first value, as in a browser. One pass: linear in the tag's length.
 */
export function readAttributes(html: string, from: number, end: number): Map<string, string> {
  const found = new Map<string, string>();
  const stop = html.charCodeAt(end - 1) === 0x3e /* > */ ? end - 1 : end;
  let i = from;
  while (i < stop) {
    while (i < stop && isSeparator(html.charCodeAt(i))) i++;
    const nameFrom = i;
    while (i < stop && !isSeparator(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3d /* = */) i++;
    if (i === nameFrom) {
      i++;
      continue;
    }
    const name = html.slice(nameFrom, i).toLowerCase();
    while (i < stop && isSpace(html.charCodeAt(i))) i++;
    let value = "";
    if (html.charCodeAt(i) === 0x3d) {
      i++;
      while (i < stop && isSpace(html.charCodeAt(i))) i++;
      const quote = html.charCodeAt(i);
      let valueFrom = i;
      let valueTo: number;
      if (quote === 0x22 || quote === 0x27) {
        valueFrom = i + 1;
        const close = html.indexOf(quote === 0x22 ? '"' : "'", valueFrom);
        valueTo = close < 0 || close > stop ? stop : close;
        i = valueTo + 1;
      } else {
        while (i < stop && !isSpace(html.charCodeAt(i))) i++;
        valueTo = i;
      }
      value = decode(html, valueFrom, valueTo);
    }
    if (!found.has(name)) found.set(name, value);
  }
  return found;
}

/** `html[from, to)` with its character references decoded. */
function decode(html: string, from: number, to: number): string {
  let amp = html.indexOf("&", from);
  if (amp < 0 || amp >= to) return html.slice(from, to);
  let out = "";
  let copyFrom = from;
  while (amp >= 0 && amp < to) {
    const reference = readCharacterReference(html, amp);
    if (reference && reference.end <= to) {
      out += html.slice(copyFrom, amp) + reference.value;
      copyFrom = reference.end;
    }
    amp = html.indexOf("&", amp + 1);
  }
  return out + html.slice(copyFrom, to);
}

/** White space between attributes, and the `/` of a self-closing tag. */
function isSeparator(c: number): boolean {
  return isSpace(c) || c === 0x2f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}
