/**
 * Word lists of the dates facet: calendar names, units, parts of day, reference words and
 * tense cues. Data only; src/dates/ compiles them into lookups. English, lower case.
 *
 * @module
 */

/** Month names and their abbreviations (with and without the dot), to month numbers 1–12. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1],
  ["february", 2], ["feb", 2],
  ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4],
  ["may", 5],
  ["june", 6], ["jun", 6],
  ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8],
  ["september", 9], ["sept", 9], ["sep", 9],
  ["october", 10], ["oct", 10],
  ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

/** Abbreviated month names that are also common words: taken only with a day or year beside them. */
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set(["may", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "oct", "nov", "apr", "feb", "march"]);

/** Weekday names and abbreviations, to ISO weekday numbers (Monday 1 … Sunday 7). */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["monday", 1], ["mon", 1],
  ["tuesday", 2], ["tue", 2], ["tues", 2],
  ["wednesday", 3], ["wed", 3],
  ["thursday", 4], ["thu", 4], ["thur", 4], ["thurs", 4],
  ["friday", 5], ["fri", 5],
  ["saturday", 6], ["sat", 6],
  ["sunday", 7], ["sun", 7],
]);

/** Weekday abbreviations that are also words: taken only before a date. */
export const AMBIGUOUS_WEEKDAY_WORDS: ReadonlySet<string> = new Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);

/** The calendar units a temporal expression can count or name. */
export const TIME_UNITS = ["century", "decade", "year", "half", "quarter", "month", "week", "day", "hour", "minute", "second"] as const;
/** A calendar unit. */
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Unit words, singular, plural and adjectival ("year-long" is read by the scanner), to units. */
export const UNIT_WORDS: ReadonlyMap<string, TimeUnit> = new Map([
  ["century", "century"], ["centuries", "century"],
  ["decade", "decade"], ["decades", "decade"],
  ["year", "year"], ["years", "year"], ["yr", "year"], ["yrs", "year"],
  ["quarter", "quarter"], ["quarters", "quarter"],
  ["month", "month"], ["months", "month"],
  ["week", "week"], ["weeks", "week"], ["wk", "week"], ["wks", "week"],
  ["fortnight", "week"],
  ["day", "day"], ["days", "day"],
  ["hour", "hour"], ["hours", "hour"], ["hr", "hour"], ["hrs", "hour"],
  ["minute", "minute"], ["minutes", "minute"], ["min", "minute"], ["mins", "minute"],
  ["second", "second"], ["seconds", "second"], ["sec", "second"], ["secs", "second"],
]);

/** Number words a duration or offset may count with, apart from what the number reader reads. */
export const ARTICLE_ONE: ReadonlySet<string> = new Set(["a", "an", "one"]);

/** Words for an unstated count ("several years" is `PXY`). */
export const VAGUE_COUNT_WORDS: ReadonlySet<string> = new Set(["several", "few", "many", "some", "numerous", "multiple", "various", "recent", "coming", "following", "ensuing", "past", "previous", "preceding", "next"]);

/** Ordinal words to their numbers, for days of the month and quarters ("the third quarter"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6],
  ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17],
  ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20], ["thirtieth", 30],
]);

/** Tens words that compose with an ordinal ("twenty-fourth"). */
export const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30],
]);

/** Suffixes of ordinals written in digits ("3rd", "24th"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** Seasons to their TIMEX3 codes. */
export const SEASON_WORDS: ReadonlyMap<string, string> = new Map([
  ["spring", "SP"], ["summer", "SU"], ["fall", "FA"], ["autumn", "FA"], ["winter", "WI"],
]);

/**
 * Nouns a season word names a thing with, not a time ("the Winter Olympics", "summer camp",
 * "spring training", "spring break", "the Spring Festival"): no TIMEX3, as TimeML tags names and fixed compounds only
 * when they place something in time.
 */
export const SEASON_NAMED_THINGS: ReadonlySet<string> = new Set([
  "olympics", "olympic", "paralympics", "paralympic", "games", "camp", "camps", "school", "schools", "training", "break", "internship", "internships", "collection", "collections", "fashion",
  // "the Spring Festival" is the lunar new year: a holiday with no fixed Gregorian date, not a spring.
  "festival",
]);

/** Nouns after "2012-13" that make the two years one period ("the 2012-13 season", "the 2012–13 fiscal year"). */
export const SPANNING_YEAR_NOUNS: ReadonlySet<string> = new Set(["season", "fiscal", "financial", "school", "academic", "budget", "tax", "term", "session", "campaign", "winter", "year"]);

