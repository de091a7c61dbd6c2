/**
 * Word lists the place matcher reads around a gazetteer match: generic region words, locative
 * prepositions, words that make a country a place or an actor, facility words, status cues.
 * General English, written by hand; all lowercase.
 *
 * @module
 */

/** Generic words that follow a stem to name a subdivision ("Kyiv Oblast", "the Kursk region"), with the kind they give. */
export const REGION_WORDS: ReadonlyMap<string, "region" | "district"> = new Map([
  ["oblast", "region"],
  ["oblasts", "region"],
  ["region", "region"],
  ["regions", "region"],
  ["province", "region"],
  ["provinces", "region"],
  ["governorate", "region"],
  ["governorates", "region"],
  ["krai", "region"],
  ["kray", "region"],
  ["voivodeship", "region"],
  ["prefecture", "region"],
  ["state", "region"],
  ["regional", "region"],
  ["district", "district"],
  ["raion", "district"],
  ["rayon", "district"],
]);

/** The generic words that end a subdivision's English name, so its stem can be taken ("Kyiv Oblast" → "Kyiv"). */
export const NAME_GENERIC_WORDS: ReadonlySet<string> = new Set([
  "oblast", "region", "province", "governorate", "krai", "voivodeship", "prefecture", "state", "district", "metropolis", "union territory",
]);

/** Plural region words that close a list of stems ("the Kherson and Zaporizhzhia regions"). */
export const PLURAL_REGION_WORDS: ReadonlySet<string> = new Set(["regions", "oblasts", "provinces", "governorates", "states"]);

/** Prepositions after which a country or capital is a place ("in Ukraine", "the whole of Europe"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "into", "inside", "within", "across", "throughout", "from", "to", "toward", "towards", "near", "around",
  "outside", "of", "via", "through", "over", "beyond", "across", "entered", "entering", "visited", "visiting",
  "visit", "reached", "struck", "hit", "hits", "attacked", "shelled", "bombed", "invaded", "invading", "invade",
  "targeted", "captured", "seized", "occupied", "annexed", "liberated", "recaptured", "retook", "left", "fled",
  "leave", "flee", "striking", "hitting", "attacking", "shelling", "bombing", "targeting", "entering",
  "leaving", "fleeing", "invading", "occupying", "capturing", "seizing", "liberating", "reaching", "returning",
  "returned", "travelled", "traveled", "travelling", "arrived", "arriving", "moved", "deployed", "sent",
  "stationed", "based", "born", "lived", "living", "located", "situated", "held", "along", "off", "under", "above", "below", "amid", "among", "where",
]);

/** Prepositions after which a country or capital acts ("sanctions on Moscow", "talks with Ukraine"). */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(["by", "for", "with", "against", "on", "than", "between", "urged", "told", "asked", "allow", "allowed", "pushed", "urging", "telling", "asking", "allowing", "pushing"]);

/** Nouns of attack before "on": "attacks on Kyiv" makes Kyiv a place, while "sanctions on Moscow" does not. */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set([
  "attack", "attacks", "strike", "strikes", "assault", "assaults", "offensive", "barrage", "raid", "raids",
  "bombardment", "shelling", "missiles", "drones", "bombing", "bombings", "march", "advance", "push",
]);

/** Words before a place that make it a place whatever follows ("southern Germany", "neighbouring Belarus"). */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([
  "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern",
  "south-western", "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west",
  "south-east", "south-west", "north", "south", "east", "west", "neighbouring", "neighboring", "occupied", "annexed", "liberated", "war-torn",
  "post-war", "pre-war", "mainland", "rural", "coastal", "downtown", "greater", "frontline", "front-line",
  "russian-occupied", "russian-controlled", "russia-occupied", "moscow-controlled", "kremlin-controlled",
  "israeli-occupied", "rsf-controlled", "rebel-held", "government-held", "army-held", "nearby", "entire", "whole",
  "all", "besieged", "embattled", "capital", "city", "town", "village", "region", "province", "country",
]);

