/**
 * Capitalized words that name no actor by themselves: adjectives of politics, religion and
 * region ("Republican", "Western", "Islamic"), and the heads of event names ("Victory Day",
 * "World Cup", "Open"). General knowledge of English usage.
 *
 * @module
 */
import { MONTH_WORDS, WEEKDAY_WORDS } from "./dates.js";

/** Adjectives written with a capital that are not names, lower case. */
export const CAPITALIZED_ADJECTIVES: readonly string[] = [
  "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "conservatives",
  "liberal", "liberals", "labour", "socialist", "socialists", "communist", "communists", "nationalist",
  "nationalists", "islamist", "islamists", "islamic", "muslim", "muslims", "christian", "christians",
  "catholic", "catholics", "protestant", "orthodox", "jewish", "jew", "jews", "arab", "arabs", "arabic",
  "sunni", "shia", "shiite", "western", "eastern", "northern", "southern", "westerners", "african",
  "asian", "european", "europeans", "latin", "nordic", "baltic", "balkan", "slavic", "kurdish", "kurds",
  "pashtun", "tamil", "sikh", "hindu", "buddhist", "nazi", "nazis", "nazism", "fascist", "soviet",
  "bolshevik", "marxist", "zionist", "gaullist", "tory", "tories", "whig", "english", "french", "gmt",
  "moslem", "moslems", "yugoslav", "yugoslavs", "swede", "swedes", "dane", "danes", "finn", "finns", "pole",
  "poles", "scot", "scots", "brit", "brits", "afrikaner", "afrikaners", "roman", "kurd", "creole", "hispanic",
  "caucasian", "anglican", "methodist", "baptist", "lutheran", "evangelical", "pentecostal", "mormon",
];

/** Last words that make a capitalized name an event's, a holiday's or a prize's, lower case. */
export const EVENT_HEADS: readonly string[] = [
  "day", "days", "war", "wars", "cup", "open", "championship", "championships", "games", "olympics",
  "series", "trophy", "tournament", "classic", "masters", "prix", "award", "awards", "prize", "festival",
  "week", "season", "league", "derby", "marathon", "rally", "tour", "grand", "bowl", "summit",
  "conference", "talks", "agreement", "accord", "accords", "treaty", "act", "bill", "plan", "doctrine",
  "revolution", "crisis", "index", "election", "elections", "ii", "i", "iii",
];

/** Capitalized words that are never names on their own: the pronoun I, calendar words, units of time. */
// Built in a call marked pure: spreading the calendar maps is a call a bundler cannot prove pure,
// so a bundle that never reads this list (resolveDate alone) would keep it.
export const NEVER_NAMES: readonly string[] = /* @__PURE__ */ (() => [
  "i", ...WEEKDAY_WORDS.keys(), ...MONTH_WORDS.keys(),
  "ok", "tv", "pm", "am", "gmt", "bst", "cet", "est", "edt", "pst", "utc", "ad", "bc",
])();

/** Lower-case particles that may sit inside a person's name ("Ursula von der Leyen", "bin Salman"). */
export const NAME_PARTICLES: readonly string[] = [
  "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "le", "la",
  "dos", "das", "ter", "ten", "y", "bint", "abu",
];

/** Words that join the parts of an organization's name after its head ("Ministry of Defence"). */
export const ORGANIZATION_JOINERS: readonly string[] = ["of", "for", "on", "de", "du", "des", "del"];

/** Sports statistics written as acronyms, lower case: "three RBI", "his ERA", "an MVP". Never an organization. */
export const STATISTICS_ACRONYMS: readonly string[] = ["rbi", "rbis", "era", "mvp", "ppg", "rpg", "obp"];

/**
 * Lower-case words an acronym passes over in the name it shortens: "Organisation for Security and
 * Cooperation in Europe (OSCE)", "Bank of the Republic (BR)".
 */
export const ACRONYM_SKIPPED_WORDS: readonly string[] = ["of", "for", "and", "the", "in", "on", "at", "to", "de", "du", "des", "del", "la", "le", "et", "&"];