/** Parts of the day to their TIMEX3 codes. */
export const PART_OF_DAY_WORDS: ReadonlyMap<string, string> = new Map([
  ["morning", "MO"], ["afternoon", "AF"], ["evening", "EV"], ["night", "NI"],
  ["midday", "MI"], ["noon", "MI"], ["overnight", "NI"], ["tonight", "NI"],
  ["dawn", "MO"], ["daybreak", "MO"], ["dusk", "EV"], ["nightfall", "EV"],
]);

/** Words that stand for a whole TIMEX3 reference token: "now" is `PRESENT_REF`. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ["now", "PRESENT_REF"], ["currently", "PRESENT_REF"], ["current", "PRESENT_REF"],
  ["presently", "PRESENT_REF"], ["nowadays", "PRESENT_REF"],
  ["recently", "PAST_REF"], ["lately", "PAST_REF"],
]);

/**
 * Reference words taken only in a clause not told in the past, and not as a conjunction
 * ("as soon as", "soon after"): "will soon begin" is FUTURE_REF, "was soon released" is not.
 */
export const CLAUSE_REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([["soon", "FUTURE_REF"]]);

/** Words next to a clause reference word that make it part of a conjunction ("as soon as", "soon after"). */
export const CONJUNCTION_NEIGHBOURS: ReadonlySet<string> = new Set(["as", "after", "afterwards", "afterward", "thereafter", "enough"]);

/** Reference words taken only after "the" ("the past", "the future"): alone they are too vague. */
export const DETERMINED_REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ["past", "PAST_REF"], ["future", "FUTURE_REF"], ["present", "PRESENT_REF"],
]);

/** Two-word reference phrases after "the" ("the near future"), to their TIMEX3 tokens. */
export const DETERMINED_REFERENCE_PHRASES: ReadonlyMap<string, string> = new Map([
  ["near future", "FUTURE_REF"], ["near term", "FUTURE_REF"], ["short term", "FUTURE_REF"],
  ["distant future", "FUTURE_REF"], ["long term", "FUTURE_REF"], ["distant past", "PAST_REF"], ["recent past", "PAST_REF"],
  ["present day", "PRESENT_REF"],
]);

/** Frequency words to the period of the TIMEX3 SET they denote. */
export const FREQUENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["hourly", "PT1H"], ["daily", "P1D"], ["nightly", "P1D"], ["weekly", "P1W"],
  ["biweekly", "P2W"], ["fortnightly", "P2W"], ["monthly", "P1M"],
  ["yearly", "P1Y"], ["annual", "P1Y"], ["annually", "P1Y"], ["biannual", "P6M"],
]);

/**
 * Nouns of a quantity measured per period: a frequency word before them states a rate ("annual
 * sales", "average daily volume"), not a time that recurs.
 */
export const RATE_MEASURE_NOUNS: ReadonlySet<string> = new Set([
  "rate", "rates", "sales", "volume", "volumes", "dividend", "dividends", "turnover", "share", "revenue", "revenues",
  "income", "profit", "profits", "output", "production", "growth", "inflation", "budget", "budgets", "salary", "salaries", "yield",
]);

/** Frequency words that are also the nouns for a newspaper ("the daily said"), in lower case. */
export const NEWSPAPER_FREQUENCY_WORDS: ReadonlySet<string> = new Set(["daily", "weekly"]);

/** Verbs a newspaper named "daily" or "weekly" reports with ("the daily said", "the weekly reported"). */
export const NEWSPAPER_VERBS: ReadonlySet<string> = new Set(["said", "says", "reported", "reports", "wrote", "writes", "quoted", "quotes", "cited", "added"]);

/** Plural days that recur, to their TIMEX3 SET value: "closed on Mondays", "works weekends". */
export const RECURRING_DAY_WORDS: ReadonlyMap<string, string> = new Map([
  ["mondays", "XXXX-WXX-1"], ["tuesdays", "XXXX-WXX-2"], ["wednesdays", "XXXX-WXX-3"], ["thursdays", "XXXX-WXX-4"],
  ["fridays", "XXXX-WXX-5"], ["saturdays", "XXXX-WXX-6"], ["sundays", "XXXX-WXX-7"], ["weekends", "XXXX-WXX-WE"],
]);

/** Plural parts of day after a recurring day, to their TIMEX3 code ("Tuesday nights", "Sunday mornings"). */
export const RECURRING_PART_OF_DAY_WORDS: ReadonlyMap<string, string> = new Map([
  ["mornings", "MO"], ["afternoons", "AF"], ["evenings", "EV"], ["nights", "NI"],
]);

