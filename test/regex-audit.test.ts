/**
 * Every regular expression in the library is linear-time: recheck proves each one "safe".
 *
 * Two sources, because neither sees everything:
 * - the literals, found by parsing src/**\/*.ts with the TypeScript compiler API (plus
 *   `RegExp("…")` calls whose arguments are string literals);
 * - the patterns built at run time from lexicons (alternations of reporting verbs, titles,
 *   place names…), seen by replacing `globalThis.RegExp` with a recording proxy before the
 *   library is imported, then running parseArticle and the public functions on sample text.
 *
 * recheck runs on its pure JavaScript backend (no Java, no native binary, no network) unless
 * RECHECK_BACKEND says otherwise, with a timeout per pattern. "unknown" (recheck gave up) fails
 * too, with recheck's reason: a pattern nobody can prove linear is one to simplify.
 *
 * Patterns recheck cannot turn into an automaton (lookaround, and counted repeats too wide for
 * one: `\p{L}{1,30}`, `\s{0,64}`) go to its fuzzer, which searches for an attack string until it
 * is satisfied, and takes seconds each; at the session of this note 13 of 287 patterns went
 * that way and took half of the audit's time. On a machine loaded by other work, the fuzzer can
 * run out of its budget on a safe pattern: a timeout is tried once more with a longer budget, so
 * that the budget stays a guard against a hang, not a measure of the machine's speed. Anything
 * but "safe" on the second try still fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { check, type Diagnostics } from "recheck";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
process.env.RECHECK_BACKEND ??= "pure";
/**
 * recheck's own budgets per pattern: a first try, and a longer second one only when the first
 * ran out of time. It answers "unknown" (a failure here) when the second runs out too.
 */
const RECHECK_TIMEOUTS = [20_000, 60_000] as const;

/** recheck's verdict on a pattern, tried again with the longer budget when the first one timed out. */
async function audit(p: Pattern): Promise<Diagnostics> {
  const first = await check(p.source, p.flags, { timeout: RECHECK_TIMEOUTS[0] });
  if (first.status !== "unknown" || first.error.kind !== "timeout") return first;
  return check(p.source, p.flags, { timeout: RECHECK_TIMEOUTS[1] });
}

/** A pattern and where it comes from. */
interface Pattern {
  readonly source: string;
  readonly flags: string;
  /** `src/…/file.ts:line`, or where the constructor was called from for built patterns. */
  readonly where: string;
}

// ------------------------------------------------------------------ literals, by parsing src

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

