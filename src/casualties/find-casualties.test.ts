import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

const PUBLISHED = "2025-03-14";

/** [kind, min, max] of each casualty found in `text`. */
function tolls(text: string, vague?: "none" | "small" | "all"): [string, number, number | undefined][] {
  return findCasualties(text, { published: PUBLISHED, ...(vague ? { vague } : {}) }).map((c) => [c.kind, c.count.min, c.count.max]);
}

describe("findCasualties: counts", () => {
  it("reads passive and active forms", () => {
    expect(tolls("At least nine people were killed when the shelling hit the market.")).toEqual([["killed", 9, undefined]]);
    expect(tolls("The overnight attack killed 14 civilians, the governor said.")).toEqual([["killed", 14, 14]]);
    expect(tolls("Rockets struck the depot, killing at least three and wounding 20 others.")).toEqual([
      ["killed", 3, undefined],
      ["injured", 20, 20],
    ]);
    expect(tolls("Seven soldiers died in the ambush.")).toEqual([["killed", 7, 7]]);
    expect(tolls("Officials said 31 dead and 58 wounded had been counted by noon.")).toEqual([
      ["killed", 31, 31],
      ["injured", 58, 58],
    ]);
  });

  it("reads two counts in one clause", () => {
    expect(tolls("Six people were killed and 41 were injured in the blast.")).toEqual([
      ["killed", 6, 6],
      ["injured", 41, 41],
    ]);
  });

  it("reads bounds and ranges", () => {
    expect(tolls("More than 20 people were wounded in the raid.")).toEqual([["injured", 21, undefined]]);
    expect(tolls("More than a dozen villagers were killed.")).toEqual([["killed", 13, undefined]]);
    expect(tolls("Half a dozen guards were wounded in the blast.")).toEqual([["injured", 6, 6]]);
    expect(tolls("Between 40 and 60 fighters were captured.")).toEqual([["captured", 40, 60]]);
    expect(tolls("About 300 residents were evacuated.")).toEqual([["displaced", 300, 300]]);
    expect(findCasualties("About 300 residents were evacuated.")[0]!.count.approximate).toBe(true);
  });

  it("reads singular victims and families", () => {
    expect(tolls("A woman was killed when a drone hit her house.")).toEqual([["killed", 1, 1]]);
    expect(tolls("The missile killed two brothers and their parents.")).toEqual([["killed", 4, 4]]);
    expect(tolls("A sniper shot dead a 40-year-old farmer near the river.")).toEqual([["killed", 1, 1]]);
  });

  it("adds up coordinated people, and keeps a new clause apart", () => {
    expect(tolls("Her husband and younger son were found dead.")).toEqual([["killed", 2, 2]]);
    expect(tolls("Anna Berg and her two nephews were killed.")).toEqual([["killed", 3, 3]]);
    expect(tolls("The shell killed a farmer and a teacher was wounded.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
    expect(tolls("The mayor and the guards of the depot were killed.")).toEqual([]);
  });

  it("reads tolls and nouns of death and injury", () => {
    expect(tolls("The death toll from the flooding rose to 57 on Tuesday.")).toEqual([["killed", 57, 57]]);
    expect(tolls("Medics reported 19 injuries after the crash.")).toEqual([["injured", 19, 19]]);
    expect(tolls("The two sides swapped 150 prisoners of war.")).toEqual([["captured", 150, 150]]);
    expect(tolls("Nearly 5,000 people have fled their homes.")).toEqual([["displaced", 0, 5000]]);
    expect(tolls("Three hikers remain missing after the avalanche.")).toEqual([["missing", 3, 3]]);
  });

  it("counts people shot as the dead and the wounded, and keeps the survivors", () => {
    expect(tolls("Five people were shot outside the club; two of them died.")).toEqual([
      ["injured", 3, 3],
      ["killed", 2, 2],
    ]);
  });

  it("reads how many of the people shot died", () => {
    expect(tolls("Gunmen shot five guards, two fatally, near the depot.")).toEqual([
      ["injured", 3, 3],
      ["killed", 2, 2],
    ]);
    expect(tolls("Four hunters were shot on Saturday, one of them fatally.")).toEqual([
      ["injured", 3, 3],
      ["killed", 1, 1],
    ]);
    expect(tolls("Two guards were shot, 40 meters from the gate.")).toEqual([["injured", 2, 2]]);
  });

  it("counts a share the sentence reader has read already once ('two of them fatally')", () => {
    expect(tolls("Six people were shot, two of them fatally, outside a bar on Sunday night.")).toEqual([
      ["injured", 4, 4],
      ["killed", 2, 2],
    ]);
  });

  it("takes one wounded person in an article with one death to be the one who died", () => {
    expect(tolls("A man died on Sunday night. Officers found a man with a gunshot wound in the yard.")).toEqual([["killed", 1, 1]]);
    expect(tolls("One man died and one woman was wounded in the crash.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
    expect(tolls("A driver died at the scene. Neighbors gathered around the injured passenger.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
  });

  it("reads a headline's wound followed by a death as one death", () => {
    expect(tolls("Hunter, 40, shot in the leg, killed")).toEqual([["killed", 1, 1]]);
  });

  it("does not count a known victim shot as wounded when more have died", () => {
    expect(tolls("A farmer and his son were found dead. Deputies believe the farmer shot his son.")).toEqual([["killed", 2, 2]]);
    expect(tolls("Two people died in the attack on Monday. A teenager was shot near the gate.")).toEqual([["killed", 2, 2]]);
  });

  it("keeps the wounded that the text sets apart from the dead", () => {
    expect(tolls("One man was killed on the porch. Two women were shot and are in stable condition.")).toEqual([
      ["killed", 1, 1],
      ["injured", 2, 2],
    ]);
    expect(tolls("A man was killed outside the bar. A woman was also shot.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
  });

  it("takes a group shot to be among the dead when more have died", () => {
    expect(tolls("Five members of a family were found dead on Monday. Deputies said two children were shot in their beds.")).toEqual([
      ["killed", 5, 5],
    ]);
    expect(tolls("Sheriff: man shot three sons, wife. Five people died in the home, including the man.")).toEqual([["killed", 5, 5]]);
    // Set apart as others, they are more people.
    expect(tolls("Five members of a family were found dead on Monday. Two other people were shot.")).toEqual([
      ["killed", 5, 5],
      ["injured", 2, 2],
    ]);
  });

  it("takes off no death that only another story's headline on the page reports", () => {
    const page = "Girl, 6, shot by cousin at family cookout\n\nA 6-year-old girl was shot in the arm at a cookout on Sunday, deputies said.\n\nTeen dies after crash on Route 9\n";
    expect(tolls(page)).toEqual([
      ["injured", 1, 1],
      ["injured", 1, 1],
      ["killed", 1, 1],
    ]);
    // A heading of the story itself, in capitals, is part of it.
    const heading = "Two shot on Elm Street\n\nTwo men were shot on Elm Street on Friday.\n\nONE MAN DIES AT HOSPITAL\n";
    expect(tolls(heading).filter(([kind]) => kind === "injured")).toEqual([
      ["injured", 1, 1],
      ["injured", 1, 1],
    ]);
  });

  it("keeps the known person wounded by a second action joined to a killing", () => {
    expect(tolls("The teenager killed a cashier and wounded his own cousin in the shoulder.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
    expect(tolls("Deputies said the man killed his neighbor, wounded the neighbor's wife and drove off.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
    // A pronoun alone points back to the dead.
    expect(tolls("The driver killed a pedestrian and then wounded him again.")).toEqual([["killed", 1, 1]]);
  });

  it("reads a wound that the clause says ended in death as a death", () => {
    expect(tolls("The boy was shot in the chest and later died at a hospital.")).toEqual([["killed", 1, 1]]);
    expect(tolls("A cyclist was taken to a hospital, where he died.")).toEqual([
      ["killed", 1, 1],
      ["killed", 1, 1],
    ]);
    expect(tolls("The gunman wounded two guards and then died.")).toEqual([["injured", 2, 2]]);
    expect(tolls("A teenager was shot in the chest and killed outside a diner on Friday.")).toEqual([["killed", 1, 1]]);
    // An apposition set off by commas says who the person is; the verb after it is theirs.
    expect(tolls("Tom Baker, of the 300 block of Oak Street, was pronounced dead at the hospital.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Ann Lee, a nurse at the county clinic, died on Sunday.")).toEqual([["killed", 1, 1]]);
    // "killed" with its own object is another subject's act.
    expect(tolls("A guard was shot in the arm and killed the intruder.")).toEqual([["injured", 1, 1]]);
  });

  it("reads the subject of a death, not a whole it is taken from", () => {
    // The hurt whole counted the one who died: two are left hurt.
    expect(tolls("One of three hikers injured in the fall has died.")).toEqual([
      ["killed", 1, 1],
      ["injured", 2, 2],
    ]);
    // The whole shares the count's verb: only the part is a toll.
    expect(tolls("Two of the four victims died at the hospital.")).toEqual([["killed", 2, 2]]);
    expect(tolls("Three of the five men were wounded by gunfire.")).toEqual([["injured", 3, 3]]);
  });

  it("counts the killer's own death told after those killed", () => {
    expect(tolls("The farmer killed his wife and two daughters before killing himself.")).toEqual([
      ["killed", 4, 4],
      ["killed", 1, 1],
    ]);
    expect(tolls("Woman kills her three sons, self")).toEqual([["killed", 4, 4]]);
    expect(tolls("The guard killed two men and then fled.")).toEqual([["killed", 2, 2]]);
  });

  it("reads a count after a possessive object, and not an age joined to a hyphen", () => {
    expect(tolls("He shot and killed his 9- and 7-year-old nephews.").map(([, min]) => min)).not.toContain(9);
    expect(tolls("The driver killed his two passengers.")).toEqual([["killed", 2, 2]]);
    expect(tolls("The driver killed the two hikers.")).toEqual([["killed", 2, 2]]);
    expect(tolls("A sniper shot the three guards at the gate.")).toEqual([["injured", 3, 3]]);
    expect(tolls("The boy fired the rifle, killing his sister and injuring his brother.")[0]).toEqual(["killed", 1, 1]);
  });

  it("leaves out the tolls of an event dated years before publication", () => {
    expect(tolls("Two guards were wounded on Friday. The 2019 bombing there killed 40 people.")).toEqual([["injured", 2, 2]]);
    expect(tolls("The 2024 floods killed 12 people.")).toEqual([["killed", 12, 12]]);
  });

  it("reads 'shot ... to death' as a death", () => {
    expect(tolls("A man shot two neighbors to death on Sunday.")).toEqual([["killed", 2, 2]]);
  });

  it("keeps small vague amounts by default, all of them on request", () => {
    expect(tolls("Several guards were wounded.")).toEqual([["injured", 3, 9]]);
    expect(tolls("Dozens were killed in the strike.")).toEqual([]);
    expect(tolls("Dozens were killed in the strike.", "all")).toEqual([["killed", 24, 99]]);
    expect(tolls("Several guards were wounded.", "none")).toEqual([]);
  });
});

describe("findCasualties: not casualties", () => {
  it("ignores ages, dates, money, percentages and things", () => {
    expect(tolls("A 12-year-old boy watched the parade.")).toEqual([]);
    expect(tolls("In 2014 the fighting began.")).toEqual([]);
    expect(tolls("The drones cost $12 million and 40% of them were shot down.")).toEqual([]);
    expect(tolls("Twelve drones were destroyed and 30 missiles were intercepted.")).toEqual([]);
    expect(tolls("The man, 34, was arrested in May 2021.")).toEqual([["captured", 1, 1]]);
    expect(tolls("He is charged in the Oct. 3, 2024 shooting death of a cashier.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Photo 4 of 20 Three people were wounded.")).toEqual([["injured", 3, 3]]);
    expect(tolls("Another three-year-old girl died at the scene.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Relatives mourned the Feb. 12 death of a toddler.")).toEqual([["killed", 1, 1]]);
    expect(tolls("He is charged in the death of 11-month-old Mia.")).toEqual([["killed", 1, 1]]);
  });

  it("ignores zero, negated and hypothetical counts", () => {
    expect(tolls("No one was injured in the fire.")).toEqual([]);
    expect(tolls("Nobody was hurt.")).toEqual([]);
    expect(tolls("The pilot was not injured.")).toEqual([]);
    expect(tolls("Dozens could have been killed.", "all")).toEqual([]);
    // "would have": what did not happen; "would" alone tells what did, later.
    expect(tolls("Without the vest, the deputy would likely have been killed.")).toEqual([]);
    expect(tolls("Both guards would have been shot had the door opened.")).toEqual([]);
    expect(tolls("The doctor said she would have died without surgery.")).toEqual([]);
    expect(tolls("The boy would die two days later at the hospital.")).toEqual([["killed", 1, 1]]);
  });

  it("ignores breakdowns inside a count", () => {
    expect(tolls("At least 15 people were killed, including four children.")).toEqual([["killed", 15, undefined]]);
    expect(tolls("Eleven people, including two medics, were wounded.")).toEqual([["injured", 11, 11]]);
  });

  it("does not count the shooters of an active sentence", () => {
    expect(tolls("Two gunmen killed three guards at the gate.")).toEqual([["killed", 3, 3]]);
    expect(tolls("A hunter shot and badly injured his cousin.")).toEqual([["injured", 1, 1]]);
  });

  it("tells a shot fired at someone from a shot that hit someone", () => {
    expect(tolls("A clerk was shot at a gas station.")).toEqual([["injured", 1, 1]]);
    expect(tolls("The officer was shot at but not hit.")).toEqual([]);
    expect(tolls("Soldiers shot down two drones.")).toEqual([]);
    expect(tolls("The shooting victim was named on Monday.")).toEqual([]);
  });
});

describe("findCasualties: spans, place and date", () => {
  it("gives spans that slice to the evidence", () => {
    const text = "Breaking news\n\nAt least 12 people were killed and 90 were injured overnight.";
    for (const c of findCasualties(text)) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(findCasualties(text).map((c) => c.text)).toEqual(["At least 12 people were killed", "90 were injured"]);
  });

  it("numbers casualties in text order and keeps the victims", () => {
    const found = findCasualties("Four soldiers were wounded. Later two civilians died.");
    expect(found.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(found.map((c) => c.victims)).toEqual(["soldiers", "civilians"]);
  });

  it("never throws and keeps spans valid on odd input", () => {
    const inputs = ["", " ", "killed", "12", "were killed 12", "a", "9".repeat(5000), "one ".repeat(2000), "\u0000\uffff killed 3", "at least at least at least 3 killed"];
    for (const text of inputs) {
      for (const c of findCasualties(text)) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });
});

describe("findCasualties: round-ups and deadly events", () => {
  it("leaves out the tolls of several events added up, but keeps one person's", () => {
    expect(tolls("Three killed, 17 wounded in weekend shootings in the city.")).toEqual([]);
    expect(tolls("Nine people were shot in two separate shootings on Friday.")).toEqual([]);
    expect(tolls("Six people were shot in 48 hours on the east side.")).toEqual([]);
    expect(tolls("One man died and four were hurt in three shootings overnight.")).toEqual([["killed", 1, 1]]);
    expect(tolls("More than 900 people have been shot in the county this year.")).toEqual([]);
    expect(tolls("Over the weekend, 12 people were shot across the city.")).toEqual([]);
    expect(tolls("The girl was among 40 people wounded in gun violence over the holiday.")).toEqual([]);
    // A city named as where one attack struck is no tally.
    expect(tolls("Two people were killed as drones hit homes across the city.")).toEqual([["killed", 2, 2]]);
    // "Over the weekend" alone is when one event happened.
    expect(tolls("Three people were shot at a party over the weekend.")).toEqual([["injured", 3, 3]]);
  });

  it("leaves out tallies over a span of hours or from an hour on", () => {
    expect(tolls("Police said eleven people were shot in about nine hours.")).toEqual([]);
    expect(tolls("Seven people were wounded in less than 36 hours.")).toEqual([]);
    expect(tolls("Ten people were shot in a six-hour span on the west side.")).toEqual([]);
    expect(tolls("Nine people were wounded over a 10-hour period.")).toEqual([]);
    expect(tolls("At least 15 people have been shot since 6 p.m. Friday.")).toEqual([]);
    expect(tolls("Eight people have been shot since Saturday evening, police said.")).toEqual([]);
    expect(tolls("Five others were wounded on the west side since about 9 p.m.")).toEqual([]);
    // One event's toll: a span that is no tally, or "since" inside a clause of its own.
    expect(tolls("Three people were wounded at a one-day fair.")).toEqual([["injured", 3, 3]]);
    expect(tolls("Three guests were shot at a barbecue that had gone on since Sunday afternoon.")).toEqual([["injured", 3, 3]]);
  });

  it("keeps the toll of one event told in the plural", () => {
    expect(tolls("Four people were wounded in the shootings at the mall.")).toEqual([["injured", 4, 4]]);
  });

  it("reads a deadly event without a count as at least one killed", () => {
    expect(tolls("Detectives are investigating a fatal shooting near the river on Tuesday.")).toEqual([["killed", 1, undefined]]);
    expect(tolls("Police are looking for a suspect in the slaying on Tuesday.")).toEqual([["killed", 1, undefined]]);
    // No other casualty word: the event noun alone must let the sentence through.
    expect(tolls("Detectives canvassed Elm Avenue on Friday after a fatal stabbing outside a bar.")).toEqual([["killed", 1, undefined]]);
    expect(tolls("Neighbours gathered at the corner where the deadly stabbing happened.")).toEqual([["killed", 1, undefined]]);
    expect(tolls("Students learned about stabbing wounds in a first-aid class.")).toEqual([]);
  });

  it("does not add a deadly event to an article that counts its dead", () => {
    expect(tolls("Two men were killed in a fatal shooting on Main Street.")).toEqual([["killed", 2, 2]]);
    expect(tolls("The fatal shooting of two teens in 2019 remains unsolved.")).toEqual([]);
  });
});

describe("findCasualties: lists", () => {
  it("adds up the people of a list separated by commas", () => {
    expect(tolls("Woman, 3-year-old boy wounded in shooting")).toEqual([["injured", 2, 2]]);
    expect(tolls("Mother, father, toddler found dead in home")).toEqual([["killed", 3, 3]]);
    expect(tolls("The gunman shot his wife, two of her sons and a neighbor before fleeing.")).toEqual([["injured", 4, 4]]);
  });

  it("does not read an apposition, a name's comma or a second action as more people", () => {
    expect(tolls("According to Sgt. Tom Baker, two people were shot.")).toEqual([["injured", 2, 2]]);
    expect(tolls("Man kills wife, injures son in Dallas")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
    expect(tolls("He was charged with killing a teen, the prosecutor said.")).toEqual([["killed", 1, 1]]);
  });
});

describe("findCasualties: one more person, and the whole after 'among'", () => {
  it("reads a bare 'another' or 'a fourth' as one more person", () => {
    expect(tolls("Two men were killed and another injured in the crash.")).toEqual([
      ["killed", 2, 2],
      ["injured", 1, 1],
    ]);
    expect(tolls("Three people were shot dead and a fourth was wounded.")).toEqual([
      ["killed", 3, 3],
      ["injured", 1, 1],
    ]);
    expect(tolls("Gunfire kills 1 teen, injures another on the east side")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
    expect(tolls("Another shooting was reported nearby.")).toEqual([]);
  });

  it("reads the count after 'among' as the whole, and leaves out shootings across a city", () => {
    expect(tolls("A girl, 9, was among five people wounded at the fair.")).toEqual([["injured", 5, 5]]);
    expect(tolls("He was among 11 people wounded in shootings across the South Side.")).toEqual([]);
  });
});

describe("findCasualties: intents, names with ages, partitives and ages in apposition", () => {
  it("does not count an action that did not happen", () => {
    expect(tolls("The two men plotted to kill the witness, police said.")).toEqual([]);
    expect(tolls("\"They could have killed someone,\" the neighbor said.")).toEqual([]);
    expect(tolls("The quarrel led him to kill two neighbors.")).toEqual([["killed", 2, 2]]);
  });

  it("adds up named people with their ages and the people taken from a group", () => {
    expect(tolls("The gunman fired into the car, killing Ann Lee, 19, and Mark Dunn, 22.")).toEqual([["killed", 2, 2]]);
    expect(tolls("The patrol killed a commander and two of his associates near the river.")).toEqual([["killed", 3, 3]]);
  });

  it("reads ages set off by commas as part of the people, not as counts", () => {
    expect(tolls("Two boys, ages 4 and 6, and their father were found dead.")).toEqual([["killed", 3, 3]]);
    expect(tolls("Three teens, ages 15 to 17, suffered minor injuries.")).toEqual([["injured", 3, 3]]);
  });
});

describe("findCasualties: gunshot wounds and ranges of ages", () => {
  it("reads people found with gunshot wounds as people hit, the dead among them", () => {
    expect(tolls("Officers found four people with gunshot wounds. One of them died at the scene.")).toEqual([
      ["injured", 3, 3],
      ["killed", 1, 1],
    ]);
    expect(tolls("Two men died and three others suffered gunshot wounds.")).toEqual([
      ["killed", 2, 2],
      ["injured", 3, 3],
    ]);
  });

  it("does not read the end of a range of ages as a count", () => {
    expect(tolls("Four boys between ages 12 and 16 were wounded in the attack.")).toEqual([["injured", 4, 4]]);
    expect(tolls("Five men between the ages of 19 and 44 were shot.")).toEqual([["injured", 5, 5]]);
  });
});

describe("findCasualties: conditions, hospital treatment and bullets that struck", () => {
  it("reads a condition or a hospital treatment as a wound", () => {
    expect(tolls("A 15-year-old boy is in critical condition after the shooting.")).toEqual([["injured", 1, 1]]);
    expect(tolls("Two women were treated at a hospital and released.")).toEqual([["injured", 2, 2]]);
  });

  it("reads a bullet or a shot that struck someone as a wound", () => {
    expect(tolls("A stray bullet struck a 9-year-old girl in the arm.")).toEqual([["injured", 1, 1]]);
    expect(tolls("He fired twice, hitting a neighbor in the leg.")).toEqual([["injured", 1, 1]]);
    expect(tolls("The car struck a pole on Main Street.")).toEqual([]);
  });
});

describe("findCasualties: ages in months, partitives, 'slain' and places before a person", () => {
  it("reads an age in months as one person", () => {
    expect(tolls("A 9-month-old died after the gun went off.")).toEqual([["killed", 1, 1]]);
  });

  it("reads the count taken from a whole as the toll, not the whole", () => {
    expect(tolls("One of those men died later that night.")).toEqual([["killed", 1, 1]]);
    expect(tolls("One of the victims, a woman, has been pronounced dead.")).toEqual([["killed", 1, 1]]);
  });

  it("reads 'slain' before a person and a place before a person's noun", () => {
    expect(tolls("The family of a slain teenager spoke on Monday.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Police arrested a suspect in the killing of a Chicago teen.")).toEqual([
      ["captured", 1, 1],
      ["killed", 1, 1],
    ]);
  });
});

describe("findCasualties: press-release forms", () => {
  it("reads a verb joined to the cue and a count of people named before", () => {
    expect(tolls("The gunman was engaged and killed.")).toEqual([["killed", 1, 1]]);
    expect(tolls("The patrol returned fire, killing several of them.")).toEqual([["killed", 3, 9]]);
  });
});

describe("findCasualties: a pronoun heading a coordinated subject", () => {
  it("adds the people coordinated with 'he' or 'she'", () => {
    expect(tolls("He and three others were shot on the court.")).toEqual([["injured", 4, 4]]);
    expect(tolls("She and her daughter were wounded.")).toEqual([["injured", 2, 2]]);
    expect(tolls("He and his wife said they were shocked.")).toEqual([]);
  });
});

describe("findCasualties: related videos", () => {
  it("leaves out a related video's title after its running time, not a time of day", () => {
    expect(tolls("0:47 Driver shot to death on Main Street")).toEqual([]);
    expect(tolls("9:30 a.m. Three people were shot at the mall.")).toEqual([["injured", 3, 3]]);
  });
});

describe("findCasualties: partitives without a determiner, and people joined after a phrase", () => {
  it("reads the part of a whole given by a count, in lower case and in a title-case headline", () => {
    expect(tolls("Officials said two of five miners died underground.")).toEqual([["killed", 2, 2]]);
    expect(tolls("Three Of Seven Hikers Died In Avalanche")).toEqual([["killed", 3, 3]]);
    expect(tolls("Two of four guards killed")).toEqual([["killed", 2, 2]]);
  });

  it("keeps a participle after the whole as the whole's own", () => {
    expect(tolls("One of the three men stabbed at the fair has died.")).toContainEqual(["killed", 1, 1]);
  });

  it("adds counted people joined after a phrase that says whose or where the first one is", () => {
    expect(tolls("A teacher of the village school and three pupils were killed in the shelling.")).toEqual([["killed", 4, 4]]);
    expect(tolls("A pilot from the base and two medics were injured.")).toEqual([["injured", 3, 3]]);
  });
});

describe("findCasualties: objects owned by someone, pronouns heading a list, uncounted objects", () => {
  it("counts the people after a possessive noun", () => {
    expect(tolls("The crash killed a neighbor's two young sons.")).toEqual([["killed", 2, 2]]);
    expect(tolls("A stray round killed the farmer's wife near the barn.")).toEqual([["killed", 1, 1]]);
  });

  it("adds the people coordinated with an object pronoun, not with a reflexive or a clause", () => {
    expect(tolls("The intruder killed him and two other guards.")).toEqual([["killed", 3, 3]]);
    expect(tolls("The soldier killed him and then fled.")).toEqual([["killed", 1, 1]]);
  });

  it("does not read the subject of an active verb with an uncounted object as a toll", () => {
    expect(tolls("The sergeant who shot protesters was arrested.")).toEqual([]);
    expect(tolls("A farmer stabbed his neighbours, police said.")).toEqual([]);
  });
});

describe("findCasualties: numbers that count no victims", () => {
  it("does not read a label before a singular noun cue as a count", () => {
    expect(tolls("Two men charged in Gate 7 stabbing death of a guard")).toContainEqual(["killed", 1, 1]);
    expect(tolls("Two men charged in Gate 7 stabbing death of a guard").some(([, min]) => min === 7)).toBe(false);
  });

  it("reads lives as a toll only where something ended them", () => {
    expect(tolls("The storm claimed three lives in the valley.")).toEqual([["killed", 3, 3]]);
    expect(tolls("Eleven lives were lost at sea.")).toEqual([["killed", 11, 11]]);
    expect(tolls("Four families' lives changed that night.")).toEqual([]);
  });

  it("does not read a parent's children or an age after a name as victims", () => {
    expect(tolls("Mother of 5 fatally stabbed at a bus stop")).toEqual([]);
    expect(tolls("Police said Ray Dunn Jr., 34 of Easton was wounded.")).not.toContainEqual(["injured", 34, 34]);
  });
});

describe("findCasualties: background years", () => {
  it("leaves out the dead of a sentence dated in an earlier year, but not of a street block", () => {
    const text = "A man was shot dead on Monday. Last year, four people were killed at the same corner.";
    expect(findCasualties(text, { published: "2016-05-02" }).map((c) => c.count.min)).toEqual([1]);
    const block = "Two people were wounded in the 1900 block of Elm Street on Monday.";
    expect(findCasualties(block, { published: "2016-05-02" }).map((c) => [c.kind, c.count.min])).toEqual([["injured", 2]]);
  });
});

describe("findCasualties: wounds after a death, families, names in apposition, 'had' a wound", () => {
  it("keeps someone named as wounded after a death in the same sentence apart from the dead", () => {
    expect(tolls("A farmer was killed and his nephew was wounded by the blast.")).toEqual([
      ["killed", 1, 1],
      ["injured", 1, 1],
    ]);
  });

  it("counts a family word after a possessive, and steps over the names that follow it", () => {
    expect(tolls("Their parents, Maria Lopez and Juan Lopez, were taken to a hospital.")).toEqual([["injured", 2, 2]]);
    expect(tolls("The clerk, Dana Reyes, 41, died at the scene.")).toEqual([["killed", 1, 1]]);
  });

  it("reads people coordinated with one person as a count a weak cue may follow", () => {
    expect(tolls("The girl, her aunt and a neighbor were hit by gunfire.")).toEqual([["injured", 3, 3]]);
  });

  it("reads a wound that someone had, but not injuries that caused a death", () => {
    expect(tolls("One passenger in the van had a gunshot wound, officers said.")).toEqual([["injured", 1, 1]]);
    expect(tolls("A 9-year old boy has died from his injuries.")).toEqual([["killed", 1, 1]]);
  });
});

describe("findCasualties: vague 'a number of', partitives of one's own people, ages as a count", () => {
  it("reads 'a number of' as several", () => {
    expect(tolls("Troops killed a number of fighters near the pass.")).toEqual([["killed", 3, 9]]);
  });

  it("reads 'six of his cousins' with the list after it, and the killer's own death", () => {
    expect(tolls("The gunman killed two of his neighbors, their son and himself.")).toEqual([["killed", 4, 4]]);
    expect(tolls("She killed her husband, his brother and herself.")).toEqual([["killed", 3, 3]]);
  });

  it("counts uncounted people by the ages listed for them", () => {
    expect(tolls("The driver killed her daughters, ages 6 and 9, in the crash.")).toEqual([["killed", 2, 2]]);
  });
});

describe("findCasualties: deadly events with modifiers, and a city's shootings", () => {
  it("reads a fatal adjective a few words before an event noun as at least one killed", () => {
    expect(tolls("Deputies named the hiker in a fatal Ozark hunting accident.")).toEqual([["killed", 1, undefined]]);
    expect(tolls("She was charged with assault with a deadly weapon.")).toEqual([]);
  });

  it("leaves out the tolls of the shootings of a whole city", () => {
    expect(tolls("Two killed, 14 wounded in city shootings over the weekend")).toEqual([]);
  });
});

describe("findCasualties: places inside the people, former and step families, the killer's death by others", () => {
  it("steps over where the people were", () => {
    expect(tolls("Both women inside the van were killed, and two others were hurt.")).toEqual([
      ["killed", 2, 2],
      ["injured", 2, 2],
    ]);
  });

  it("reads former and step family as people, in a list that ends before a clause", () => {
    expect(tolls("Man kills ex-girlfriend, stepdaughter before shooting himself")).toEqual([["killed", 3, 3]]);
  });

  it("adds the killer killed by others after the killing", () => {
    expect(tolls("The gunman killed a clerk before being fatally shot by deputies.")).toEqual([["killed", 2, 2]]);
    expect(tolls("He killed two guards before he himself was shot dead.")).toContainEqual(["killed", 3, 3]);
    expect(tolls("He killed two guards before he was arrested.")).toContainEqual(["killed", 2, 2]);
  });
});

describe("findCasualties: names opening a sentence, appositions with ages, the whole after 'of the'", () => {
  it("reads one uncommon capitalized word before a verb as a name", () => {
    expect(tolls("Okonkwo died at the scene.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Officers were praised.")).toEqual([]);
  });

  it("steps over an apposition with a hyphenated age, and a place set off by commas", () => {
    expect(tolls("Rosa Diaz Perez, a 41-year-old nurse, was shot and killed on Friday.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Officials said Ana Kowal, 19, of Dover, was wounded.")).toEqual([["injured", 1, 1]]);
  });

  it("does not read the whole after 'one of the' as a toll", () => {
    expect(tolls("One of the five, a 30-year-old guard, died later.")).not.toContainEqual(["killed", 5, 5]);
  });
});

describe("findCasualties: joined participles, lives claimed, attempted murder-suicides", () => {
  it("reads a participle joined by a comma to a death", () => {
    expect(tolls("The driver was robbed, beaten to death and left in a field.")).toEqual([["killed", 1, 1]]);
  });

  it("reads 'claimed the life of' as a killing", () => {
    expect(tolls("The fire claimed the life of a retired teacher.")).toEqual([["killed", 1, 1]]);
  });

  it("does not count two dead in an attempted murder-suicide", () => {
    expect(tolls("Police called it an attempted murder-suicide.")).toEqual([]);
    expect(tolls("Police called it a murder-suicide.")).toEqual([["killed", 2, undefined]]);
  });
});

describe("findCasualties: an older month or season opening the sentence", () => {
  it("leaves out the dead of a sentence that opens on a month or season half a year back or more", () => {
    const text = "A man was shot dead on Monday. Last summer, four people were killed at the same corner.";
    expect(findCasualties(text, { published: "2017-01-09" }).map((c) => c.count.min)).toEqual([1]);
    const recent = "A man was shot dead on Monday. In November, four people were killed at the same corner.";
    expect(findCasualties(recent, { published: "2017-01-09" }).map((c) => c.count.min)).toEqual([1, 4]);
  });
});

describe("findCasualties: estimates, deaths told softly, places after 'shot at'", () => {
  it("reads 'as many as' and 'up to' as the figure reported, hedged; 'at most' keeps its ceiling", () => {
    const [wounded] = findCasualties("As many as six people were wounded at the fair, police said.", { published: PUBLISHED });
    expect(wounded!.count).toEqual({ min: 6, max: 6, approximate: true });
    expect(tolls("The blast injured up to 30 workers.")).toEqual([["injured", 30, 30]]);
    expect(tolls("At most two people were hurt in the crash.")).toEqual([["injured", 0, 2]]);
  });

  it("reads 'passed away' as a death", () => {
    expect(tolls("The girl passed away at the hospital on Tuesday.")).toEqual([["killed", 1, 1]]);
  });

  it("reads a place, a time or a name after a passive 'shot at' as where or when, not a target", () => {
    expect(tolls("Nine people shot at Dayton nightclub")).toEqual([["injured", 9, 9]]);
    expect(tolls("Two men were shot at 3 a.m. outside a bar.")).toEqual([["injured", 2, 2]]);
    expect(tolls("The two men were shot at but not hit.")).toEqual([]);
  });

  it("does not read a station's number before a pronoun as a count", () => {
    expect(tolls("His aunt told Action News 9 her nephew was in the hospital.")).toEqual([["injured", 1, 1]]);
    expect(tolls("His aunt told WXKB 7 she saw him in the hospital.")).toEqual([]);
  });

  it("adds the people 'along with' joins to an object", () => {
    expect(tolls("Troops killed a rebel commander along with two of his guards.")).toEqual([["killed", 3, 3]]);
  });
});

describe("findCasualties: numbers in words, ordinal deaths, headline reflexives, murder charges", () => {
  it("reads a hyphenated number word as one count", () => {
    expect(tolls("Twenty-one people were wounded when the stand collapsed.")).toEqual([["injured", 21, 21]]);
    expect(tolls("A twenty-year-old man was shot on Elm Street.")).toEqual([["injured", 1, 1]]);
  });

  it("reads the ordinal of a victim who died as the toll so far", () => {
    expect(tolls("6th person dies after Riverside warehouse fire\n\nSubscribe now.")).toContainEqual(["killed", 6, undefined]);
    expect(tolls("The third victim has died, the sheriff said.")).toContainEqual(["killed", 3, undefined]);
    // "the fourth man" is one of a group, not the fourth death.
    expect(tolls("The fourth man died of his wounds on Friday.")).toEqual([["killed", 1, 1]]);
  });

  it("reads a headline's 'self' as the one shot", () => {
    expect(tolls("Hunter accidentally shoots self in foot\n\nSubscribe now.")).toEqual([["injured", 1, 1]]);
    expect(tolls("Trooper fatally shoots self at range\n\nSubscribe now.")).toEqual([["killed", 1, 1]]);
  });

  it("reads a murder charge as at least one death, an attempted murder charge as none", () => {
    expect(tolls("A man was charged with first-degree murder in the Elm Street shooting.")).toEqual([["killed", 1, undefined]]);
    expect(tolls("A man was charged with attempted murder in the Elm Street shooting.")).toEqual([]);
  });

  it("reads a bare plural of events after 'in' as several events", () => {
    expect(tolls("A man was shot dead on Sunday. Nineteen other people were wounded in shootings over the weekend.")).toEqual([["killed", 1, 1]]);
  });
});

describe("findCasualties: shares of the hurt, unconfirmed deaths, attacks on someone's record, animals", () => {
  it("reads how many of the people hurt died ('three hurt, one fatally')", () => {
    expect(tolls("Three hurt, one fatally, in crash on the river bridge\n\nSubscribe now.")).toEqual([
      ["injured", 2, 2],
      ["killed", 1, 1],
    ]);
    expect(tolls("Five miners were injured, two of them fatally, when the tunnel gave way.")).toEqual([
      ["injured", 3, 3],
      ["killed", 2, 2],
    ]);
    // A degree that is not a death leaves the count whole.
    expect(tolls("Six workers were injured, two seriously, in the blast.")).toEqual([["injured", 6, 6]]);
  });

  it("reads people feared or presumed dead as missing, not killed", () => {
    expect(tolls("Up to 12 climbers are feared dead after the avalanche.")).toEqual([["missing", 12, 12]]);
    expect(tolls("Two fishermen were presumed killed when the storm struck.")).toEqual([["missing", 2, 2]]);
    expect(tolls("Nine people are believed to have died in the fire.")).toEqual([["killed", 9, 9]]);
  });

  it("leaves out the toll of an attack someone is linked to or responsible for", () => {
    expect(tolls("Troops detained a militia commander linked to an ambush that killed three border guards.")).toEqual([["captured", 1, 1]]);
    expect(tolls("The cell is tied to two bombings, including one that wounded nine shoppers.")).toEqual([]);
    expect(tolls("The ambush that killed three border guards happened at dawn.")).toContainEqual(["killed", 3, 3]);
  });

  it("reads a toll that could have happened with an adverb before 'have' as none", () => {
    expect(tolls("The bullet grazed her arm; it could easily have killed her.")).toEqual([]);
  });

  it("counts no animal as a casualty, and no one who shot one as hit", () => {
    expect(tolls("The blast killed the farmer and injured one of the family dogs.")).toEqual([["killed", 1, 1]]);
    expect(tolls("The suspect shot the dog in the leg before running off.")).toEqual([]);
    expect(tolls("One of the guards was shot in the leg.")).toEqual([["injured", 1, 1]]);
  });
});

describe("findCasualties: lists that name the people counted, bare headline objects", () => {
  it("reads a list set off by commas after a count as naming the people counted, not adding to them", () => {
    expect(tolls("Two victims, a man and a woman, were wounded near the station.")).toEqual([["injured", 2, 2]]);
    expect(tolls("Six people, three men and three women, were shot near the park.")).toEqual([["injured", 6, 6]]);
    expect(tolls("Three others, two men, ages 20 and 22, and a woman, 33, are being treated for their injuries.")).toEqual([["injured", 3, 3]]);
    // Without a comma before the verb the list adds people.
    expect(tolls("The gunman killed two children, a woman and a man.")).toEqual([["killed", 4, 4]]);
  });

  it("reads a headline's bare object of one person ('killed township man')", () => {
    expect(tolls("Five held after highway shoot-out that killed township man\n\nSubscribe now.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Gunshot wounds Riverton teen\n\nSubscribe now.")).toEqual([["injured", 1, 1]]);
    expect(tolls("Police shot pellet guns at the crowd.")).toEqual([]);
  });
});

describe("findCasualties: the hurt whole of a partitive death, headline suicides", () => {
  it("takes the dead of a partitive off the hurt they are taken from", () => {
    expect(tolls("One of four hikers hurt in the rockfall has died.")).toEqual([
      ["killed", 1, 1],
      ["injured", 3, 3],
    ]);
    expect(tolls("Two of the five people wounded in the attack have died, and the others are in stable condition.")).toEqual([
      ["killed", 2, 2],
      ["injured", 3, 3],
    ]);
    expect(tolls("Two of the four victims died.")).toEqual([["killed", 2, 2]]);
  });

  it("reads a headline's present-tense suicide", () => {
    expect(tolls("Soldier takes own life at base\n\nSubscribe now.")).toEqual([["killed", 1, 1]]);
    expect(tolls("Father commits suicide after standoff\n\nSubscribe now.")).toEqual([["killed", 1, 1]]);
  });
});

describe("findCasualties: a definite plural killed, counted where it was named before", () => {
  it("takes the count of the nearest earlier mention of the same people", () => {
    expect(tolls("The patrol spotted multiple armed fighters on the ridge. The patrol engaged and killed the fighters.")).toEqual([["killed", 3, 9]]);
    expect(tolls("Two men robbed the shop on Elm Street. Deputies later killed the men in a shootout.")).toEqual([["killed", 2, 2]]);
  });

  it("reads nothing without an earlier count, or where 'killing' is a noun", () => {
    expect(tolls("The patrol was attacked by fighters. The patrol returned fire, killing the fighters.")).toEqual([]);
    expect(tolls("Two men robbed the shop on Elm Street. After the killing the men ran off.")).toEqual([]);
  });
});

describe("findCasualties: a vague amount and a name in a coordinated phrase", () => {
  it("adds a vague amount coordinated with someone named, as a vague count", () => {
    expect(tolls("Troops detained the commander and several of his guards at the checkpoint.")).toEqual([["captured", 4, 10]]);
    expect(tolls("The patrol killed a rebel leader along with a number of fighters near the ford.")).toEqual([["killed", 4, 10]]);
    // Dozens span too wide a range to be kept as small.
    expect(tolls("The raid detained a commander and dozens of fighters.")).toEqual([]);
    expect(tolls("The raid detained a commander and dozens of fighters.", "all")).toEqual([["captured", 25, 100]]);
  });

  it("steps over a name in apposition to the people coordinated after it", () => {
    expect(tolls("Marines killed rebel commander, Dorvan Kell, along with two other fighters, near the dam.")).toEqual([["killed", 3, 3]]);
    expect(tolls("A sniper shot a guard, Teo Marsh, and a driver outside the depot.")).toEqual([["injured", 2, 2]]);
  });

  it("reads prefixed nouns for people", () => {
    expect(tolls("Soldiers killed a sub-commander near the river crossing.")).toEqual([["killed", 1, 1]]);
  });
});

describe("findCasualties: the killer's own death and the people the killer shot", () => {
  it("does not take the killer's death off the people the killer shot", () => {
    const text = "A man shot two clerks and a customer at the depot before fatally shooting himself. Three victims were found with gunshot wounds.";
    expect(tolls(text)).toEqual([
      ["injured", 3, 3],
      ["killed", 1, 1],
      ["injured", 3, 3],
    ]);
    expect(tolls("Police: 4 dead, including the gunman, in a rampage on Elm Road. The gunman shot five people, killing three of them.")).toEqual([
      ["killed", 4, 4],
      ["injured", 2, 2],
      ["killed", 3, 3],
    ]);
  });

  it("still takes a death off the one who shot himself", () => {
    expect(tolls("A teenager shot himself at a lake cabin. He fatally shot himself with his uncle's rifle, the sheriff said.")).toEqual([["killed", 1, 1]]);
  });
});

describe("findCasualties: more round-ups", () => {
  it("reads a holiday's name among the modifiers of several shootings", () => {
    expect(tolls("Eleven people were wounded in several Memorial Day shootings in the county.")).toEqual([]);
    expect(tolls("Nine people were hurt in three Fourth of July shootings downtown.")).toEqual([]);
    expect(tolls("Two people were hurt in the Fourth of July shooting downtown.")).toEqual([["injured", 2, 2]]);
  });

  it("reads a tally of 'those shootings' and a city spread after a breakdown", () => {
    expect(tolls("More than 1,200 people have been wounded in those shootings, the report says.")).toEqual([]);
    expect(tolls("The holiday gunfire left 14 people wounded, including four at a cookout, across the city.")).toEqual([]);
  });
});

describe("findCasualties: an ordinal victim counts everyone hit", () => {
  it("reads 'a fourth shooting victim' and 'a fifth victim who was struck' as the people hit so far", () => {
    expect(tolls("Two men were shot on Oak Street, and a third shooting victim was found on Pine Street.")).toEqual([
      ["injured", 2, 2],
      ["injured", 3, undefined],
    ]);
    expect(tolls("Deputies said a fifth victim who was struck by gunfire drove to a clinic in Vale.")).toEqual([["injured", 5, undefined]]);
  });

  it("takes the dead off the ordinal's count, whatever the ordinal victim's own state", () => {
    expect(tolls("Three men were found dead in the barn. A fourth victim was wounded and is in stable condition.")).toEqual([
      ["killed", 3, 3],
      ["injured", 1, undefined],
    ]);
  });
});

describe("findCasualties: tolls joined in one clause", () => {
  it("gives a bare count the people of the toll before it", () => {
    const found = findCasualties("At least 30 villagers were killed and 75 were wounded when the dam broke.", { published: PUBLISHED });
    expect(found.map((c) => [c.kind, c.victims])).toEqual([
      ["killed", "villagers"],
      ["injured", "villagers"],
    ]);
    expect(findCasualties("One man died and three were hurt.", { published: PUBLISHED }).map((c) => c.victims)).toEqual(["man", undefined]);
  });

  it("adds the others hurt to the hurt named before them", () => {
    expect(tolls("A woman is in critical condition and two others were injured after the crash on Route 9.")).toEqual([
      ["injured", 1, 1],
      ["injured", 2, 2],
      ["injured", 3, 3],
    ]);
    expect(tolls("A woman was killed and two others were injured after the crash on Route 9.")).toEqual([
      ["killed", 1, 1],
      ["injured", 2, 2],
    ]);
  });

  it("reads people sent to a hospital as hurt", () => {
    expect(tolls("Three people were sent to the hospital with burns after the blaze.")).toEqual([["injured", 3, 3]]);
  });
});
