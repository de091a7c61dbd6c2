/**
 * The invariants every output of newsfacts keeps, whatever the input: spans in range, the text
 * a span claims is the text it covers, no span splitting a surrogate pair, ids unique within a
 * facet, references between facets pointing at something that exists. Shared by the property
 * tests, the hostile-input tests and the tests against dist/.
 *
 * Each check returns a list of problems (empty when all is well) rather than throwing, so a
 * failing test names every broken item at once, with its path in the output.
 */

/** A problem found in an output: where (a path such as `actors[0].mentions[2]`) and what. */
export interface Problem {
  readonly path: string;
  readonly problem: string;
}

const FACETS = ["actors", "statements", "territories", "casualties", "dates"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair of `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Walks any value and checks every object that has numeric `start` and `end`: a span into
 * `text`. A span is `0 <= start <= end <= text.length` with integer offsets, never splitting a
 * surrogate pair; one that also carries a string `text` (a mention) is non-empty and covers
 * exactly that text. An object `{ span, text }` (a casualty) is checked the same way.
 */
export function spanProblems(value: unknown, text: string, path = "$", out: Problem[] = []): Problem[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => spanProblems(item, text, `${path}[${i}]`, out));
    return out;
  }
  if (!isObject(value)) return out;
  const { start, end } = value;
  if (typeof start === "number" || typeof end === "number") {
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      out.push({ path, problem: `offsets are not integers: ${String(start)}..${String(end)}` });
    } else {
      const s = start as number;
      const e = end as number;
      if (s < 0 || e > text.length || s > e) {
        out.push({ path, problem: `span ${s}..${e} out of range for a text of ${text.length}` });
      } else {
        if (splitsSurrogatePair(text, s) || splitsSurrogatePair(text, e)) {
          out.push({ path, problem: `span ${s}..${e} splits a surrogate pair` });
        }
        if (typeof value.text === "string") {
          if (s === e) out.push({ path, problem: `empty mention at ${s}` });
          const covered = text.slice(s, e);
          if (covered !== value.text) {
            out.push({ path, problem: `text ${JSON.stringify(value.text)} but the span covers ${JSON.stringify(covered)}` });
          }
        }
      }
    }
  }
  const span = value.span;
  if (isObject(span) && typeof value.text === "string" && typeof span.start === "number" && typeof span.end === "number") {
    const covered = text.slice(span.start, span.end);
    if (covered !== value.text) {
      out.push({ path, problem: `text ${JSON.stringify(value.text)} but span covers ${JSON.stringify(covered)}` });
    }
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === "text" && path === "$") continue;
    if (isObject(child)) spanProblems(child, text, `${path}.${key}`, out);
  }
  return out;
}

/** Ids that occur more than once within one facet's list. */
export function duplicateIds(items: readonly unknown[], path: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item.id !== "string") return;
    if (seen.has(item.id)) out.push({ path: `${path}[${i}]`, problem: `duplicate id ${JSON.stringify(item.id)}` });
    seen.add(item.id);
  });
  return out;
}

/**
 * Everything wrong with an {@link Article}-shaped value parsed from `input`: its shape (the five
 * facets and `diagnostics` are arrays, `text` is the input unchanged), every span, unique ids
 * per facet, every statement's speaker an actor and every casualty's place a territory, and no
 * facet that failed: parseArticle catches a facet's exception and reports it as a
 * `facet-failed` diagnostic, so "never throws" alone would hide the bug.
 */
export function articleProblems(article: unknown, input: string): Problem[] {
  if (!isObject(article)) return [{ path: "$", problem: `not an object: ${typeof article}` }];
  const out: Problem[] = [];
  if (article.text !== input) out.push({ path: "$.text", problem: "is not the input unchanged" });
  for (const facet of [...FACETS, "diagnostics"] as const) {
    if (!Array.isArray(article[facet])) out.push({ path: `$.${facet}`, problem: "is not an array" });
  }
  if (out.length > 0) return out;
  if (article.title !== undefined && (typeof article.title !== "string" || !input.includes(article.title))) {
    out.push({ path: "$.title", problem: "is not a stretch of the input" });
  }
  spanProblems(article, input, "$", out);
  for (const facet of FACETS) out.push(...duplicateIds(article[facet] as unknown[], `$.${facet}`));
  const ids = (facet: string): Set<unknown> => new Set((article[facet] as unknown[]).map((x) => (isObject(x) ? x.id : undefined)));
  const actors = ids("actors");
  const territories = ids("territories");
  (article.statements as unknown[]).forEach((s, i) => {
    if (isObject(s) && s.speaker !== undefined && !actors.has(s.speaker)) {
      out.push({ path: `$.statements[${i}].speaker`, problem: `${JSON.stringify(s.speaker)} is not an actor id` });
    }
  });
  (article.casualties as unknown[]).forEach((c, i) => {
    if (isObject(c) && c.place !== undefined && !territories.has(c.place)) {
      out.push({ path: `$.casualties[${i}].place`, problem: `${JSON.stringify(c.place)} is not a territory id` });
    }
  });
  (article.diagnostics as unknown[]).forEach((d, i) => {
    if (isObject(d) && d.code === "facet-failed") out.push({ path: `$.diagnostics[${i}]`, problem: String(d.message) });
  });
  return out;
}

/** A short, readable report of problems for an assertion message. */
export function describeProblems(problems: readonly Problem[], limit = 10): string {
  const shown = problems.slice(0, limit).map((p) => `  ${p.path}: ${p.problem}`);
  if (problems.length > limit) shown.push(`  … and ${problems.length - limit} more`);
  return shown.join("\n");
}