/** Nouns after a possessive that make the owner a place ("Ukraine's east", "Europe's largest"). */
export const PLACE_POSSESSIONS: ReadonlySet<string> = new Set([
  "east", "west", "north", "south", "north-east", "north-west", "south-east", "south-west", "northeast",
  "northwest", "southeast", "southwest", "capital", "territory", "territories", "border", "borders", "border",
  "region", "regions", "province", "provinces", "oblast", "ports", "port", "coast", "coastline", "soil",
  "airspace", "cities", "city", "towns", "villages", "countryside", "largest", "biggest", "second-largest",
  "heartland", "interior", "outskirts", "suburbs", "centre", "center", "frontline", "front", "south-eastern",
  "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-western",
  "occupied", "population", "residents", "people", "civilians", "streets", "skies", "waters", "districts",
  "peninsula", "farmland", "fields", "infrastructure", "energy", "power", "airport", "airports", "metro",
  "mayor", "governor", "hospitals", "schools", "buildings", "neighbourhoods", "neighborhoods", "skyline",
  "river", "rivers", "mountains", "shores", "beaches", "forests", "ports", "railway", "railways", "roads",
]);

/** Capitalized words after a place name that make it part of a sporting event's name ("the U.S. Open", "the Kenya Cup"), lower case. */
export const EVENT_NAME_HEADS: ReadonlySet<string> = new Set([
  "open", "cup", "championship", "championships", "games", "olympics", "trophy", "tournament", "classic", "masters", "grand",
  "prix", "derby", "marathon", "rally", "bowl",
]);

/** Capitalized words after a place name that, in sports reporting, make it a club's name ("Bristol City", "Derby County"), lower case. */
export const CLUB_NAME_TAILS: ReadonlySet<string> = new Set([
  "city", "united", "rovers", "wanderers", "athletic", "albion", "county", "rangers", "hotspur", "villa", "wednesday", "orient",
  "argyle", "alexandra", "academicals", "thistle",
]);

/** Lowercase words after a place name that make it part of a facility's name ("Zaporizhzhia nuclear plant"). */
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
  "nuclear", "power", "plant", "dam", "airport", "airfield", "airbase", "refinery", "reactor", "hydroelectric",
]);

/** Capitalized words that may follow a place name without making it part of another name ("Moscow Mayor"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "prime", "premier", "mayor", "governor", "ambassador",
  "minister", "secretary", "chancellor", "leader", "king", "queen", "emperor", "envoy", "spokesman", "spokeswoman",
  "spokesperson", "officials", "official", "authorities", "troops", "forces", "oblast", "region", "province",
  "krai", "governorate", "district", "raion", "regional", "city", "coast", "strip", "border", "general", "vice",
  "deputy", "sen", "senator", "rep", "gov", "chief", "head",
]);

/** Verbs after a country or capital that make it an actor ("Moscow said", "Russia has"). */
export const AGENT_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "has", "have", "had", "is", "was", "will", "would", "could", "should", "must", "may",
  "might", "can", "cannot", "can't", "won't", "does", "did", "do", "wants", "wanted", "claims", "claimed",
  "denied", "denies", "accused", "accuses", "launched", "launches", "struck", "strikes", "fired", "fires",
  "warned", "warns", "announced", "announces", "insists", "insisted", "agreed", "agrees", "refused", "refuses",
  "rejected", "rejects", "demanded", "demands", "invaded", "annexed", "attacked", "responded", "sent", "sends",
  "continues", "continued", "seeks", "sought", "hopes", "hoped", "plans", "planned", "threatened", "threatens",
  "reported", "reports", "confirmed", "confirms", "urged", "urges", "called", "calls", "offered", "offers",
  "signed", "signs", "imposed", "expelled", "blamed", "blames", "needs", "needed", "supports", "supported",
  "backs", "backed", "considers", "considered", "says", "took", "takes", "stuck", "regained", "pushed",
  "lashed", "handed", "received", "remains", "remained", "also", "already", "now", "still", "recently", "promised", "pledged", "vowed", "stepped", "retaliated", "deployed", "used", "uses",
  "provided", "provides", "supplied", "gave", "gives", "recognised", "recognized", "failed",
  "officially", "currently", "controls", "controlled", "occupies", "occupied", "partially", "celebrated",
]);

