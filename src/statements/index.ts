/**
 * The public API of the statements facet.
 *
 * @module
 */
import type { Actor, Article, Statement } from "../model.js";
import { checkList, checkOptions } from "../options.js";
import { FIND_OPTION_KEYS, type FindOptions } from "../html/find-input.js";
import { articleThrough } from "../parse-article.js";

/** Options of {@link findStatements}: those of every finder ({@link parseArticle}'s but the casualties' `vague`). @group Statements */
export type FindStatementsOptions = FindOptions;

/** What {@link findStatements} returns: the statements, and the actors who speak in them. @group Statements */
export interface FoundStatements {
  /** Direct quotes and reported speech, in text order. */
  readonly statements: readonly Statement[];
  /** The actors that {@link Statement.speaker} points to, in order of first mention. */
  readonly speakers: readonly Actor[];
}

/** The statements of one speaker, as {@link statementsBySpeaker} groups them. @group Statements */
export interface SpeakerStatements {
  /** The speaker, or undefined for statements the text gives no speaker for. */
  readonly speaker?: Actor;
  /** The speaker's statements, in text order. */
  readonly statements: readonly Statement[];
}

/**
 * Finds the direct quotes and reported speech of an article, each with its speaker, cue, verb
 * lemma, speech act and date. Never throws on any string; only invalid options throw.
 *
 * @param text - The article as plain text, or an HTML page with `format: "html"` (spans then index the HTML, as in {@link parseArticle}).
 * @param options - The publication date, which "said Thursday" resolves against, its time zone, and the input format.
 * @returns The statements and the actors who speak in them.
 * @throws RangeError when an option is invalid, as for {@link parseArticle}.
 * @throws TypeError when `text` is not a string, or an option is of the wrong type, as for {@link parseArticle}.
 *
 * @example
 * ```ts
 * const { statements, speakers } = findStatements(
 *   'Kyiv mayor Vitali Klitschko said on Thursday that the water supply was restored. "We are working around the clock," he added.',
 *   { published: "2025-04-24" },
 * );
 * statements.map((s) => [s.kind, s.content.text, s.verb, s.speaker]);
 * // [["indirect", "the water supply was restored", "say", "vitali-klitschko"],
 * //  ["direct", "We are working around the clock", "add", "vitali-klitschko"]]
 * statements[0].date?.value; // "2025-04-24"
 * speakers[0].name;          // "Vitali Klitschko"
 * ```
 *
 * @group Statements
 */
export function findStatements(text: string, options: FindStatementsOptions = {}): FoundStatements {
  checkOptions("findStatements", options, FIND_OPTION_KEYS);
  // Casualties come after statements and do not change them: leave them out.
  const article = articleThrough("findStatements", text, options, "statements");
  const spoken = new Set(article.statements.map((s) => s.speaker));
  return { statements: article.statements, speakers: article.actors.filter((a) => spoken.has(a.id)) };
}

/**
 * Groups an article's statements by speaker: one group per actor in order of their first
 * statement, then one group for the statements without a speaker.
 *
 * @param article - What {@link parseArticle} or {@link findStatements} returned: statements and actors.
 * @returns The groups; empty when there are no statements.
 * @throws TypeError when `article` is not an object, or its `statements` (or `actors`, `speakers`
 * when given) is not an array of objects: given the statements alone, it says to give the article.
 *
 * @example
 * ```ts
 * const article = parseArticle(
 *   '"We will rebuild," Mayor Anna Kovalenko said. Officials said the fire was out. Kovalenko added that schools would reopen.',
 *   { published: "2025-04-24" },
 * );
 * statementsBySpeaker(article).map((g) => [g.speaker?.name, g.statements.length]);
 * // [["Anna Kovalenko", 2], [undefined, 1]]: anonymous officials are no speaker
 * ```
 *
 * @group Statements
 */
export function statementsBySpeaker(
  article: Pick<Article, "statements"> & { readonly actors?: readonly Actor[]; readonly speakers?: readonly Actor[] },
): SpeakerStatements[] {
  checkArticle(article);
  const actors = new Map<string, Actor>();
  for (const a of [...(article.actors ?? []), ...(article.speakers ?? [])]) actors.set(a.id, a);
  const groups = new Map<string | undefined, Statement[]>();
  for (const s of article.statements) {
    const key = s.speaker !== undefined && actors.has(s.speaker) ? s.speaker : undefined;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const out: SpeakerStatements[] = [];
  for (const [id, statements] of groups) if (id !== undefined) out.push({ speaker: actors.get(id)!, statements });
  const unattributed = groups.get(undefined);
  if (unattributed) out.push({ statements: unattributed });
  return out;
}

/** Throws as {@link statementsBySpeaker} says for what is not an article with statements. */
function checkArticle(article: unknown): void {
  const fn = "statementsBySpeaker";
  if (article === null || typeof article !== "object" || Array.isArray(article)) {
    const hint = Array.isArray(article) ? " (give the whole article, whose actors name the speakers, not its statements)" : "";
    throw new TypeError(`newsfacts: ${fn} expects an article with statements, as parseArticle or findStatements returns, got ${article === null ? "null" : Array.isArray(article) ? "an array" : typeof article}${hint}`);
  }
  const { statements, actors, speakers } = article as Record<string, unknown>;
  checkList(fn, statements, "article's statements");
  if (actors !== undefined) checkList(fn, actors, "article's actors");
  if (speakers !== undefined) checkList(fn, speakers, "article's speakers");
}
