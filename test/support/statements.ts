/**
 * Reads statements as short rows for the statement tests.
 *
 * @module
 */
import { findStatements } from "../../src/statements/index.js";

const PUBLISHED = { published: "2025-04-24" };

/** [kind, content, speaker name] for each statement `findStatements` finds in `text`, published 2025-04-24. */
export function readStatements(text: string): [string, string, string | undefined][] {
  const { statements, speakers } = findStatements(text, PUBLISHED);
  const names = new Map(speakers.map((a) => [a.id, a.name]));
  return statements.map((s) => [s.kind, s.content.text, s.speaker === undefined ? undefined : names.get(s.speaker)]);
}