/** How a word of status reads: a participle ("occupied"), another form of the verb ("annexes"), or a noun ("annexation"). */
export type StatusForm = "participle" | "verb" | "noun";

/**
 * Words that state a place's status, with the status and the form of each: "the occupied
 * regions", "Russia annexed Crimea", "Japan claims the Kurils", "the annexation of Crimea",
 * "Crimea, annexed by Russia". A compound's last part counts as the participle does
 * ("Israeli-occupied"); "-controlled" and "-held" only after the names of occupiers listed here.
 */
export const STATUS_WORDS: ReadonlyMap<string, readonly ["occupied" | "annexed" | "claimed" | "contested" | "liberated", StatusForm]> = new Map([
  ["occupied", ["occupied", "participle"]],
  ["occupy", ["occupied", "verb"]],
  ["occupies", ["occupied", "verb"]],
  ["occupying", ["occupied", "verb"]],
  ["occupation", ["occupied", "noun"]],
  ["russian-controlled", ["occupied", "participle"]],
  ["russia-controlled", ["occupied", "participle"]],
  ["moscow-controlled", ["occupied", "participle"]],
  ["kremlin-controlled", ["occupied", "participle"]],
  ["rsf-controlled", ["occupied", "participle"]],
  ["rebel-held", ["occupied", "participle"]],
  ["annexed", ["annexed", "participle"]],
  ["annex", ["annexed", "verb"]],
  ["annexes", ["annexed", "verb"]],
  ["annexing", ["annexed", "verb"]],
  ["annexation", ["annexed", "noun"]],
  ["claimed", ["claimed", "participle"]],
  ["claim", ["claimed", "verb"]],
  ["claims", ["claimed", "verb"]],
  ["claiming", ["claimed", "verb"]],
  ["disputed", ["contested", "participle"]],
  ["dispute", ["contested", "verb"]],
  ["disputes", ["contested", "verb"]],
  ["disputing", ["contested", "verb"]],
  ["contested", ["contested", "participle"]],
  ["liberated", ["liberated", "participle"]],
  ["liberate", ["liberated", "verb"]],
  ["liberates", ["liberated", "verb"]],
  ["liberating", ["liberated", "verb"]],
  ["liberation", ["liberated", "noun"]],
  ["recaptured", ["liberated", "participle"]],
  ["recapture", ["liberated", "verb"]],
  ["recaptures", ["liberated", "verb"]],
  ["recapturing", ["liberated", "verb"]],
  ["retook", ["liberated", "verb"]],
  ["retaken", ["liberated", "participle"]],
]);

/** Prepositions after a noun of status that lead to its place ("the annexation of", "claims to", "a dispute over"). */
export const STATUS_NOUN_LINKS: ReadonlySet<string> = new Set(["of", "to", "over", "on"]);

/**
 * Words that may stand between a word of status and the place it qualifies: "occupied parts of",
 * "claims the southern", "the liberated city of", "annexed much of". Lower case.
 */
export const STATUS_BRIDGE_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "of", "its", "their", "his", "her", "our", "part", "parts", "much", "most", "all", "some", "large", "vast",
  "swathes", "swaths", "chunks", "areas", "area", "territory", "territories", "land", "lands", "region", "regions", "province",
  "provinces", "city", "cities", "town", "towns", "village", "villages", "settlement", "settlements", "peninsula", "islands",
  "south", "north", "east", "west", "southern", "northern", "eastern", "western", "central", "south-east", "south-west",
  "north-east", "north-west", "southeastern", "southwestern", "northeastern", "northwestern", "south-eastern", "south-western",
  "north-eastern", "north-western", "remaining", "rest", "entire", "whole", "now", "still", "illegally", "unlawfully", "formally",
  "partially", "partly", "fully", "temporarily", "once", "also", "both", "formerly", "previously", "recently", "already", "back",
]);

