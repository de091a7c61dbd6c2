/**
 * Canonical names of well-known actors, from any of their spellings.
 *
 * @module
 */
import { actorLexicons, nameKey } from "./lexicons.js";

/** The canonical name for `name` when the lexicons know it, else `name` itself, trimmed. */
export function canonicalActorName(name: string): string {
  const trimmed = name.trim().replace(/['’]s$/u, "");
  const key = nameKey(trimmed);
  const lex = actorLexicons();
  return lex.figures.get(key)?.name ?? lex.bodies.get(key)?.name ?? name.trim();
}