/** Last words that make a capitalized name a building's or a site's, a place rather than an actor. */
export const FACILITY_HEADS: readonly string[] = [
  "stadium", "arena", "school", "airport", "airbase", "station", "port", "harbour", "harbor", "bridge", "square",
  "street", "avenue", "road", "plant", "mosque", "cathedral", "temple", "synagogue", "market", "mall", "camp",
  "park", "palace", "tower", "building", "hotel", "dam", "canal", "pipeline", "highway", "motorway",
];

/** Last words that, after a demonym or an adjective alone, name a state or a bloc as a place: "Soviet Union", "Russian Federation". */
export const POLITY_HEADS: readonly string[] = ["union", "federation", "republic", "kingdom", "empire", "bloc", "confederation"];

/**
 * Lower-case nouns of land and sites that, right after a capitalized name, make it the name of a
 * place ("the Kervan mountains", "Dorsk airport", "Taldyk province"), not of an actor.
 */
export const PLACE_NOUNS_AFTER: readonly string[] = [
  "airport", "airfield", "airbase", "mountains", "mountain", "hills", "valley", "river", "lake", "island",
  "islands", "peninsula", "province", "region", "district", "county", "village", "town", "city", "suburb",
  "port", "harbour", "harbor", "prison", "jail", "camp", "checkpoint", "crossing", "church", "mosque",
  "cathedral", "sanatorium", "stadium", "square", "coast", "desert", "gorge", "pass", "area", "neighbourhood",
  "neighborhood",
];

/**
 * Last words of a name that make it the name of a feature of the land or the sea ("the Virgin
 * Islands", "the Kervan Mountains", "Golan Heights"), not of a person or a body. Lower case.
 * No "city", "church" or "port": "Leicester City", "the Catholic Church" are bodies.
 */
export const PLACE_HEADS: readonly string[] = [
  "islands", "isles", "archipelago", "mountains", "hills", "heights", "highlands", "peninsula", "valley",
  "plateau", "strait", "straits", "gulf", "desert",
];

/**
 * Lower-case nouns of weapons that, right after a capitalized name, make it the weapon's name
 * ("Storm Shadow missiles", "Leopard tanks"), not an actor's. No aircraft: "Boeing jets" names the maker.
 */
export const WEAPON_NOUNS_AFTER: readonly string[] = [
  "missile", "missiles", "rocket", "rockets", "launcher", "launchers", "drone", "drones", "tank", "tanks",
  "rifle", "rifles", "howitzer", "howitzers", "shells", "munitions", "warheads", "interceptors", "torpedoes",
  "grenades", "weapons", "systems",
];

/** Lower-case words that may stand between a weapon's name and its noun ("Kalashnikov assault rifles"). */
export const WEAPON_MODIFIERS: readonly string[] = [
  "assault", "cruise", "ballistic", "hypersonic", "air", "defence", "defense", "attack", "guided", "anti-tank",
  "anti-aircraft", "long-range", "rocket", "automatic", "battle", "kamikaze", "combat", "sniper",
];

/** Prefixes of a ship's name ("MV Brave Commander", "HMS Duncan"): a vessel, not an actor. Lower case. */
export const VESSEL_PREFIXES: readonly string[] = ["mv", "hms", "uss", "rms", "ss", "mt"];

/** Words of a page's share buttons ("Facebook Twitter Email", "Email Print"), lower case. */
export const SHARE_BAR_WORDS: readonly string[] = [
  "share", "facebook", "twitter", "email", "e-mail", "print", "tweet", "whatsapp", "messenger", "linkedin",
  "pinterest", "reddit", "tumblr", "flipboard", "telegram", "sms", "copy", "link", "comments", "google+", "pin",
];

/** Words that join share buttons on their line ("Share on Twitter", "Share this article"), lower case. */
export const SHARE_BAR_GLUE: readonly string[] = ["on", "this", "article", "story", "via", "to", "with", "it", "page", "x"];
