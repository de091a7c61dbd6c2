/**
 * Words and names that mark organizations and armed groups: head nouns ("Ministry",
 * "Council"), legal suffixes ("Inc", "Ltd"), and well-known bodies by their usual short forms.
 * General knowledge, not harvested from any corpus.
 *
 * @module
 */
import { MEDIA_HEADS } from "./actors-media.js";

/**
 * Nouns that make a capitalized name an organization's when they are part of it
 * ("Ministry of Defence", "Swedish Defence Research Agency", "Ukrainian Air Force"). Lower case.
 */
export const ORGANIZATION_HEADS: readonly string[] = /* @__PURE__ */ (() => [
  "ministry", "department", "office", "council", "committee", "commission", "parliament", "assembly",
  "senate", "congress", "duma", "rada", "knesset", "cabinet", "government", "administration", "presidency",
  "party", "union", "league", "federation", "confederation", "association", "alliance", "coalition",
  "front", "movement", "organisation", "organization", "agency", "authority", "service", "services",
  "bureau", "institute", "institution", "foundation", "fund", "trust", "society", "academy", "university",
  "college", "school", "hospital", "clinic", "court", "tribunal", "bank", "exchange", "board", "group",
  "army", "navy", "forces", "force", "guard", "guards", "corps", "brigade", "battalion", "regiment",
  "division", "command", "militia", "police", "fleet", "airlines", "airways", "railway", "railways",
  "church", "club", "team", ...MEDIA_HEADS,
  // "World Food Programme", "Donetsk People's Republic": a programme or an unrecognized republic acts as a body.
  "programme", "program", "republic", "squadron", "detachment",
  "center", "centre", "council", "secretariat", "mission", "delegation", "embassy", "consulate",
  "company", "companies", "holdings", "industries", "enterprises", "partners", "associates",
  "systems", "technologies", "motors", "petroleum", "oil", "energy", "electric", "telecom",
  "communications", "airlines", "pharmaceuticals", "securities", "capital", "investments", "insurance",
  "brothers", "united", "rovers", "wanderers", "athletic", "rangers", "city", "county",
  // Industries a company is named after ("Jones Medical", "Harlow Cement", "Tarn Copper").
  "chemical", "chemicals", "cement", "steel", "copper", "mining", "mines", "cables", "medical", "foods",
  "textiles", "electronics", "engineering", "construction", "shipping", "breweries", "pharma", "computer",
  "computers", "metals", "automotive", "bancorp", "bancshares", "financial", "realty", "properties",
  "resources", "hotels", "hospitality", "entertainment", "publishing", "tobacco", "plastics", "semiconductor",
  "software", "utilities",
])(); // Pure-marked (the spread is not provably pure), so a bundle without actors leaves it out.

/** Legal-form suffixes that end a company's name ("Acme Ltd", "Foo Inc."). Lower case, no dot. */
export const ORGANIZATION_SUFFIXES: readonly string[] = [
  "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "cos", "group", "ag", "sa", "nv", "bv", "gmbh",
  "spa", "srl", "ab", "asa", "oy", "oyj", "kk", "pty", "lp", "llp", "se", "as", "a/s", "bhd", "tbk",
];

/**
 * Words that sports clubs of many places are named with ("Dynamo", "Sporting", "Lokomotiv"), and
 * the abbreviations of club forms ("FC", "SV"): a name with one is a club's. Lower case.
 */
export const CLUB_WORDS: readonly string[] = [
  "dynamo", "dinamo", "deportivo", "sporting", "atletico", "athletico", "olympique", "spartak", "lokomotiv",
  "torpedo", "cska", "fc", "afc", "sv", "vfb", "vfl", "tsv", "fk", "nk", "sk", "ks", "ssc", "bsc",
];

/**
 * Heads of a state's own organs: a demonym before them says whose organ it is and is no part of
 * the name ("German Foreign Ministry", "Russian Armed Forces"), while before any other head it
 * opens a body's proper name ("Scottish National Party", "Iraqi News Agency"). Lower case.
 */
export const STATE_ORGAN_HEADS: readonly string[] = [
  "ministry", "department", "office", "government", "administration", "cabinet", "presidency", "embassy",
  "consulate", "mission", "delegation", "army", "navy", "forces", "force", "guard", "guards", "fleet", "militia",
  "corps", "police", "command", "parliament", "senate", "court", "team", "troops", "officials", "authorities",
];

/**
 * Nouns of the press that make the name beside them a publication's or a broadcaster's: "the
 * daily Le Quotidien", "the newspaper Tribuna", "Nova Gazeta newspaper said". Lower case.
 */
export const MEDIA_NOUNS: readonly string[] = [
  "newspaper", "newspapers", "daily", "weekly", "magazine", "paper", "tabloid", "broadsheet", "journal",
  "agency", "radio", "television", "broadcaster", "station", "channel", "website", "periodical",
];

/**
 * Heads of military units that an ordinal opens ("the 93rd Brigade", "47th Mechanized Brigade",
 * "1st Battalion"): the ordinal is part of the unit's name. Lower case.
 */
