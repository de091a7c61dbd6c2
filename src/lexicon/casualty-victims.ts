/**
 * Nouns for the people a toll counts, singular and plural, and family words that count
 * themselves ("their parents" is two). Data only; src/casualties/ reads them. English, lower case.
 *
 * @module
 */

/** Nouns for people, singular and plural ("a man", "12 civilians", "five others"). */
export const VICTIM_NOUNS: ReadonlySet<string> = new Set([
  "people", "person", "persons", "individual", "individuals", "others", "other", "someone", "somebody",
  "civilian", "civilians", "resident", "residents", "villager", "villagers", "inhabitants", "citizen", "citizens",
  "national", "nationals", "local", "locals", "bystander", "bystanders", "pedestrian", "pedestrians",
  "passenger", "passengers", "driver", "drivers", "victim", "victims", "patient", "patients",
  "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "kid", "kids",
  "baby", "babies", "infant", "infants", "toddler", "toddlers", "teen", "teens", "teenager", "teenagers",
  "youth", "youths", "adult", "adults", "minor", "minors", "juvenile", "juveniles", "year-olds",
  "soldier", "soldiers", "troops", "serviceman", "servicemen", "servicemember", "servicemembers",
  "member", "members", "personnel", "officer", "officers", "policeman", "policemen", "policewoman",
  "police", "guard", "guards", "trooper", "troopers", "deputy", "deputies", "agent", "agents",
  "fighter", "fighters", "militant", "militants", "insurgent", "insurgents", "rebel", "rebels",
  "militiaman", "militiamen", "combatant", "combatants", "terrorist", "terrorists", "gunman", "gunmen",
  "attacker", "attackers", "assailant", "assailants", "suspect", "suspects", "shooter", "shooters",
  "leader", "leaders", "commander", "commanders", "facilitator", "facilitators", "operative", "operatives",
  "worker", "workers", "employee", "employees", "staff", "doctor", "doctors", "medic", "medics", "nurse", "nurses",
  "paramedic", "paramedics", "rescuer", "rescuers", "firefighter", "firefighters", "volunteer", "volunteers",
  "journalist", "journalists", "reporter", "reporters", "student", "students", "pupil", "pupils",
  "worshipper", "worshippers", "pilgrim", "pilgrims", "protester", "protesters", "protestor", "protestors",
  "demonstrator", "demonstrators", "migrant", "migrants", "refugee", "refugees", "miner", "miners",
  "farmer", "farmers", "fisherman", "fishermen", "crew", "sailor", "sailors", "pilot", "pilots",
  "official", "officials", "customer", "customers", "guest", "guests", "partygoer", "partygoers",
  "mother", "mothers", "father", "fathers", "parent", "parents", "son", "sons", "daughter", "daughters",
  "brother", "brothers", "sister", "sisters", "husband", "wife", "grandmother", "grandfather", "grandson",
  "granddaughter", "grandchildren", "relative", "relatives", "cousin", "cousins", "friend", "friends",
  "neighbor", "neighbors", "neighbour", "neighbours", "family", "families", "couple", "siblings", "twins",
  "pensioner", "pensioners", "teacher", "teachers", "ukrainians", "russians",
  "palestinians", "israelis", "americans", "afghans", "gazans",
  "uncle", "uncles", "aunt", "aunts", "nephew", "nephews", "niece", "nieces", "stepfather", "stepson",
  "boyfriend", "girlfriend", "male", "males", "female", "females", "motorist", "motorists", "cyclist", "cyclists",
  "hunter", "hunters", "jogger", "clerk", "clerks", "cashier", "homeowner", "partner", "roommate", "roommates",
  "tenant", "landlord", "owner", "manager", "fiance", "fiancee",
  "hiker", "hikers", "climber", "climbers", "tourist", "tourists", "swimmer", "swimmers", "angler", "anglers", "diver", "divers", "skier", "skiers", "boater", "boaters", "visitor", "visitors",
  "spectator", "spectators", "fan", "fans", "shopper", "shoppers", "diner", "diners", "patron", "patrons",
  "camper", "campers", "commuter", "commuters", "traveler", "travelers", "traveller", "travellers",
  "inmate", "inmates", "contractor", "contractors", "marine", "marines", "airman", "airmen",
  "peacekeeper", "peacekeepers", "diplomat", "diplomats", "engineer", "engineers", "priest", "priests",
  "monk", "monks", "nun", "nuns", "athlete", "athletes", "player", "players", "coach",
  "associate", "associates", "accomplice", "accomplices", "companion", "companions", "bodyguard", "bodyguards",
  "advisor", "advisors", "adviser", "advisers", "aide", "aides",
  "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "ex-partner", "stepdaughter", "stepmother", "stepbrother", "stepsister", "stepchild", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "grandchild", "stepdaughters", "stepsons", "stepchildren", "grandsons", "granddaughters",
  "sub-commander", "sub-commanders", "co-worker", "co-workers", "coworker", "coworkers", "co-owner", "co-owners", "co-defendant", "co-defendants",
]);

