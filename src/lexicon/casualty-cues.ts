/**
 * Words that say what happened to the people counted: killed, injured, missing, captured,
 * displaced. Data only; src/casualties/ compiles them. English, lower case, words separated by
 * one space.
 *
 * @module
 */
import type { CasualtyKind } from "../model.js";
import { MONTH_WORDS } from "./dates.js";

/** A cue and the kind of casualty it states. */
export type CueTable = readonly (readonly [phrase: string, kind: CasualtyKind])[];

/**
 * Cues that follow the people counted, directly or after an auxiliary: participles,
 * adjectives and intransitive verbs ("12 were killed", "12 dead", "12 people died", "12 fled").
 */
export const STATE_CUES: CueTable = [
  ["killed", "killed"], ["dead", "killed"], ["died", "killed"], ["die", "killed"], ["dies", "killed"],
  ["slain", "killed"], ["murdered", "killed"], ["executed", "killed"], ["massacred", "killed"],
  ["assassinated", "killed"], ["perished", "killed"], ["martyred", "killed"],
  ["shot dead", "killed"], ["shot and killed", "killed"], ["shot to death", "killed"], ["fatally shot", "killed"],
  ["fatally wounded", "killed"], ["fatally injured", "killed"], ["mortally wounded", "killed"],
  ["stabbed to death", "killed"], ["beaten to death", "killed"], ["burned to death", "killed"],
  ["burnt to death", "killed"], ["crushed to death", "killed"],
  ["found dead", "killed"], ["pronounced dead", "killed"], ["confirmed dead", "killed"], ["declared dead", "killed"],
  ["lost their lives", "killed"], ["lost his life", "killed"], ["lost her life", "killed"], ["lose their lives", "killed"],
  ["succumbed", "killed"], ["passed away", "killed"], ["took their own lives", "killed"], ["took their lives", "killed"],
  ["took his own life", "killed"], ["took her own life", "killed"], ["committed suicide", "killed"],
  ["takes his own life", "killed"], ["takes her own life", "killed"], ["takes own life", "killed"], ["took own life", "killed"],
  ["commits suicide", "killed"],
  ["injured", "injured"], ["wounded", "injured"], ["hurt", "injured"], ["hospitalized", "injured"],
  ["hospitalised", "injured"], ["in hospital", "injured"], ["in the hospital", "injured"],
  ["taken to hospital", "injured"], ["taken to the hospital", "injured"], ["taken to a hospital", "injured"],
  ["sent to hospital", "injured"], ["sent to the hospital", "injured"], ["sent to a hospital", "injured"],
  ["in critical condition", "injured"], ["in serious condition", "injured"], ["in stable condition", "injured"],
  ["in fair condition", "injured"], ["in grave condition", "injured"], ["in critical but stable condition", "injured"],
  ["in serious but stable condition", "injured"], ["treated at a hospital", "injured"], ["treated at the hospital", "injured"],
  ["treated and released", "injured"], ["recovering from", "injured"],
  ["treated in hospital", "injured"], ["shot and wounded", "injured"], ["shot and injured", "injured"],
  ["shot", "injured"], ["hit by gunfire", "injured"], ["struck by gunfire", "injured"], ["hit by a bullet", "injured"],
  ["struck by a bullet", "injured"], ["hit by a stray bullet", "injured"], ["struck by a stray bullet", "injured"],
  ["hit by bullets", "injured"], ["struck by bullets", "injured"], ["hit with a bullet", "injured"],
  ["grazed by a bullet", "injured"], ["grazed", "injured"], ["struck by stray bullet", "injured"], ["hit", "injured"],
  ["hit by stray bullet", "injured"], ["struck by a stray round", "injured"], ["hit by a stray round", "injured"],
  ["missing", "missing"], ["unaccounted for", "missing"], ["disappeared", "missing"],
  ["taken hostage", "captured"], ["taken prisoner", "captured"], ["taken captive", "captured"],
  ["held hostage", "captured"], ["held captive", "captured"], ["taken into custody", "captured"],
  ["captured", "captured"], ["abducted", "captured"], ["kidnapped", "captured"], ["detained", "captured"],
  ["arrested", "captured"],
  ["displaced", "displaced"], ["fled their homes", "displaced"], ["fled", "displaced"], ["flee", "displaced"],
  ["flees", "displaced"], ["evacuated", "displaced"], ["forced to flee", "displaced"],
  ["forced from their homes", "displaced"], ["made homeless", "displaced"], ["left homeless", "displaced"],
];

