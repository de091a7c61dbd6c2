/**
 * Countries a speaker phrase can speak for: country names, their demonyms ("Ukrainian
 * officials") and the metonyms of their governments ("a Kremlin spokesperson"). Data only; keys
 * in lower case. A fallback for when the actor stage has not named the body.
 *
 * @module
 */

/** One country: canonical name, then the words that point to it. */
const COUNTRIES: readonly (readonly [name: string, ...words: string[]])[] = [
  ["Russia", "russia", "russian", "russians", "kremlin", "moscow", "russian federation"],
  ["Ukraine", "ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"],
  ["United States", "united states", "us", "u.s.", "usa", "america", "american", "americans", "white house", "washington"],
  ["United Kingdom", "united kingdom", "uk", "u.k.", "britain", "great britain", "british", "downing street", "london"],
  ["France", "france", "french", "elysee", "élysée", "paris"],
  ["Germany", "germany", "german", "germans", "berlin"],
  ["China", "china", "chinese", "beijing"],
  ["Belarus", "belarus", "belarusian", "minsk"],
  ["Poland", "poland", "polish", "warsaw"],
  ["Israel", "israel", "israeli", "israelis"],
  ["Iran", "iran", "iranian", "tehran"],
  ["North Korea", "north korea", "north korean", "pyongyang"],
  ["South Korea", "south korea", "south korean", "seoul"],
  ["Turkey", "turkey", "türkiye", "turkish", "ankara"],
  ["Qatar", "qatar", "qatari", "doha"],
  ["Egypt", "egypt", "egyptian", "cairo"],
  ["Saudi Arabia", "saudi arabia", "saudi", "saudis", "riyadh"],
  ["Syria", "syria", "syrian", "damascus"],
  ["Sudan", "sudan", "sudanese", "khartoum"],
  ["Japan", "japan", "japanese", "tokyo"],
  ["India", "india", "indian", "new delhi"],
  ["Italy", "italy", "italian", "rome"],
  ["Spain", "spain", "spanish", "madrid"],
  ["Canada", "canada", "canadian", "ottawa"],
  ["Mexico", "mexico", "mexican"],
  ["Hungary", "hungary", "hungarian", "budapest"],
  ["Estonia", "estonia", "estonian", "tallinn"],
  ["Latvia", "latvia", "latvian", "riga"],
  ["Lithuania", "lithuania", "lithuanian", "vilnius"],
  ["Finland", "finland", "finnish", "helsinki"],
  ["Sweden", "sweden", "swedish", "stockholm"],
  ["Norway", "norway", "norwegian", "oslo"],
  ["Denmark", "denmark", "danish", "copenhagen"],
  ["Netherlands", "netherlands", "dutch", "the hague"],
  ["Moldova", "moldova", "moldovan", "chisinau"],
  ["Georgia", "georgia", "georgian", "tbilisi"],
  ["Lebanon", "lebanon", "lebanese", "beirut"],
  ["Iraq", "iraq", "iraqi", "baghdad"],
  ["Afghanistan", "afghanistan", "afghan", "kabul"],
  ["Pakistan", "pakistan", "pakistani", "islamabad"],
  ["Palestine", "palestinian", "palestinians"],
  ["Jordan", "jordan", "jordanian", "amman"],
  ["Yemen", "yemen", "yemeni"],
  ["Brazil", "brazil", "brazilian"],
  ["Australia", "australia", "australian", "canberra"],
  ["Austria", "austria", "austrian", "vienna"],
  ["Switzerland", "switzerland", "swiss", "bern"],
  ["Belgium", "belgium", "belgian"],
  ["Romania", "romania", "romanian", "bucharest"],
  ["Slovakia", "slovakia", "slovak"],
  ["Czech Republic", "czech republic", "czechia", "czech", "prague"],
  ["Serbia", "serbia", "serbian", "belgrade"],
  ["Greece", "greece", "greek", "athens"],
  ["Kazakhstan", "kazakhstan", "kazakh"],
  ["Venezuela", "venezuela", "venezuelan"],
  ["Cuba", "cuba", "cuban", "havana"],
];

/** Lower-case word or phrase → canonical country name. */
export const COUNTRY_WORDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ COUNTRIES.flatMap(([name, ...words]) => words.map((w) => [w, name] as const)),
);

/** Canonical country names, for telling a country from a person when a speaker is one word. */
export const COUNTRY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ COUNTRIES.map(([name]) => name.toLowerCase()));
