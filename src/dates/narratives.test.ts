import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "./index.js";

/** The (text, value) pairs of the dates of a narrative (no publication date). */
function story(text: string): [string, string][] {
  return findDates(text, {}).map((d) => [d.text, d.value]);
}

describe("findDates on narratives: names of events are no dates", () => {
  it("passes over a count or a season that opens the name of a war", () => {
    const text = "The Eighty Years' War ended in 1648, the Hundred Years’ War long before; the Six-Day War and the Winter War each lasted a few months.";
    expect(story(text)).toEqual([
      ["1648", "1648"],
      ["a few months", "PXM"],
    ]);
  });

  it("keeps the same words when they name no event", () => {
    expect(story("The siege lasted thirty years. In Winter the roads closed; the Spring Offensive opened in 1918.").map(([t]) => t)).toEqual(["thirty years", "Winter", "1918"]);
  });
});

describe("findDates on narratives: months, seasons and centuries", () => {
  it("reads 'mid-January 1951' as one month, with its year", () => {
    expect(story("The retreat went on until mid-January 1951, and the front held.")).toEqual([["mid-January 1951", "1951-01"]]);
    expect(findDates("Talks resumed in early March 2024.", { published: "2025-04-24" }).map((d) => [d.text, d.value, d.mod])).toEqual([["early March 2024", "2024-03", "START"]]);
  });

  it("reads 'July of that year' and 'March of the following year' as one month of the story's year", () => {
    const text = "The talks opened in 1951. A truce was agreed in July of that year, and the last prisoners came home in March of the following year.";
    expect(story(text)).toEqual([
      ["1951", "1951"],
      ["July of that year", "1951-07"],
      ["March of the following year", "1952-03"],
    ]);
  });

  it("moves a season forward with the story, as it does a month", () => {
    const text = "On the night of 10 January 1942 the enemy withdrew. By the summer the front had moved west, and in the winter the offensive stalled.";
    expect(story(text)).toEqual([
      ["the night of 10 January 1942", "1942-01-10TNI"],
      ["the summer", "1942-SU"],
      ["the winter", "1941-WI"],
    ]);
    // A year alone keeps its own parts.
    expect(story("In 1943, in the spring, the convoys sailed.")).toEqual([["1943", "1943"], ["the spring", "1943-SP"]]);
  });

  it("reads a season after an autumn day as the coming one, and the months after it in the next year", () => {
    const text = "The fleet reached the strait on 5 November 1807. The winter that followed was hard, by February the stores were gone, and in the spring the ships turned home.";
    expect(story(text)).toEqual([
      ["5 November 1807", "1807-11-05"],
      ["The winter", "1807-WI"],
      ["February", "1808-02"],
      ["the spring", "1808-SP"],
    ]);
    // A past perfect looks back: the summer before the story's November.
    expect(story("The fleet reached the strait on 5 November 1807. The crews had trained in the summer.").map(([, v]) => v)).toEqual(["1807-11-05", "1807-SU"]);
  });

  it("reads 'the 1800s' as a century and 'the 1810s' as a decade", () => {
    expect(story("In the early 1800s the empire grew; the 1810s brought its fall, and by the mid-1700s the old order had gone.")).toEqual([
      ["the early 1800s", "18"],
      ["the 1810s", "181"],
      ["the mid-1700s", "17"],
    ]);
    expect(resolveDate("the 2000s", "2025-04-24")?.value).toBe("200");
  });
});

describe("findDates: joined and trimmed extents", () => {
  it("reads 'the first half of the 20th century' as the century, towards its start", () => {
    const found = findDates("Two wars were fought in the first half of the 20th century, and the empire fell in the second half of the 1800s.", {});
    expect(found.map((d) => [d.text, d.value, d.mod])).toEqual([
      ["the first half of the 20th century", "19", "START"],
      ["the second half of the 1800s", "18", "END"],
    ]);
    expect(findDates("Sales fell in the first half of 1990.", {}).map((d) => d.value)).toEqual(["1990-H1"]);
  });

  it("leaves 'earlier' and 'later' out of a weekday, and keeps 'early' and 'late' in", () => {
    const found = findDates("Earlier Friday the talks stalled. Later Thursday the envoy left, early Tuesday the shelling began and late Monday it stopped.", { published: "2025-04-26" });
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["Friday", "2025-04-25"],
      ["Thursday", "2025-04-24"],
      ["early Tuesday", "2025-04-22"],
      ["late Monday", "2025-04-21"],
    ]);
  });
});

describe("findDates on narratives: titles", () => {
  it("passes over a capitalized plural unit after a capitalized word ('the Hundred Days'), and keeps one opening a sentence", () => {
    expect(story("The emperor's Hundred Days ended at Waterloo on 18 June 1815. Days later he abdicated.")).toEqual([
      ["18 June 1815", "1815-06-18"],
      ["Days later", "1815-06"],
    ]);
  });
});

describe("findDates on narratives: ranges that share an era or a unit", () => {
  it("reads the first year of a range of BC years as BC too", () => {
    expect(story("The war lasted from 431 to 404 BC; between 264 and 241 BC another raged.")).toEqual([
      ["431", "BC0431"],
      ["404 BC", "BC0404"],
      ["264", "BC0264"],
      ["241 BC", "BC0241"],
    ]);
  });

  it("reads 'the 16th and 17th centuries' as two centuries", () => {
    const found = findDates("The 16th and 17th centuries were an age of religious wars, fought for centuries after.", {});
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([
      ["The 16th", "DATE", "15"],
      ["17th centuries", "DATE", "16"],
      ["centuries", "DURATION", "PXC"],
    ]);
    expect(found.map((d) => d.id)).toEqual(["t1", "t2", "t3"]);
  });
});