/** Cues that come before the people counted: active verbs ("the strike killed 12", "wounding six"). */
export const ACTION_CUES: CueTable = [
  ["killed", "killed"], ["killing", "killed"], ["kills", "killed"], ["kill", "killed"],
  ["shot dead", "killed"], ["shot and killed", "killed"], ["fatally shot", "killed"],
  ["murdered", "killed"], ["murdering", "killed"], ["slew", "killed"], ["slaying", "killed"], ["slain", "killed"],
  ["fatally wounding", "killed"], ["mortally wounding", "killed"], ["fatally injuring", "killed"],
  ["fatally shooting", "killed"], ["fatally shoots", "killed"], ["fatally wounded", "killed"], ["mortally wounded", "killed"],
  ["massacred", "killed"], ["executed", "killed"], ["executing", "killed"],
  ["claimed the lives of", "killed"], ["claiming the lives of", "killed"], ["took the lives of", "killed"],
  ["claimed the life of", "killed"], ["claiming the life of", "killed"], ["took the life of", "killed"], ["taking the life of", "killed"],
  ["body of", "killed"], ["bodies of", "killed"], ["remains of", "killed"],
  ["death of", "killed"], ["deaths of", "killed"], ["killing of", "killed"], ["killings of", "killed"],
  ["murder of", "killed"], ["murders of", "killed"], ["slaying of", "killed"], ["slayings of", "killed"],
  ["injured", "injured"], ["injuring", "injured"], ["injures", "injured"], ["injure", "injured"],
  ["wounded", "injured"], ["wounding", "injured"], ["wounds", "injured"], ["wound", "injured"],
  ["shot and wounded", "injured"], ["shot and injured", "injured"], ["shot", "injured"], ["shoots", "injured"],
  ["shoot", "injured"], ["shooting", "injured"], ["striking", "injured"], ["hitting", "injured"], ["struck", "injured"],
  ["captured", "captured"], ["capturing", "captured"], ["detained", "captured"], ["detaining", "captured"],
  ["arrested", "captured"], ["arresting", "captured"], ["abducted", "captured"], ["abducting", "captured"],
  ["kidnapped", "captured"], ["kidnapping", "captured"],
  ["displaced", "displaced"], ["displacing", "displaced"], ["evacuated", "displaced"], ["evacuating", "displaced"],
];

/** Nouns that name the people counted and what happened to them ("12 deaths", "11 injuries", "307 prisoners"). */
export const NOUN_CUES: CueTable = [
  ["deaths", "killed"], ["death", "killed"], ["fatalities", "killed"], ["fatality", "killed"],
  ["bodies", "killed"], ["corpses", "killed"], ["lives", "killed"], ["dead", "killed"],
  ["injuries", "injured"], ["injury", "injured"], ["wounded", "injured"], ["injured", "injured"],
  ["prisoners of war", "captured"], ["prisoners", "captured"], ["prisoner", "captured"], ["pows", "captured"],
  ["hostages", "captured"], ["hostage", "captured"], ["detainees", "captured"], ["captives", "captured"],
  ["abductees", "captured"],
  ["refugees", "displaced"], ["evacuees", "displaced"],
];

/** Noun cues in the singular: after a count above one they name something else ("Cloud 9 shooting death"). */
export const SINGULAR_NOUN_CUES: ReadonlySet<string> = new Set(["death", "fatality", "injury", "prisoner", "hostage"]);

/**
 * Verbs before a count of "lives" that make it a toll ("claimed two lives", "cost 12 lives"); a
 * count of lives alone is most often of lives touched, not lost ("six people's lives").
 */
export const LIVES_VERBS: ReadonlySet<string> = new Set([
  "claimed", "claiming", "claims", "claim", "took", "taken", "taking", "takes", "cost", "costing", "costs", "lost",
  "losing", "ended", "ending", "snuffed", "robbed",
]);

/** Parents before "of" and a number: the number counts their children, not victims ("father of 3"). */
export const PARENT_NOUNS: ReadonlySet<string> = new Set([
  "father", "mother", "dad", "mom", "mum", "parent", "parents", "grandmother", "grandfather", "grandparent",
]);