function stringValue(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return "";
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** The regex literals and constant `RegExp(…)` calls of one file. */
function literalPatterns(file: string): Pattern[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Pattern[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf("/");
      out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(node) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [source, flags] = [stringValue(node.arguments?.[0]), stringValue(node.arguments?.[1])];
      if (source !== undefined && source !== "" && flags !== undefined) out.push({ source, flags, where: where(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const literals = sourceFiles(SRC).flatMap(literalPatterns);

// ------------------------------------------------------------------ built patterns, by recording

/** The first stack frame outside this file: who called the RegExp constructor. */
function caller(): string | undefined {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, caller);
  for (const line of (holder.stack ?? "").split("\n").slice(1)) {
    if (line.includes("regex-audit.test.ts")) continue;
    // "    at fn (/path/file.ts:12:5)" or "    at /path/file.ts:12:5"
    const location = line.trim().replace(/^at /u, "").replace(/^[^(]*\(/u, "").replace(/\)$/u, "").replace(/^file:\/\//u, "");
    const parts = location.split(":");
    return parts.length >= 3 ? `${parts.slice(0, -2).join(":")}:${parts.at(-2)}` : location;
  }
  return undefined;
}

/** Every construction seen while recording, whoever made it. */
const seen: Pattern[] = [];
const NativeRegExp = globalThis.RegExp;
const record = (args: unknown[]): void => {
  const [pattern, flags] = args;
  const re = pattern instanceof NativeRegExp ? pattern : undefined;
  const source = re ? re.source : String(pattern ?? "(?:)");
  const f = flags === undefined ? (re?.flags ?? "") : String(flags);
  seen.push({ source, flags: f, where: caller() ?? "?" });
};
const Recording: RegExpConstructor = new Proxy(NativeRegExp, {
  construct(target, args, newTarget): object {
    record(args);
    return Reflect.construct(target, args, newTarget === Recording ? target : newTarget) as object;
  },
  apply(target, thisArg, args) {
    record(args);
    return Reflect.apply(target, thisArg, args) as unknown;
  },
});

const SAMPLES = [
  readFileSync(join(ROOT, "examples", "seed.txt"), "utf8"),
  [
    "Ceasefire Talks Stall as Shelling Resumes",
    "",
    'KYIV, Ukraine (AP) — At least 12 people were killed and 90 injured when Russian missiles struck Kyiv overnight, officials said on Thursday. "We will rebuild," Mayor Vitali Klitschko told reporters, adding that three children were among the dead.',
    "The U.N. Secretary-General António Guterres urged both sides to return to talks, while the Kremlin denied targeting civilians. Dozens more are missing, according to the State Emergency Service.",
    "On March 3, 2024, and again last July, troops withdrew from the occupied city of Melitopol in Zaporizhzhia Oblast. About 1,200 residents fled in the past 44 days; nearly two hundred were wounded.",
    "Prime Minister Keir Starmer said Britain would send aid by next week. \u201cThis is a war crime,\u201d he warned on Wednesday evening, 10:30 p.m. local time, in his second statement since February 2022.",
    "Israel's military said Hamas fighters captured four soldiers near Gaza City early Tuesday. A Palestinian health ministry spokesman claimed more than 40 civilians died in the strikes in the 1990s-era camp.",
    "Posted by newsdesk at 9:15 AM",
    "",
    "Comments",
    "",
    "Popular posts from this blog",
  ].join("\n"),
];
const PHRASES = ["44 days ago", "last night", "Thursday", "July 2024", "the 1990s", "early March", "next week", "2025-W17", "every Monday", "three years", "at least 12", "dozens", "Zelensky", "Kiev", "the Kremlin", "Donald Trump"];

/** Built by this file while recording: shows the recorder is in place (it is not audited). */
const PROBE = "newsfacts-regex-audit-probe";
globalThis.RegExp = Recording;
let api: Record<string, unknown>;
try {
  api = (await import("../src/index.js")) as unknown as Record<string, unknown>;
  const call = (name: string, ...args: unknown[]): void => {
    const fn = api[name];
    if (typeof fn !== "function") return;
    try {
      (fn as (...a: unknown[]) => unknown)(...args);
    } catch {
      // Only the patterns matter here; the property tests judge throwing.
    }
  };
  for (const text of SAMPLES) {
    call("parseArticle", text, { published: "2025-04-24" });
    call("parseArticle", text);
    for (const name of ["findDates", "findActors", "findTerritories", "findStatements", "findCasualties"]) call(name, text, { published: "2025-04-24" });
  }
  for (const phrase of PHRASES) {
    call("resolveDate", phrase, "2025-04-24");
    call("normalizeActorName", phrase);
    call("normalizeTerritory", phrase);
    call("parseCount", phrase);
  }
  void new globalThis.RegExp(PROBE, "u");
} finally {
  globalThis.RegExp = NativeRegExp;
}
/** The patterns src built: vitest's, node's and the dependencies' own are left out. */
const built = seen
  .filter((p) => p.where.startsWith(SRC + "/"))
  .map((p) => ({ ...p, where: relative(ROOT, p.where) }));

// ------------------------------------------------------------------ the audit

/** Each distinct (source, flags) once, with every place it comes from. */
function distinct(patterns: readonly Pattern[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (const p of patterns) {
    const key = `${p.flags}/${p.source}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, where: seen.where.includes(p.where) ? seen.where : `${seen.where}, ${p.where}` } : p);
  }
  return [...byKey.values()];
}

function show(p: Pattern): string {
  const source = p.source.length > 80 ? `${p.source.slice(0, 77)}…` : p.source;
  return `${p.where.split(", ")[0]} /${source}/${p.flags}`;
}

function verdict(d: Diagnostics): string {
  if (d.status === "vulnerable") {
    return `vulnerable (${d.complexity.type}${d.complexity.type === "polynomial" ? `, degree ${d.complexity.degree}` : ""}); attack: ${d.attack.pattern}`;
  }
  if (d.status === "unknown") return `unknown: recheck gave up (${d.error.kind}${"message" in d.error ? `: ${String(d.error.message)}` : ""})`;
  return "safe";
}

describe("regex audit (recheck)", () => {
  it("finds the library's patterns: literals by parsing src, built ones by recording the constructor", () => {
    // A parser that found nothing would make every other test here pass vacuously.
    expect(literals.length).toBeGreaterThan(10);
    expect(literals.every((p) => p.where.startsWith("src/"))).toBe(true);
    // The recorder saw a construction made while it was installed, and restored the constructor.
    expect(seen.some((p) => p.source === PROBE && p.flags === "u")).toBe(true);
    expect(built.some((p) => p.source === PROBE)).toBe(false);
    expect(globalThis.RegExp).toBe(NativeRegExp);
  });

  const literalSet = new Set(literals.map((p) => `${p.flags}/${p.source}`));
  const all = distinct([...literals, ...built]);
  for (const pattern of all) {
    const kind = literalSet.has(`${pattern.flags}/${pattern.source}`) ? "literal" : "built";
    it(`${kind} ${show(pattern)} is safe`, async () => {
      const d = await audit(pattern);
      expect(verdict(d), `from ${pattern.where}: /${pattern.source}/${pattern.flags}`).toBe("safe");
    }, RECHECK_TIMEOUTS[0] + RECHECK_TIMEOUTS[1] + 10_000);
  }
});