/** Forms of "be" (and "remain") before a participle of status: "Kherson was liberated", "Kashmir remains disputed". Lower case. */
export const STATUS_BE_WORDS: ReadonlySet<string> = new Set(["is", "was", "are", "were", "be", "been", "being", "remains", "remain", "remained"]);

/** Words that may stand after a place and before its participle or verb of status: "Crimea, now annexed", "which Russia has annexed". Lower case. */
export const STATUS_AFTER_BRIDGE_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "territory", "land", "region", "area", "island", "islands", "peninsula", "city", "town", "now", "still",
  "long", "largely", "partly", "partially", "fully", "illegally", "unlawfully", "formally", "also", "effectively", "already",
  "temporarily", "both", "has", "have", "had", "it", "they", "southern", "northern", "eastern", "western", "central",
]);

/**
 * Nouns of a kind of place that may close a list taken as the object of a verb of claim ("claims
 * the Donetsk and Luhansk regions", "disputes the Senkaku islands"): the object ends after them.
 * Lower case.
 */
export const STATUS_OBJECT_HEADS: ReadonlySet<string> = new Set([
  "region", "regions", "province", "provinces", "oblast", "oblasts", "island", "islands", "peninsula", "territory",
  "territories", "district", "districts", "area", "areas",
]);

/**
 * Words that may follow the place a verb of claim or dispute takes as its object, showing that
 * the place is that object ("Japan claims the Kurils as its own"), not the subject of a reported
 * clause ("Russia claimed Bakhmut was taken"). Lower case; punctuation and the sentence end do
 * too.
 */
export const STATUS_OBJECT_FOLLOWERS: ReadonlySet<string> = new Set([
  "as", "in", "since", "for", "from", "after", "before", "while", "despite", "under", "through", "until", "during", "with",
  "at", "by", "over", "entirely", "outright", "too", "which", "whose", "where", "back", "again",
]);

/**
 * Arabic articles that join a place name's later word by a hyphen ("Wad al-Nourah", "Ras al-Ain",
 * "Deir ez-Zor", "Tal as-Sultan"), in the transliterations English news uses. Lower case.
 */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en", "er", "es", "ez", "ul"]);

/** Nouns of a settlement before "of" + a name the gazetteer may not know ("the village of X"), with the kind they give. */
export const SETTLEMENT_NOUNS: ReadonlyMap<string, "city" | "other" | "region"> = new Map([
  ["village", "city"],
  ["villages", "city"],
  ["town", "city"],
  ["city", "city"],
  ["port", "city"],
  ["settlement", "city"],
  ["hamlet", "city"],
  ["camp", "city"],
  ["area", "other"],
  ["neighbourhood", "other"],
  ["neighborhood", "other"],
  ["suburb", "other"],
  ["district", "other"],
  ["region", "region"],
  ["province", "region"],
]);

/**
 * The kind a feature's last word gives its name where it is not "other" (as "the Taldyk
 * Mountains" is): "the Kervan Islands" is a region, "Cottonwood Heights" mostly a town. Lower case.
 */
export const FEATURE_KINDS: ReadonlyMap<string, "region" | "city"> = new Map([
  ["islands", "region"],
  ["isles", "region"],
  ["archipelago", "region"],
  ["peninsula", "region"],
  ["highlands", "region"],
  ["plateau", "region"],
  ["heights", "city"],
]);

/**
 * Capitalized last words of an administrative area's name ("Ada County", "Nad Ali District"),
 * with the kind they give. A US county is the state's subdivision, so a region.
 */