/** Family words after "his", "her" or "their" that count themselves ("their parents" is two). */
export const FAMILY_COUNTS: ReadonlyMap<string, number> = new Map([
  ["parents", 2], ["mother", 1], ["father", 1], ["wife", 1], ["husband", 1], ["son", 1], ["daughter", 1],
  ["brother", 1], ["sister", 1], ["grandmother", 1], ["grandfather", 1], ["baby", 1], ["child", 1],
  ["boyfriend", 1], ["girlfriend", 1], ["partner", 1], ["twins", 2], ["grandparents", 2],
  ["ex-wife", 1], ["ex-husband", 1], ["ex-girlfriend", 1], ["ex-boyfriend", 1], ["ex-partner", 1], ["stepdaughter", 1], ["stepmother", 1], ["stepbrother", 1], ["stepsister", 1], ["stepchild", 1], ["mother-in-law", 1], ["father-in-law", 1], ["son-in-law", 1], ["daughter-in-law", 1], ["brother-in-law", 1], ["sister-in-law", 1], ["grandchild", 1],
]);

/** Possessives that introduce a family word. */
export const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its"]);

/** Words that stand between a count and its noun and add nothing ("five more", "two other"). */
export const COUNT_FILLERS: ReadonlySet<string> = new Set(["more", "other", "additional", "further"]);

/** Singular nouns for one person: "a man was killed", "the victim died", "Teen dies". */
export const SINGULAR_VICTIM_NOUNS: ReadonlySet<string> = new Set([
  "person", "individual", "someone", "somebody", "civilian", "resident", "villager", "citizen", "local", "bystander",
  "pedestrian", "passenger", "driver", "victim", "patient", "man", "woman", "boy", "girl", "child", "kid", "baby",
  "infant", "toddler", "teen", "teenager", "youth", "adult", "minor", "juvenile", "soldier", "serviceman",
  "servicemember", "officer", "policeman", "policewoman", "guard", "trooper", "deputy", "agent", "fighter",
  "militant", "insurgent", "rebel", "militiaman", "combatant", "gunman", "attacker", "assailant", "suspect",
  "shooter", "leader", "commander", "facilitator", "operative", "worker", "employee", "doctor", "medic", "nurse",
  "paramedic", "rescuer", "firefighter", "volunteer", "journalist", "reporter", "student", "pupil", "protester",
  "protestor", "demonstrator", "migrant", "refugee", "miner", "farmer", "fisherman", "sailor", "pilot", "official",
  "customer", "guest", "mother", "father", "son", "daughter", "brother", "sister", "husband", "wife", "grandmother",
  "grandfather", "grandson", "granddaughter", "relative", "cousin", "friend", "neighbor", "neighbour", "uncle",
  "aunt", "nephew", "niece", "stepfather", "stepson", "boyfriend", "girlfriend", "fiance", "fiancee", "pensioner",
  "teacher", "clerk", "cashier", "homeowner", "male", "female", "motorist", "cyclist", "hunter", "jogger",
  "hiker", "climber", "tourist", "swimmer", "angler", "diver", "skier", "boater", "visitor", "spectator", "fan", "shopper", "diner", "patron", "camper",
  "commuter", "traveler", "traveller", "inmate", "contractor", "marine", "airman", "peacekeeper", "diplomat",
  "engineer", "priest", "monk", "nun", "athlete", "player", "coach",
  "partner", "roommate", "tenant", "landlord", "owner", "manager",
  "associate", "accomplice", "companion", "bodyguard", "advisor", "adviser", "aide",
  "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "ex-partner", "stepdaughter", "stepmother", "stepbrother", "stepsister", "stepchild", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "grandchild",
  "sub-commander", "co-worker", "coworker", "co-owner", "co-defendant",
]);

