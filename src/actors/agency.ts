/**
 * Agency: an actor does or says something. A body named only as the medium of someone else's
 * words ("told the BBC", "wrote on Telegram", "via Reuters") does neither, and is left out.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { ActorDraft } from "./identities.js";

/** Words that make the name after them (with an optional "the") a medium or a listener. */
const MEDIUM_CUES = new Set(["told", "tell", "telling", "on", "via"]);

/** True when `draft` is an organization named only right after a medium cue. */
export function onlyMedium(doc: Document, draft: ActorDraft, tokenAt: ReadonlyMap<number, number>): boolean {
  if (draft.kind !== "organization") return false;
  const names = draft.mentions.filter((m) => m.form === "name" || m.form === "alias");
  if (names.length === 0) return false;
  return names.every((m) => {
    const index = tokenAt.get(m.start);
    if (index === undefined) return false;
    let k = index - 1;
    if (k >= 0 && doc.tokens[k]!.text.toLowerCase() === "the") k--;
    return k >= 0 && MEDIUM_CUES.has(doc.tokens[k]!.text.toLowerCase());
  });
}
