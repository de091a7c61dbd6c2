/**
 * The readable summary `newsfacts parse --format summary` prints: one section per facet.
 *
 * @module
 */
import type { Article, Count } from "../index.js";

/** Longest quote we print in full; a longer one is cut with an ellipsis so a summary stays a summary. */
const MAX_QUOTE = 120;

/**
 * Renders an {@link Article} as plain text for people: title, dates with their TIMEX3 values,
 * actors with mention counts, statements with their speakers, territories with ISO codes and
 * casualties with their bounds. `publishedFromPage` marks a publication date read from an HTML
 * page's metadata rather than given.
 */
export function formatSummary(article: Article, publishedFromPage = false): string {
  const actorNames = new Map(article.actors.map((actor) => [actor.id, actor.name]));
  const territoryNames = new Map(article.territories.map((territory) => [territory.id, territory.name]));
  const lines: string[] = [];
  lines.push(article.title ?? "(no title)");
  lines.push(
    `published: ${article.published === undefined ? "not given (relative dates resolve against the text's own dates, or stay unresolved)" : `${article.published}${publishedFromPage ? " (read from the page)" : ""}`}`,
  );
  section(lines, "Dates", article.dates.map((d) => `${quote(d.text)} → ${d.value} (${d.type})`));
  section(
    lines,
    "Actors",
    article.actors.map((a) => `${a.name} (${a.kind}${a.titles.length ? `; ${a.titles.join(", ")}` : ""}): ${plural(a.mentions.length, "mention")}`),
  );
  section(
    lines,
    "Statements",
    article.statements.map((s) => {
      const speaker = s.speaker === undefined ? "unknown speaker" : (actorNames.get(s.speaker) ?? s.speaker);
      return `${speaker}${s.cue ? ` (${s.cue.text})` : ""}: ${s.kind === "direct" ? quote(s.content.text) : clip(s.content.text)}`;
    }),
  );
  section(
    lines,
    "Territories",
    article.territories.map((t) => `${t.name}${t.iso ? ` [${t.iso}]` : ""} (${t.kind}${t.status ? `, ${t.status}` : ""}): ${plural(t.mentions.length, "mention")}`),
  );
  section(
    lines,
    "Casualties",
    article.casualties.map((c) => `${c.kind}: ${formatCount(c.count)}${c.victims ? ` ${c.victims}` : ""}${c.including ? ` (including ${c.including.map((p) => `${formatCount(p.count)} ${p.victims}`).join(", ")})` : ""}${c.place ? ` in ${territoryNames.get(c.place) ?? c.place}` : ""}${c.date ? ` on ${c.date.value}` : ""}`),
  );
  if (article.diagnostics.length > 0) section(lines, "Diagnostics", article.diagnostics.map((d) => `${d.code}: ${d.message}`));
  return lines.join("\n") + "\n";
}

/** "at least 12", "90", "10–20", "about 50", "up to 30": the bounds as a reader would say them. */
export function formatCount(count: Count): string {
  const about = count.approximate ? "about " : "";
  if (count.max === undefined) return `at least ${count.min}`;
  // Only an upper bound ("up to 30", "nearly 200"): "0–200" would read as a range someone gave.
  if (count.min === 0 && count.max > 0) return `${count.approximate ? "nearly" : "up to"} ${count.max}`;
  if (count.max === count.min) return `${about}${count.min}`;
  return `${about}${count.min}–${count.max}`;
}

function section(lines: string[], heading: string, items: readonly string[]): void {
  lines.push("", `${heading} (${items.length})`);
  for (const item of items) lines.push(`  - ${item}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function quote(text: string): string {
  return `“${clip(text)}”`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, " ");
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}
