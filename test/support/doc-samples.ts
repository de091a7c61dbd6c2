/**
 * The code samples of the docs, made checkable: the ```ts blocks of the README and the guides,
 * and the @example blocks of the TSDoc, each turned into a script that runs it against dist/ and
 * checks every line that states its value in a comment (`resolveDate("…", "…")?.value; // "…"`).
 *
 * A statement is checked when it is an expression (not a declaration, loop or import) and its
 * comment starts with a literal: a string, number, `true`, `false`, `null`, `undefined`, or an
 * object or array. Prose after the literal is allowed (`// true: every span indexes the page`).
 * A literal with an elision (`[..., { text: "44 days ago", ... }, ...]`) is a pattern: objects
 * need only the keys they name, an array with `...` needs its items in order among others,
 * `[...]` and the shorthand `start, end` stand for any value.
 */

/** A statement of a sample, with the comment after it (continued on comment lines below it). */
export interface SampleStatement {
  readonly code: string;
  readonly comment: string;
}

/** The ```ts blocks of a markdown file. */
export function markdownBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gmu)].map((m) => m[1]!);
}

/** The ```ts blocks of the @example tags of a TypeScript source file, without their ` * `. */
export function tsdocBlocks(source: string): string[] {
  const lines = source.split("\n").map((line) => line.replace(/^\s*\* ?/u, ""));
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "@example" || lines[i + 1] !== "```ts") continue;
    const end = lines.indexOf("```", i + 2);
    if (end === -1) break;
    blocks.push(lines.slice(i + 2, end).join("\n"));
    i = end;
  }
  return blocks;
}

/** Where the `//` comment of a line starts, outside strings; -1 when it has none. */
function commentStart(line: string): number {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "/" && line[i + 1] === "/") return i;
  }
  return -1;
}

/** How much a stretch of code opens brackets, outside strings. */
function depthChange(code: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
  }
  return depth;
}

/** The statements of a sample, each with its comment. */
export function sampleStatements(block: string): SampleStatement[] {
  const out: { code: string; comment: string }[] = [];
  let code: string[] = [];
  let depth = 0;
  let continuing = false;
  for (const line of block.split("\n")) {
    const at = commentStart(line);
    const part = (at === -1 ? line : line.slice(0, at)).trimEnd();
    const comment = at === -1 ? "" : line.slice(at + 2).trim();
    if (part.trim() === "" && code.length === 0) {
      // A comment line right under a statement continues its comment; a blank line ends that.
      if (comment && continuing) out[out.length - 1]!.comment += `\n${comment}`;
      else continuing = false;
      continue;
    }
    code.push(part);
    depth += depthChange(part);
    if (depth === 0 && /[;}]$/u.test(part)) {
      out.push({ code: code.join("\n"), comment });
      code = [];
      continuing = true;
    }
  }
  if (code.length > 0) out.push({ code: code.join("\n"), comment: "" });
  return out;
}

/** The literal a comment starts with, or undefined when it starts with prose. */
export function leadingLiteral(comment: string): string | undefined {
  const text = comment.trim();
  const word = /^(?:true|false|null|undefined|-?\d+(?:\.\d+)?)(?![\w.])/u.exec(text);
  if (word) return word[0];
  const first = text[0];
  if (first !== '"' && first !== "{" && first !== "[") return undefined;
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) {
        quote = "";
        if (depth === 0) return text.slice(0, i + 1);
      }
    } else if (c === '"') quote = c;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return undefined;
}

/** What a sample script reports: how many statements it checked, and the ones that failed. */
export interface SampleReport {
  readonly checked: number;
  readonly failures: readonly string[];
}

/** Declarations, loops and the like run as written; only an expression's value can be checked. */
const NOT_AN_EXPRESSION = /^(?:const|let|var|for|if|while|function|import|export|return)\b/u;

/**
 * A script that runs the blocks, each in its own scope, with every export of the package at
 * `distUrl` in scope, and prints its {@link SampleReport} as JSON on its last line. Blocks that
 * state no checkable value are left out (the model guide's sketches use an undefined `text`).
 */
export function sampleScript(blocks: readonly string[], distUrl: string, exportNames: readonly string[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const statements = sampleStatements(block);
    if (!statements.some((s) => !NOT_AN_EXPRESSION.test(s.code) && leadingLiteral(s.comment) !== undefined)) continue;
    const body = statements.map(({ code, comment }) => {
      if (/^import\b/u.test(code)) return "";
      const literal = leadingLiteral(comment);
      if (NOT_AN_EXPRESSION.test(code) || literal === undefined) return code;
      const expression = code.replace(/;\s*$/u, "");
      const pattern = /\.\.\.|…/u.test(literal);
      const expected = pattern ? literal.replace(/\.\.\.|…/gu, "__REST") : literal;
      return `__check(${JSON.stringify(expression)}, () => (${expression}), () => { const start = __ANY, end = __ANY; return (${expected}); }, ${pattern});`;
    });
    parts.push(`{\n${body.join("\n")}\n}`);
  }
  return `import { readFileSync } from "node:fs";
import { isDeepStrictEqual, inspect } from "node:util";
import { ${exportNames.join(", ")} } from ${JSON.stringify(distUrl)};
const __ANY = Symbol("any"), __REST = Symbol("rest");
let __checked = 0;
const __failures = [];
// A pattern's objects need only the keys they name; an array with __REST its items in order.
function __matches(actual, want) {
  if (want === __ANY) return actual !== undefined;
  if (Array.isArray(want)) {
    if (!Array.isArray(actual)) return false;
    const items = want.filter((w) => w !== __REST);
    if (items.length === want.length) return actual.length === want.length && want.every((w, i) => __matches(actual[i], w));
    let from = 0;
    for (const w of items) {
      const at = actual.findIndex((a, i) => i >= from && __matches(a, w));
      if (at === -1) return false;
      from = at + 1;
    }
    return true;
  }
  if (want !== null && typeof want === "object") {
    return actual !== null && typeof actual === "object" && Object.keys(want).filter((k) => k !== "__REST").every((k) => __matches(actual[k], want[k]));
  }
  return Object.is(actual, want);
}
function __check(source, actual, expected, pattern) {
  __checked++;
  let got, want;
  try { got = actual(); } catch (error) { __failures.push(source + " threw " + error); return; }
  want = expected();
  if (!(pattern ? __matches(got, want) : isDeepStrictEqual(got, want))) {
    __failures.push(source + "\\n  gave " + inspect(got, { depth: 6, breakLength: Infinity }));
  }
}
${parts.join("\n")}
console.log(JSON.stringify({ checked: __checked, failures: __failures }));
`;
}