describe("findDates on narratives: a unit before or after the story's day", () => {
  it("reads 'the day before' and 'the year after', closed by punctuation or before an event, from the last date the text stated", () => {
    const text = "The ceasefire was signed on 3 May 1945. The day before, the city had fallen; the day after, troops withdrew. The night before the attack it rained. Talks began in 1950; the year after, they failed.";
    expect(findDates(text, {}).map((d) => [d.text, d.type, d.value])).toEqual([
      ["3 May 1945", "DATE", "1945-05-03"],
      ["The day before", "DATE", "1945-05-02"],
      ["the day after", "DATE", "1945-05-04"],
      ["The night before", "TIME", "1945-05-02TNI"],
      ["1950", "DATE", "1950"],
      ["the year after", "DATE", "1951"],
    ]);
  });

  it("leaves them out when the last date is too coarse, and in news", () => {
    expect(story("Talks began in 1950. The day before, it rained.")).toEqual([["1950", "1950"]]);
    expect(findDates("Prices fell on Monday. The day before, they rose.", { published: "2025-04-24" }).map((d) => d.text)).toEqual(["Monday"]);
  });
});

describe("findDates: centuries written as adjectives or in a dashed range", () => {
  it("reads 'a 19th-century fort' as the century, and 'the 9th–10th centuries' as two", () => {
    expect(story("A 19th-century fort guards the pass, built over 9th-century walls. The 9th–10th centuries were violent.")).toEqual([
      ["19th-century", "18"],
      ["9th-century", "08"],
      ["The 9th", "08"],
      ["10th centuries", "09"],
    ]);
    expect(findDates("A 19th-century fort burned on Monday.", { published: "2025-04-24" }).map((d) => d.id)).toEqual(["t1", "t2"]);
  });
});

describe("findDates: a stretch at the edge of a dated period", () => {
  it("reads 'the last months of 1944' as 1944 towards its end, and 'the first weeks of January 1945' as that month's start", () => {
    const found = findDates("In the last months of 1944 the front froze. During the first weeks of January 1945 the army fled; in the final days it scattered.", {});
    expect(found.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ["the last months of 1944", "DATE", "1944", "END"],
      ["the first weeks of January 1945", "DATE", "1945-01", "START"],
      ["the final days", "DURATION", "PXD", undefined],
    ]);
  });
});