/** Nouns of a toll that a count follows ("the death toll rose to 12"). */
export const TOLL_CUES: CueTable = [
  ["death toll", "killed"], ["toll", "killed"], ["injury toll", "injured"],
];

/** Cues that say only that people were hit; a following cue of another kind says more ("shot and killed"). */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  "shot", "hit by gunfire", "struck by gunfire", "hit by a bullet", "struck by a bullet", "hit by a stray bullet",
  "struck by a stray bullet", "hit by bullets", "struck by bullets", "hit with a bullet", "grazed by a bullet", "grazed",
  "struck by stray bullet", "hit by stray bullet", "struck by a stray round", "hit by a stray round", "shoots", "shoot", "shooting", "hit",
  "striking", "hitting", "struck",
]);

/** State cues too common to take after one person or a name ("Kyiv was hit"): only after a count ("14 people were hit"). */
export const COUNTED_ONLY_CUES: ReadonlySet<string> = new Set(["hit"]);

/** Action cues that are also common nouns: they take only a pronoun as object ("shooting himself", not "shooting victim"). */
export const NOUN_LIKE_ACTIONS: ReadonlySet<string> = new Set(["shooting"]);

/**
 * Words that may stand between the people counted and a state cue: auxiliaries, reporting
 * participles and adverbs of time ("12 were reportedly killed", "12 are believed to have died").
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "were", "was", "have", "has", "had", "been", "being", "are", "is", "be", "will", "would", "may",
  "got", "get", "found", "reportedly", "also", "all", "later", "since", "now", "initially", "officially",
  "reported", "confirmed", "believed", "feared", "presumed", "thought", "known", "said", "to", "subsequently",
  "eventually", "still", "remain", "remained", "remains", "left", "both", "each", "then", "allegedly",
  "apparently", "presumably", "likely", "not", "either", "who", "that", "listed",
]);

/** Words in the auxiliary chain that leave a death unconfirmed ("feared dead", "presumed to have died"): the people are missing. */
export const FEARED_WORDS: ReadonlySet<string> = new Set(["feared", "presumed"]);

/** Auxiliaries of the passive: an action cue after one of them is a participle ("were killed 12 km away"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["were", "was", "been", "being", "be", "is", "are", "get", "got"]);

/** Adverbs of degree before a cue ("critically injured"); `fatally` and `mortally` make it a death. */
export const DEGREE_ADVERBS: ReadonlyMap<string, CasualtyKind | undefined> = new Map([
  ["seriously", undefined], ["critically", undefined], ["severely", undefined], ["slightly", undefined],
  ["lightly", undefined], ["badly", undefined], ["gravely", undefined], ["moderately", undefined],
  ["minorly", undefined], ["non-fatally", undefined], ["fatally", "killed"], ["mortally", "killed"],
]);

/** Words that put a count inside another one, so it is a breakdown ("including four children"). */
export const BREAKDOWN_WORDS: ReadonlySet<string> = new Set(["including", "includes", "include", "among", "whom", "mostly", "incl"]);

/** Words after the people counted that say nothing happened to them ("No-one was injured" is read apart). */
export const NEGATIONS: ReadonlySet<string> = new Set(["no", "not", "none", "never", "nobody", "no-one", "neither", "nor"]);

/** Words ending in "-ly" that are not adverbs, so they do not pass as one in the auxiliary chain. */
export const NOT_ADVERBS: ReadonlySet<string> = new Set([
  "family", "july", "italy", "ally", "rally", "assembly", "supply", "belly", "bully", "only", "early", "daily", "holy",
  "lily", "emily", "kelly", "reilly", "riley", "molly", "polly", "sally", "billy", "willy",
]);

/** Words before a number that make it a label, a date or an age, not a count of people. */
export const NOT_COUNT_BEFORE: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([
  "$", "£", "€", "¥", "#", "no", "no.", "number", "aged", "age", "ages", "route", "flight", "unit", "article",
  "resolution", "section", "chapter", "page", "room", "apartment", "bus", "road", "highway", "interstate",
  "exit", "block", "level", "floor", "grade", "channel", "news", "district", "ward", "precinct", "station",
  ...MONTH_WORDS.keys(), // the months and their abbreviations
  "than", "top", "last", "past", "first", "next", "every", "per", "by", "x",
]))(); // Pure-marked (the spread is not provably pure), so a bundle without casualties leaves it out.