export const MILITARY_UNIT_HEADS: readonly string[] = [
  "brigade", "battalion", "regiment", "division", "corps", "army", "fleet", "squadron", "detachment", "company",
  "group", "wing", "legion", "infantry", "marines", "guards", "command", "flotilla",
];

/**
 * Plurals of people whose possessive sits inside a body's name ("Donetsk People's Republic", "UN
 * Children's Fund", "Women's League"). Lower case, possessive left off.
 */
export const PLURAL_POSSESSORS: readonly string[] = ["people", "children", "women", "men"];

/**
 * The last words of a place's name that a capitalized title after it marks as a jurisdiction
 * ("Cook County Sheriff Tom Dart", "Orange County District Attorney"), not a body. Lower case.
 */
export const JURISDICTION_HEADS: readonly string[] = ["county", "parish", "borough", "province", "district", "oblast", "prefecture", "municipality", "township"];

/** Heads that stay organizations' even when a country or demonym comes first ("Russian Armed Forces"). */
export const ARMED_FORCE_HEADS: readonly string[] = ["army", "navy", "forces", "force", "guard", "fleet", "militia", "corps"];

/** One well-known body: its canonical name, the forms it goes by, and its kind. */
export interface KnownBody {
  /** The full, usual English name. */
  readonly name: string;
  /** Short forms and spellings seen in news ("UN", "U.N."). */
  readonly forms: readonly string[];
  /** What it is. */
  readonly kind: "organization" | "group";
  /** ISO 3166-1 alpha-2 code of the country it belongs to, where it has one. */
  readonly country?: string;
}