/** Words before a unit that make a set: "every week", "each year", "per day". */
export const FREQUENCY_DETERMINERS: ReadonlySet<string> = new Set(["every", "each", "per"]);

/** Words between a count of times and its period: "twice a week", "three times per year". */
export const RATE_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "per", "each", "every"]);

/** Modifiers before a date, to their TIMEX3 `mod`. */
export const DATE_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ["early", "START"], ["earlier", "START"], ["late", "END"], ["later", "END"],
  ["mid", "MID"], ["middle", "MID"], ["beginning", "START"], ["start", "START"],
  ["end", "END"], ["close", "END"],
]);

/** Words after a count of units that point back from the anchor ("44 days ago"). */
export const BACKWARD_WORDS: ReadonlySet<string> = new Set(["ago", "earlier", "before", "prior"]);

/** Words after a count of units that point forward from the anchor ("two years hence"). */
export const FORWARD_WORDS: ReadonlySet<string> = new Set(["hence", "later", "after", "afterwards", "afterward"]);

/** Words before a unit or weekday that pick the one before the anchor's. */
export const PREVIOUS_WORDS: ReadonlySet<string> = new Set(["last", "past", "previous", "preceding"]);

/** Words before a unit or weekday that pick the one after the anchor's. */
export const FOLLOWING_WORDS: ReadonlySet<string> = new Set(["next", "coming", "following", "upcoming"]);

/** Shift words that count from the last date the text reached, not from the publication date ("the following year"). */
export const ANAPHORIC_SHIFT_WORDS: ReadonlySet<string> = new Set(["following", "previous", "preceding"]);

/** Words before a unit or weekday that pick the anchor's own. */
export const CURRENT_WORDS: ReadonlySet<string> = new Set(["this", "current", "present"]);

/** Auxiliaries and cues that put a clause in the future. */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  "will", "'ll", "’ll", "shall", "wo", "going", "scheduled", "expected", "expects", "expect", "due", "plans",
  "plan", "slated", "upcoming", "would", "intends", "tomorrow",
  // A scheduled event told in the present: "the offer expires Friday", "talks resume Monday".
  "expires", "resumes", "resume", "begins", "starts", "opens", "convenes", "reconvenes", "meet", "meets",
  "ends", "closes", "travels", "visits", "arrives", "heads", "returns", "launches", "concludes", "hosts", "testifies", "takes",
]);

/** Words that put a clause in the future when "to" follows them ("is to resume", "set to meet", "planned to leave"). */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  "is", "are", "set", "planned", "planning", "poised", "likely", "forecast", "ready", "preparing", "prepared", "hoping", "hopes", "hope", "intend", "intended", "aims", "aim", "want", "wants",
]);

/** Modals that look ahead ("may close in the fall", "must repay by 2016"); weaker than "will", and past with "have" after. */
export const MODALS_AHEAD: ReadonlySet<string> = new Set(["may", "might", "can", "could", "should", "must"]);

/** Prepositions right before a date that make it a deadline ahead ("by Jan. 14", "until Tuesday"). */
export const DEADLINE_WORDS: ReadonlySet<string> = new Set(["by", "until", "till", "effective", "payable", "before"]);

/** Prepositions right before a bare weekday that make it a deadline ahead ("until Tuesday"). */
export const WEEKDAY_DEADLINE_WORDS: ReadonlySet<string> = new Set(["until", "till", "til"]);

/** Prepositions right before a month that make it a deadline ahead ("by May"); "through August" often sums up the past. */
export const MONTH_DEADLINE_WORDS: ReadonlySet<string> = new Set(["by", "until", "till", "before"]);

/** Words between a count and its unit that leave the count as it is ("20 more years", "three full days"). */
export const COUNT_FILLERS: ReadonlySet<string> = new Set(["more", "additional", "other", "full", "straight", "consecutive", "long", "whole", "further", "extra", "single", "trading", "business", "working"]);

/** Modifiers of a counted length of time, to their TIMEX3 `mod` ("about two years", "more than 30 days"). */
export const APPROXIMATORS: ReadonlyMap<string, string> = new Map([
  ["about", "APPROX"], ["around", "APPROX"], ["roughly", "APPROX"], ["approximately", "APPROX"], ["some", "APPROX"],
  ["nearly", "LESS_THAN"], ["almost", "LESS_THAN"], ["barely", "LESS_THAN"], ["only", "EQUAL_OR_LESS"],
]);