/** Determiners before a singular noun that make it one person ("the victim", "his wife", "another man"). */
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "another", "his", "her", "their", "its"]);

/** Pronouns that stand for one person: subjects ("he was shot") and objects ("killed him"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
/** Object pronouns for one person; headlines write "self" for the reflexive ("boy shoots self"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "himself", "herself", "self"]);

/** Modifiers that make a victim one who was shot ("a third shooting victim"). */
export const GUNSHOT_MODIFIERS: ReadonlySet<string> = new Set(["shooting", "gunshot"]);

/** Nouns for the one who did the killing, counted among the dead ("five dead, including the gunman"). */
export const KILLER_NOUNS: ReadonlySet<string> = new Set(["gunman", "shooter", "suspect", "attacker", "assailant", "killer"]);

/** Ordinals that stand for one more person after "a" ("a fourth was wounded"). */
export const ORDINAL_PEOPLE: ReadonlySet<string> = new Set([
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
]);

/** Nouns of the dead an ordinal may count ("5th person dies", "third victim dies"): the toll's nouns, not "man" or "child". */
export const NTH_DEATH_NOUNS: ReadonlySet<string> = new Set(["person", "victim"]);

/** Words after a bare "another" in object position that end the phrase ("injures another on Monday"). */
export const AFTER_BARE_OBJECT: ReadonlySet<string> = new Set([
  "on", "in", "at", "and", "before", "after", "as", "when", "while", "during", "near", "inside", "outside", "early", "late",
]);

/** Nouns for animals, which a toll does not count ("injuring one of the family dogs", "shot the dog"). */
export const ANIMAL_NOUNS: ReadonlySet<string> = new Set([
  "dog", "dogs", "k9", "k9s", "k-9", "k-9s", "puppy", "puppies", "cat", "cats", "kitten", "kittens", "pet", "pets",
  "horse", "horses", "pony", "cow", "cows", "cattle", "bull", "goat", "goats", "sheep", "pig", "pigs", "deer",
  "animal", "animals", "livestock", "chicken", "chickens", "bird", "birds",
]);

/**
 * Nouns for people on duty at a scene, each with its group: police, fire and rescue, or
 * bystanders. A wounded "firefighter" beside dead "people" is someone else; "two troopers died"
 * may count the wounded "officer".
 */
export const ROLE_GROUPS: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map([
  ...["officer", "officers", "policeman", "policemen", "policewoman", "police", "trooper", "troopers", "deputy", "deputies", "agent", "agents", "guard", "guards"].map((w) => [w, "police"] as const),
  ...["firefighter", "firefighters", "fireman", "firemen", "paramedic", "paramedics", "medic", "medics", "rescuer", "rescuers", "emt"].map((w) => [w, "rescue"] as const),
  ...["bystander", "bystanders", "passerby", "passer-by"].map((w) => [w, "bystander"] as const),
]))();