/** Words before a year that make a four-digit number a year ("in 2014", "since 2022"). */
export const YEAR_BEFORE: ReadonlySet<string> = new Set([
  "in", "since", "from", "until", "till", "by", "before", "after", "during", "early", "late", "mid", "around",
  "about", "of", "the", "and", "to", "through", "between",
]);

/**
 * Words right after a number that make it a measure, not a count of people; or a subject pronoun,
 * which starts a clause of its own ("told News 8 she saw her son in the hospital").
 */
export const NOT_COUNT_AFTER: ReadonlySet<string> = new Set([
  "%", "percent", "per", "pc", "am", "pm", "a.m.", "p.m.", ":", "°", "'s", "th", "st", "nd", "rd",
  "he", "she", "they", "we", "i",
]);

/**
 * Bound words that give a toll's estimated figure, not a ceiling with no floor: "as many as five
 * people were wounded" reports five, hedged ("at most", "no more than" do set a ceiling).
 */
export const ESTIMATE_BOUNDS: readonly string[] = ["as many as", "up to"];

/** Words in the auxiliary chain that make the cue hypothetical ("could have been killed", "nearly died"). */
export const HYPOTHETICAL: ReadonlySet<string> = new Set(["could", "might", "nearly", "almost", "narrowly", "barely", "if", "avoid", "avoided"]);

/** Particles after "shot" that make it a shot at something, not a person hit ("shot at", "shot down"). */
export const SHOT_PARTICLES: ReadonlySet<string> = new Set(["at", "down", "up", "back", "out", "off", "into", "through", "from"]);

/** Words after a passive "shot at" that make it a location ("was shot at a party"), not a shot fired at someone. */
export const LOCATION_AFTER_AT: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "about", "around", "approximately"]);

/** Verbs that take an injury as object ("suffered gunshot wounds", "sustained injuries", "with injuries"). */
export const SUFFER_WORDS: ReadonlySet<string> = new Set(["suffered", "sustained", "received", "suffering", "sustaining", "with", "treated", "suffers"]);

/** Nouns of an injury after a verb of suffering. */
export const INJURY_NOUNS: ReadonlySet<string> = new Set(["injuries", "injury", "wounds", "wound", "burns", "injures"]);

/** Adjectives that make a suffered injury a death ("suffered fatal injuries"). */
export const FATAL_WORDS: ReadonlySet<string> = new Set(["fatal", "mortal", "deadly", "lethal"]);

/** Multipliers before a word for killing: "a double murder" is two dead, "triple homicide" three. */
export const MULTIPLE_KILLINGS: ReadonlyMap<string, number> = new Map([
  ["double", 2], ["triple", 3], ["quadruple", 4], ["quintuple", 5],
]);

/** Words for a shooting after a multiplier: "a triple shooting" is three people hit, dead or alive. */
export const SHOOTING_NOUNS: ReadonlySet<string> = new Set(["shooting", "shootings"]);

/** Words for a killing after a multiplier ("double murder", "triple homicide"). */
export const KILLING_NOUNS: ReadonlySet<string> = new Set([
  "murder", "murders", "homicide", "homicides", "killing", "killings", "slaying", "slayings", "fatal", "fatality",
]);

/** Capitalized words that do not start or continue a person's name. */
export const NAME_STOPS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "to", "of", "for", "from", "by", "with", "and", "or", "but", "after", "before",
  "when", "while", "as", "if", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "this",
  "that", "these", "those", "there", "here", "one", "no", "nobody", "everyone", "everybody", "someone", "all",
  "both", "several", "many", "some", "police", "authorities", "officials", "witnesses", "investigators",
  "detectives", "deputies", "sheriff", "troopers", "according", "update", "updated", "breaking", "news",
  "video", "photo", "watch", "read", "more", "related", "copyright", "posted", "published", "click",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "mr", "mrs", "ms", "dr", "st", "lt", "sgt", "capt", "chief", "officer", "president", "minister",
  "ministry", "department", "county", "city", "state", "university", "hospital", "school", "church", "street",
  "avenue", "road", "north", "south", "east", "west", "killed", "dead", "dies", "died", "shot", "wounded",
  "injured", "hurt", "shooting", "shootings", "was", "were", "is", "are", "has", "have", "had",
]);

