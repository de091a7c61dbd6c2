/**
 * Titles, honorifics and roles that name what a person is ("President", "Prime Minister",
 * "Gen.", "spokesman"). General knowledge of English news usage.
 *
 * @module
 */

/**
 * Titles written before a name, lower case, longest first where one extends another. A title
 * marks the name after it as a person's ("Prime Minister Jonas Gahr Støre").
 */
export const PERSON_TITLES: readonly string[] = [
  "prime minister", "deputy prime minister", "first minister", "foreign minister", "defence minister",
  "defense minister", "interior minister", "finance minister", "economy minister", "health minister",
  "justice minister", "energy minister", "trade minister", "agriculture minister", "sports minister",
  "foreign secretary", "home secretary", "defence secretary", "defense secretary", "secretary of state",
  "secretary general", "secretary-general", "director general", "director-general", "chief executive",
  "vice president", "vice-president", "president-elect", "crown prince", "supreme leader", "attorney general",
  "field marshal", "lieutenant general", "major general", "brigadier general", "rear admiral", "vice admiral",
  "chief of staff", "national security adviser", "press secretary", "white house press secretary",
  "lieutenant colonel", "staff sergeant", "head coach", "team captain", "major-general", "lieutenant-general",
  "lieutenant-colonel", "rear-admiral", "vice-admiral", "chief executive officer", "managing director",
  "ceo", "cfo", "coo", "cto", "president and chief executive",
  "president", "premier", "chancellor", "minister", "secretary", "senator", "congressman", "congresswoman",
  "representative", "governor", "mayor", "ambassador", "envoy", "commissioner", "chairman", "chairwoman",
  "chair", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
  "king", "queen", "prince", "princess", "emperor", "sheikh", "sheik", "emir", "sultan", "ayatollah",
  "pope", "cardinal", "archbishop", "bishop", "patriarch", "rabbi", "imam", "reverend", "father",
  "general", "admiral", "colonel", "major", "captain", "lieutenant", "commander", "sergeant", "marshal",
  "judge", "justice", "prosecutor", "lawyer", "attorney", "speaker", "leader", "coach", "manager",
  "striker", "midfielder", "defender", "goalkeeper", "forward", "skipper", "batsman", "bowler", "pitcher",
  "champion", "driver", "rider", "analyst", "economist", "correspondent", "editor", "reporter", "official",
  "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "prof", "professor", "gen", "lt", "col",
  "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig", "gov", "sen", "rep", "pres", "amb", "rev", "hon",
  "insp", "supt", "det", "cpl", "pvt", "madam", "madame", "sheriff", "coroner",
];

/** Honorifics that only ever precede a person's name; they carry no role. */
export const HONORIFICS: readonly string[] = [
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "reverend", "hon",
  "madam", "madame",
];

/**
 * Titles that are also common surnames: after an honorific and with nothing after them they name
 * a person ("Mr. King", "Dr. Judge"), where "Mr. President" or "Mr. Speaker" is a form of address.
 */
export const TITLES_ALSO_SURNAMES: readonly string[] = [
  "king", "judge", "bishop", "major", "marshal", "dean", "earl", "baron", "pope", "prince", "cardinal", "abbot",
];

/**
 * Head-of-state and head-of-government titles: "the Russian leader" can point to anyone
 * holding one of these.
 */
export const LEADER_TITLES: readonly string[] = [
  "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "supreme leader",
  "leader", "crown prince", "sheikh",
];

/**
 * Role nouns that, after "the" (with an optional country word), describe a person already
 * named ("the president", "the Russian leader", "the interior minister"), longest first.
 */
export const DESCRIPTION_ROLES: readonly string[] = [
  "prime minister", "foreign minister", "defence minister", "defense minister", "interior minister",
  "finance minister", "health minister", "foreign secretary", "defence secretary", "defense secretary",
  "secretary of state", "secretary general", "secretary-general", "vice president", "crown prince",
  "supreme leader", "president", "premier", "chancellor", "leader", "minister", "mayor", "governor",
  "general", "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "king",
  "queen", "pope", "senator", "chairman", "coach", "manager", "captain", "sheriff",
];

/** Lower-case role words that, right before a capitalized name, mark it as a person's ("coach Glenn Hoddle"). */
export const PERSON_ROLE_CUES: readonly string[] = [
  "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "captain",
  "skipper", "batsman", "bowler", "pitcher", "spinner", "opener", "all-rounder", "champion", "seed",
  "compatriot", "countryman", "countrywoman", "teammate", "partner", "rival", "opponent", "winner",
  "driver", "rider", "cyclist", "player", "international", "veteran", "newcomer", "substitute",
  "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "chairman",
  "chairwoman", "director", "chief", "executive", "official", "analyst", "economist", "strategist",
  "dealer", "trader", "broker", "lawyer", "attorney", "judge", "prosecutor", "leader", "deputy",
  "adviser", "advisor", "aide", "envoy", "ambassador", "governor", "mayor", "senator", "general",
  "commander", "colonel", "officer", "correspondent", "reporter", "editor", "author", "writer",
  "actor", "actress", "singer", "director", "producer", "businessman", "businesswoman", "tycoon",
  "billionaire", "activist", "dissident", "candidate", "challenger", "incumbent", "premier",
  "chancellor", "king", "queen", "prince", "princess", "son", "daughter", "wife", "husband",
  "brother", "sister", "father", "mother", "uncle", "aunt", "mr", "mrs", "ms", "dr",
];

/** Words that qualify a title before it ("Assistant Secretary of State", "former President"). */
export const TITLE_MODIFIERS: readonly string[] = [
  "assistant", "deputy", "acting", "former", "ex", "senior", "junior", "interim", "vice", "first", "chief",
  "associate", "executive", "general", "lead", "principal", "special", "under", "outgoing", "incoming",
];
