/**
 * Abbreviations whose final dot does not end a sentence ("Mr. Putin", "Gen. Syrskyi").
 * Lower case, without the dot.
 *
 * @module
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "drs", "prof", "st", "ste", "sr", "jr", "rev", "fr", "msgr", "hon", "messrs", "mme", "mlle",
  "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "spc", "pfc", "pvt", "adm", "cmdr", "cdr", "brig", "lt.-gen", "lt.-col",
  "gov", "govs", "sen", "sens", "rep", "reps", "del", "dels", "ald", "pres", "amb", "atty", "asst", "supt", "insp", "det", "ofc", "dep",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "etc", "approx", "est", "dept", "univ", "assn", "bros", "co", "corp", "inc", "ltd", "plc",
  "ave", "blvd", "rd", "mt", "ft", "fig", "vol", "p", "pp",
  "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "i.e", "e.g",
]);

/**
 * Abbreviations of ABBREVIATIONS that also end sentences: a name or place ("in the U.S.",
 * "Acme Inc.", "John Smith Jr.", "Dover, Del.", where before a name it is a Delegate's title),
 * a clock time ("at 3 p.m."), a street ("on Main St."), a
 * trailing "etc." or "no.". After one of them a word of SENTENCE_OPENERS starts a new sentence.
 * Lower case, without the dot.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a",
  "inc", "corp", "co", "ltd", "plc", "bros", "jr", "sr", "del",
  "a.m", "p.m", "st", "ave", "blvd", "rd", "dept", "etc", "no",
]);

/**
 * Abbreviations that close a name and may stand before its verb: "John Smith Jr. said", "Acme
 * Inc. reported". Lower case, without the dot.
 */
export const NAME_SUFFIX_ABBREVIATIONS: ReadonlySet<string> = new Set(["jr", "sr", "inc", "corp", "co", "ltd", "plc", "bros"]);

/**
 * Capitalized words that open a sentence and never continue a name: pronouns, determiners,
 * conjunctions, prepositions and adverbs that news sentences start with ("… at 3 p.m. He was",
 * "… in the U.S. The proposal"). Not weekdays or months ("3 p.m. Sunday", "5 p.m. Jan. 3"), nor
 * nouns ("U.S. Army", "D.C. Police"), nor "No" ("U.S. No. 2"). Lower case.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your",
  "the", "a", "an", "this", "that", "these", "those", "both", "all", "some", "many", "most", "each", "every",
  "and", "but", "or", "so", "yet", "when", "while", "if", "as", "after", "before", "since", "because",
  "although", "though", "once", "until", "unless", "upon", "in", "at", "on", "for", "by", "from", "with",
  "during", "according", "despite", "however", "meanwhile", "then", "there", "here", "now", "also", "still",
]);
