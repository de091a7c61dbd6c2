import { describe, expect, it } from "vitest";
import { parseArticle } from "../parse-article.js";
import { GIVEN_NAME_GENDERS } from "../lexicon/actors-given-name-genders.js";
import { GIVEN_NAMES_CODED } from "../lexicon/actors-given-names.js";
import { decodeWords } from "../lexicon/front-coded.js";
import { givenNameGender } from "./name-gender.js";

const PUBLISHED = "2025-04-24";

/** The name of the speaker of each statement of `text`, in order (null for none). */
function speakers(text: string): (string | null)[] {
  const article = parseArticle(text, { published: PUBLISHED });
  const names = new Map(article.actors.map((a) => [a.id, a.name]));
  return article.statements.map((s) => (s.speaker === undefined ? null : (names.get(s.speaker) ?? null)));
}

/** The mention texts of the actor named `name` in `text`. */
function mentionsOf(text: string, name: string): string[] {
  return parseArticle(text, { published: PUBLISHED }).actors.find((a) => a.name === name)?.mentions.map((m) => m.text) ?? [];
}

describe("givenNameGender", () => {
  it("reads the gender a given name tells before a surname", () => {
    expect(givenNameGender("Mary Smith")).toBe("female");
    expect(givenNameGender("John Jones")).toBe("male");
    expect(givenNameGender("Anna-Maria Weber")).toBe("female");
  });

  it("tells none for a name given to both, an unknown name, or a lone word that may be a surname", () => {
    expect(givenNameGender("Jordan Lee")).toBeUndefined();
    expect(givenNameGender("Leslie Hart")).toBeUndefined();
    expect(givenNameGender("Zorblax Quint")).toBeUndefined();
    expect(givenNameGender("James")).toBeUndefined();
  });

  it("reads one gender letter per given name, in the given names' order", () => {
    const given = decodeWords(GIVEN_NAMES_CODED);
    expect(GIVEN_NAME_GENDERS).toMatch(/^[fm-]+$/u);
    expect(GIVEN_NAME_GENDERS.length).toBe(given.length);
    // Names on either side of a letter that changes, so a list one name out of step fails.
    const letterOf = (name: string): string | undefined => GIVEN_NAME_GENDERS[given.indexOf(name)];
    expect(["mary", "margaret", "emma", "olga"].map(letterOf)).toEqual(["f", "f", "f", "f"]);
    expect(["john", "james", "peter", "ivan"].map(letterOf)).toEqual(["m", "m", "m", "m"]);
    expect(["jordan", "leslie"].map(letterOf)).toEqual(["-", "-"]);
  });
});

describe("pronouns by the gender a person's name or title tells", () => {
  it("gives 'he' to the man, not to the woman named first", () => {
    const text = 'Mary Smith met John Jones on Monday. "We agreed," he said.';
    expect(speakers(text)).toEqual(["John Jones"]);
    expect(mentionsOf(text, "Mary Smith")).not.toContain("he");
  });

  it("gives 'she' to the woman, not to the man named first", () => {
    const text = 'John Jones met Mary Smith on Monday. "We agreed," she said.';
    expect(speakers(text)).toEqual(["Mary Smith"]);
    expect(mentionsOf(text, "Mary Smith")).toContain("she");
  });

  it("leaves a name given to both open to either pronoun", () => {
    // The subject before fits no pronoun here, so the pronoun goes to whoever else fits it.
    expect(mentionsOf("Mary Smith met Jordan Lee on Monday. Later he flew home.", "Jordan Lee")).toContain("he");
    expect(mentionsOf("John Jones met Jordan Lee on Monday. Later she flew home.", "Jordan Lee")).toContain("she");
    // A name of one gender does not take the other's pronoun.
    expect(mentionsOf("Mary Smith met Vivian Lee on Monday. Later he flew home.", "Vivian Lee")).not.toContain("he");
    expect(mentionsOf("John Jones met Bruce Lee on Monday. Later she flew home.", "Bruce Lee")).not.toContain("she");
  });

  it("lets a title anywhere in the text outweigh the given name", () => {
    // "Vivian" is on the female list only; "Mr. Hart" later in the text makes him a man.
    const titled = 'Vivian Hart met John Jones on Monday. "We agreed," he said. Mr. Hart flew home on Tuesday.';
    expect(speakers(titled)[0]).toBe("Vivian Hart");
    const untitled = 'Vivian Hart met John Jones on Monday. "We agreed," he said. Hart flew home on Tuesday.';
    expect(speakers(untitled)[0]).toBe("John Jones");
  });

  it("lets a public figure's known gender outweigh the given name", () => {
    // "Valery" is on the female list only; the figure is known to be a man.
    expect(speakers('Mary Smith met Valery Gerasimov on Monday. "We agreed," he said.')).toEqual(["Valery Gerasimov"]);
  });
});