/** Well-known international bodies, agencies, media and armed groups. */
export const KNOWN_BODIES: readonly KnownBody[] = [
  { name: "United Nations", forms: ["UN", "U.N.", "United Nations"], kind: "organization" },
  { name: "UN Security Council", forms: ["UN Security Council", "U.N. Security Council", "Security Council"], kind: "organization" },
  { name: "UN General Assembly", forms: ["UN General Assembly", "General Assembly"], kind: "organization" },
  { name: "UNHCR", forms: ["UNHCR"], kind: "organization" },
  { name: "UNICEF", forms: ["UNICEF", "Unicef"], kind: "organization" },
  { name: "World Health Organization", forms: ["WHO", "World Health Organization", "World Health Organisation"], kind: "organization" },
  { name: "NATO", forms: ["NATO", "Nato", "North Atlantic Treaty Organization"], kind: "organization" },
  { name: "European Union", forms: ["EU", "E.U.", "European Union"], kind: "organization" },
  { name: "European Commission", forms: ["European Commission"], kind: "organization" },
  { name: "European Parliament", forms: ["European Parliament"], kind: "organization" },
  { name: "G7", forms: ["G7", "G-7", "Group of Seven"], kind: "organization" },
  { name: "G20", forms: ["G20", "G-20", "Group of 20"], kind: "organization" },
  { name: "International Monetary Fund", forms: ["IMF", "International Monetary Fund"], kind: "organization" },
  { name: "World Bank", forms: ["World Bank"], kind: "organization" },
  { name: "World Trade Organization", forms: ["WTO", "World Trade Organization"], kind: "organization" },
  { name: "OPEC", forms: ["OPEC", "Opec"], kind: "organization" },
  { name: "OSCE", forms: ["OSCE"], kind: "organization" },
  { name: "International Atomic Energy Agency", forms: ["IAEA", "International Atomic Energy Agency"], kind: "organization" },
  { name: "International Criminal Court", forms: ["ICC", "International Criminal Court"], kind: "organization" },
  { name: "International Committee of the Red Cross", forms: ["ICRC", "Red Cross"], kind: "organization" },
  { name: "African Union", forms: ["AU", "African Union"], kind: "organization" },
  { name: "Arab League", forms: ["Arab League"], kind: "organization" },
  { name: "Amnesty International", forms: ["Amnesty International", "Amnesty"], kind: "organization" },
  { name: "Human Rights Watch", forms: ["Human Rights Watch", "HRW"], kind: "organization" },
  { name: "Institute for the Study of War", forms: ["ISW", "Institute for the Study of War"], kind: "organization" },
  { name: "Israel Defense Forces", forms: ["IDF", "Israel Defense Forces"], kind: "organization", country: "IL" },
  { name: "Korean Central News Agency", forms: ["KCNA"], kind: "organization", country: "KP" },
  { name: "State Emergency Service of Ukraine", forms: ["DSNS"], kind: "organization", country: "UA" },
  { name: "Security Service of Ukraine", forms: ["SBU"], kind: "organization", country: "UA" },
  { name: "Federal Security Service", forms: ["FSB"], kind: "organization", country: "RU" },
  { name: "Central Intelligence Agency", forms: ["CIA"], kind: "organization", country: "US" },
  { name: "Federal Bureau of Investigation", forms: ["FBI"], kind: "organization", country: "US" },
  { name: "Pentagon", forms: ["Pentagon"], kind: "organization", country: "US" },
  { name: "Reuters", forms: ["Reuters"], kind: "organization" },
  { name: "Associated Press", forms: ["AP", "Associated Press"], kind: "organization" },
  { name: "Agence France-Presse", forms: ["AFP", "Agence France-Presse"], kind: "organization" },
  { name: "BBC", forms: ["BBC"], kind: "organization" },
  { name: "CNN", forms: ["CNN"], kind: "organization" },
  { name: "CBS News", forms: ["CBS", "CBS News"], kind: "organization" },
  { name: "Tass", forms: ["Tass", "TASS", "Itar-Tass", "ITAR-TASS"], kind: "organization", country: "RU" },
  { name: "Interfax", forms: ["Interfax"], kind: "organization" },
  { name: "RIA Novosti", forms: ["RIA Novosti", "RIA"], kind: "organization", country: "RU" },
  { name: "FIFA", forms: ["FIFA", "Fifa"], kind: "organization" },
  { name: "UEFA", forms: ["UEFA", "Uefa"], kind: "organization" },
  { name: "International Olympic Committee", forms: ["IOC", "International Olympic Committee"], kind: "organization" },
  { name: "National Football League", forms: ["NFL", "National Football League"], kind: "organization", country: "US" },
  { name: "National Basketball Association", forms: ["NBA"], kind: "organization", country: "US" },
  { name: "National Hockey League", forms: ["NHL"], kind: "organization", country: "US" },
  { name: "Major League Baseball", forms: ["MLB"], kind: "organization", country: "US" },
  { name: "ATP", forms: ["ATP"], kind: "organization" },
  { name: "WTA", forms: ["WTA"], kind: "organization" },
  { name: "World Athletics", forms: ["IAAF", "World Athletics"], kind: "organization" },
  { name: "Federal Reserve", forms: ["Fed", "Federal Reserve"], kind: "organization", country: "US" },
  { name: "European Central Bank", forms: ["ECB", "European Central Bank"], kind: "organization" },
  { name: "Bundesbank", forms: ["Bundesbank"], kind: "organization", country: "DE" },
  { name: "Securities and Exchange Commission", forms: ["SEC"], kind: "organization", country: "US" },
  { name: "New York Stock Exchange", forms: ["NYSE", "New York Stock Exchange"], kind: "organization", country: "US" },
  { name: "Nasdaq", forms: ["Nasdaq", "NASDAQ"], kind: "organization", country: "US" },
  { name: "Bloomberg", forms: ["Bloomberg"], kind: "organization" },
  { name: "Xinhua", forms: ["Xinhua"], kind: "organization", country: "CN" },
  { name: "Al Jazeera", forms: ["Al Jazeera", "Al-Jazeera"], kind: "organization", country: "QA" },
  { name: "Ukrinform", forms: ["Ukrinform"], kind: "organization", country: "UA" },
  { name: "Doctors Without Borders", forms: ["MSF", "Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières"], kind: "organization" },
  { name: "Hamas", forms: ["Hamas"], kind: "group" },
  { name: "Hezbollah", forms: ["Hezbollah", "Hizbollah", "Hizbullah"], kind: "group" },
  { name: "Taliban", forms: ["Taliban"], kind: "group" },
  { name: "Wagner Group", forms: ["Wagner", "Wagner Group"], kind: "group" },
  { name: "Islamic State", forms: ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"], kind: "group" },
  { name: "al-Qaeda", forms: ["al-Qaeda", "al-Qaida", "Al Qaeda", "al Qaeda", "Qaeda"], kind: "group" },
  { name: "Houthis", forms: ["Houthis", "Houthi"], kind: "group" },
  { name: "Islamic Jihad", forms: ["Islamic Jihad"], kind: "group" },
  { name: "Rapid Support Forces", forms: ["RSF", "Rapid Support Forces"], kind: "group" },
  { name: "al-Shabab", forms: ["al-Shabab", "Al-Shabab", "al-Shabaab"], kind: "group" },
  { name: "Boko Haram", forms: ["Boko Haram"], kind: "group" },
  { name: "PKK", forms: ["PKK"], kind: "group" },
  { name: "IRA", forms: ["IRA"], kind: "group" },
  { name: "ETA", forms: ["ETA"], kind: "group" },
  { name: "PLO", forms: ["PLO"], kind: "organization" },
  { name: "Fatah", forms: ["Fatah"], kind: "group" },
];

/** Government seats that stand for their country's government ("the Kremlin said"). */
export const GOVERNMENT_SEATS: ReadonlyMap<string, string> = new Map([
  ["Kremlin", "RU"],
  ["White House", "US"],
  ["Downing Street", "GB"],
  ["Elysee", "FR"],
  ["Élysée", "FR"],
  ["Elysee Palace", "FR"],
  ["Bankova", "UA"],
  ["Zhongnanhai", "CN"],
  ["Blue House", "KR"],
]);
