// Builds the benchmark workloads from our own templates (templates.mjs) and examples/seed.txt:
// deterministic, so every run and every child process sees the same texts.
import { readFileSync } from "node:fs";
import * as T from "./templates.mjs";

const SEED_TEXT = readFileSync(new URL("../examples/seed.txt", import.meta.url), "utf8");
const SEED_PUBLISHED = "2025-04-24";

/** A small fast PRNG (mulberry32): the same seed gives the same workload everywhere. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
/** "Elena Marchetti" → "Marchetti", "Pieter van Dijk" → "van Dijk". */
function lastName(name) {
  const words = name.split(" ");
  const particle = words.at(-2);
  return particle && /^(?:van|de|da|von)$/u.test(particle) ? words.slice(-2).join(" ") : words.at(-1);
}

function distinct(rng, list, n) {
  const out = [];
  while (out.length < n) {
    const x = pick(rng, list);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** A publication date in 2024–2025, ISO 8601. */
function publishedDate(rng) {
  const d = new Date(Date.UTC(2024, 0, 1) + int(rng, 0, 729) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Fills one template; article-wide slots come from `cast`, the others are drawn per use. */
function fill(template, cast, rng) {
  return template.replace(/\{([A-Z0-9a-z]+)\}/gu, (_, slot) => {
    if (slot in cast) return cast[slot];
    switch (slot) {
      case "N": return String(int(rng, 2, 60));
      case "N2": return String(int(rng, 61, 4000));
      case "AGO": return String(int(rng, 2, 90));
      case "WEEKDAY": return pick(rng, T.WEEKDAYS);
      case "MONTH": return pick(rng, T.MONTHS);
      case "YEAR": return String(int(rng, 2014, 2025));
      case "DAY": return String(int(rng, 1, 28));
      case "VERB": return pick(rng, T.VERBS);
      default: throw new Error(`unknown slot {${slot}}`);
    }
  });
}

function castFor(rng) {
  const [p1, p2, p3] = distinct(rng, T.PEOPLE, 3);
  const [t1, t2, t3] = distinct(rng, T.TITLES, 3);
  const [[c1, a1], [c2, a2]] = distinct(rng, T.COUNTRIES, 2);
  const [city, city2] = distinct(rng, T.CITIES, 2);
  return {
    P1: p1, P2: p2, P3: p3, P1last: lastName(p1), P2last: lastName(p2), P3last: lastName(p3),
    T1: t1, T2: t2.toLowerCase(), T3: t3, C1: c1, C2: c2, A1: a1, A2: a2,
    CITY: city, CITY2: city2, REGION: pick(rng, T.REGIONS), ORG: pick(rng, T.ORGS),
  };
}

/** One generated article of about `chars` characters: a headline and paragraphs from the templates. */
export function generateArticle(rng, chars = 3000) {
  const cast = castFor(rng);
  const parts = [fill(pick(rng, T.HEADLINES), cast, rng)];
  let length = parts[0].length;
  // Each template at most once per article, as a real story does not repeat its paragraphs.
  const order = distinct(rng, T.PARAGRAPHS, T.PARAGRAPHS.length);
  while (length < chars - 200 && order.length > 0) {
    const paragraph = fill(order.pop(), cast, rng);
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join("\n\n");
}

/** The seed with another cast, other places and other numbers: same shape, new facts. */
export function seedVariant(rng) {
  const cast = castFor(rng);
  return SEED_TEXT.replaceAll("Donald Trump", cast.P1)
    .replaceAll("Vladimir Putin", cast.P2)
    .replaceAll("Volodymyr Zelenskyy", cast.P3)
    .replaceAll("Trump", cast.P1last)
    .replaceAll("Putin", cast.P2last)
    .replaceAll("Zelenskyy", cast.P3last)
    .replaceAll("Kyiv", cast.CITY)
    .replaceAll("At least 12", `At least ${int(rng, 2, 60)}`)
    .replaceAll("90 were injured", `${int(rng, 61, 400)} were injured`)
    .replaceAll("44 days ago", `${int(rng, 2, 90)} days ago`);
}

/**
 * Workload (a): `count` articles of about 3 KB, each with its own publication date. One in ten
 * is the seed or a variant of it; the rest come from the templates.
 */
export function articleSet(count = 1000, seed = 1) {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return { id: "seed", text: SEED_TEXT, published: SEED_PUBLISHED };
    const text = i % 10 === 0 ? seedVariant(rng) : generateArticle(rng, 3000);
    return { id: `a${i}`, text, published: publishedDate(rng) };
  });
}

/** Workloads (b) and (c): one text of exactly `chars` characters, generated articles end to end. */
export function longText(chars, seed = 2) {
  const rng = random(seed);
  const parts = [];
  let length = 0;
  while (length < chars) {
    const article = generateArticle(rng, 3000);
    parts.push(article);
    length += article.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}

/** The publication date the long texts are read against. */
export const LONG_TEXT_PUBLISHED = SEED_PUBLISHED;