/**
 * Words of a sentence that say its wounded are alive ("remains in stable condition", "is
 * expected to survive"): they are not the article's dead counted a second time.
 */
export const SURVIVAL_WORDS: ReadonlySet<string> = new Set([
  "condition", "stable", "survive", "survived", "survives", "surviving", "survivor", "survivors",
  "recovering", "recover", "recovered", "non-life-threatening",
]);

/** Words in the evidence that add people to those counted before ("a woman was also shot", "another man"). */
export const OTHER_WORDS: ReadonlySet<string> = new Set(["also", "another", "second", "third", "fourth", "fifth", "other", "others"]);

/** Words that join a wound to the death that ends it ("was shot and died", ", where he later died"). */
export const DEATH_LINKS: ReadonlySet<string> = new Set(["and", "but", "where", "before"]);

/** Intransitive cues of a death that may follow a wound in the same clause ("and later died"). */
export const DEATH_CUES: readonly string[] = [
  "died", "dies", "succumbed", "pronounced dead", "declared dead", "passed away", "did not survive", "didn't survive",
];

/** Reflexives that name the killer as one of the dead ("then himself", "kills wife, self"). */
export const REFLEXIVES: ReadonlySet<string> = new Set(["himself", "herself", "self"]);

/** Words right before a reflexive that make it the killer's death ("before killing himself", "turned the gun on herself"). */
export const SUICIDE_BEFORE_REFLEXIVE: ReadonlySet<string> = new Set([
  "killing", "killed", "kill", "kills", "shooting", "shot", "shoots", "on", "then", ",", "and",
]);

/** Plural nouns of events: "three shootings", "separate incidents" (a round-up of several events). */
export const EVENT_PLURALS: ReadonlySet<string> = new Set([
  "shootings", "incidents", "homicides", "killings", "murders", "slayings", "stabbings",
]);

/**
 * Words before a plural event noun that make it several distinct events, not one event told in
 * the plural ("the shootings"): "separate shootings", "weekend shootings", "a pair of shootings".
 */
export const SEVERAL_EVENTS_BEFORE: ReadonlySet<string> = new Set([
  "separate", "unrelated", "different", "multiple", "several", "weekend", "overnight", "citywide", "pair",
  "series", "string", "spate", "rash", "wave", "those", "these",
]);

/** Words after a plural event noun that spread it over an area: "shootings across the South Side". */
export const SPREAD_AFTER: ReadonlySet<string> = new Set(["across", "around", "throughout"]);

/**
 * Phrases that make a toll a tally over a span of time or a whole city, not one event's:
 * "wounded in gun violence citywide", "so far this year".
 */
export const TALLY_PHRASES: readonly string[] = [
  "citywide", "city-wide", "so far this year", "this year", "in gun violence",
];

/**
 * Phrases that spread a toll over a whole city right after its verb ("12 people were shot across
 * the city"); after other words ("drones hit homes across the city") they say where one attack struck.
 */
export const CITY_SPREAD_PHRASES: readonly string[] = ["across the city", "throughout the city"];

/** Words of a toll a city spread may follow ("wounded across the city"). */
export const SPREAD_TOLL_WORDS: ReadonlySet<string> = new Set(["shot", "wounded", "injured", "hurt", "killed", "dead", "slain"]);

/** Words that open a clause of its own, which "since" then belongs to ("a party that had gone on since Friday night"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["that", "which", "who", "where", "when", "while"]);

/** Units of a span of time a tally is counted over ("seven people shot in 72 hours"). */
export const TALLY_SPAN_UNITS: ReadonlySet<string> = new Set(["hours", "days"]);

/** Prepositions before a span of time a tally is counted over ("in 72 hours", "over seven days"). */
export const TALLY_SPAN_BEFORE: ReadonlySet<string> = new Set(["in", "over", "within"]);

/** Words that may bound the length of a tally's span ("in about ten hours", "in less than 24 hours"). */
export const TALLY_SPAN_BOUNDS: ReadonlySet<string> = new Set(["about", "around", "roughly", "nearly", "almost", "just", "less", "more", "than", "under", "barely"]);

/** Words between "since" and the hour a tally is counted from ("since about 8 p.m."). */
export const TALLY_SINCE_BOUNDS: ReadonlySet<string> = new Set(["about", "around", "roughly", "approximately", "just", "shortly"]);