describe("findDates on narratives: steps finer than the story's time", () => {
  it("places 'three days later' after a year alone in that year, and after a month alone in that month", () => {
    const text = "In 1709 the Swedish army marched into Ukraine. Three days later it crossed the Desna, and two weeks later it camped at Romny. In March 1710 the survivors reached Bender; two days later the king fell ill, and the following week he recovered.";
    expect(story(text)).toEqual([
      ["1709", "1709"],
      ["Three days later", "1709"],
      ["two weeks later", "1709"],
      ["March 1710", "1710-03"],
      ["two days later", "1710-03"],
      ["the following week", "1710-03"],
    ]);
    // After a day, the step is a day.
    expect(story("The siege began on 2 May 1710. Three days later the walls fell.")).toEqual([["2 May 1710", "1710-05-02"], ["Three days later", "1710-05-05"]]);
  });

  it("keeps a step back inside the story's year or month: 'the previous day' after a year alone is that year", () => {
    expect(story("In 1917 the garrison mutinied. The previous day the guns had fallen silent. In March 1918 the treaty was signed; two days earlier the last shots were fired.")).toEqual([
      ["1917", "1917"],
      ["The previous day", "1917"],
      ["March 1918", "1918-03"],
      ["two days earlier", "1918-03"],
    ]);
  });

  it("places the story's day ('that night', 'the same day') after a month or a year alone in that month or year", () => {
    expect(story("The raiders crossed the river in August 1863. That night they burned the mill; the same day the bridge fell. In 1864 the war went on, and that day the fort fell.")).toEqual([
      ["August 1863", "1863-08"],
      ["That night", "1863-08"],
      ["the same day", "1863-08"],
      ["1864", "1864"],
      ["that day", "1864"],
    ]);
  });

  it("places 'the next morning' after a month alone in that month, as a date, and after a day on the day after", () => {
    expect(findDates("The raiders crossed the river in August 1863. The next morning they burned the mill.", {}).map((d) => [d.text, d.type, d.value])).toEqual([
      ["August 1863", "DATE", "1863-08"],
      ["The next morning", "DATE", "1863-08"],
    ]);
    expect(story("The raiders crossed the river on 20 August 1863. The next morning they burned the mill.")).toEqual([
      ["20 August 1863", "1863-08-20"],
      ["The next morning", "1863-08-21TMO"],
    ]);
  });

  it("counts 'two decades later' in a story in decades, as it counts weeks; news counts 'a decade ago' in years", () => {
    expect(story("The mill opened in 1851. Two decades later the town had doubled, and half a decade later it burned.")).toEqual([
      ["1851", "1851"],
      ["Two decades later", "187"],
      ["half a decade later", "1856"],
    ]);
    expect(resolveDate("a decade ago", "2025-04-24")?.value).toBe("2015");
  });

  it("counts centuries in a story at their grain too, before the common era as after it", () => {
    expect(story("The first bridge was built in 1620. Two centuries later a railway crossed it, and a century earlier only a ford had been there.")).toEqual([
      ["1620", "1620"],
      ["Two centuries later", "18"],
      ["a century earlier", "15"],
    ]);
    expect(story("The shrine was raised about 1150 BC. Three centuries later it lay in ruins.")).toEqual([
      ["1150 BC", "BC1150"],
      ["Three centuries later", "BC08"],
    ]);
  });

  it("reads 'a few days later' and 'weeks later' as a point near the story's time, at the next larger grain", () => {
    const text = "The fleet sailed from Cadiz on 19 October 1805. A few days later it met the enemy off the cape. Weeks later the news reached London, and some months later the admiral's body came home. Months earlier the fleet had been blockaded.";
    const found = findDates(text, {});
    expect(found.map((d) => [d.text, d.type, d.value, d.anchor])).toEqual([
      ["19 October 1805", "DATE", "1805-10-19", "absolute"],
      ["A few days later", "DATE", "1805-10", "narrative"],
      ["Weeks later", "DATE", "1805-11", "narrative"],
      ["some months later", "DATE", "1806", "narrative"],
      ["Months earlier", "DATE", "1805", "narrative"],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it("keeps a length a length: 'lasted a few days', 'a few days before the vote', and in news", () => {
    expect(story("In 1805 the storm lasted a few days, a few days before the battle.")).toEqual([
      ["1805", "1805"],
      ["a few days", "PXD"],
      ["a few days", "PXD"],
    ]);
    expect(findDates("Talks opened on 19 October 2024. A few days later they failed.", { published: "2025-04-24" }).map((d) => [d.text, d.value])).toEqual([
      ["19 October 2024", "2024-10-19"],
      ["A few days", "PXD"],
    ]);
  });
});

describe("findDates on narratives: a publication date the story is far from", () => {
  it("reads a history carrying a recent date (when the page was saved) on its own timeline", () => {
    const text = [
      "The Second Schleswig War began on 1 February 1864, when Prussian and Austrian troops crossed the Eider.",
      "The Danes abandoned the Danevirke on 5 February 1864. Three days later the allies entered Jutland.",
      "The siege of Dybbøl lasted from 7 April to 18 April 1864. A conference opened in London on 25 April 1864, and a truce held until 26 June 1864.",
      "The following day the fighting resumed. The Prussians crossed to Als on 29 June 1864, and on 20 July 1864 a ceasefire was signed.",
      "The Treaty of Vienna of 30 October 1864 ended the war. Two years later Prussia fought Austria, and in 1920 a plebiscite split the duchy.",
    ].join(" ");
    const found = findDates(text, { published: "2009-06-01" });
    expect(found.filter((d) => d.anchor !== "absolute").map((d) => [d.text, d.value, d.anchor])).toEqual([
      ["Three days later", "1864-02-08", "narrative"],
      ["The following day", "1864-06-27", "narrative"],
      ["Two years later", "1866", "narrative"],
    ]);
  });

  it("counts years before the common era as a history's own, and then reads its three-digit years", () => {
    const text = [
      "The war opened in 431 BC, when the allies invaded Attica; in 430 BC a plague struck the city, and in 429 BC its leader died.",
      "A truce was agreed in 421 BC. The fleet sailed in 415 BC and was destroyed in 413 BC; the following year the allies revolted.",
      "The navy won in 406 BC but was lost in 405 BC, and the city surrendered in 404 BC. Centuries later, in 146 BC, the region fell; by 410, the empire itself was sacked.",
    ].join(" ");
    const found = findDates(text, { published: "2010-03-01" });
    expect(found.filter((d) => d.anchor !== "absolute" || !d.value.startsWith("BC")).map((d) => [d.text, d.value])).toEqual([
      ["the following year", "BC0412"],
      ["Centuries", "PXC"],
      ["410", "0410"],
    ]);
  });

  it("keeps the publication date for news that recalls a few old dates", () => {
    const text = "The museum reopened on Thursday. It was founded in 1864, rebuilt in 1920 and 1946, and closed in 1990. Next year it marks its anniversary.";
    expect(findDates(text, { published: "2009-06-05" }).map((d) => [d.text, d.value])).toEqual([
      ["Thursday", "2009-06-04"],
      ["1864", "1864"],
      ["1920", "1920"],
      ["1946", "1946"],
      ["1990", "1990"],
      ["Next year", "2010"],
    ]);
  });
});

describe("findDates on narratives: circa years, turns of centuries and millennia", () => {
  it("reads 'c.1200' written without a space as the year, with its era", () => {
    const found = findDates("The first walls were raised c.1250–1200 BC; the town was rebuilt ca.950 and sacked c.1190 BC.", {});
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["1250", "BC1250"],
      ["1200 BC", "BC1200"],
      // A bare year after BC years is BC too (the story's era).
      ["950", "BC0950"],
      ["1190", "BC1190"],
    ]);
    // "etc." before a number is no circa.
    expect(story("Lances, shields, etc.1200 of them.")).toEqual([]);
  });

  it("finds a circa year after any number of other dots, the text's first character among them", () => {
    const found = findDates("...Rebuilt in stone c. 1100? No: the St. Mary tower went up C.1150, and the nave ca.1190.", {});
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["1100", "1100"],
      ["1150", "1150"],
      ["1190", "1190"],
    ]);
  });

  it("reads a year of three digits after a preposition or a year-less day when no count can follow, in a story only", () => {
    const text = "The city was sacked in 410 by the Goths. On 24 August 455 the Vandals came, and by 476, the west had fallen. In 410 cases the walls held; the garrison of 300 men fled in 455 boats.";
    expect(story(text)).toEqual([
      ["410", "0410"],
      ["24 August 455", "0455-08-24"],
      ["476", "0476"],
    ]);
    expect(story("In 568 Lombard armies crossed the Alps. The fort was taken by 300 Frankish horsemen, and in 600,000 homes the harvest failed.")).toEqual([["568", "0568"]]);
    expect(findDates("Prices fell in 410 of the stores. Sales rose in 300 Main Street shops.", { published: "2025-04-24" })).toEqual([]);
  });

  it("reads 'D-Day' as 6 June 1944 in a story of those years or on its anniversary, and leaves another operation's alone", () => {
    expect(story("By the spring of 1944 the invasion fleet was ready. On D-Day the first wave landed on the beaches.")).toEqual([
      ["the spring of 1944", "1944-SP"],
      ["D-Day", "1944-06-06"],
    ]);
    expect(findDates("Veterans gathered for the 80th anniversary of D-Day.", { published: "2024-06-06" }).map((d) => [d.text, d.value])).toEqual([["D-Day", "1944-06-06"]]);
    expect(findDates("The board set D-Day for the merger in March.", { published: "2024-01-10" }).map((d) => d.text)).toEqual(["March"]);
    expect(story("The peninsula was divided in 1945. In September 1950 the marines prepared; D-Day at the port was set by the tides.")).toEqual([
      ["1945", "1945"],
      ["September 1950", "1950-09"],
    ]);
  });

  it("reads 'the turn of the century' as the year the story's century turns on", () => {
    const text = "The railway reached the valley in 1896, and by the turn of the century the town had doubled. At the turn of the 19th century it was a village.";
    expect(story(text)).toEqual([
      ["1896", "1896"],
      ["the turn of the century", "1900"],
      ["the 19th century", "18"],
    ]);
    expect(findDates("In 1997 the fleet was cut; by the turn of the century, analysts say, it will be gone.", { published: "1998-03-02" }).map((d) => d.value)).toEqual(["1997", "2000"]);
    expect(story("At the turn of the century the town grew.")).toEqual([]);
  });

  it("reads 'the turn of the century' after a decade from the decade's middle", () => {
    expect(story("The revolt was put down in 1746. In the 1770s emigration grew, and by the turn of the century the glens were empty.")).toEqual([
      ["1746", "1746"],
      ["the 1770s", "177"],
      ["the turn of the century", "1800"],
    ]);
    expect(story("The mill opened in 1805. In the 1820s it doubled; at the turn of the century it closed.").map(([, v]) => v)).toEqual(["1805", "182", "1800"]);
  });

  it("reads a millennium by its ordinal, BC or not", () => {
    expect(story("In the 1st millennium BC the valley was farmed; in the second millennium it held a town, and the 3rd millennium found it empty.")).toEqual([
      ["the 1st millennium BC", "BC0"],
      ["the second millennium", "1"],
      ["the 3rd millennium", "2"],
    ]);
  });
});