export const ADMIN_AREA_KINDS: ReadonlyMap<string, "region" | "other"> = new Map([
  ["county", "region"],
  ["province", "region"],
  ["parish", "region"],
  ["prefecture", "region"],
  ["district", "other"],
]);

/** Nouns after an unknown name that make it a place ("the Tuffah neighbourhood"), with the kind they give. */
export const PLACE_HEAD_NOUNS: ReadonlyMap<string, "city" | "other" | "region"> = new Map([
  ["village", "city"],
  ["town", "city"],
  ["neighbourhood", "other"],
  ["neighborhood", "other"],
  ["district", "other"],
  ["suburb", "other"],
  ["area", "other"],
  ["region", "region"],
  ["province", "region"],
]);

/**
 * Place names that are also common English words or given names: matched only away from the
 * start of a sentence and not next to another capitalized word.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  "nice", "reading", "mobile", "bath", "split", "orange", "deal", "hull", "march", "sale", "wells", "hope",
  "independence", "gulf", "victoria", "aurora", "phoenix", "providence", "concord", "liberty", "florence", "troy",
  "buffalo", "jersey", "chad", "jordan", "georgia", "cork", "mold", "marathon", "lincoln", "jackson",
  "hamilton", "kingston", "douglas", "stanley", "charlotte", "austin", "tyler", "eugene", "salem", "vladimir",
  "kirov", "engels", "perm", "brest", "mon", "chin", "shan", "union", "para", "as", "male", "of", "la",
  "bar", "ibb", "kut", "amarah", "university", "mercy", "central", "northern", "southern",
  "eastern", "western", "north", "south", "east", "west", "capital", "coast", "centre", "center", "lakes",
  "upper", "lower", "islands", "valley", "mountain", "bay", "river", "plateau", "lagoons", "savanes",
  "maritime", "littoral", "federal", "national", "urban", "grand", "royal", "golf", "pool", "asia", "nord",
  "sud", "est", "ouest", "santa", "san", "saint", "st", "new", "old", "fort", "port", "city", "island",
  "lake", "long", "green", "white", "black", "red", "blue", "gold", "silver", "rich", "sunny", "banks",
  "barking", "brent", "bury", "derby", "rugby", "wigan", "sunderland", "reading", "bolton", "hereford",
  "norfolk", "york", "essex", "kent", "surrey", "dudley", "walsall", "halton", "sefton", "merton", "harrow",
  "bedford", "luton", "slough", "poole", "cardiff", "newport", "wrexham", "moray", "angus", "fife", "falkirk",
  "inverclyde", "north ayrshire", "armagh", "lisburn", "newry", "eagle", "marion", "cleveland", "warren",
  "mission", "pharr", "irving", "garland", "mesa", "olathe", "moreno", "sandy", "layton", "ogden", "orem",
  "page", "tanga", "pemba", "kano", "ife", "bida", "lira", "mbale", "soma", "aba", "ede", "edo", "ondo",
  "mary", "ina", "nara", "mie", "saga", "oita", "gifu", "mara", "amara", "bago", "yala", "trang", "sing",
  "tak", "ang", "nan", "lei", "bi", "ha", "ho", "an", "al", "el",
]);

/** Nouns after a country that make it an actor ("US President", "the Ukraine government"). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
  "president", "leader", "leaders", "officials", "official", "forces", "troops", "military", "army", "government",
  "authorities", "prime", "foreign", "defence", "defense", "minister", "ministry", "secretary", "envoy",
  "ambassador", "negotiators", "delegation", "chancellor", "administration", "spokesman", "spokeswoman",
  "spokesperson", "navy", "diplomats", "intelligence",
]);

/** Capitalized heads that make "<Head> of <place>" an organisation's name ("University of London"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  "university", "bank", "church", "institute", "college", "school", "museum", "council", "court", "academy",
  "society", "association", "federation", "archbishop", "bishop", "patriarch", "duke", "duchess", "prince",
  "princess", "earl", "lord", "battle", "siege", "treaty", "declaration", "national", "union", "organisation",
  "organization", "party", "front", "movement", "committee", "commission", "agency", "authority", "ministry",
  "department", "office", "league", "alliance", "army", "forces", "fund", "foundation", "corporation", "company",
  "bishops", "friends", "people", "peoples", "liberation", "cooperation", "security", "rights", "development",
]);

/** Direction words of "north of Kyiv", a phrase a list of places may carry without ending ("Chernihiv, north of Kyiv, and Zhytomyr"). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
  "northwest", "southeast", "southwest",
]);

/** Words that are never a place name on their own, though some ISO subdivision is so named ("Western", "Central"). */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "capital", "coast",
  "centre", "center", "lakes", "upper", "lower", "islands", "valley", "mountain", "bay", "river", "plateau",
  "maritime", "littoral", "federal", "national", "urban", "grand", "royal", "north east", "north west",
  "south east", "south west", "northeast", "northwest", "southeast", "southwest", "interior", "highlands",
  "lowlands", "midlands", "border", "frontier", "sea", "ocean", "gulf", "island", "lake", "city", "state",
  "region", "province", "district", "east end", "west end", "union", "independence", "unity", "liberty",
  "peace", "victory", "freedom", "progress", "hope", "mercy", "nord", "sud", "est", "ouest", "centre-est",
  "centre-nord", "centre-ouest", "centre-sud", "north central", "south central", "far north", "far west",
  "sila", "dar", "rock", "banks", "bank", "high", "long", "orange", "green", "red", "white", "black", "blue",
  "delta", "rivers", "alba", "harbour", "sound", "heights", "summit", "gateway", "paradise", "sunrise",
]);

