/**
 * What was read from the text of an HTML page, told in the page's own offsets.
 *
 * @module
 */
import type { Article, Span } from "../model.js";
import type { HtmlText } from "./html-to-text.js";

/**
 * The article `read` from the text of `html`, with every span moved to `html`'s offsets (see
 * {@link inSource}) and `text` set to `html`.
 */
export function articleInSource(read: Article, html: string, source: HtmlText): Article {
  return { ...inSource(read, source), text: html };
}

/**
 * A copy of `found`, what a facet read from `source.text` (an article, a list of dates), with
 * every span moved to the HTML's offsets. A span is found by its shape (numeric `start` and
 * `end`), not by the field that holds it, so a facet's new span needs nothing here. Objects
 * shared within `found` (a date that is also a statement's date) stay shared.
 */
export function inSource<T>(found: T, source: HtmlText): T {
  const moved = new Map<object, unknown>();
  const move = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    const done = moved.get(value);
    if (done !== undefined) return done;
    let copy: unknown;
    if (Array.isArray(value)) {
      copy = value.map(move);
    } else {
      const fields: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) fields[key] = move(field);
      if (isSpan(value)) Object.assign(fields, source.toSourceSpan(value));
      copy = fields;
    }
    moved.set(value, copy);
    return copy;
  };
  return move(found) as T;
}

function isSpan(value: object): value is Span {
  const { start, end } = value as Partial<Record<keyof Span, unknown>>;
  return typeof start === "number" && typeof end === "number";
}