describe("findDates on narratives: Old Style days in brackets", () => {
  it("gives a day and its bracketed Old Style day the year after the bracket, not the story's last", () => {
    const text = "The front held through 1915. The revolution broke out on 8 March [O.S. 23 February] 1917; the tsar abdicated on 15 March (2 March Old Style) 1917.";
    expect(story(text)).toEqual([
      ["1915", "1915"],
      ["8 March", "1917-03-08"],
      ["23 February", "1917-02-23"],
      ["1917", "1917"],
      ["15 March", "1917-03-15"],
      ["2 March", "1917-03-02"],
      ["1917", "1917"],
    ]);
  });
});

describe("findDates on narratives: the following month or season after a year", () => {
  it("reads 'the following March' and 'the next summer' after a year alone as the next year's", () => {
    expect(story("The rebels took the capital in 1967. The following March the army struck back.")).toEqual([
      ["1967", "1967"],
      ["The following March", "1968-03"],
    ]);
    expect(story("The rebels took the capital in 1967; the next summer the army struck back.")).toEqual([
      ["1967", "1967"],
      ["the next summer", "1968-SU"],
    ]);
    // After a day, the following March is the first one after it.
    expect(story("The rebels took the capital on 4 January 1967. The following March the army struck back.")).toEqual([
      ["4 January 1967", "1967-01-04"],
      ["The following March", "1967-03"],
    ]);
  });

  it("reads 'the previous March' as a month, not the verb", () => {
    expect(story("The siege ended in June 1942. The previous March the garrison had been reinforced.")).toEqual([
      ["June 1942", "1942-06"],
      ["The previous March", "1942-03"],
    ]);
  });
});

