import { describe, expect, it } from "vitest";
import { parseArticle } from "../parse-article.js";
import { prepareDocument } from "../text/document.js";
import { countryByDemonym, findTerritories, normalizeTerritory, territoryByIso } from "./index.js";
import { matchPlaces } from "./match.js";

const names = (text: string): string[] => findTerritories(text).map((t) => t.name);
const roleOf = (text: string, mention: string): string | undefined =>
  matchPlaces(prepareDocument(text)).find((m) => m.text === mention)?.role;

describe("findTerritories", () => {
  it("finds cities, regions and countries with their codes", () => {
    const found = findTerritories("Drones hit Kharkiv and the Sumy region overnight, while fighting went on in eastern Ukraine.");
    expect(found.map((t) => [t.name, t.kind, t.iso])).toEqual([
      ["Kharkiv", "city", undefined],
      ["Sumy Oblast", "region", "UA-59"],
      ["Ukraine", "country", "UA"],
    ]);
  });

  it("gives the city-state its own code and the region around it another", () => {
    const found = findTerritories("Two people died in Kyiv and one in the Kyiv region, officials said.");
    expect(found.map((t) => t.iso)).toEqual(["UA-30", "UA-32"]);
  });

  it("normalizes older spellings and keeps them as aliases", () => {
    const [kyiv] = findTerritories("Sirens sounded in Kiev on Monday.");
    expect(kyiv).toMatchObject({ name: "Kyiv", iso: "UA-30", aliases: ["Kiev"] });
  });

  it("reads a bare name as the region the text named, except beside a city that is no region's name", () => {
    const found = (text: string) => findTerritories(text).map((t) => [t.name, t.mentions.length]);
    expect(found("Drones hit the Kursk region overnight. Kursk and Belgorod were shelled.")).toEqual([
      ["Kursk Oblast", 2],
      ["Belgorod", 1],
    ]);
    expect(found("Shelling hit the Odesa region. Odesa, Kyiv and Kharkiv lost power.")).toEqual([
      ["Odesa Oblast", 1],
      ["Odesa", 1],
      ["Kyiv", 1],
      ["Kharkiv", 1],
    ]);
  });

  it("matches a spelling that writes a word of the name in lower case ('the Dnipro river')", () => {
    expect(findTerritories("Troops crossed the Dnipro river near Kherson.").map((t) => [t.name, t.kind])).toEqual([
      ["Dnipro River", "other"],
      ["Kherson", "city"],
    ]);
  });

  it("names a breakaway region as itself, not as the ISO region it overlaps", () => {
    const found = findTerritories("Troops left Tskhinvali, the capital of South Ossetia, which Russia has occupied since 2008.");
    expect(found.map((t) => [t.name, t.kind, t.iso, t.country])).toEqual([
      ["Tskhinvali", "city", undefined, "GE"],
      ["South Ossetia", "region", undefined, "GE"],
    ]);
    expect(normalizeTerritory("Shida Kartli")?.iso).toBe("GE-SK");
  });

  it("reads a list after 'the regions of' as regions, with its status", () => {
    const found = findTerritories("Moscow wants the occupied regions of Luhansk, Donetsk and Kherson.");
    expect(found.map((t) => [t.name, t.status])).toEqual([
      ["Luhansk Oblast", "occupied"],
      ["Donetsk Oblast", "occupied"],
      ["Kherson Oblast", "occupied"],
    ]);
  });

  it("reads a list closed by 'regions' as regions", () => {
    expect(names("Troops left the Kherson and Zaporizhzhia regions last year.")).toEqual(["Kherson Oblast", "Zaporizhzhia Oblast"]);
  });

  it("reads the members of a 'regions of' list as regions, not an aside inside it", () => {
    expect(names("Shelling hit the regions of Kharkiv, north of Dnipro, and Kherson overnight.")).toEqual(["Kharkiv Oblast", "Dnipro", "Kherson Oblast"]);
  });

  it("gives Crimea its status from 'annexed'", () => {
    const [crimea] = findTerritories("The bridge links Russia to annexed Crimea.");
    expect(crimea).toMatchObject({ name: "Crimea", iso: "UA-43", status: "annexed" });
  });

  it("leaves out a country named only as an actor", () => {
    expect(names("Russia struck Kyiv with missiles, and Moscow said the strikes would go on.")).toEqual(["Kyiv"]);
  });

  it("keeps a place after a person's name and 'of' ('Sen. Ada Byrne of Ohio'), not after an organisation's", () => {
    expect(names("The bill was backed by Sen. Ada Byrne of Ohio and opposed by Royal Mercantile of Canada.")).toEqual(["Ohio"]);
    expect(names("He lost in the semi-final to the fourth-seeded Peter Lund of Scotland.")).toEqual(["Scotland"]);
  });

  it("knows disputed islands and lands by their usual names", () => {
    const found = findTerritories("Russia has held the Kuril Islands since 1945; Chinese ships patrol the Spratlys.");
    expect(found.map((t) => t.name)).toEqual(["Kuril Islands", "Spratly Islands"]);
    expect(found[1]?.mentions.map((m) => m.text)).toEqual(["Spratlys"]);
  });

  it("leaves out adjectives, facilities and organisations", () => {
    expect(names("Russian shelling hit the Zaporizhzhia nuclear plant, the Kyiv Post reported.")).toEqual([]);
    expect(names("The Black Sea Fleet moved ships away.")).toEqual([]);
  });

  it("finds places the gazetteer does not know from their context", () => {
    expect(findTerritories("Shells fell on the village of Novokrasne and the Orlivka neighbourhood.").map((t) => [t.name, t.kind])).toEqual([
      ["Novokrasne", "city"],
      ["Orlivka", "other"],
    ]);
  });

  it("finds a name ending in a feature of the land or sea, longer than a known place in it", () => {
    expect(findTerritories("Ferries to the Kervan Islands and the Taldyk Mountains stopped.").map((t) => [t.name, t.kind])).toEqual([
      ["Kervan Islands", "region"],
      ["Taldyk Mountains", "other"],
    ]);
    expect(findTerritories("Output from the U.S. Gulf fell, and Texas refiners cut runs.").map((t) => t.mentions.map((m) => m.text))).toEqual([["U.S. Gulf"], ["Texas"]]);
    expect(findTerritories("The Kervan Islands lie west of here.")[0]?.mentions[0]?.text).toBe("Kervan Islands");
    expect(names("The Gulf Cooperation Council met in Riyadh.")).toEqual(["Riyadh"]);
  });

  it("leaves out a place opening a sporting event's name, or a club's in sports reporting", () => {
    expect(names("She won the U.S. Open in 2019 and the Kenya Cup in Nairobi a year later.")).toEqual(["Nairobi"]);
    const report = "SOCCER - Bristol City beat Luton 2-1 in the league at home in Bristol.";
    expect(findTerritories(report).flatMap((t) => t.mentions.map((m) => m.start))).toEqual([report.lastIndexOf("Bristol")]);
    expect(names("Prices rose across Mexico City on Monday.")).toEqual(["Mexico City"]);
  });

  it("finds an unknown place from a direction or a plural settlement noun before 'of'", () => {
    expect(findTerritories("The camp lies 12 km south of Tavrask. Tavrask has one clinic.").map((t) => [t.name, t.mentions.length])).toEqual([["Tavrask", 2]]);
    expect(names("Workers came to the mining towns of Orvask and Telmen.")).toEqual(["Orvask", "Telmen"]);
  });

  it("keeps an Arabic article in an unknown place's name", () => {
    const text = "Gunmen raided the village of Wad al-Sarha on Monday; shells also fell near Kafr el-Marj.";
    const found = findTerritories(text);
    expect(found.map((t) => t.name)).toEqual(["Wad al-Sarha", "Kafr el-Marj"]);
    expect(found.map((t) => t.mentions[0] && text.slice(t.mentions[0].start, t.mentions[0].end))).toEqual(["Wad al-Sarha", "Kafr el-Marj"]);
  });

  it("finds the later unknown places of a list after 'in' or 'near', where the list ends", () => {
    expect(names("Armed groups were seen in Orvask and Telmensko in the north.")).toEqual(["Orvask", "Telmensko"]);
    expect(names("Fighting went on near Orvask, Telmensko and Dalivka.")).toEqual(["Orvask", "Telmensko", "Dalivka"]);
    expect(names("The talks opened in Orvask and Telmensko said little.")).toEqual(["Orvask"]);
    expect(names("On the last Friday in August, Verlaine and the board met. Verlaine spoke.")).toEqual([]);
    expect(names("Talks were held in Orvask, Kovalchuk and his aides said.")).toEqual(["Orvask"]);
  });

  it("matches headlines in capitals", () => {
    expect(names("DRONES HIT ODESA PORT OVERNIGHT")).toEqual(["Odesa"]);
  });

  it("does not read a surname or a common word as a place", () => {
    expect(names("Coach Michael Jordan praised the team. Jordan said it played well.")).toEqual([]);
    expect(names("Reading the report, she smiled.")).toEqual([]);
  });

  it("returns nothing for text without places, and for garbage", () => {
    expect(findTerritories("The committee met on Tuesday to discuss the budget.")).toEqual([]);
    expect(findTerritories("")).toEqual([]);
    expect(findTerritories("\u0000\uFFFF))) (((  ' ’s ’s-- ...")).toEqual([]);
  });

  it("keeps every mention's span on its text", () => {
    const text = "In Ukraine's east, Donetsk's mayor said shelling hit Kramatorsk and the Kharkiv Oblast.";
    for (const territory of findTerritories(text)) {
      for (const m of territory.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe("territory status", () => {
  const statuses = (text: string): Array<[string, string | undefined]> => findTerritories(text).map((t) => [t.name, t.status]);

  it("reads a verb of status before its object, and makes the object land", () => {
    expect(statuses("Tokyo still claims the southern Kurils as its own.")).toEqual([["Kuril Islands", "claimed"]]);
    expect(statuses("Beijing claims Taiwan, and its coast guard patrols nearby.")).toEqual([["Taiwan", "claimed"]]);
    expect(statuses("Israel has occupied the West Bank since 1967.")).toEqual([["West Bank", "occupied"]]);
    expect(statuses("Kyiv's troops liberated much of the Kharkiv region in a week.")).toEqual([["Kharkiv Oblast", "liberated"]]);
  });

  it("reads a list closed by a noun of its kind as the object of a verb of claim", () => {
    expect(statuses("Moscow claims the Kherson and Zaporizhzhia regions; its troops hold only part of them.")).toEqual([
      ["Kherson Oblast", "claimed"],
      ["Zaporizhzhia Oblast", "claimed"],
    ]);
    expect(statuses("Moscow claimed the Kherson region was under its full control.")).toEqual([["Kherson Oblast", undefined]]);
  });

  it("does not read a reported clause as the object of 'claimed'", () => {
    expect(statuses("Moscow claimed Bakhmut was encircled by its troops.")).toEqual([["Bakhmut", undefined]]);
    expect(statuses("The Kremlin claims Kharkiv had been shelled by Ukraine.")).toEqual([["Kharkiv", undefined]]);
  });

  it("gives the status to the object, not to the subject of a relative clause", () => {
    const found = statuses("Russia, which annexed Crimea in 2014, moved more troops there, officials said.");
    expect(found).toContainEqual(["Crimea", "annexed"]);
    expect(found.find(([name]) => name === "Russia")?.[1]).toBeUndefined();
    expect(statuses("He spoke about Taiwan, which China claims as a province.")).toEqual([["Taiwan", "claimed"]]);
  });

  it("gives a status after a list to every place of it, past an aside", () => {
    expect(statuses("Chernihiv, north of Kyiv, and Zhytomyr were occupied in 2022.")).toEqual([
      ["Chernihiv", "occupied"],
      ["Kyiv", undefined],
      ["Zhytomyr", "occupied"],
    ]);
  });

  it("reads participles after a place: passives and appositions", () => {
    expect(statuses("Crimea, annexed by Moscow nine years ago, is cut off.")).toEqual([["Crimea", "annexed"]]);
    expect(statuses("Kherson was liberated last November.")).toEqual([["Kherson", "liberated"]]);
    expect(statuses("Talks failed because Kashmir remains disputed.")).toEqual([["Kashmir", "contested"]]);
    expect(statuses("Patrols circled the Golan Heights, territory claimed by both sides.")).toEqual([["Golan Heights", "claimed"]]);
    expect(statuses("Sanctions still cover Crimea – Ukraine's southern region annexed by Moscow.")[0]).toEqual(["Crimea", "annexed"]);
    expect(statuses("Life in Melitopol, under Russian occupation for two years, is hard.")).toEqual([["Melitopol", "occupied"]]);
  });

  it("reads nouns and compounds of status", () => {
    expect(statuses("The annexation of Crimea was never recognised.")).toEqual([["Crimea", "annexed"]]);
    expect(statuses("Tokyo's claim to the Kurils is old.")).toEqual([["Kuril Islands", "claimed"]]);
    expect(statuses("Shelling hit the Russian-occupied south of Zaporizhzhia.")).toEqual([["Zaporizhzhia", "occupied"]]);
    expect(statuses("Refugees fled the disputed Kashmir region.")).toEqual([["Kashmir", "contested"]]);
  });

  it("gives no status across other words, to an occupier or to a seat of government", () => {
    expect(statuses("Troops occupied the village before shelling Kharkiv.")).toEqual([["Kharkiv", undefined]]);
    expect(statuses("Delegates met for a contested convention in Cleveland.")).toEqual([["Cleveland", undefined]]);
    expect(statuses("Donetsk has been occupied by Russia since 2014.").find(([name]) => name === "Russia")?.[1]).toBeUndefined();
    expect(findTerritories("Donors will decide who will occupy the White House.")).toEqual([]);
  });
});

describe("place roles", () => {
  it("makes a country after a locative preposition a place", () => {
    expect(roleOf("Fighting continues in Ukraine.", "Ukraine")).toBe("place");
    expect(roleOf("The talks were held in Turkey.", "Turkey")).toBe("place");
  });

  it("makes a subject, an agent or an owner of a government an actor", () => {
    expect(roleOf("Russia launched 40 drones.", "Russia")).toBe("actor");
    expect(roleOf("The West imposed sanctions on Moscow.", "Moscow")).toBe("actor");
    expect(roleOf("Ukraine's air force said it shot down 30 drones.", "Ukraine")).toBe("actor");
  });

  it("makes a possessive before a part of the land a place", () => {
    expect(roleOf("Shelling hit Ukraine's east.", "Ukraine")).toBe("place");
  });

  it("makes a possessive before another place a place, wherever it stands in a list", () => {
    expect(roleOf("Drones hit Ukraine's Kharkiv and Sumy overnight.", "Ukraine")).toBe("place");
    expect(roleOf("Drones hit Odesa, Poland's Rzeszow and Lviv overnight.", "Poland")).toBe("place");
  });

  it("makes a capital after a verb of speech an actor and elsewhere a place", () => {
    expect(roleOf("Kyiv has denied the claim.", "Kyiv")).toBe("actor");
    expect(roleOf("A blast shook central Kyiv.", "Kyiv")).toBe("place");
  });

  it("makes a seat of government an actor", () => {
    expect(roleOf("The Kremlin rejected the plan.", "Kremlin")).toBe("actor");
  });
});

describe("normalizeTerritory", () => {
  it("turns spellings into the canonical place", () => {
    expect(normalizeTerritory("Kiev")).toEqual({ name: "Kyiv", kind: "city", iso: "UA-30", country: "UA" });
    expect(normalizeTerritory("Kharkov")).toMatchObject({ name: "Kharkiv", kind: "city", country: "UA" });
    expect(normalizeTerritory("Zaporozhye")).toMatchObject({ name: "Zaporizhzhia" });
    expect(normalizeTerritory("Nikolaev")).toMatchObject({ name: "Mykolaiv" });
    expect(normalizeTerritory("Artemovsk")).toMatchObject({ name: "Bakhmut" });
    expect(normalizeTerritory("Lugansk")).toMatchObject({ name: "Luhansk" });
  });

  it("turns 'the X region', 'X Oblast' and 'X province' into the subdivision", () => {
    for (const form of ["the Kyiv region", "Kyiv Oblast", "Kyiv province"]) {
      expect(normalizeTerritory(form)).toEqual({ name: "Kyiv Oblast", kind: "region", iso: "UA-32", country: "UA" });
    }
    expect(normalizeTerritory("Lugansk province")).toMatchObject({ name: "Luhansk Oblast", iso: "UA-09" });
  });

  it("knows city-states and named regions", () => {
    expect(normalizeTerritory("Moscow")?.iso).toBe("RU-MOW");
    expect(normalizeTerritory("Sevastopol")?.iso).toBe("UA-40");
    expect(normalizeTerritory("Washington")?.iso).toBe("US-DC");
    expect(normalizeTerritory("Berlin")?.iso).toBe("DE-BE");
    expect(normalizeTerritory("Damascus")?.iso).toBe("SY-DI");
    expect(normalizeTerritory("Crimea")?.iso).toBe("UA-43");
    expect(normalizeTerritory("Donbas")).toEqual({ name: "Donbas", kind: "region", country: "UA" });
    expect(normalizeTerritory("Gaza")).toMatchObject({ name: "Gaza Strip", kind: "region" });
    expect(normalizeTerritory("el-Fasher")).toMatchObject({ name: "El Fasher", kind: "city", country: "SD" });
  });

  it("returns undefined for what names no place", () => {
    expect(normalizeTerritory("Atlantis")).toBeUndefined();
    expect(normalizeTerritory("")).toBeUndefined();
    expect(normalizeTerritory("Kyiv and Kharkiv")).toBeUndefined();
  });
});

describe("territoryByIso and countryByDemonym", () => {
  it("looks places up by code, in any case", () => {
    expect(territoryByIso("UA-30")).toMatchObject({ name: "Kyiv", kind: "city" });
    expect(territoryByIso("ru-krs")).toMatchObject({ name: "Kursk Oblast", kind: "region" });
    expect(territoryByIso("DE-BY")).toMatchObject({ name: "Bavaria" });
    expect(territoryByIso("US")).toMatchObject({ name: "United States", kind: "country" });
    expect(territoryByIso("XX-99")).toBeUndefined();
  });

  it("finds the country of a demonym", () => {
    expect(countryByDemonym("Russian")?.iso).toBe("RU");
    expect(countryByDemonym("Ukrainians")?.iso).toBe("UA");
    expect(countryByDemonym("Norwegian")?.iso).toBe("NO");
    expect(countryByDemonym("U.S.")?.iso).toBe("US");
    expect(countryByDemonym("American")?.iso).toBe("US");
    expect(countryByDemonym("table")).toBeUndefined();
  });
});

describe("in parseArticle", () => {
  it("fills the territories of the article", () => {
    const article = parseArticle("Russian strikes kill three in Odesa\n\nThree people were killed in Odesa on Friday.", { published: "2025-05-02" });
    expect(article.territories.map((t) => t.name)).toEqual(["Odesa"]);
    expect(article.territories[0]?.mentions).toHaveLength(2);
  });
});

describe("sports reporting", () => {
  it("reads a place that plays as a team, and keeps where it played as a place", () => {
    const text = "Lancashire beat Sussex by six wickets, while the visitors lost in Dublin. Goals and innings decided it.";
    expect(names(text)).toEqual(["Dublin"]);
  });

  it("reads a place that played once as the team at its other mentions", () => {
    const text = "Milan beat Genoa by two goals in Dublin, and later Milan needed two changes at half-time while Dublin cheered the striker.";
    expect(findTerritories(text).flatMap((t) => t.mentions.map((m) => m.text))).toEqual(["Dublin", "Dublin"]);
  });

  it("reads a place with a player's role after it, or played for, as a team", () => {
    const text = "Goals from the striker sealed it. Milan striker Jan Roe scored twice and the referee booked a player who played for Genoa, a side that lost in Dublin.";
    expect(names(text)).toEqual(["Dublin"]);
  });

  it("reads the visitors of a schedule line as a team and the name after AT as where they play", () => {
    const text = "BASEBALL - SCHEDULE.\nThe pitcher and the homer of the inning decided the standings.\nDENVER AT BOSTON\nPHOENIX AT DALLAS";
    expect(findTerritories(text).flatMap((t) => t.mentions.map((m) => m.text))).toEqual(["BOSTON", "DALLAS"]);
  });

  it("reads a headline's verb in capitals and a verb after an auxiliary as a team's", () => {
    const text = "SOCCER - GENOA BEAT PARMA IN CUP.\nThe striker scored two goals and the referee sent off the goalkeeper. Dublin has won three games in Limerick.";
    expect(findTerritories(text).flatMap((t) => t.mentions.map((m) => m.text))).toEqual(["Limerick"]);
  });

  it("keeps a nation that fields its own national side a place, like a country", () => {
    const text = "SOCCER - WALES BEAT MALTA.\nWales beat Malta 3-0 in a qualifier. The striker scored two goals and the goalkeeper saved a penalty.";
    expect(names(text)).toContain("Wales");
  });
});

describe("venues in sports reporting", () => {
  it("reads a report opening with a sport's name as sports reporting, and 'At' opening a line as 'at'", () => {
    const text = "CRICKET - TOUR DATES.\nJune 5 First test (at Kelvingrove, Dunmore).\nAt Farnleigh: Dunmore beat Ashcombe by 12 runs.";
    const places = findTerritories(text).flatMap((t) => t.mentions.map((m) => m.text));
    expect(places).toEqual(expect.arrayContaining(["Kelvingrove", "Farnleigh"]));
  });

  it("does not take a news report for sports reporting", () => {
    const text = "TALKS - MINISTERS MEET.\nThe talks went on at Kelvingrove on Monday.";
    expect(names(text)).not.toContain("Kelvingrove");
  });
});

describe("sentence openings", () => {
  it("reads a place opening a sentence before a lowercase word, unless the name is also a common word", () => {
    const places = matchPlaces(prepareDocument("Talks stalled. Wuhan consumes more water. Most of them left.")).map((m) => m.text);
    expect(places).toEqual(["Wuhan"]);
  });

  it("reads a place after an opening adverb or adjective of time or rank", () => {
    const text = "Talks stalled. Only Norway has chosen to stay. Former France coach Jan Roe agreed. Initially Peru objected. Storm Chile waited.";
    const places = matchPlaces(prepareDocument(text)).map((m) => m.text);
    expect(places).toEqual(["Norway", "France", "Peru"]);
  });
});

describe("places known only from their context", () => {
  it("reads an unfamiliar name after a preposition of place as a place, and at its later mentions", () => {
    const found = findTerritories("Rebels attacked a convoy near Kervansk on Monday. Kervansk is now empty, officials said.");
    expect(found.map((t) => [t.name, t.mentions.map((m) => m.text)])).toEqual([["Kervansk", ["Kervansk", "Kervansk"]]]);
  });

  it("reads an unfamiliar name after 'at' as a venue in sports reporting only", () => {
    const sports = "The striker scored two goals and the goalkeeper saved a penalty at Kellbury on Saturday.";
    expect(names(sports)).toEqual(["Kellbury"]);
    expect(names("The analyst at Kellbury said prices would fall.")).toEqual([]);
  });

  it("reads no month, ordinary word or given name after a preposition as a place", () => {
    expect(names("Prices rose in July and fell in Congress week, as in Maria's case.")).toEqual([]);
  });

  it("does not spread a place named only through a possessive", () => {
    const found = findTerritories("He lives in Dobbs's district. Dobbs said he would run again.");
    expect(found.flatMap((t) => t.mentions.map((m) => m.start))).not.toContain(30);
  });
});

describe("robustness", () => {
  it("never throws and keeps spans on their text, whatever the input", async () => {
    const fc = await import("fast-check");
    const pieces = fc.constantFrom("Kyiv", "KYIV", "Kyiv's", " ", "\n", "the", "region", "of", "Oblast", "in", "’s", "-", "(", ")", "U.S.", "St.", "Louis", "village", ",", "and", "é", "\u0301");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join(" ") + noise;
        for (const territory of findTerritories(text)) {
          for (const m of territory.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("what is not a place", () => {
  it("leaves out a time zone and an organisation ending in a place", () => {
    expect(names("The ceasefire starts at 20:00 Moscow time.")).toEqual([]);
    expect(names("The Organisation for Security and Cooperation in Europe sent monitors.")).toEqual([]);
    expect(names("The Patriotic Union of Kurdistan called for talks.")).toEqual([]);
  });

  it("leaves out hyphenated adjectives", () => {
    expect(names("The U.S.-led coalition and Kyiv-based analysts disagreed.")).toEqual([]);
  });
});

describe("lists of settlements", () => {
  it("reads every item after 'the villages of' as a place", () => {
    expect(names("Troops entered the villages of Novoselivka, Hryhorivka and Zelenyi Hai overnight.")).toEqual(["Novoselivka", "Hryhorivka", "Zelenyi Hai"]);
  });

  it("reads a name before 'village' as a place", () => {
    expect(findTerritories("An airstrike hit Let Yet Kone village on Monday.").map((t) => [t.name, t.kind])).toEqual([["Let Yet Kone", "city"]]);
  });

  it("does not read a list of other things as places", () => {
    expect(names("The market sold Apples, Pears and Plums.")).toEqual([]);
  });
});

describe("datelines", () => {
  it("reads the capitals before the date as the place a report was filed from", () => {
    const found = findTerritories("Shelling resumes\nNOVOHRODIVKA 2024-08-30\nShelling resumed on Friday, officials said.");
    expect(found.map((t) => [t.name, t.kind, t.mentions[0]?.text])).toEqual([["Novohrodivka", "city", "NOVOHRODIVKA"]]);
  });

  it("reads a known place opening a dateline in capitals or Title Case, before a date, an agency, a dash or a comma", () => {
    const first = (text: string): [string, string | undefined] | undefined => {
      const t = findTerritories(text).find((x) => x.mentions.some((m) => m.start === 0));
      return t ? [t.name, t.mentions.find((m) => m.start === 0)?.text] : undefined;
    };
    expect(first("LONDON (Wire Service) - Shares fell sharply on Monday.")).toEqual(["London", "LONDON"]);
    expect(first("KYIV, Ukraine (AP) — Drones hit a depot overnight.")).toEqual(["Kyiv", "KYIV"]);
    expect(first("Paris, March 3 — Farmers blocked the roads again.")).toEqual(["Paris", "Paris"]);
    expect(first("MADRID 2023-05-14\nThe club sacked its coach.")).toEqual(["Madrid", "MADRID"]);
  });

  it("keeps a dateline place even in sports reporting and after a byline", () => {
    const text = "TENNIS - FINAL RESULTS.\nJane Roe\nCHICAGO 2023-05-14\nThe champion won the final set 6-4 and the match.";
    expect(names(text)).toContain("Chicago");
  });

  it("reads a longer unknown name in capitals with a state after it", () => {
    const found = findTerritories("Bank merger agreed\nSPRINGDALE HEIGHTS, Okla.\n2023-05-14\nThe two banks agreed to merge.");
    expect(found.map((t) => [t.name, t.mentions[0]?.text])).toContainEqual(["Springdale Heights", "SPRINGDALE HEIGHTS"]);
  });

  it("does not read a headline's topic before a dash, nor a compound, as a dateline", () => {
    expect(names("SOCCER - CLUB FANS LOCKED OUT.\nThe club must play behind closed doors.")).toEqual([]);
    expect(names("Air war.\nU.S.-led planes struck the depot.")).toEqual([]);
  });

  it("does not read a shouted word as a dateline", () => {
    expect(names("BREAKING: talks collapse\nWARNING 2 people hurt")).toEqual([]);
  });
});
