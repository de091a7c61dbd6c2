/**
 * The words of organizations described rather than named: "Russia's defence ministry", "the
 * Russian military", "Ukraine's air force", "Kyiv's military administration". General English.
 *
 * @module
 */

/** Head nouns of a described organization and the category each belongs to, lower case. */
export const DESCRIBED_HEADS: ReadonlyMap<string, string> = new Map([
  ["ministry", "ministry"],
  ["military", "military"],
  ["army", "military"],
  ["forces", "military"],
  ["armed forces", "military"],
  ["air force", "air force"],
  ["navy", "navy"],
  ["presidency", "presidency"],
  ["government", "government"],
  ["administration", "administration"],
  ["service", "service"],
  ["agency", "agency"],
  ["parliament", "parliament"],
  ["prosecutor's office", "prosecutor"],
  ["general staff", "general staff"],
]);

/** Words that may stand between the country word and the head ("defence", "state emergencies"). */
export const DESCRIBED_MODIFIERS: ReadonlySet<string> = new Set([
  "defence", "defense", "foreign", "interior", "health", "infrastructure", "emergency", "emergencies",
  "state", "military", "armed", "air", "city", "justice", "finance", "economy", "energy", "education",
  "agriculture", "culture", "information", "intelligence", "security", "border", "national", "special",
  "regional", "presidential", "foreign affairs", "internal", "affairs", "home", "trade", "transport",
  "digital", "social", "policy", "emergencies", "general", "prosecutor", "migration", "civil",
]);

/** Categories that stand for the country's government itself ("the Israeli government" is Israel). */
export const GOVERNMENT_CATEGORIES: ReadonlySet<string> = new Set(["government"]);

/** Functions a country has one body of: its described force is that body wherever the text names it ("the Israeli military" and "the IDF"). */
export const SINGLE_FORCES: ReadonlySet<string> = new Set(["military", "navy", "air force"]);

/** Canonical names of the military category, which news names in many ways. */
export const MILITARY_NAME = "Armed Forces";