describe("findDates on narratives: the writer's present", () => {
  it("reads 'to this day' as the present, and 'on this day' as the story's day", () => {
    const found = findDates("On 3 May 1945 the city fell; to this day it is divided. On this day, too, the king died.", {});
    expect(found.map((d) => [d.text, d.value, d.anchor])).toEqual([
      ["3 May 1945", "1945-05-03", "absolute"],
      ["this day", "PRESENT_REF", "absolute"],
      ["this day", "1945-05-03", "narrative"],
    ]);
  });
});

describe("findDates on narratives: a season around the story's day", () => {
  it("keeps the story on its day through 'that autumn', so 'the end of the month' is that day's month", () => {
    const text = "The charge failed on 25 October 1854. Two weeks later the Russians attacked again. That autumn cholera spread, and by the end of the month the hospitals were full.";
    expect(story(text)).toEqual([
      ["25 October 1854", "1854-10-25"],
      ["Two weeks later", "1854-W45"],
      ["That autumn", "1854-FA"],
      ["the end of the month", "1854-11"],
    ]);
  });
});

describe("findDates on narratives: 'the year' with its number, and parts of the story's day", () => {
  it("reads the edge of a named year as that year, and 'the year' before a short year or a BC one as that year", () => {
    expect(story("By the end of the year 1688 the old king had fled.")).toEqual([["the end of the year 1688", "1688"]]);
    expect(findDates("By the end of the year 1688 the old king had fled.", {}).map((d) => d.mod)).toEqual(["END"]);
    expect(story("The town was sacked in the year 846, and again in the year 59 BC before that.")).toEqual([
      ["the year 846", "0846"],
      ["the year 59 BC", "BC0059"],
    ]);
    // A short number a noun follows is a count: "the year" alone, then no year.
    expect(story("In 1847, the year 300 families left, the harvest failed.")).toEqual([
      ["1847", "1847"],
      ["the year", "1847"],
    ]);
  });

  it("reads 'the evening of the same day' and 'the morning of the following day' as parts of the story's days", () => {
    const text = "The ships sailed on 9 August 1588. By the evening of the same day the wind had turned; on the morning of the following day the fleet scattered.";
    expect(story(text)).toEqual([
      ["9 August 1588", "1588-08-09"],
      ["the evening of the same day", "1588-08-09TEV"],
      ["the morning of the following day", "1588-08-10TMO"],
    ]);
  });
});

describe("findDates on narratives: eras and centuries of a story", () => {
  it("counts 'the following spring' from a BC year", () => {
    expect(story("In 58 BC a new governor doubled the tribute. The tribes rose the following spring.")).toEqual([
      ["58 BC", "BC0058"],
      ["the following spring", "BC0057-SP"],
    ]);
  });

  it("reads a bare year after a BC year as BC, and one with 'AD' as ours", () => {
    expect(story("In 216 BC the army was destroyed at the river. In 214 a new army was raised. A second revolt broke out in AD 9.")).toEqual([
      ["216 BC", "BC0216"],
      ["214", "BC0214"],
      ["AD 9", "0009"],
    ]);
    expect(story("In 1450 the walls were rebuilt. In 1453 the city fell.").map(([, v]) => v)).toEqual(["1450", "1453"]);
  });

  it("reads 'mid-century'' and 'the middle of the century' as the century the story is in", () => {
    expect(findDates("The river kingdoms quarrelled through the 1860s, as they had since the middle of the century. By mid-century both had armies.", {}).map((d) => [d.text, d.value, d.mod])).toEqual([
      ["the 1860s", "186", undefined],
      ["the middle of the century", "18", "MID"],
      ["mid-century", "18", "MID"],
    ]);
  });
});

describe("findDates on narratives: seasons and halves told around a year", () => {
  it("gives a season joined to a season of a stated year that year", () => {
    expect(story("The hill campaign was fought in the summer and autumn of 1916, after the winter and spring of 1916 had been quiet.")).toEqual([
      ["the summer", "1916-SU"],
      ["autumn of 1916", "1916-FA"],
      ["the winter", "1915-WI"],
      ["spring of 1916", "1916-SP"],
    ]);
    expect(findDates("Rain fell through the spring and summer of 2019.", { published: "2025-04-24" }).map((d) => d.value)).toEqual(["2019-SP", "2019-SU"]);
  });

  it("reads 'the summer months' as the season, and 'the winter months of 1916' as that year's", () => {
    expect(story("The war began in 1915. In the summer months the front was quiet; during the winter months of 1916 the roads froze.")).toEqual([
      ["1915", "1915"],
      ["the summer months", "1915-SU"],
      ["the winter months of 1916", "1916-WI"],
    ]);
  });

  it("reads 'the second half of September' as the month towards its end, not a half of the year", () => {
    const text = "The rains began on 14 August 1916. In the second half of September the roads flooded, and the next day the guns fell silent.";
    expect(findDates(text, {}).map((d) => [d.text, d.value, d.mod])).toEqual([
      ["14 August 1916", "1916-08-14", undefined],
      ["the second half of September", "1916-09", "END"],
      ["the next day", "1916-09", undefined],
    ]);
    expect(findDates("Output rose in the first half of March.", { published: "2025-04-24" }).map((d) => [d.text, d.value, d.mod])).toEqual([["the first half of March", "2025-03", "START"]]);
  });

});

