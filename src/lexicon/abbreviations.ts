/**
 * Abbreviations whose final dot does not end a sentence ("Mr. Putin", "Gen. Syrskyi").
 * Lower case, without the dot.
 *
 * @module
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "rev", "hon", "messrs",
  "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "lt.-gen", "lt.-col",
  "gov", "sen", "rep", "pres", "amb", "atty", "supt", "insp",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "etc", "approx", "est", "dept", "univ", "assn", "bros", "co", "corp", "inc", "ltd", "plc",
  "ave", "blvd", "rd", "mt", "ft", "fig", "vol", "p", "pp",
  "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "i.e", "e.g",
]);