/** Adjectives that may stand between a stem and its region word ("the Kursk border region"). */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set(["border", "frontier", "frontline", "front-line", "southern", "northern", "eastern", "western", "central", "neighbouring", "neighboring"]);

/** Nouns of a role that may stand before a place without changing what it is ("Nato member Poland"). */
export const APPOSITION_NOUNS: ReadonlySet<string> = new Set(["member", "neighbour", "neighbor", "ally", "nation", "country", "state", "partner"]);

/** Verbs of motion before "for": "left Ukraine for Africa" makes Africa a place. */
export const MOTION_VERBS: ReadonlySet<string> = new Set([
  "left", "leave", "leaves", "leaving", "headed", "heading", "bound", "departed", "departs", "sailed", "sail",
  "sails", "flew", "fly", "fled", "flee", "set", "bound", "destined", "destination",
]);

/** Words that mark a text as sports reporting, where a place that plays is a team. */
export const SPORTS_CUES: ReadonlySet<string> = new Set([
  "innings", "wicket", "wickets", "goal", "goals", "championship", "scored", "bowling", "batting", "striker",
  "midfielder", "goalkeeper", "pitcher", "homer", "standings", "tournament", "fixture", "fixtures",
  "semi-final", "quarter-final", "halftime", "half-time", "scorers", "inning", "touchdown", "playoff", "playoffs",
  "referee", "soccer", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey",
]);

/** Names of sports: one opening a report ("CRICKET - ...", "Boxing-Bruno quits") makes it sports reporting. Lower case. */
export const SPORT_NAMES: ReadonlySet<string> = new Set([
  "soccer", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "boxing", "racing",
  "athletics", "cycling", "motorcycling", "motor", "swimming", "squash", "badminton", "skiing", "sailing",
  "rowing", "football", "volleyball", "handball", "snooker", "darts", "motorsport", "motor-racing", "yachting",
]);