describe("findDates on narratives: an invented siege, told day by day", () => {
  const text = [
    "Fighting for the port of Marenne went on from 19 March to 4 April 1799.",
    "On the morning of 19 March the fleet appeared off the harbour, and by midday the landing parties were ashore.",
    "On the evening of the 21st the weather cleared.",
    "The town held out for almost a fortnight.",
    "It was handed over at noon the next day after its commander asked for terms on 3 April.",
    "Ten days before, a relief column had been turned back.",
  ].join(" ");

  it("reads every date on the story's own timeline", () => {
    expect(findDates(text, {}).map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ["19 March", "DATE", "1799-03-19", undefined],
      ["4 April 1799", "DATE", "1799-04-04", undefined],
      ["the morning of 19 March", "TIME", "1799-03-19TMO", undefined],
      ["midday", "TIME", "1799-03-19TMI", undefined],
      ["the evening of the 21st", "TIME", "1799-03-21TEV", undefined],
      ["a fortnight", "DURATION", "P2W", "LESS_THAN"],
      ["noon the next day", "TIME", "1799-03-22T12:00", undefined],
      ["3 April", "DATE", "1799-04-03", undefined],
      ["Ten days before", "DATE", "1799-03-24", undefined],
    ]);
  });

  it("keeps 'ten days before,' a length in news, and a fortnight two weeks", () => {
    const found = findDates("Ten days before, the talks had stalled. A fortnight ago the envoy left.", { published: "2025-04-24" });
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([
      ["Ten days", "DURATION", "P10D"],
      ["A fortnight ago", "DATE", "2025-W15"],
    ]);
  });

  it("reads 'by the 9th' as a day of the story's month, and 'the 9th Army' as no date", () => {
    expect(story("The offensive opened on 2 May 1916. By the 9th the line had moved; the 9th Army held.")).toEqual([
      ["2 May 1916", "1916-05-02"],
      ["the 9th", "1916-05-09"],
    ]);
  });
});

describe("findDates on narratives: a range that sums up the story", () => {
  it("tells the story from the start of a range in the opening paragraph, not from its end", () => {
    const text = "The Saltmarsh War was fought between the two leagues from 12 November 1761 to 3 April 1763. Talks had broken down in September, and the first raids came in early November. By December the coast was ablaze; in January the northern forts fell. Eight years earlier a truce had been signed.";
    expect(story(text)).toEqual([
      ["12 November 1761", "1761-11-12"],
      ["3 April 1763", "1763-04-03"],
      ["September", "1761-09"],
      ["early November", "1761-11"],
      ["December", "1761-12"],
      ["January", "1762-01"],
      ["Eight years earlier", "1754"],
    ]);
  });

  it("tells the story from the first date of its first dated sentence when a later year follows there", () => {
    const text = "The Marsh War began on 2 August 1790 and lasted until 14 May 1794. On 20 July a border post was burned, and a month later the first army crossed. By the end of September it held the fords.";
    expect(story(text).slice(2)).toEqual([
      ["20 July", "1790-07-20"],
      ["a month later", "1790-08"],
      ["the end of September", "1790-09"],
    ]);
  });

  it("reads a range that opens on no date of its own ('the summer and autumn of 1940') as the story's start", () => {
    const text = "The air battle was fought in the summer and autumn of 1940. On 13 August the main assault began, and two days later the airfields burned.";
    expect(story(text)).toEqual([
      ["the summer", "1940-SU"],
      ["autumn of 1940", "1940-FA"],
      ["13 August", "1940-08-13"],
      ["two days later", "1940-08-15"],
    ]);
  });

  it("finds the opening paragraph after a title line", () => {
    const text = "The Saltmarsh War\n\nThe Saltmarsh War was fought from 12 November 1761 to 3 April 1763. Talks had broken down in September.\n\nIn December the coast was ablaze.";
    expect(story(text).slice(2)).toEqual([
      ["September", "1761-09"],
      ["December", "1761-12"],
    ]);
  });

  it("moves the story to a range's end later on, where the story has reached it", () => {
    const text = "The leagues made peace in 1763.\n\nThe siege of the port lasted from 2 May to 9 June 1770. Three days later the garrison marched out.";
    expect(story(text).slice(-1)).toEqual([["Three days later", "1770-06-12"]]);
    // Only the first range sums the story up, in a text told in one paragraph too.
    const oneParagraph = "The war was fought from 1761 to 1763. The siege of the port lasted from 2 May to 9 June 1762. Three days later the garrison marched out.";
    expect(story(oneParagraph).slice(-1)).toEqual([["Three days later", "1762-06-12"]]);
  });
});