/** Approximators TimeML leaves out of the extent though they modify the value ("about two years ago" is "two years ago"). */
export const APPROXIMATORS_OUTSIDE: ReadonlySet<string> = new Set(["about", "only", "almost"]);

/** Auxiliaries and irregular past forms that put a clause in the past. */
export const PAST_CUES: ReadonlySet<string> = new Set([
  "was", "were", "had", "did", "said", "told", "met", "took", "came", "went", "gave", "made",
  "saw", "began", "fell", "rose", "left", "held", "won", "lost", "got", "sent", "struck", "hit",
  "killed", "spoke", "wrote", "led", "paid", "sold", "bought", "brought", "thought", "kept",
  "ago", "yesterday", "last", "earlier", "became", "ran", "shot", "put", "set", "felt", "knew",
  "found", "fought", "flew", "drove", "broke", "chose", "stood", "understood", "meant", "heard",
]);

/** Street kinds: a number before "Elm Street" or "S. Pine Ave." is a house number, not a year. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane", "place", "parkway",
]);

/**
 * Words before a number that make it a count when a plural noun follows ("some 1906 families",
 * "nearly 1500 homes"): the number is not a year. Lower case; a phrase as one string, its words apart by a space.
 */
export const COUNT_BEFORE_YEAR: ReadonlySet<string> = new Set([
  "some", "about", "around", "nearly", "almost", "roughly", "approximately", "estimated",
  "at least", "more than", "fewer than", "as many as",
]);

/**
 * Words a year may follow when a plural noun comes after it ("the 1992 protests", "in 1992 troops
 * landed", "since 1990 prices rose"): after any other lower-case word a four-digit number before
 * a plural noun counts it ("the army numbered 1200 men", "a garrison of 1500 soldiers").
 */
export const YEAR_LEAD_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "whose",
  "in", "on", "at", "by", "since", "until", "till", "from", "to", "before", "after", "during", "through", "between", "for",
  "and", "or", "but", "than", "fiscal", "early", "late", "mid", "circa", "c.", "year", "years", "then", "when",
]);

/** Plural nouns of people without a final "s", which a count may be of ("some 1500 people"). Lower case. */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(["people", "children", "men", "women", "police", "personnel", "staff", "cattle"]);

/**
 * Units of measure: a four-digit number right before one is a quantity ("at 1500 feet", "2000
 * tonnes of grain"), never a year, whatever word comes before it. Money is left out: "in 1990
 * dollars" names a year. Lower case.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  "feet", "foot", "ft", "metres", "meters", "metre", "meter", "m", "kilometres", "kilometers", "km", "miles", "yards",
  "inches", "centimetres", "centimeters", "cm", "millimetres", "millimeters", "mm", "tonnes", "tons", "kilograms", "kg",
  "grams", "litres", "liters", "gallons", "barrels", "acres", "hectares", "square", "cubic", "mph", "kph", "knots", "calories",
]);

/**
 * Vehicle makes: a year right before one, or before one after a colour or body word, is the
 * model's year ("a 2004 Honda Civic", "a 1998 silver Ford Taurus"), not a date of the events
 * (TimeBank leaves it untagged). Lower case.
 */
export const VEHICLE_MAKES: ReadonlySet<string> = new Set([
  "acura", "audi", "bmw", "buick", "cadillac", "chevrolet", "chevy", "chrysler", "dodge", "fiat", "ford", "gmc",
  "honda", "hummer", "hyundai", "infiniti", "jaguar", "jeep", "kia", "lexus", "lincoln", "mazda", "mercedes",
  "mercedes-benz", "mercury", "mini", "mitsubishi", "nissan", "oldsmobile", "peugeot", "plymouth", "pontiac",
  "porsche", "ram", "renault", "saab", "saturn", "scion", "subaru", "suzuki", "tesla", "toyota", "volkswagen",
  "volvo", "vw", "harley-davidson", "yamaha", "kawasaki",
]);

/** Words before "plan" or "plans" that make it a noun ("the plan", "its plans"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "new", "this", "that"]);

/**
 * Words after "plan" or "plans" that make it a verb: "to" ("plans to build") or the start of its
 * object ("plans a new plant"). After anything else it is a noun ("the rescue plan on Tuesday").
 */
export const PLAN_VERB_NEXT: ReadonlySet<string> = new Set(["to", "a", "an", "the", "its", "their", "another", "new", "daily"]);