/** Times of day after "since" that open a tally's span ("14 shot since 8 p.m.", "since midnight"). */
export const TALLY_SINCE_CLOCK: ReadonlySet<string> = new Set(["a.m.", "p.m.", "am", "pm", "noon", "midnight"]);

/** Parts of a day or week after "since" and a weekday or "last" ("since Sunday morning", "since last weekend"). */
export const TALLY_SINCE_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night", "weekend"]);

/** Nouns of a span of time after its length ("in a five-hour span", "over a 12-hour period"). */
export const TALLY_SPAN_NOUNS: ReadonlySet<string> = new Set(["span", "period", "stretch"]);

/**
 * Names of an event that says someone died in it without a count ("a fatal shooting", "the
 * slaying"): at least one killed, when the article gives no toll of its dead.
 */
export const FATAL_EVENT_CUES: readonly string[] = [
  "fatal shooting", "fatal shootings", "deadly shooting", "deadly shootings", "fatal stabbing", "deadly stabbing",
  "shooting death", "shooting deaths", "slaying", "slayings",
  // A charge of murder says someone died ("charged with attempted murder" does not match).
  "charged with murder", "charged with first-degree murder", "charged with second-degree murder",
  "charged with capital murder", "charged with felony murder", "charged with homicide", "charged with criminal homicide",
];

/** Adjectives that make the event noun a few words after them deadly ("a fatal Arkansas hunting accident"). */
export const FATAL_ADJECTIVES: ReadonlySet<string> = new Set(["fatal", "deadly"]);

/** Nouns of an event that a fatal adjective may name ("deadly Fort Hood shooting", "fatal gunfight"). */
export const FATAL_EVENT_NOUNS: ReadonlySet<string> = new Set([
  "shooting", "shootings", "stabbing", "stabbings", "gunfight", "shootout", "shoot-out", "accident", "attack", "rampage",
  "spree", "incident", "confrontation", "altercation", "robbery", "standoff",
]);

/** Modals before "have" that make an action one that did not happen ("could have killed someone"). */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(["could", "would", "might", "should", "may", "must"]);

/** Verbs of intent before "to" that make the action one that need not have happened ("plotted to kill"). */
export const INTENT_BEFORE_TO: ReadonlySet<string> = new Set([
  "plot", "plots", "plotted", "plotting", "plan", "plans", "planned", "planning", "try", "tries", "tried", "trying",
  "attempt", "attempts", "attempted", "attempting", "threaten", "threatens", "threatened", "threatening",
  "want", "wants", "wanted", "wanting", "intend", "intends", "intended", "intending", "vow", "vowed",
  "conspire", "conspired", "conspiring", "going", "meant", "hoped", "hoping", "sought", "seeking", "able",
]);

/** Words before a wound that make it a gunshot ("with gunshot wounds"): people hit, the dead possibly among them. */
export const GUNSHOT_WORDS: ReadonlySet<string> = new Set(["gunshot", "shot", "bullet", "gun-shot"]);

/** Words before a range of ages ("ages 12 to 16", "between the ages of 21 and 58"). */
export const AGE_BEFORE: ReadonlySet<string> = new Set(["age", "ages", "aged"]);

/** Nouns of an attack whose toll may be told as someone's record ("an IED attack that killed four soldiers"). */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set([
  "attack", "attacks", "bombing", "bombings", "ambush", "ambushes", "explosion", "explosions", "assault", "assaults",
]);

/** Words that tie someone to an attack told as their record ("linked to", "involved in", "responsible for"). */
export const ATTRIBUTION_LINKS: ReadonlySet<string> = new Set([
  "linked", "involved", "involvement", "responsible", "tied", "connected", "associated", "implicated",
]);

/**
 * Nouns of a kind of place that, set off after a place ("In Kadugli, the capital of South
 * Kordofan", "Kostiantynivka, a town in Donetsk region"), make the next place say where the
 * first one lies: a toll there is the first place's.
 */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  "capital", "city", "town", "village", "port", "hub", "seat", "suburb", "district", "region", "province", "state",
]);

/** Words that open the breakdown of a toll after it ("..., including three children", "among them two paramedics"). */
export const BREAKDOWN_OPENERS: ReadonlySet<string> = new Set(["including", "among"]);
