// Human tolls with their bounds: "at least 14" has no upper bound, "dozens" is a range, "three"
// is exact. The same toll is often stated twice: summarize, do not add up.
//
//   npx tsup && node examples/casualties.mjs
//
// Prints:
// killed   at least 14       "At least 14 people were killed" (Kherson, 2025-04-18)
// injured  24 to 99 (about)  "dozens were injured" (Kherson, 2025-04-18)
// missing  exactly 3         "Three people are still missing" (Kherson)
// killed   exactly 14        "14 people had been killed"
// injured  30 to 40          "30 to 40 were hurt"
// largest toll of each kind: killed 14+, injured 30-40, missing 3
import { findCasualties, findTerritories, summarizeCasualties } from "newsfacts";

const story = `Flood in Kherson

At least 14 people were killed and dozens were injured in Kherson when the water rose last Friday, officials said. Three people are still missing.

Rescuers said 14 people had been killed and 30 to 40 were hurt.`;

// vague: "all" keeps "dozens" and "hundreds" as bounded ranges; the default (and parseArticle)
// keeps only the small vague amounts ("several"), and "none" none.
const casualties = findCasualties(story, { published: "2025-04-24", vague: "all" });
const places = findTerritories(story);

/** A count as a reader would say it: `max` absent means no upper bound. */
function bounds({ min, max, approximate }) {
  if (max === undefined) return `at least ${min}`;
  const range = min === max ? `exactly ${min}` : `${min} to ${max}`;
  return approximate ? `${range} (about)` : range;
}

for (const c of casualties) {
  // `place` is the id of a territory of the text, `date` a temporal expression.
  const place = places.find((t) => t.id === c.place)?.name;
  const where = [place, c.date?.value].filter(Boolean).join(", ");
  console.log(`${c.kind.padEnd(8)} ${bounds(c.count).padEnd(17)} "${c.text}"${where ? ` (${where})` : ""}`);
}

const summary = summarizeCasualties(casualties);
const say = ({ min, max }) => (max === undefined ? `${min}+` : min === max ? `${min}` : `${min}-${max}`);
console.log(`largest toll of each kind: ${Object.values(summary).map((t) => `${t.kind} ${say(t.count)}`).join(", ")}`);