/** Auxiliaries that make a past participle after them present ("is heard", "are held"). */
export const PASSIVE_PRESENT: ReadonlySet<string> = new Set(["is", "are", "be", "being"]);

/** Auxiliaries that open a second predicate after "and" or "but" ("passed in May and is expected to …"): its tense is not the date's. */
export const COORDINATED_AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might", "should", "must"]);

/** Adverbs that may stand between "and" and the second predicate's verb ("and now heads to …"). */
export const COORDINATED_ADVERBS: ReadonlySet<string> = new Set(["now", "then", "also", "later", "still", "soon"]);

/** Nouns after "today's" that make it the present age, not the day ("today's youth"). */
export const GENERIC_PRESENT_NOUNS: ReadonlySet<string> = new Set(["world", "youth", "society", "generation", "children"]);

/** Superlatives that make "in five years" after them a length up to now ("the highest in five years"). */
export const SUPERLATIVES: ReadonlySet<string> = new Set(["first", "worst", "best", "most", "least", "highest", "lowest", "biggest", "largest", "longest", "deadliest"]);

/** Past-looking "-ed" words that are not past verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set(["need", "speed", "seed", "feed", "bed", "red", "hundred", "indeed", "united", "based", "related", "proposed", "expected", "scheduled", "planned", "wed"]);

/** A holiday with a fixed date or a fixed "nth weekday of the month" rule. */
export interface Holiday {
  /** The holiday's name, lower case, word by word ("day" after it is optional). */
  readonly words: readonly string[];
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, for fixed-date holidays. */
  readonly day?: number;
  /** Which occurrence of `weekday` in the month (1–4, or -1 for the last). */
  readonly nth?: number;
  /** ISO weekday (Monday 1) for nth-weekday holidays. */
  readonly weekday?: number;
  /** The day of the month the nth weekday is counted from, when not the first (US Election Day: the first Tuesday from the 2nd). */
  readonly from?: number;
  /** Days from Easter Sunday, for the feasts that move with it (`month` is then Easter's usual one). */
  readonly easter?: number;
  /** Easter by the Julian computus, as the Orthodox churches keep it ("Orthodox Easter"). */
  readonly julian?: boolean;
}

/** Holidays English news dates by (US and international); longest names first. */
export const HOLIDAYS: readonly Holiday[] = [
  { words: ["new", "year's"], month: 1, day: 1 },
  // The Orthodox churches keep the Julian calendar's feasts: Christmas on 7 January, Easter by the Julian computus.
  { words: ["orthodox", "christmas"], month: 1, day: 7 },
  { words: ["orthodox", "easter"], month: 4, easter: 0, julian: true },
  { words: ["independence", "day"], month: 7, day: 4 },
  { words: ["christmas"], month: 12, day: 25 },
  { words: ["halloween"], month: 10, day: 31 },
  { words: ["valentine's"], month: 2, day: 14 },
  { words: ["thanksgiving"], month: 11, nth: 4, weekday: 4 },
  { words: ["labor", "day"], month: 9, nth: 1, weekday: 1 },
  { words: ["memorial", "day"], month: 5, nth: -1, weekday: 1 },
  { words: ["election", "day"], month: 11, nth: 1, weekday: 2, from: 2 },
  { words: ["veterans", "day"], month: 11, day: 11 },
  { words: ["mother's", "day"], month: 5, nth: 2, weekday: 7 },
  { words: ["father's", "day"], month: 6, nth: 3, weekday: 7 },
  { words: ["easter", "monday"], month: 4, easter: 1 },
  { words: ["easter", "sunday"], month: 4, easter: 0 },
  { words: ["easter"], month: 4, easter: 0 },
  { words: ["good", "friday"], month: 4, easter: -2 },
  { words: ["holy", "thursday"], month: 4, easter: -3 },
  { words: ["holy", "week"], month: 4, easter: 0 },
  { words: ["maundy", "thursday"], month: 4, easter: -3 },
  { words: ["palm", "sunday"], month: 4, easter: -7 },
  { words: ["ash", "wednesday"], month: 2, easter: -46 },
];

/** Meridiem words to "am" or "pm". */
export const MERIDIEM_WORDS: ReadonlyMap<string, "am" | "pm"> = new Map([
  ["am", "am"], ["a.m.", "am"], ["a.m", "am"], ["pm", "pm"], ["p.m.", "pm"], ["p.m", "pm"],
]);

/** US zone names: kept in a time's extent, their offset left out (it changes with daylight saving). */
export const US_ZONE_WORDS: ReadonlySet<string> = new Set(["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt"]);

