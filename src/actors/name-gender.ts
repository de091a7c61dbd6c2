/**
 * The gender a person's given name tells ("Mary Smith" → female), for pronouns. Names that
 * are given to both ("Jordan Lee") and names the list lacks tell none.
 *
 * @module
 */
import { FEMALE_GIVEN_NAMES_CODED, MALE_GIVEN_NAMES_CODED } from "../lexicon/actors-given-name-genders.js";
import { decodeWords } from "../lexicon/front-coded.js";

let genders: Map<string, "male" | "female"> | undefined;

/** The given names by the gender they tell, built on first use. */
function givenNameGenders(): Map<string, "male" | "female"> {
  if (!genders) {
    genders = new Map();
    for (const name of decodeWords(FEMALE_GIVEN_NAMES_CODED)) genders.set(name, "female");
    for (const name of decodeWords(MALE_GIVEN_NAMES_CODED)) genders.set(name, "male");
  }
  return genders;
}

/**
 * The gender the given name of the person named `name` tells, if any: its first word, when a
 * surname follows it. A name of one word may be a surname ("Mr. James"), so it tells none.
 */
export function givenNameGender(name: string): "male" | "female" | undefined {
  const space = name.indexOf(" ");
  if (space <= 0) return undefined;
  // A double given name ("Anna-Maria") tells by its first part.
  const hyphen = name.indexOf("-");
  const first = name.slice(0, hyphen > 0 && hyphen < space ? hyphen : space).toLowerCase();
  return givenNameGenders().get(first);
}