/** Verbs after a team's name ("Kent beat Surrey", "Essex reached 372"). */
export const TEAM_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  "beat", "beats", "drew", "lost", "won", "reached", "closed", "declared", "trail", "trailed", "trailing", "led",
  "extended", "stepped", "scored", "finished", "batted", "bowled", "dismissed", "face", "faces", "play", "plays",
  "host", "hosts", "defeated", "edged", "thrashed", "routed", "rallied", "clinched", "slipped", "moved",
  "tied", "held", "need", "needs", "needed", "equalised", "equalized", "levelled", "leveled", "conceded",
  "snapped", "swept", "topped", "survived", "collapsed", "overcame", "outscored", "scraped", "dominated",
  "crushed", "hammered", "blanked", "made", "signed", "sacked", "fired",
  // Headlines write the present: "KENT BEAT SURREY", "LEEDS SIGN STRIKER".
  "win", "wins", "lose", "loses", "draw", "draws", "take", "takes", "keep", "keeps", "stay", "stays", "retain",
  "retains", "claim", "claims", "seal", "seals", "scrape", "scrapes", "stun", "stuns", "rout", "routs", "crush",
  "crushes", "edge", "edges", "sink", "sinks", "hold", "holds", "sign", "signs", "dominate", "dominates",
  "top", "tops", "lead", "leads", "trails", "trail", "need",
]);

/**
 * ISO 3166-2 codes of the nations inside a state that field their own national sides, as a
 * country does ("England beat Moldova", "Wales v Italy"): a place that plays, not a club.
 */
export const NATIONAL_SIDE_SUBDIVISIONS: ReadonlySet<string> = new Set(["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"]);

/** Auxiliaries between a team's name and its verb ("Leeds have won", "Kent will face"), lower case. */
export const TEAM_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "will", "would", "could", "must", "can"]);

/** Participles and bare verbs a team's auxiliary leads to ("have won", "has beaten", "will face"). */
export const TEAM_AUXILIARY_VERBS: ReadonlySet<string> = new Set([
  "won", "lost", "beaten", "drawn", "scored", "conceded", "clinched", "reached", "signed", "win", "lose", "beat",
  "face", "play", "host", "need",
]);

/** Words before a team's name ("beat Somerset", "played for Nice", "reducing Worcestershire"). */
export const TEAM_OBJECT_WORDS: ReadonlySet<string> = new Set([
  "beat", "against", "reducing", "bowling", "dismiss", "dismissed", "defeated", "play", "played", "face", "faced",
  "host", "hosted", "v", "vs", "joined", "rivals",
]);

/** Members and staff written after a team's name ("Norwich striker", "Surrey captain"). */
export const TEAM_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "fullback", "full-back",
  "batsman", "bowler", "all-rounder", "seamer", "spinner", "wicketkeeper", "captain", "skipper", "manager",
  "coach", "pitcher", "outfielder", "infielder", "shortstop", "catcher", "quarterback", "teammate", "chairman",
  "fans", "supporters", "player", "players", "hooker", "flanker",
]);

/** Prepositions before a team's name in sports reporting ("played for Nice", "a win over Kent"). */
export const TEAM_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "over"]);

/** Verbs whose object is a government, so a capital or country after them acts: "accused Washington", "urged Kyiv". */
export const GOVERNMENT_OBJECT_VERBS: ReadonlySet<string> = new Set([
  "accused", "accusing", "accuse", "accuses", "urged", "urging", "urge", "urges", "criticised", "criticized",
  "criticising", "criticizing", "blamed", "blaming", "blame", "blames", "warned", "warning", "warn", "warns",
  "praised", "praising", "thanked", "thanking", "pressed", "pressing", "pressured", "pressuring", "sanctioned",
  "sanctioning", "condemned", "condemning", "backed", "backing", "supported", "supporting", "support",
  "supports", "told", "telling", "asked", "asking", "called", "calling", "armed", "arming", "supplied",
  "supplying", "helped", "helping", "help", "helps", "funded", "funding", "recognised", "recognized",
  "recognising", "recognizing", "threatened", "threatening", "threaten", "threatens", "defeated", "joined",
  "joining", "lobbied", "lobbying", "persuaded", "persuading", "convinced", "convince", "forced", "forcing",
  "allowed", "allowing", "encouraged", "encouraging", "invited", "inviting", "reassured", "assured",
]);