/** Zone abbreviations with a fixed offset all year, to their TIMEX3 designators. */
export const ZONE_WORDS: ReadonlyMap<string, string> = new Map([
  ["gmt", "Z"], ["utc", "Z"], ["z", "Z"], ["msk", "+03:00"], ["cet", "+01:00"], ["cest", "+02:00"],
  ["eet", "+02:00"], ["eest", "+03:00"], ["bst", "+01:00"],
]);

/** "<City> time" for cities whose zone keeps one offset all year. */
export const CITY_ZONE_WORDS: ReadonlyMap<string, string> = new Map([
  ["moscow", "+03:00"], ["beijing", "+08:00"], ["tokyo", "+09:00"], ["istanbul", "+03:00"], ["riyadh", "+03:00"],
]);

/**
 * "<City> time" for cities on European summer time, to their standard offset in minutes: the
 * offset of a day is one hour more from the last Sunday of March to the last Sunday of October.
 */
export const SUMMER_TIME_CITY_WORDS: ReadonlyMap<string, number> = new Map([
  ["london", 0], ["dublin", 0], ["lisbon", 0],
  ["paris", 60], ["berlin", 60], ["brussels", 60], ["madrid", 60], ["rome", 60], ["warsaw", 60], ["vienna", 60], ["amsterdam", 60], ["prague", 60], ["budapest", 60], ["stockholm", 60], ["belgrade", 60],
  ["kyiv", 120], ["kiev", 120], ["athens", 120], ["helsinki", 120], ["bucharest", 120], ["sofia", 120], ["riga", 120], ["vilnius", 120], ["tallinn", 120], ["chisinau", 120],
]);

/** Decade words to the decade of the twentieth century they name ("the eighties" is 8). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenties", 2], ["thirties", 3], ["forties", 4], ["fifties", 5], ["sixties", 6], ["seventies", 7], ["eighties", 8], ["nineties", 9],
]);

/**
 * Capitalized nouns that close the name of an event whose first words count time ("the Thirty
 * Years' War", "the Six-Day War", "the Winter War", "the Spring Offensive", "the July Crisis"), or of
 * a building ("the Winter Palace"): a name, not a date.
 */
export const EVENT_NAME_NOUNS: ReadonlySet<string> = new Set(["war", "wars", "offensive", "campaign", "battles", "uprising", "rising", "revolution", "revolt", "crisis", "coup", "palace"]);

/**
 * Capitalized words that make the weekday after them a name ("Black Friday", "Cyber Monday",
 * "Super Tuesday", "Bloody Sunday"): a shopping day, a primary day or an event, not the weekday
 * of the report. Lower case.
 */
export const NAMED_DAY_WORDS: ReadonlySet<string> = new Set(["black", "cyber", "super", "bloody", "giving"]);

/**
 * Words of a market report: in a sentence with one, "overnight" is the night before the trading
 * day the report is on ("London shares fell on overnight losses in New York"). Lower case.
 */
export const MARKET_WORDS: ReadonlySet<string> = new Set(["shares", "stocks", "stock", "trading", "traders", "market", "markets", "index", "futures", "bonds", "dollar", "yen", "dow", "nasdaq"]);

/** Nouns a four-digit number after them identifies rather than dates ("Resolution 1441", "Flight 1549"). */
export const NUMBERED_THINGS: ReadonlySet<string> = new Set([
  "resolution", "flight", "route", "highway", "article", "section", "chapter", "room", "no", "no.", "number",
  "model", "bus", "paragraph", "page", "item", "unit", "brigade", "regiment", "division", "battalion", "order", "decree", "law", "bill",
]);

/**
 * Words of speaking that mark a quotation's attribution, so a day named beside them is when the
 * quote was said ("…,” he said on Thursday; “…,” in a Thursday address).
 */
export const QUOTE_ATTRIBUTION_WORDS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "announced", "stated",
  "declared", "insisted", "warned", "promised", "tweeted", "posted", "replied", "asked", "explained",
  "address", "speech", "statement", "interview", "remarks", "briefing", "broadcast",
]);

/** Marks of a year before the common era ("480 BC"). */
export const BC_WORDS: ReadonlySet<string> = new Set(["bc", "b.c.", "bce", "b.c.e."]);

/** Marks of a year of the common era ("AD 476"), read in capitals only ("an ad" is no era). */
export const AD_WORDS: ReadonlySet<string> = new Set(["ad", "a.d.", "ce", "c.e."]);