describe("findDates on narratives: years and decades of three digits, read as the story goes", () => {
  it("counts the story's steps from a year of three digits, and reads ranges and pairs of them", () => {
    const text = "In 722 the raiders crossed the straits, and three years later they held the coast. The citadel was besieged from 741 to 743, and again in 768–769. The bishop fled in 802 or 803. In the 810s the raids ceased.";
    expect(story(text)).toEqual([
      ["722", "0722"],
      ["three years later", "0725"],
      ["741", "0741"],
      ["743", "0743"],
      ["768", "0768"],
      ["769", "0769"],
      ["802", "0802"],
      ["803", "0803"],
      ["the 810s", "081"],
    ]);
  });

  it("leaves counts of three digits alone, and reads the first end of 'from the 7th to the 11th century'", () => {
    expect(story("In 1203 the duke raised 700 knights; the next day they were gone. He lost 350 to 400 men in 1204.").map(([t]) => t)).toEqual(["1203", "the next day", "1204"]);
    expect(story("In 1203 the garrison grew from 200 to 300 men, and between 400 and 500 knights rode out.").map(([t]) => t)).toEqual(["1203"]);
    expect(story("The raids went on from the 7th to the 11th century, and from the 6th to the 4th century BC before them.")).toEqual([
      ["the 7th", "06"],
      ["the 11th century", "10"],
      ["the 6th", "BC05"],
      ["the 4th century BC", "BC03"],
    ]);
  });

  it("reads a year of three digits after a BC year as BC while the story goes, so its steps count in that era", () => {
    expect(story("In 216 BC the army was destroyed at the river. A new army was raised in 214, and two years later it took the city.")).toEqual([
      ["216 BC", "BC0216"],
      ["214", "BC0214"],
      ["two years later", "BC0212"],
    ]);
  });
});

describe("findDates on narratives: an earlier date told in the past perfect", () => {
  it("keeps the story's time through a flashback to an earlier date, and moves it on a later one", () => {
    const text = "The offensive opened on 14 May 1917. Its plans had been drawn up in the autumn of 1916, after the first battles. On 2 June the northern wing stalled; by the end of the year the army had reached the river. In February the front froze.";
    expect(story(text)).toEqual([
      ["14 May 1917", "1917-05-14"],
      ["the autumn of 1916", "1916-FA"],
      ["2 June", "1917-06-02"],
      ["the end of the year", "1917"],
      ["February", "1918-02"],
    ]);
  });
});

describe("findDates: offsets of a fractional count", () => {
  it("counts 'two and a half years later' in whole months, at the grain the story's time allows", () => {
    expect(story("The fort fell on 12 March 1916. Two and a half years later it was rebuilt; two and a half months later it fell again.")).toEqual([
      ["12 March 1916", "1916-03-12"],
      ["Two and a half years later", "1918-09"],
      ["two and a half months later", "1918-11"],
    ]);
    expect(story("The fort fell in 1916. A year and a half later it was rebuilt.").map(([, v]) => v)).toEqual(["1916", "1917"]);
    expect(findDates("The plant closed two and a half years ago.", { published: "2020-06-15" }).map((d) => d.value)).toEqual(["2017-12"]);
  });
});

describe("findDates: seasons and months that open a name", () => {
  it("passes over 'the Winter Palace' and 'the July Crisis', and keeps a season before a word in lower case", () => {
    expect(story("The Winter Palace was stormed in 1917. The July Crisis of 1914 had led to war. The Winter of that year was hard.").map(([t]) => t)).toEqual(["1917", "1914", "The Winter of that year"]);
  });
});

describe("findDates: 'another' and a unit", () => {
  it("reads 'for another year' as a length of one year, and leaves 'another two weeks' to its count", () => {
    expect(story("The fort fell on 12 March 1916. The outer works held out for another week, the hills for another year, and the river line another two weeks.")).toEqual([
      ["12 March 1916", "1916-03-12"],
      ["another week", "P1W"],
      ["another year", "P1Y"],
      ["two weeks", "P2W"],
    ]);
    expect(findDates("The talks will go on for another month, officials said.", { published: "2025-04-24" }).map((d) => [d.text, d.value])).toEqual([["another month", "P1M"]]);
  });
});

describe("findDates on narratives: a length after an event", () => {
  it("reads 'three weeks after the landing' as a date counted from the story's time, or from the date the event's words name", () => {
    const text = "The fleet anchored off the cape on 4 May 1809. Three weeks after the landing the port was open. Two years after the fall of the town in 1811, the fort was rebuilt.";
    expect(story(text)).toEqual([
      ["4 May 1809", "1809-05-04"],
      ["Three weeks after", "1809-W21"],
      ["Two years after", "1813"],
      ["1811", "1811"],
    ]);
  });

  it("keeps a length after 'for' or 'lasted', and one set beside a date after a comma", () => {
    const text = "The fleet anchored off the cape on 4 May 1809. The siege lasted three weeks after the landing, and the guns fired for ten days after the breach. Peace came in June 1815, six years after the first landing.";
    expect(story(text).filter(([, v]) => v.startsWith("P"))).toEqual([
      ["three weeks", "P3W"],
      ["ten days", "P10D"],
      ["six years", "P6Y"],
    ]);
  });
});

describe("findDates on narratives: a season after 'of'", () => {
  it("reads 'the onset of winter' and 'the coming of spring' as the story's seasons, and not a season that qualifies a noun", () => {
    const text = "The offensive opened on 5 November 1941. The onset of winter stopped it at the canal, and the coming of spring brought new attacks. The lack of winter clothing and the comfort of winter quarters were much discussed.";
    expect(story(text)).toEqual([
      ["5 November 1941", "1941-11-05"],
      ["winter", "1941-WI"],
      ["spring", "1942-SP"],
    ]);
  });
});

describe("findDates: 'that winter' told from January or February", () => {
  it("reads it as the winter the month is in, begun the year before, as TIMEX3 writes a winter", () => {
    expect(story("The city fell on 20 February 1813. That winter had been the hardest in memory.")).toEqual([
      ["20 February 1813", "1813-02-20"],
      ["That winter", "1812-WI"],
    ]);
    expect(story("The city fell in December 1812. That winter was hard. The town was rebuilt in 1814; that winter was mild.").map(([, v]) => v)).toEqual(["1812-12", "1812-WI", "1814", "1814-WI"]);
  });
});

