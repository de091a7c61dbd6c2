/**
 * The gender a person's given name tells ("Mary Smith" → female), for pronouns. Names that
 * are given to both ("Jordan Lee") and names the list lacks tell none.
 *
 * @module
 */
import { GIVEN_NAME_GENDERS } from "../lexicon/actors-given-name-genders.js";
import { GIVEN_NAMES_CODED } from "../lexicon/actors-given-names.js";
import { decodeWords } from "../lexicon/front-coded.js";

let genders: Map<string, "male" | "female"> | undefined;

/** The given names by the gender they tell, built on first use. */
function givenNameGenders(): Map<string, "male" | "female"> {
  if (!genders) {
    genders = new Map();
    const names = decodeWords(GIVEN_NAMES_CODED);
    for (let i = 0; i < names.length; i++) {
      const letter = GIVEN_NAME_GENDERS[i];
      if (letter === "f") genders.set(names[i]!, "female");
      else if (letter === "m") genders.set(names[i]!, "male");
    }
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