describe("findDates on narratives: a date alone in brackets", () => {
  it("moves the story to a later date that dates an event in brackets, and not to a lifespan or an earlier one", () => {
    const text = "The first campaign ended in 1356. The Treaty of the Ford (1360) gave the king half the valley, but the war resumed nine years later. The old duke (1301–1372) and the Battle of the Weir (1346) were long remembered; two years later a truce was made.";
    expect(story(text).map(([t, v]) => `${t}=${v}`)).toEqual(["1356=1356", "1360=1360", "nine years later=1369", "1301=1301", "1372=1372", "1346=1346", "two years later=1371"]);
  });
});

describe("findDates: a month before an ordinal that counts a noun", () => {
  it("reads 'In November the first villages fell' as the month, and 'On November the first the troops' as the day", () => {
    const text = "The campaign opened in October 1943. In November the first villages fell, and by March the 3rd Army held the pass. On April the second the troops rested.";
    expect(story(text)).toEqual([
      ["October 1943", "1943-10"],
      ["November", "1943-11"],
      ["March", "1944-03"],
      ["April the second", "1944-04-02"],
    ]);
  });

  it("reads 'In February the Sixth Army surrendered' as the month, and a capitalized ordinal before a clause as the day", () => {
    const text = "The encirclement closed in November 1942. In February the Sixth Army surrendered, and in March the Third Panzer Corps withdrew. On May the First, the guns fell silent.";
    expect(story(text)).toEqual([
      ["November 1942", "1942-11"],
      ["February", "1943-02"],
      ["March", "1943-03"],
      ["May the First", "1943-05-01"],
    ]);
  });
});

describe("findDates: a march that names its goal", () => {
  it("passes over 'the March on Rome' and keeps the month in 'in March to' and 'the March of 1917'", () => {
    expect(story("The March on the Capital took place in October 1922; the Great March to the Coast began in 1934.").map(([t]) => t)).toEqual(["October 1922", "1934"]);
    expect(story("In the March of 1917 the old order fell, and prices rose in March to a record.").map(([t, v]) => `${t}=${v}`)).toEqual(["March of 1917=1917-03", "March=1917-03"]);
  });
});

describe("findDates: 'mid-May'", () => {
  it("reads the middle of May as it reads the middle of any other month", () => {
    expect(story("The war broke out in 1967. In mid-May the army moved south, and by mid-June it held the pass.")).toEqual([
      ["1967", "1967"],
      ["mid-May", "1967-05"],
      ["mid-June", "1967-06"],
    ]);
    expect(resolveDate("mid-May 1940", "2025-04-24")?.value).toBe("1940-05");
  });
});

describe("findDates on narratives: a day of 'that month'", () => {
  it("reads 'the 24th of that month' as one day of the month the story is in", () => {
    expect(story("The fort fell on 12 March 1916. On the 24th of that month the relief came, and on the 3rd of the following month it left.")).toEqual([
      ["12 March 1916", "1916-03-12"],
      ["the 24th of that month", "1916-03-24"],
      ["the 3rd of the following month", "1916-04-03"],
    ]);
  });
});

describe("findDates on narratives: a day or month and the story's year without 'of'", () => {
  it("reads '1 June that year' and 'March the following year' as one expression", () => {
    expect(story("The dispute flared again in 1975. It was settled on 1 June that year, and in March the following year the last ships left.")).toEqual([
      ["1975", "1975"],
      ["1 June that year", "1975-06-01"],
      ["March the following year", "1976-03"],
    ]);
  });
});

describe("findDates on narratives: a month of the story's year after a late date", () => {
  it("counts 'March of the next year' after a winter from the winter's year, not from the March after it", () => {
    expect(story("The border had been disputed since 1920. In the winter of 1939 the army crossed the frontier, and the fighting went on until March of the next year. In the spring the troops turned south.")).toEqual([
      ["1920", "1920"],
      ["the winter of 1939", "1939-WI"],
      ["March of the next year", "1940-03"],
      ["the spring", "1940-SP"],
    ]);
  });

  it("reads 'January of that year' after a December as that year's January, and a year-less January as the next", () => {
    expect(story("The blockade was lifted in December 1950. Talks had opened in January of that year.")).toEqual([
      ["December 1950", "1950-12"],
      ["January of that year", "1950-01"],
    ]);
    expect(story("The blockade was lifted in December 1950. In January the talks opened.")).toEqual([
      ["December 1950", "1950-12"],
      ["January", "1951-01"],
    ]);
  });
});

describe("findDates on narratives: decades and centuries before the common era", () => {
  it("counts 'the following decade' and 'the next century' down from a BC year, as TIMEX writes BC eras", () => {
    expect(story("The city was walled in 753 BC. In 509 BC the kings were driven out. The following century brought wars with the hill tribes; in the previous decade a treaty had been signed, and the next decade a plague came.")).toEqual([
      ["753 BC", "BC0753"],
      ["509 BC", "BC0509"],
      ["The following century", "BC04"],
      ["the previous decade", "BC051"],
      ["the next decade", "BC049"],
    ]);
  });
});
