import { describe, expect, it } from "vitest";
import { findDates, resolveDate, timexInterval } from "./index.js";

const PUBLISHED = "2025-04-24"; // a Thursday

/** The (text, value) pairs found in `text`. */
function values(text: string, published: string | null = PUBLISHED): [string, string][] {
  const options = published === null ? {} : { published };
  return findDates(text, options).map((d) => [d.text, d.value]);
}

describe("resolveDate: relative expressions against the publication date", () => {
  it.each([
    ["44 days ago", "2025-03-11"],
    ["Thursday", "2025-04-24"],
    ["last night", "2025-04-23TNI"],
    ["last July 2024", "2024-07"],
    ["February 2022", "2022-02"],
    ["hours-long", "PTXH"],
    ["yesterday", "2025-04-23"],
    ["tomorrow", "2025-04-25"],
    ["tonight", "2025-04-24TNI"],
    ["this morning", "2025-04-24TMO"],
    ["last week", "2025-W16"],
    ["next month", "2025-05"],
    ["this year", "2025"],
    ["next quarter", "2025-Q3"],
    ["the 1990s", "199"],
    ["the 21st century", "20"],
    ["three weeks ago", "2025-W14"],
    ["in two months", "2025-06"],
    ["two years hence", "2027"],
    ["the day before yesterday", "2025-04-22"],
    ["tomorrow at 5pm", "2025-04-25T17:00"],
    ["Q3 2019", "2019-Q3"],
    ["the third quarter of 2016", "2016-Q3"],
    ["last fall", "2024-FA"],
    ["mid-2024", "2024"],
    ["now", "PRESENT_REF"],
    ["the past", "PAST_REF"],
    ["Sept. 2, 1945", "1945-09-02"],
    ["10 August 2012", "2012-08-10"],
    ["2024-07-04", "2024-07-04"],
  ])("%s -> %s", (phrase, value) => {
    expect(resolveDate(phrase, PUBLISHED)?.value).toBe(value);
  });

  it("gives a resolved phrase its granularity and interval, as findDates does", () => {
    expect(resolveDate("the third quarter of last year", PUBLISHED)).toMatchObject({
      value: "2024-Q3",
      granularity: "quarter",
      interval: { start: "2024-07-01T00:00:00.000Z", end: "2024-10-01T00:00:00.000Z" },
    });
    expect(resolveDate("last night", PUBLISHED)).toMatchObject({ type: "TIME", value: "2025-04-23TNI", granularity: "part-of-day" });
    expect(resolveDate("every Monday", PUBLISHED)).not.toHaveProperty("granularity");
  });

  it("gives nothing for a phrase without a date", () => {
    expect(resolveDate("the weather was fine", PUBLISHED)).toBeUndefined();
  });

  it("resolves a quoted 'tomorrow' against the reference: a phrase's attribution does not re-anchor it", () => {
    const phrase = "“We reopen the bridge tomorrow,” the engineer said on Tuesday";
    expect(resolveDate(phrase, PUBLISHED)).toMatchObject({ text: "tomorrow", value: "2025-04-25" });
    expect(findDates(phrase, { published: PUBLISHED }).map((d) => d.value)).toEqual(["2025-04-23", "2025-04-22"]);
  });

  it("resolves each expression of a phrase against the reference alone; findDates reads what the text said before", () => {
    const phrase = "The league was founded in 1961 and folded the following year";
    expect(resolveDate(phrase, PUBLISHED)).toMatchObject({ text: "the following year", value: "2026" });
    expect(findDates(phrase, { published: PUBLISHED }).map((d) => d.value)).toEqual(["1961", "1962"]);
  });

  it("throws a RangeError on an invalid reference", () => {
    expect(() => resolveDate("yesterday", "2025-02-30")).toThrow(RangeError);
    expect(() => resolveDate("yesterday", "last Tuesday")).toThrow(RangeError);
  });
});

describe("findDates: bare weekdays and year-less dates follow the tense of their clause", () => {
  it("places a season ahead in a future clause in this year", () => {
    expect(values("The summit will take place in the autumn; the last one collapsed in the autumn.", "2025-03-20")).toEqual([
      ["the autumn", "2025-FA"],
      ["the autumn", "2024-FA"],
    ]);
  });

  it("places a season two or more behind in a future clause in next year, the one just ended in this year", () => {
    expect(values("Repairs will resume in the spring. Shortages will last well into the summer.", "2025-10-14")).toEqual([
      ["the spring", "2026-SP"],
      ["the summer", "2025-SU"],
    ]);
  });

  it("reads 'last' after a modal as the verb and 'may', 'must', 'should' as looking ahead", () => {
    expect(values("The inquiry could last until the summer, and the mill may reopen in the autumn.", "2025-03-20")).toEqual([
      ["the summer", "2025-SU"],
      ["the autumn", "2025-FA"],
    ]);
    // With "have" after it, the word looks back.
    expect(values("The mill may have reopened in the autumn.", "2025-03-20")).toEqual([["the autumn", "2024-FA"]]);
    // A modal says what follows a named day, not when the day is: "Tuesday's vote" is the one just past.
    expect(values("Tuesday's vote may not settle the matter; the board can act in November.", "2025-03-20")).toEqual([
      ["Tuesday", "2025-03-18"],
      ["November", "2025-11"],
    ]);
  });

  it("reads a scheduled event told in the present as ahead ('travels on Tuesday', 'testifies on Thursday')", () => {
    expect(values("The envoy travels to Cairo on Monday and testifies before the committee on Wednesday.")).toEqual([
      ["Monday", "2025-04-28"],
      ["Wednesday", "2025-04-30"],
    ]);
  });

  it("reads 'put', 'set' and 'hit' as weak past cues, since their present has the same form", () => {
    expect(values("Supporters hope she will win in November and put forward a new plan.", "2025-06-10")).toEqual([["November", "2025-11"]]);
  });

  it("does not take the tense of a closing attribution (', officials said')", () => {
    expect(values("The new terminal will open in three years, officials said.")).toEqual([["three years", "2028"]]);
    expect(values("The plant closed in 2019 and will reopen on Monday, the company said.")).toEqual([
      ["2019", "2019"],
      ["Monday", "2025-04-28"],
    ]);
  });

  it("puts a weekday after a past verb in the past and after 'will' in the future", () => {
    expect(values("The minister said Wednesday that talks would resume.")).toEqual([["Wednesday", "2025-04-23"]]);
    expect(values("The two leaders will meet on Monday in Geneva.")).toEqual([["Monday", "2025-04-28"]]);
  });

  it("places a year-less date in the year its tense points to", () => {
    expect(values("The ceasefire collapsed on October 3.")).toEqual([["October 3", "2024-10-03"]]);
    expect(values("The vote will take place on March 5.")).toEqual([["March 5", "2026-03-05"]]);
    expect(values("Officials met in October.")).toEqual([["October", "2024-10"]]);
  });

  it("takes a month's tense from the past verb it follows through 'in', not from a later clause ahead", () => {
    expect(values("The council approved the levy in November and is expected to collect it from next year.", "2025-03-04")[0]).toEqual(["November", "2024-11"]);
    expect(values("The ferry service resumed its crossings in October but will stop again for repairs.", "2025-02-10")).toEqual([["October", "2024-10"]]);
    // A second predicate in the present ("and heads to") does not move a day its past verb placed.
    expect(values("The treaty cleared the upper house on Tuesday and now heads to the president.")[0]).toEqual(["Tuesday", "2025-04-22"]);
    expect(values("The ferry docked on Monday and sails for the islands next week.")[0]).toEqual(["Monday", "2025-04-21"]);
    // After ", and" another clause begins: its "will" does not reach back to the day before it.
    expect(values("Lawmakers rejected the levy on Tuesday, and the ministers will meet again on Friday.")).toEqual([
      ["Tuesday", "2025-04-22"],
      ["Friday", "2025-04-25"],
    ]);
    // "takes effect", "takes office": a scheduled event told in the present lies ahead.
    expect(values("The levy, approved in December, takes effect in July.", "2025-03-04")).toEqual([
      ["December", "2024-12"],
      ["July", "2025-07"],
    ]);
    // A passive after "be" still points ahead: "will be completed in June".
    expect(values("The bridge will be completed in June.", "2025-08-01")).toEqual([["June", "2026-06"]]);
  });

  it("reads 'is planned for', 'is forecast to' and a verb after 'to' as pointing ahead", () => {
    expect(values("A memorial service is planned for Saturday at the town hall.")).toEqual([["Saturday", "2025-04-26"]]);
    expect(values("The storm is forecast to hit Saturday.")).toEqual([["Saturday", "2025-04-26"]]);
    expect(values("The mayor may try to put the plan to a vote after the November election.", "2025-07-10")).toEqual([["November", "2025-11"]]);
  });

  it("takes an opening date's tense from the main verb, however long the phrase before it", () => {
    const october = "2025-10-24";
    expect(values("In January, two weeks after the opening session of the new regional assembly in the northern port city, a car bomb killed three guards.", october)).toEqual([
      ["January", "2025-01"],
      ["two weeks", "P2W"],
    ]);
  });

  it("does not take a quote's tense from the attribution outside it, and reads 'meet Monday' as ahead", () => {
    expect(values("''The convoy will leave early (6 a.m. local time Saturday),'' the governor said.")).toEqual([["6 a.m. local time Saturday", "2025-04-26T06:00"]]);
    expect(values("The two envoys meet separately Monday with the mediators.")).toEqual([["Monday", "2025-04-28"]]);
  });

  it("counts 'the next day' from the day the text is on, like 'the following day'", () => {
    expect(values("The mayor was detained on Monday. The next day he was released, and the following day he resigned.")).toEqual([
      ["Monday", "2025-04-21"],
      ["The next day", "2025-04-22"],
      ["the following day", "2025-04-23"],
    ]);
    expect(values("Prices rose in 2019; the next year they fell.")).toEqual([
      ["2019", "2019"],
      ["the next year", "2020"],
    ]);
  });

  it("reads a passive infinitive by the word before 'be': 'will be named' points ahead", () => {
    expect(values("The colonel will be named commander of the northern brigade for an exercise in February.", "2025-03-04")).toEqual([["February", "2026-02"]]);
    expect(values("The summit is to be held in February.", "2025-03-04")).toEqual([["February", "2026-02"]]);
    expect(values("The colonel was named commander of the brigade in February.", "2025-03-04")).toEqual([["February", "2025-02"]]);
  });

  it("puts a month after 'by' or 'until' ahead, and a tenseless month in the nearest year", () => {
    expect(values("The pipeline said it hoped to finish by February.", "2025-10-20")).toEqual([["February", "2026-02"]]);
    expect(values("Talks stalled until March, the envoy said.", "2025-11-02")).toEqual([["March", "2026-03"]]);
    expect(values("Prices in November are the base for the new index.", "2026-01-15")).toEqual([["November", "2025-11"]]);
    expect(values("Shipments in March are the base for the new index.", "2025-11-15")).toEqual([["March", "2026-03"]]);
  });

  it("leans a tenseless month to the past: seven months back is nearer than five ahead in news", () => {
    expect(values("The chain's shares have swung, touching $29 in March.", "2025-10-30")).toEqual([["March", "2025-03"]]);
    expect(values("The chain's shares have swung, touching $29 in February.", "2025-10-30")).toEqual([["February", "2026-02"]]);
  });

  it("reads 'is to', 'set to' and 'planned to' as an arrangement ahead", () => {
    expect(values("The court is to resume hearings Tuesday, its clerk said.")).toEqual([["Tuesday", "2025-04-29"]]);
    expect(values("Negotiators were set to meet Monday in Riyadh.")).toEqual([["Monday", "2025-04-28"]]);
    expect(values("The convoy planned to leave on Saturday.")).toEqual([["Saturday", "2025-04-26"]]);
  });

  it("reads 'plan' after an article or a past verb as a noun, not a cue of the future", () => {
    expect(values("The council announced the plan Aug. 21, its chairman said.", "2025-10-20")).toEqual([["Aug. 21", "2025-08-21"]]);
    expect(values("In September, the firm unveiled plans to build a plant.", "2025-10-20")).toEqual([["September", "2025-09"]]);
  });

  it("reads a weekday that a reported 'would' governs as ahead, but not one before a noun", () => {
    expect(values("The governor said she would visit the flooded towns on Friday.")).toEqual([["Friday", "2025-04-25"]]);
    expect(values("The mayor said Tuesday that the city would appeal.")).toEqual([["Tuesday", "2025-04-22"]]);
    expect(values("Tenants said they would challenge Monday's eviction order.")).toEqual([["Monday", "2025-04-21"]]);
  });

  it("reads 'plan' after a noun as a noun too, and as a verb only before 'to' or an object", () => {
    expect(values("Lawmakers approved the rescue plan on Tuesday.")).toEqual([["Tuesday", "2025-04-22"]]);
    expect(values("The ministry released its budget plans on Monday.")).toEqual([["Monday", "2025-04-21"]]);
    expect(values("The airline plans to add flights on Monday.")).toEqual([["Monday", "2025-04-28"]]);
    expect(values("The union plans a march on Saturday.")).toEqual([["Saturday", "2025-04-26"]]);
  });

  it("puts an arrangement of the past perfect behind and a present passive ahead", () => {
    expect(values("The offer had been due to expire Monday, but it was extended.")).toEqual([["Monday", "2025-04-21"]]);
    expect(values("The ruling could change when the appeal is heard in June.", "2025-03-10")).toEqual([["June", "2025-06"]]);
    expect(values("Marchers were planning to rally on Saturday.")).toEqual([["Saturday", "2025-04-26"]]);
  });

  it("puts a date opened by 'since' in the past", () => {
    expect(values("The carrier has been at sea since May and was scheduled to return.", "2025-02-10")).toEqual([["May", "2024-05"]]);
    expect(values("Police have searched for him since shortly after the Nov. 3 attack.", "2025-05-06")).toEqual([["Nov. 3", "2024-11-03"]]);
  });

  it("puts a weekday after 'until' ahead, except opening a sentence or closing a span of time", () => {
    expect(values("The ministry postponed the vote until Tuesday.")).toEqual([["Tuesday", "2025-04-29"]]);
    expect(values("Until Tuesday, police had not named a suspect.")).toEqual([["Tuesday", "2025-04-22"]]);
    expect(values("Twelve people died in the 24 hours until midday on Tuesday.")).toEqual([
      ["the 24 hours", "PT24H"],
      ["midday on Tuesday", "2025-04-22TMI"],
    ]);
  });

  it("keeps the clause after 'that' from placing the day its verb governs", () => {
    expect(values("The ministry said in a statement Tuesday that it expects to finish the audit.")).toEqual([["Tuesday", "2025-04-22"]]);
    expect(values("The agency reported late Monday that exports will fall.")).toEqual([["late Monday", "2025-04-21"]]);
  });

  it("reads an '-ed' word after an article as an adjective, not a past verb", () => {
    expect(values("The bonus would go out on a still undisclosed date in January.")).toEqual([["January", "2026-01"]]);
    expect(values("Bidders would see the revised terms in March.")).toEqual([["March", "2026-03"]]);
  });

  it("reads a past verb through 'early on' and a date 'set for' as ahead", () => {
    expect(values("The accord, reached early on Monday, will go to the assembly.")).toEqual([["Monday", "2025-04-21"]]);
    expect(values("The runoff is set for Sunday, the commission said.")).toEqual([["Sunday", "2025-04-27"]]);
  });

  it("lets the verb place a day after 'through', which sums up the past as often as it sets a deadline", () => {
    expect(values("Through Oct. 9, the fund had gained 4%.", "2025-10-20")).toEqual([["Oct. 9", "2025-10-09"]]);
    expect(values("The offer runs until Oct. 9.", "2025-10-20")).toEqual([["Oct. 9", "2026-10-09"]]);
  });
});

describe("findDates: extents, types and values as TimeML has them", () => {
  it("reads 'on the 5th' as a day of the month, but not an ordinal of the noun after it", () => {
    expect(values("The council votes on the 5th, and the mayor spoke on the 10th anniversary of the flood from the 49th floor.")).toEqual([["the 5th", "2025-04-05"]]);
    expect(values("Ballots were counted on the 8th and 9th.")).toEqual([["the 8th", "2025-04-08"]]);
    expect(values("The mayor spoke on the 3rd Avenue pier and on the 12th hole.")).toEqual([]);
  });

  it("reads 'last' after 'to', a modal or a negation as the verb: the length starts after it", () => {
    expect(values("The inquiry is expected to last several weeks, and the repairs could last three months.")).toEqual([
      ["several weeks", "PXW"],
      ["three months", "P3M"],
    ]);
    expect(values("The truce did not last two days.")).toEqual([["two days", "P2D"]]);
    // "the last", and "last" after a preposition, still look back.
    expect(values("Prices fell over the last two weeks and returned to last year's level.")).toEqual([
      ["the last two weeks", "P2W"],
      ["last year", "2024"],
    ]);
  });

  it("reads 'the years that followed' as an open length", () => {
    expect(values("The town was rebuilt in 1950, and in the years that followed its port grew.", null)).toEqual([
      ["1950", "1950"],
      ["the years", "PXY"],
    ]);
  });

  it("reads no season in a name or compound that names a thing: 'the Winter Olympics', 'summer camp', 'spring training'", () => {
    expect(values("The skier who won gold at the Winter Olympics opened a summer camp for girls near the lake.")).toEqual([]);
    expect(values("The pitcher missed spring training, and the town's students left for spring break.")).toEqual([]);
    // A season that places an event, or one before a possessive, stays a date.
    expect(values("The rebels began the summer offensive after last summer's camp closed.")).toEqual([
      ["the summer", "2024-SU"],
      ["last summer", "2024-SU"],
    ]);
  });

  it("reads no set in a newspaper called 'the daily' or 'the weekly' that reports", () => {
    expect(values("The daily said on Monday that daily flights would resume, and the weekly reported a weekly rally.")).toEqual([
      ["Monday", "2025-04-21"],
      ["daily", "P1D"],
      ["weekly", "P1W"],
    ]);
  });

  it("reads a bare season after 'by', 'until' or 'since', and no season in 'the fall in prices'", () => {
    expect(values("The dam should be finished by summer, and the road stays shut until spring.")).toEqual([
      ["summer", "2025-SU"],
      ["spring", "2025-SP"],
    ]);
    expect(values("The fall in prices, driven by fall in demand, hit exporters in the fall in Ohio.")).toEqual([["the fall", "2024-FA"]]);
  });

  it("reads no date in a name: 'Today', 'Daily', 'Now' capitalized after a capitalized word", () => {
    expect(values("The mayor told Metro Today on Tuesday that the Harbor Daily Courier had erred.")).toEqual([["Tuesday", "2025-04-22"]]);
    expect(values("A reporter for Coastal News Now said Anne Weekly had left.")).toEqual([]);
    expect(values("Deputies were called to a home in Spring, north of the city, and the school closes in the spring.")).toEqual([["the spring", "2025-SP"]]);
    // At a sentence's start, after a bracket or in a line of capitals it stays a date.
    expect(values("Today the port reopened. (Daily updates follow.) HE WAS IN COURT TODAY, BUT NOW HE IS FREE.")).toEqual([
      ["Today", "2025-04-24"],
      ["Daily", "P1D"],
      ["TODAY", "2025-04-24"],
      ["NOW", "PRESENT_REF"],
    ]);
  });

  it("reads no year in a title or name with a capital 'Year' after a small 'the'", () => {
    expect(values("The magazine named the nurse Person of the Year in December.", "2025-01-10")).toEqual([["December", "2024-12"]]);
    expect(values("Organizers called 2019 the Year of the Bicycle.")).toEqual([["2019", "2019"]]);
    // A small "year", or one in a line of capitals, stays a date.
    expect(values("For the year, sales rose. THE YEAR ENDED WELL.")).toEqual([
      ["the year", "2025"],
      ["THE YEAR", "P1Y"],
    ]);
  });

  it("reads no date in a programme's name after a broadcaster's initials: 'CBS This Morning', 'CNN Tonight'", () => {
    expect(values("The envoy told KTV This Morning that talks would resume, and said on RNB This Week on Sunday that he was hopeful.")).toEqual([["Sunday", "2025-04-20"]]);
    expect(values("Her interview with WBN Tonight aired before the vote.")).toEqual([]);
    // A title-case headline, a line of capitals and a sentence's start keep their dates.
    expect(values("Drones Strike Port This Morning")).toEqual([["This Morning", "2025-04-24TMO"]]);
    expect(values("STORM HITS COAST THIS MORNING")).toEqual([["THIS MORNING", "2025-04-24TMO"]]);
    expect(values("The port closed. This week the ferries stopped.")).toEqual([["This week", "2025-W17"]]);
  });

  it("reads no length in an age or in the hours of a morning ('a 35-year old man', 'the early morning hours')", () => {
    expect(values("A 35-year old man and an 18-month old girl were hurt in the early morning hours; a 30-year low followed.")).toEqual([["30-year", "P30Y"]]);
    expect(values("In the late evening hours the crowd thinned after a three-hour vigil.")).toEqual([["three-hour", "PT3H"]]);
  });

  it("reads no year in a street block or a house number ('the 1200 block of', '1910 S. Pine Ave.')", () => {
    expect(values("Officers found the car in the 1200 block of Elm Street in 1998.")).toEqual([["1998", "1998"]]);
    expect(values("Shots were fired at 1910 S. Pine Ave. and at 1344 Clementine Road; the 2015 Genesee Street fire was worse.")).toEqual([["2015", "2015"]]);
  });

  it("reads a part of day or a season before a possessive, leaving the 's out", () => {
    expect(values("Last night's storm and this morning's floods closed the road; last summer's drought was worse.")).toEqual([
      ["Last night", "2025-04-23TNI"],
      ["this morning", "2025-04-24TMO"],
      ["last summer", "2024-SU"],
    ]);
  });

  it("counts 'four years later' from the last date the text reached", () => {
    expect(values("The mayor was first elected in 2009 and lost the seat four years later.")).toEqual([
      ["2009", "2009"],
      ["four years later", "2013"],
    ]);
    expect(values("The mill opened in March 2011; eight months later it shut.")).toEqual([
      ["March 2011", "2011-03"],
      ["eight months later", "2011-11"],
    ]);
  });

  it("reads 'in a decade' after a superlative or a perfect as a length up to now", () => {
    expect(values("It was the worst flood in the valley in a decade.")).toEqual([["a decade", "P10Y"]]);
    expect(values("The two rivals have not met in three years.")).toEqual([["three years", "P3Y"]]);
    expect(values("The bridge will be finished in three years.")).toEqual([["three years", "2028"]]);
    expect(values("Crews have to clear the road in two days.")).toEqual([["two days", "2025-04-26"]]);
    expect(values("The firm has a plan to double its output in five years.")).toEqual([["five years", "2030"]]);
  });

  it("reads a bare hour before a part of the day, a British clock and the middle of a part of the day as times", () => {
    expect(values("The ferry will sail at 5 in the morning and return at 9 at night.")).toEqual([
      ["5 in the morning", "2025-04-24T05:00"],
      ["9 at night", "2025-04-24T21:00"],
    ]);
    expect(values("The train left at 7.45pm on Monday.")).toEqual([["7.45pm on Monday", "2025-04-21T19:45"]]);
    expect(values("By mid-afternoon the square was empty; a mid-afternoon break followed.")).toEqual([["mid-afternoon", "2025-04-24TAF"]]);
    expect(values("The team scored 3 in the morning session and 2.25 percent of shares changed hands.")).toEqual([]);
  });

  it("reads 'pre-2008' and 'post-1990' as the year named, without the article of their noun", () => {
    expect(values("Exports are back at pre-2008 levels, and the post-1990 settlement holds.")).toEqual([
      ["pre-2008", "2008"],
      ["post-1990", "1990"],
    ]);
  });

  it("reads 'the mid-19th century' as that century and '0600 hours' as a clock time", () => {
    expect(values("By the mid-19th century the port had silted up.")).toEqual([["the mid-19th century", "18"]]);
    expect(values("The patrol left the base at 0600 hours on Monday.")).toEqual([["0600 hours on Monday", "2025-04-21T06:00"]]);
  });

  it("reads 'the winter of 1941–42' as one winter, valued by its first year", () => {
    expect(values("During the winter of 1941–42 the front held, and in the winter of 1943/1944 it broke.", null)).toEqual([
      ["the winter of 1941–42", "1941-WI"],
      ["the winter of 1943/1944", "1943-WI"],
    ]);
  });

  it("reads 'this weekend' as the weekend of the week the text is in", () => {
    expect(values("More marches are planned for this weekend.")).toEqual([["this weekend", "2025-W17-WE"]]);
    expect(values("Crowds gathered over the weekend.")).toEqual([["the weekend", "2025-W16-WE"]]);
  });

  it("reads 'the last day of March' and 'the first day of the year' as the one day at that edge", () => {
    expect(values("The permit runs to the last day of March; the levy began on the first day of the year and ends the last day of next month.")).toEqual([
      ["the last day of March", "2025-03-31"],
      ["the first day of the year", "2025-01-01"],
      ["the last day of next month", "2025-05-31"],
    ]);
    // "the month": the month just named in the paragraph, or else the month of publication (April 2025).
    expect(values("In February 2024 the plant idled from the first day of the month.\nRent is due on the last day of the month.")).toEqual([
      ["February 2024", "2024-02"],
      ["the first day of the month", "2024-02-01"],
      ["the last day of the month", "2025-04-30"],
    ]);
  });

  it("reads 'the weekend after next' as a week past the coming weekend, and 'the weekend before last' a week before the last", () => {
    // Published on Thursday 2025-04-24: the coming weekend is in week 17, the last one in week 16.
    expect(values("The fair opens the weekend after next; it closed the weekend before last.")).toEqual([
      ["the weekend after next", "2025-W18-WE"],
      ["the weekend before last", "2025-W15-WE"],
    ]);
    // "after next Tuesday" is "the weekend" and a Tuesday of its own.
    expect(values("The fair opens the weekend after next Tuesday.").map(([t]) => t)).toEqual(["the weekend", "next Tuesday"]);
  });

  it("reads 'the quarter a year earlier' and 'last year's quarter' as the quarter compared with, one expression each", () => {
    expect(values("Profit in the first quarter rose to $5 million from $3 million in the quarter a year earlier.")).toEqual([
      ["the first quarter", "2025-Q1"],
      ["the quarter a year earlier", "2024-Q1"],
    ]);
    expect(values("First-quarter sales beat last year's quarter by 4%.")).toEqual([
      ["First-quarter", "2025-Q1"],
      ["last year's quarter", "2024-Q1"],
    ]);
  });

  it("leaves a weekday that names a paper or a club after 'the' alone", () => {
    expect(values("The Sunday Courier reported the claim, and the Monday Club denied it on Friday.")).toEqual([["Friday", "2025-04-18"]]);
    expect(values("The Friday March through the city drew crowds.")).toEqual([["Friday", "2025-04-18"]]);
    expect(values("THE SUNDAY VOTE WAS CLOSE.")).toEqual([["SUNDAY", "2025-04-20"]]);
  });

  it("reads years with an era mark, before the common era with TIMEX's 'BC' prefix", () => {
    expect(values("The fort was built in 312 BC and rebuilt in AD 120, then again in 980 A.D.", null)).toEqual([
      ["312 BC", "BC0312"],
      ["AD 120", "0120"],
      ["980 A.D.", "0980"],
    ]);
    expect(values("By the 4th century BC the port traded widely.", null)).toEqual([["the 4th century BC", "BC03"]]);
    // A story before the common era counts on from its years: the year after 1 BC is AD 1.
    expect(values("The siege began in 312 BC. The following year the walls fell; in 1 BC a truce came, and the next year it ended.", null)).toEqual([
      ["312 BC", "BC0312"],
      ["The following year", "BC0311"],
      ["1 BC", "BC0001"],
      ["the next year", "0001"],
    ]);
    expect(values("In the summer of 312 BC the fleet sailed; on 9 August 311 BC it returned, and in the spring the walls were rebuilt.", null)).toEqual([
      ["the summer of 312 BC", "BC0312-SU"],
      ["9 August 311 BC", "BC0311-08-09"],
      ["the spring", "BC0311-SP"],
    ]);
    expect(values("An ad for 300 bc cables ran at a cost of $400 BC.", null)).toEqual([]);
  });

  it("takes a modifier before an article into the phrase ('early the following year')", () => {
    expect(findDates("The port fell in 1916. Early the following year the fleet sailed.", {}).map((d) => [d.text, d.value, d.mod])).toEqual([
      ["1916", "1916", undefined],
      ["Early the following year", "1917", "START"],
    ]);
  });

  it("reads plural days as days of every week", () => {
    expect(findDates("The archive is closed on Sundays and opens late on Friday evenings.", { published: PUBLISHED }).map((d) => [d.text, d.type, d.value])).toEqual([
      ["Sundays", "SET", "XXXX-WXX-7"],
      ["Friday evenings", "SET", "XXXX-WXX-5TEV"],
    ]);
    expect(values("Volunteers staff the shelter on weekends.")).toEqual([["weekends", "XXXX-WXX-WE"]]);
  });

  it("reads 'today's' as the day, and as the present before a noun of the age", () => {
    expect(values("The notice ran in today's editions of the paper.")).toEqual([["today", "2025-04-24"]]);
    expect(values("Such limits make no sense in today's world, she said.")).toEqual([["today", "PRESENT_REF"]]);
  });

  it("reads rates of recurrence as sets", () => {
    const found = findDates("The envoys meet twice a week, the council three times a year and the board every few years.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([
      ["twice a week", "SET", "P1W"],
      ["three times a year", "SET", "P1Y"],
      ["every few years", "SET", "PXY"],
    ]);
    expect(values("Patrols now run every other week.")).toEqual([["now", "PRESENT_REF"], ["every other week", "P2W"]]);
    // A counted step: "every second week", "every third year", and a weekday every other week.
    expect(values("The board meets every second week, the court every third year and the club every other Tuesday.")).toEqual([
      ["every second week", "P2W"],
      ["every third year", "P3Y"],
      ["every other Tuesday", "XXXX-WXX-2"],
    ]);
  });

  it("reads 'in five years' after a superlative as a length up to now, not a date ahead", () => {
    expect(findDates("Exports hit their highest level in five years.", { published: PUBLISHED }).map((d) => [d.text, d.type, d.value])).toEqual([["five years", "DURATION", "P5Y"]]);
    expect(findDates("The leaders met for the first time in a decade.", { published: PUBLISHED }).map((d) => [d.type, d.value])).toEqual([["DURATION", "P10Y"]]);
    expect(values("The plant will reopen in five years.")).toEqual([["five years", "2030"]]);
  });

  it("reads 'one day' after a modal as some day ahead, and a hedged 'a week or so ago' as a date", () => {
    expect(findDates("Solar power could one day replace coal.", { published: PUBLISHED }).map((d) => [d.text, d.type, d.value])).toEqual([["one day", "DATE", "FUTURE_REF"]]);
    expect(findDates("The rebels moved a week or so ago.", { published: PUBLISHED }).map((d) => [d.text, d.value, d.mod])).toEqual([["a week or so ago", "2025-W16", "APPROX"]]);
  });

  it("reads 'the same period last year' as one expression, the quarter compared with", () => {
    expect(values("Output grew in the second quarter, up 4% from the same period last year.")).toEqual([
      ["the second quarter", "2025-Q2"],
      ["the same period last year", "2024-Q2"],
    ]);
  });

  it("leaves 'the night' out when it modifies a noun", () => {
    expect(values("Flashes were seen in the night sky over the city.")).toEqual([]);
    expect(values("Drones struck the port during the night.")).toEqual([["the night", "2025-04-24TNI"]]);
  });

  it("reads 'half-' compounds and 'a quarter of a' unit as fractions of the unit", () => {
    expect(values("The ferry left a half-hour late, and the pier was built a half-century ago.")).toEqual([
      ["half-hour", "PT30M"],
      ["half-century ago", "1975"],
    ]);
    expect(values("The bridge stood for a quarter of a century; repairs took a quarter of an hour.")).toEqual([
      ["a quarter of a century", "P25Y"],
      ["a quarter of an hour", "PT15M"],
    ]);
  });

  it("reads a count compared with 'than' as a length, leaving the comparative out", () => {
    expect(values("The new terminal opened three years earlier than planned.")).toEqual([["three years", "P3Y"]]);
    expect(values("The refit took two months longer than the navy had hoped.")).toEqual([["two months", "P2M"]]);
  });

  it("counts trading and business days, and 'the next couple of years'", () => {
    expect(values("Shares recovered eight trading days later; refunds take three business days.").map(([, v]) => v)).toEqual(["P8D", "P3D"]);
    expect(values("Prices should ease over the next couple of years.")).toEqual([["the next couple of years", "P2Y"]]);
  });

  it("counts 'the previous Friday' and 'the following Tuesday' from the day the story is on", () => {
    expect(values("Markets shut on Friday, April 11, down 4% from the previous Friday.")).toEqual([
      ["Friday, April 11", "2025-04-11"],
      ["the previous Friday", "2025-04-04"],
    ]);
    expect(values("The raid came on Monday, April 7. The following Tuesday, troops left.")).toEqual([
      ["Monday, April 7", "2025-04-07"],
      ["The following Tuesday", "2025-04-08"],
    ]);
  });

  it("takes 'early' and 'late' into a part of a day", () => {
    const found = findDates("The convoy left late Wednesday night.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([["late Wednesday night", "TIME", "2025-04-23TNI", "END"]]);
  });

  it("reads 'the past decade' as the ten years up to now", () => {
    expect(findDates("Attacks grew over the past decade.", { published: PUBLISHED }).map((d) => [d.text, d.type, d.value])).toEqual([["the past decade", "DURATION", "P10Y"]]);
  });

  it("reads 'in a week's time' as a date ahead, and 'a day's pay' as no time", () => {
    expect(values("Talks resume in a week's time.")).toEqual([["a week's time", "2025-W18"]]);
    expect(values("Workers lost a day's pay.")).toEqual([]);
  });

  it("reads 'the week of' a day as that day's ISO week", () => {
    expect(values("The court may hear the case the week of May 5.")).toEqual([["the week of May 5", "2025-W19"]]);
  });

  it("leaves prepositions out and keeps articles and modifiers in", () => {
    const found = findDates("Prices fell in the third quarter and again in early 2024.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.value, d.mod])).toEqual([
      ["the third quarter", "2024-Q3", undefined],
      ["early 2024", "2024", "START"],
    ]);
  });

  it("reads durations and sets", () => {
    const found = findDates("After three and a half years of war, the daily shelling goes on for hours, every Monday.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([
      ["three and a half years", "DURATION", "P3Y6M"],
      ["daily", "SET", "P1D"],
      ["hours", "DURATION", "PTXH"],
      ["every Monday", "SET", "XXXX-WXX-1"],
    ]);
  });

  it("joins a day and its clock time", () => {
    expect(values("The strike hit Kyiv on Tuesday at 6:15 am local time.")).toEqual([["Tuesday at 6:15 am local time", "2025-04-22T06:15"]]);
  });

  it("reads a bare '7:30' as a time only after a word that leads to one, not a clip's length or a verse", () => {
    expect(values("Watch the clip (2:18) from the hearing, quoted in Psalms 4:11.")).toEqual([]);
    expect(values("It was almost 7:30 in the morning; the shift ran from 8:00 to 16:00.")).toEqual([
      ["7:30", "2025-04-24T07:30"],
      ["8:00", "2025-04-24T08:00"],
      ["16:00", "2025-04-24T16:00"],
    ]);
  });

  it("leaves the article to the noun of a hyphenated adjective, and keeps it for a compound that reads its noun in", () => {
    expect(values("Both sides accepted the 30-day truce and the two-week pause.").map(([t]) => t)).toEqual(["30-day", "two-week"]);
    expect(values("Sales rose 8% from the year-ago quarter.", "2025-10-20").map(([t]) => t)).toEqual(["the year-ago quarter"]);
    expect(values("Growth slowed in the mid-1990s.").map(([t]) => t)).toEqual(["the mid-1990s"]);
  });

  it("reads a month or season after 'each' or 'every' as a set", () => {
    expect(values("Pilgrims gather there each October and every winter.")).toEqual([["each October", "XXXX-10"], ["every winter", "XXXX-WI"]]);
    expect(values("Each march through the town drew crowds.")).toEqual([]);
  });

  it("reads 'soon' as FUTURE_REF, but not as a conjunction or in a past clause", () => {
    expect(values("The bridge will soon reopen to traffic.")).toEqual([["soon", "FUTURE_REF"]]);
    expect(values("Crews left as soon as the storm passed.")).toEqual([]);
    expect(values("He was soon freed, and the talks ended soon after.")).toEqual([]);
  });

  it("leaves 'about', 'almost' and 'only' out of the extent but keeps their modifier", () => {
    const found = findDates("The mill closed about three years ago after only six months of work.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.value, d.mod])).toEqual([
      ["three years ago", "2022", "APPROX"],
      ["six months", "P6M", "EQUAL_OR_LESS"],
    ]);
    expect(values("Nearly two weeks passed.")).toEqual([["Nearly two weeks", "P2W"]]);
  });

  it("reads an approximator before 'a' or 'an' as before a number, in a text and in a phrase alone", () => {
    const found = findDates("The meeting ran nearly an hour, barely a week after the vote, and the repairs took almost a year.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.value, d.mod])).toEqual([
      ["nearly an hour", "PT1H", "LESS_THAN"],
      ["barely a week", "P1W", "LESS_THAN"],
      ["a year", "P1Y", "LESS_THAN"],
    ]);
    const alone = resolveDate("nearly an hour", PUBLISHED);
    expect([alone?.text, alone?.mod]).toEqual(["nearly an hour", "LESS_THAN"]);
  });

  it("takes a trailing 'or so' into a length or a shifted unit", () => {
    expect(values("Repairs will take the next year or so, perhaps two weeks or so longer.")).toEqual([
      ["the next year or so", "2026"],
      ["two weeks or so", "P2W"],
    ]);
  });

  it("keeps 'this' in 'this past spring' and 'this coming Sunday'", () => {
    expect(values("We met this past spring and will meet again this coming Sunday.").map(([t]) => t)).toEqual(["this past spring", "this coming Sunday"]);
  });

  it("reads a capitalized shifted unit in quotation marks as a title", () => {
    expect(values('The senator spoke on "This Week" about the budget.')).toEqual([]);
    expect(values('She said: "this week we vote."')).toEqual([["this week", "2025-W17"]]);
  });

  it("leaves a possessive out of the extent", () => {
    expect(values("Friday's attack killed four people.")).toEqual([["Friday", "2025-04-18"]]);
  });

  it("reads 'in five years' after a superlative in '-est' as a length up to now", () => {
    expect(values("Exports fell 9 percent, the steepest drop in five years, and the sharpest in a decade.")).toEqual([
      ["five years", "P5Y"],
      ["a decade", "P10Y"],
    ]);
    expect(values("The bridge will reopen in two years.")).toEqual([["two years", "2027"]]);
    expect(values("It is the third shooting in the city in two days.")).toEqual([["two days", "P2D"]]);
  });

  it("takes 'of the year' into a half or a quarter", () => {
    expect(values("Sales should recover in the second half of the year and in the final quarter of the year.")).toEqual([
      ["the second half of the year", "2025-H2"],
      ["the final quarter of the year", "2025-Q4"],
    ]);
  });

  it("reads 'in a year that ...' as the length of a period the clause describes, not a date a year ahead", () => {
    expect(values("Costs were high in a quarter that saw two storms, and the mill closed in a year in which demand fell.")).toEqual([
      ["a quarter", "P1Q"],
      ["a year", "P1Y"],
    ]);
    expect(values("The port will reopen in a year.")).toEqual([["a year", "2026"]]);
  });

  it("joins 'the day before' or 'the night after' to the day it is counted from: 'the day before last Monday'", () => {
    expect(values("The day before last Monday's vote the mayor resigned, and shops reopened the day after Easter.")).toEqual([
      ["The day before last Monday", "2025-04-20"],
      ["the day after Easter", "2025-04-21"],
    ]);
    // Counted from an event, not a day the text names, it is left alone.
    expect(values("The day before the vote the mayor resigned.")).toEqual([]);
  });

  it("makes weekdays listed before a recurring one recur too: 'Monday and Thursday evenings'", () => {
    expect(values("The ferry sails on Monday and Thursday evenings, and the clinic opens Tuesday, Wednesday or Friday mornings.")).toEqual([
      ["Monday", "XXXX-WXX-1TEV"],
      ["Thursday evenings", "XXXX-WXX-4TEV"],
      ["Tuesday", "XXXX-WXX-2TMO"],
      ["Wednesday", "XXXX-WXX-3TMO"],
      ["Friday mornings", "XXXX-WXX-5TMO"],
    ]);
    // A single night stays a date.
    expect(values("The ferry sailed on Monday and Thursday evening.")).toEqual([
      ["Monday", "2025-04-21"],
      ["Thursday evening", "2025-04-24TEV"],
    ]);
  });

  it("reads a weekday counted within a month as the one day it names: 'the last Sunday of May'", () => {
    expect(values("The run was held on the last Sunday of March, and the next is set for the first Tuesday in November 2026.")).toEqual([
      ["the last Sunday of March", "2025-03-30"],
      ["the first Tuesday in November 2026", "2026-11-03"],
    ]);
    expect(values("Fares rise on the second Friday of this month.")).toEqual([["the second Friday of this month", "2025-04-11"]]);
    // The count in digits too.
    expect(values("The board meets on the 3rd Wednesday of next month.")).toEqual([["the 3rd Wednesday of next month", "2025-05-21"]]);
    // A month with no such day, and a weekday of every month, are left as they are.
    expect(values("The fifth Monday of February 2026 is no day.").map(([t]) => t)).toEqual(["Monday", "February 2026"]);
  });

  it("counts 'the last Friday of the month' within the month just named, or else the month of publication", () => {
    // Published on a Thursday, 2025-04-24: "last Friday" alone is the 18th, but the month's last Friday is the 25th.
    expect(values("Bids close on the last Friday of the month, and the board meets on the first Monday in the month.")).toEqual([
      ["the last Friday of the month", "2025-04-25"],
      ["the first Monday in the month", "2025-04-07"],
    ]);
    // A month named just before, in the same paragraph, is the one counted within.
    expect(values("In June 2023 the mill shut on the second Tuesday of the month.")).toEqual([
      ["June 2023", "2023-06"],
      ["the second Tuesday of the month", "2023-06-13"],
    ]);
    // At the end of a headline, with no stop after it.
    expect(values("Bids close on the last Friday of the month")).toEqual([["the last Friday of the month", "2025-04-25"]]);
    // A month with no fifth Monday: the weekday stays as it was read.
    expect(values("The hall reopens on the fifth Monday of the month.").map(([t]) => t)).toEqual(["Monday"]);
  });

  it("reads 'fiscal year 2026' as one expression, the year", () => {
    expect(values("Spending rose in fiscal year 2026, as in fiscal 2025.")).toEqual([
      ["fiscal year 2026", "2026"],
      ["fiscal 2025", "2025"],
    ]);
  });

  it("reads 'FY27', 'FY '26' and 'the 2025 fiscal year' as fiscal years, but not a count after a spaced 'FY'", () => {
    expect(values("The utility guided FY27 capex higher after FY '26 and the 2025 fiscal year; its 2024-25 financial year was flat.")).toEqual([
      ["FY27", "2027"],
      ["FY '26", "2026"],
      ["2025 fiscal year", "2025"],
      ["2024-25 financial year", "2024"],
    ]);
    expect(values("FY 40 million units shipped.")).toEqual([]);
    expect(resolveDate("FY98", "2025-04-24")?.value).toBe("1998");
  });

  it("reads 'the fiscal-first quarter' as a fiscal quarter, which 'a year ago' then compares with", () => {
    expect(values("The grocer earned $4 million in the fiscal-first quarter ended Sept. 30, against a loss a year ago.", "2025-10-20")).toEqual([
      ["the fiscal-first quarter", "2025-Q1"],
      ["Sept. 30", "2025-09-30"],
      ["a year ago", "2024-Q1"],
    ]);
  });

  it("reads 'is the second day of' an event as today, but not a counted day told in the past or alone", () => {
    expect(values("It's the second day of an offensive by the army. Today is the ninth day of the strike.")).toEqual([
      ["the second day", "2025-04-24"],
      ["Today", "2025-04-24"],
      ["the ninth day", "2025-04-24"],
    ]);
    expect(values("Monday was the first day of talks; the hardest part is the first day.")).toEqual([["Monday", "2025-04-21"]]);
  });

  it("reads 'that same day' after a month as a day of that month, and after a day as that day", () => {
    expect(values("Police closed the site Tuesday. Two doctors were shot, most recently last October in Ohio. The doctor's name was crossed out that same day.")).toEqual([
      ["Tuesday", "2025-04-22"],
      ["recently", "PAST_REF"],
      ["last October", "2024-10"],
      ["that same day", "2024-10-XX"],
    ]);
    expect(values("In March the mayor resigned. On Tuesday the council met, and later that day it chose a successor.")).toEqual([
      ["March", "2025-03"],
      ["Tuesday", "2025-04-22"],
      ["later that day", "2025-04-22"],
    ]);
  });

  it("takes 'of fiscal 2026' into a half or a quarter: one expression, the fiscal year's part", () => {
    expect(values("The retailer expects a loss in the second quarter of fiscal 2026 and a profit in the first half of fiscal year 2027.")).toEqual([
      ["the second quarter of fiscal 2026", "2026-Q2"],
      ["the first half of fiscal year 2027", "2027-H1"],
    ]);
  });

  it("reads 'over the years' as an open length, but not 'over the days of' an event", () => {
    expect(values("Over the years the harbour silted up; through the days of the siege nobody left.")).toEqual([["the years", "PXY"]]);
  });

  it("leaves 'last' to the weekday in 'the day before last Tuesday'", () => {
    expect(values("The day before last Tuesday's vote, he resigned. The day before last, it rained.")).toEqual([
      ["The day before last Tuesday", "2025-04-21"],
      ["The day before last", "2025-04-22"],
    ]);
  });

  it("leaves a prepositional 'following' out of a counted length", () => {
    expect(values("The envoy called following three days of talks; the following two days were quiet.")).toEqual([
      ["three days", "P3D"],
      ["the following two days", "P2D"],
    ]);
  });

  it("reads 'following' before a bare weekday as a preposition", () => {
    expect(values("Following Tuesday's vote, the minister resigned. Police came following Monday night's shooting.")).toEqual([
      ["Tuesday", "2025-04-22"],
      ["Monday night", "2025-04-21TNI"],
    ]);
    expect(values("The talks began on April 2 and resumed the following Monday.")).toEqual([
      ["April 2", "2025-04-02"],
      ["the following Monday", "2025-04-07"],
    ]);
  });

  it("puts the ends of a range of year-less days in order", () => {
    // Written late in September, "January 1" alone is nearest in the next year; the range has ended, so it began this January.
    expect(values("Police counted “310 victims” between January 1 and September 26.", "2025-09-29")).toEqual([
      ["January 1", "2025-01-01"],
      ["September 26", "2025-09-26"],
    ]);
    // A range across the turn of a year keeps its start and moves its end.
    expect(values("Closing the shop between Christmas and New Year's Day will cost jobs.", "2025-01-12")).toEqual([
      ["Christmas", "2025-12-25"],
      ["New Year's Day", "2026-01-01"],
    ]);
  });

  it("puts the ends of a range of year-less months in order", () => {
    // Written in October, "October" is this one and "February" this year's: the range ran across the turn of the year before.
    expect(values("The pilot scheme ran from October to February.", "2025-10-20")).toEqual([
      ["October", "2024-10"],
      ["February", "2025-02"],
    ]);
    // A range ahead moves its end forward; the current month has not ended.
    expect(values("The ferry will not sail from November through March.", "2025-03-10")).toEqual([
      ["November", "2025-11"],
      ["March", "2026-03"],
    ]);
    // "last October" names its own year and is left as it is.
    expect(values("The pilot scheme ran from last October to February.", "2025-10-20")).toEqual([
      ["last October", "2024-10"],
      ["February", "2025-02"],
    ]);
  });

  it("reads 'this time last year' as the same day a year back", () => {
    expect(values("The city had 50 homicides at this time last year and 61 at the same time next month, officials project.")).toEqual([
      ["this time last year", "2024-04-24"],
      ["the same time next month", "2025-05-24"],
    ]);
  });

  it("joins only ever finer units into one length ('1 year, 2 months'), not a list ('four days, five days')", () => {
    expect(values("You don't see her for four days, five days; the lease ran 1 year, 2 months and 3 days.")).toEqual([
      ["four days", "P4D"],
      ["five days", "P5D"],
      ["1 year, 2 months and 3 days", "P1Y2M3D"],
    ]);
  });

  it("reads 'a quarter of' something as a fraction, but 'several quarters of losses' as a length", () => {
    expect(values("Less than a quarter of donors gave twice; the farm lies a quarter mile away.")).toEqual([]);
    expect(values("The firm turned a profit after several quarters of losses.")).toEqual([["several quarters", "PXQ"]]);
  });

  it("reads 'a day' and 'a week' after a counted unit as a rate, not a length", () => {
    expect(values("The clinic is open 24 hours a day, seven days a week.")).toEqual([
      ["24 hours", "PT24H"],
      ["seven days", "P7D"],
    ]);
  });

  it("leaves 'later' out of a length read in news, and keeps it in a narrative's date", () => {
    expect(values("The first blast hit at noon. Two hours later, a second bomb went off.")).toEqual([
      ["noon", "2025-04-24T12:00"],
      ["Two hours", "PT2H"],
    ]);
    expect(values("The siege began on 4 June 1916. Two days later the line broke.", null).map(([t]) => t)).toEqual(["4 June 1916", "Two days later"]);
  });

  it("reads no time in 'the future of' something", () => {
    expect(values("Leaders met to discuss the future of the alliance and plans for the future.")).toEqual([["the future", "FUTURE_REF"]]);
  });

  it("finds nothing in text without temporal expressions", () => {
    expect(values("May I ask a second question about the march on the capital?")).toEqual([]);
    expect(values("The army has 2,400 tanks and $1999 in cash.")).toEqual([]);
  });
});

describe("findDates: anchors", () => {
  it("leaves relative dates unresolved without a publication date or a narrative date", () => {
    expect(values("He arrived yesterday and left on Friday.", null)).toEqual([
      ["yesterday", "XXXX-XX-XX"],
      ["Friday", "XXXX-WXX-5"],
    ]);
  });

  it("anchors to the last absolute date of the narrative when there is no publication date", () => {
    const found = findDates("The offensive began on June 4, 1916. Two days later the line broke.", {});
    expect(found.map((d) => [d.text, d.value, d.anchor])).toEqual([
      ["June 4, 1916", "1916-06-04", "absolute"],
      ["Two days later", "1916-06-06", "narrative"],
    ]);
  });

  it("moves the narrative's reference time along with each date it reaches", () => {
    const story = "In June 1916 the offensive began. On 4 June the guns opened fire. Two days later the line broke. By December it had stalled. In 1917, in the summer, it resumed.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["June 1916", "1916-06"],
      ["4 June", "1916-06-04"],
      ["Two days later", "1916-06-06"],
      ["December", "1916-12"],
      ["1917", "1917"],
      ["the summer", "1917-SU"],
    ]);
  });

  it("anchors a narrative to a season, quarter or week it reaches, and keeps year-less dates in its year", () => {
    const story =
      "The siege began in the spring of 1683. On 14 July the outer walls were breached; in December the relief army was still gathering. The following year the fortress fell.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["the spring of 1683", "1683-SP"],
      ["14 July", "1683-07-14"],
      ["December", "1683-12"],
      ["The following year", "1684"],
    ]);
  });

  it("counts years from a month the narrative reached, and days within the year it reached", () => {
    const story = "In March 1950 the talks collapsed. Three years later an armistice was signed. Two days later the prisoners were exchanged.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["March 1950", "1950-03"],
      ["Three years later", "1953"],
      ["Two days later", "1953"],
    ]);
    expect(findDates("The city fell in the spring of 1940. Five months later the king died.", {}).map((d) => d.value)).toEqual(["1940-SP", "1940-08"]);
  });

  it("reads 'the night of 14–15 December' as the night that begins on the first day", () => {
    expect(findDates("In 1862 the army waited. During the night of 14–15 December it withdrew; the retreat took a single day.", {}).map((d) => [d.text, d.type, d.value])).toEqual([
      ["1862", "DATE", "1862"],
      ["the night of 14–15 December", "TIME", "1862-12-14TNI"],
      ["a single day", "DURATION", "P1D"],
    ]);
  });

  it("reads 'in three weeks' and 'in a century' in a narrative as lengths, and 'afterwards' as 'later'", () => {
    const story = "In 1805 the fleet was lost off the cape. It was the worst defeat of the navy in a century. Ten years later the emperor fell; he died six years afterwards. In March 1941 the corps advanced forty miles in three weeks.";
    expect(findDates(story, {}).map((d) => [d.text, d.type, d.value, d.anchor])).toEqual([
      ["1805", "DATE", "1805", "absolute"],
      ["a century", "DURATION", "P100Y", "absolute"],
      ["Ten years later", "DATE", "1815", "narrative"],
      ["six years afterwards", "DATE", "1821", "narrative"],
      ["March 1941", "DATE", "1941-03", "absolute"],
      ["three weeks", "DURATION", "P3W", "absolute"],
    ]);
  });

  it("carries a narrative's year-less months into the next year when it has reached the year's end", () => {
    const story = "By late 1944 the front had reached the river. In early January the last offensive began, and on 30 April the leader died. On 20 December 1950 the city fell; on 3 January the army withdrew. In March the front had already stabilized.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["late 1944", "1944"],
      ["early January", "1945-01"],
      ["30 April", "1945-04-30"],
      ["20 December 1950", "1950-12-20"],
      ["3 January", "1951-01-03"],
      ["March", "1951-03"],
    ]);
    // A past perfect looks back from the date reached: the offensive began before the armistice.
    expect(findDates("On 11 November 1918 the armistice was signed. The offensive had begun in March.", {}).map((d) => d.value)).toEqual(["1918-11-11", "1918-03"]);
  });

  it("does not carry a day across a coarser date the narrative reaches", () => {
    const story = "The line broke on 17 September 1939. In the spring of 1941 the fleet sailed south; on the same day the port was seized.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["17 September 1939", "1939-09-17"],
      ["the spring of 1941", "1941-SP"],
      ["the same day", "XXXX-XX-XX"],
    ]);
  });

  it("counts 'the following day' within the month it reached, and keeps the story's time through a look back", () => {
    expect(findDates("The city was reached in late August 1942. The following day the shelling began.", {}).map((d) => d.value)).toEqual(["1942-08", "1942-08"]);
    const story = "In 1916 the battle raged. The previous year had ended in stalemate. On 5 July the assault began, and the following year the army crossed the river.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["1916", "1916"],
      ["The previous year", "1915"],
      ["5 July", "1916-07-05"],
      ["the following year", "1917"],
    ]);
  });

  it("reads a year range written with two digits as two years, and 'the present day' as the present", () => {
    expect(findDates("The war of 1914–18 drained the treasury; in 1941-42 the front froze. The fort stands to the present day.", {}).map((d) => [d.text, d.value])).toEqual([
      ["1914", "1914"],
      ["18", "1918"],
      ["1941", "1941"],
      ["42", "1942"],
      ["the present day", "PRESENT_REF"],
    ]);
  });

  it("reads '1904-05' as a year and the next, not as May 1904; a month after a year stays one", () => {
    expect(findDates("The naval campaign of 1904-05 broke the fleet.", {}).map((d) => [d.text, d.value])).toEqual([
      ["1904", "1904"],
      ["05", "1905"],
    ]);
    expect(findDates("The ledger for 1904-07 was lost.", {}).map((d) => [d.text, d.value])).toEqual([["1904-07", "1904-07"]]);
  });

  it("keeps the story on its day through 'the same year' or 'that month'", () => {
    const story = "The assault began on 22 June 1941. The same year the capital fell. That same month the king fled, and early the next morning the bombers returned.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["22 June 1941", "1941-06-22"],
      ["The same year", "1941"],
      ["That same month", "1941-06"],
      ["early the next morning", "1941-06-23TMO"],
    ]);
  });

  it("counts hours in a narrative from the clock time it reached, or whole days from its day", () => {
    const story = "The armistice was signed on 27 July 1953 at 10 a.m., and the guns fell silent twelve hours later. The offensive opened on 24 February 1991 and ended 100 hours later.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["27 July 1953 at 10 a.m.", "1953-07-27T10:00"],
      ["twelve hours later", "1953-07-27T22:00"],
      ["24 February 1991", "1991-02-24"],
      ["100 hours later", "1991-02-28"],
    ]);
  });

  it("reads 'at dawn', 'by nightfall' and 'in the afternoon' as parts of the day in focus", () => {
    const story = "The assault began at dawn on 22 June 1941. In the afternoon the bridge fell, and by nightfall the town was taken. Flares lit the night sky.";
    expect(findDates(story, {}).map((d) => [d.text, d.type, d.value])).toEqual([
      ["dawn on 22 June 1941", "TIME", "1941-06-22TMO"],
      ["the afternoon", "TIME", "1941-06-22TAF"],
      ["nightfall", "TIME", "1941-06-22TEV"],
    ]);
    expect(findDates("It was the dawn of a new age.", {})).toEqual([]);
  });

  it("reads 'the summer of that year' and 'the spring of the following year' from the year reached", () => {
    const story = "The offensive of 1918 failed. By the summer of that year the army was exhausted, and in the spring of the following year peace came.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["1918", "1918"],
      ["the summer of that year", "1918-SU"],
      ["the spring of the following year", "1919-SP"],
    ]);
  });

  it("does not move the story's time to a date in brackets", () => {
    const story = "In June 1916 the offensive began. The general (born 12 March 1880) led the northern army. On the 6th the second wave landed, and the following year the front broke.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["June 1916", "1916-06"],
      ["12 March 1880", "1880-03-12"],
      ["the 6th", "1916-06-06"],
      ["the following year", "1917"],
    ]);
  });

  it("reads a narrative's 'today' as the writer's present", () => {
    expect(findDates("The landings began on 6 June 1944. Today the beaches are a memorial.", {}).map((d) => [d.text, d.value, d.anchor])).toEqual([
      ["6 June 1944", "1944-06-06", "absolute"],
      ["Today", "PRESENT_REF", "absolute"],
    ]);
  });

  it("moves a narrative's bare weekdays forward from the day it reached", () => {
    const story = "The assault opened on Tuesday, 9 April 1940. By Friday the ports had fallen, and the next morning the king left the capital.";
    expect(findDates(story, {}).map((d) => [d.text, d.type, d.value])).toEqual([
      ["Tuesday, 9 April 1940", "DATE", "1940-04-09"],
      ["Friday", "DATE", "1940-04-12"],
      ["the next morning", "TIME", "1940-04-13TMO"],
    ]);
  });

  it("reads 'the week' as the week of the day in focus, and 'midnight' as the end of its day", () => {
    expect(values("Shares fell 2% on Friday, April 11. For the week, the index lost 5%.")).toEqual([
      ["Friday, April 11", "2025-04-11"],
      ["the week", "2025-W15"],
    ]);
    expect(values("Rescue crews searched the week of March 6.")).toEqual([["the week of March 6", "2025-W10"]]);
    const found = findDates("The curfew will end at midnight Friday.", { published: PUBLISHED });
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([["midnight Friday", "TIME", "2025-04-25T24:00"]]);
    expect(found[0]?.interval?.start).toBe("2025-04-26T00:00:00.000Z");
  });

  it("reads a season or fiscal year across the turn of a year as one expression, valued by its first year", () => {
    expect(values("The club was relegated after the 2016-17 season, and the council cut spending in the 2018–19 fiscal year.")).toEqual([
      ["2016-17", "2016"],
      // "fiscal year" names the period itself, as in "fiscal year 2019"; "season" stays out.
      ["2018–19 fiscal year", "2018"],
    ]);
    expect(values("Exports rose in fiscal 2020-21 and the 2022/23 school year began late.")).toEqual([
      ["fiscal 2020-21", "2020"],
      ["2022/23", "2022"],
    ]);
    // A range of years without such a noun stays two years.
    expect(values("The canal was dug in 1913-14 by hand.").map(([t]) => t)).toEqual(["1913", "14"]);
  });

  it("places a fiscal quarter in the fiscal year named by the year it ends in", () => {
    // Reported in April: the fiscal third quarter just ended is this year's, a calendar third quarter last year's.
    expect(values("The retailer said fiscal third-quarter sales rose, after a weak third quarter.")).toEqual([
      ["fiscal third-quarter", "2025-Q3"],
      ["third quarter", "2024-Q3"],
    ]);
    expect(values("Sales fell in the fiscal fourth quarter.", "2025-01-21")).toEqual([["the fiscal fourth quarter", "2024-Q4"]]);
    expect(values("Sales fell in the fiscal first quarter.", "2025-10-28")).toEqual([["the fiscal first quarter", "2025-Q1"]]);
  });

  it("reads a bare 'midnight' told in the past as the one the day began with, and one ahead as the day's end", () => {
    expect(values("The ferry left the harbour at midnight, before the storm.")).toEqual([["midnight", "2025-04-23T24:00"]]);
    expect(values("The new toll takes effect at midnight.")).toEqual([["midnight", "2025-04-24T24:00"]]);
    // A day named with it, or earlier in the paragraph, is the day it ends.
    expect(values("On Tuesday the ferry left the harbour at midnight.")).toEqual([
      ["Tuesday", "2025-04-22"],
      ["midnight", "2025-04-22T24:00"],
    ]);
  });

  it("reads 'that year', 'that week', 'the same day', 'that night' and 'that summer' as periods of the date in focus", () => {
    const story =
      "The treaty was signed on 3 March 1918. The same day the delegates left; that night the trains stopped. That week the army withdrew, later that year the armistice came, and that summer the harvest failed.";
    expect(findDates(story, {}).map((d) => [d.text, d.value])).toEqual([
      ["3 March 1918", "1918-03-03"],
      ["The same day", "1918-03-03"],
      ["that night", "1918-03-03TNI"],
      ["That week", "1918-W09"],
      ["later that year", "1918"],
      ["that summer", "1918-SU"],
    ]);
    expect(values("The company was founded in 2009 and listed that year.")).toEqual([
      ["2009", "2009"],
      ["that year", "2009"],
    ]);
  });

  it("counts 'the following year' and 'the previous month' from the last date the text reached", () => {
    expect(values("She joined the board in March 2019, and the following year she became chair.")).toEqual([
      ["March 2019", "2019-03"],
      ["the following year", "2020"],
    ]);
    expect(values("The plant closed on June 3, 2021; the previous month it had cut 200 jobs.")).toEqual([
      ["June 3, 2021", "2021-06-03"],
      ["the previous month", "2021-05"],
    ]);
    expect(values("Prices rose last year and will fall next year.")).toEqual([["last year", "2024"], ["next year", "2026"]]);
  });

  it("counts 'the following January' and 'the previous summer' in news from the last date the text reached", () => {
    expect(values("The mayor was elected in November 2016 and sworn in the following January.")).toEqual([
      ["November 2016", "2016-11"],
      ["the following January", "2017-01"],
    ]);
    expect(values("The bridge opened in May 2019; the next spring, cracks appeared.")).toEqual([
      ["May 2019", "2019-05"],
      ["the next spring", "2020-SP"],
    ]);
    // After a year alone, of the year after or before it.
    expect(values("The mill was sold in 2012. The previous summer it had lost its last client.")).toEqual([
      ["2012", "2012"],
      ["The previous summer", "2011-SU"],
    ]);
    expect(values("The mill was sold in 2012, and the following March it shut.")).toEqual([
      ["2012", "2012"],
      ["the following March", "2013-03"],
    ]);
    // "next March" alone still counts from the publication date.
    expect(values("The museum closed in 2019 and reopens next March.")).toEqual([
      ["2019", "2019"],
      ["next March", "2026-03"],
    ]);
  });

  it("resolves 'tomorrow' inside a quote against the day the quote was said", () => {
    const saturday = "2025-04-26";
    expect(values("“The new shelters will open tomorrow,” the mayor said in a video address on Thursday night.", saturday)).toEqual([
      ["tomorrow", "2025-04-25"],
      ["Thursday night", "2025-04-24TNI"],
    ]);
    expect(values('On Wednesday the minister told reporters: "We expect an answer today."', saturday)).toEqual([
      ["Wednesday", "2025-04-23"],
      ["today", "2025-04-23"],
    ]);
    // No day of speaking in the attribution: the publication date holds.
    expect(values("“The new shelters will open tomorrow,” the mayor said.", saturday)).toEqual([["tomorrow", "2025-04-27"]]);
    // A day beside the quote that is not when it was said.
    expect(values("“We will be ready tomorrow,” the plan for Thursday reads.", saturday)[0]).toEqual(["tomorrow", "2025-04-27"]);
  });

  it("says a quoted day counted from the day it was said is anchored on the speech", () => {
    const anchors = (text: string) => findDates(text, { published: "2025-04-26" }).map((d) => [d.text, d.anchor]);
    expect(anchors("“The new shelters will open tomorrow,” the mayor said on Thursday.")).toEqual([
      ["tomorrow", "speech"],
      ["Thursday", "published"],
    ]);
    expect(anchors("“The new shelters will open tomorrow,” the mayor said.")).toEqual([["tomorrow", "published"]]);
  });

  it("reads a published instant on the wall clock of the publication's time zone", () => {
    // 22:30 UTC on April 24 is already April 25 in Kyiv, and still April 24 in New York.
    const stamped = "2025-04-24T22:30:00Z";
    const text = "The strike hit the port yesterday.";
    expect(findDates(text, { published: stamped, timeZone: "Europe/Kyiv" }).map((d) => d.value)).toEqual(["2025-04-24"]);
    expect(findDates(text, { published: stamped, timeZone: "America/New_York" }).map((d) => d.value)).toEqual(["2025-04-23"]);
    expect(findDates(text, { published: new Date(Date.UTC(2025, 3, 24, 22, 30)), timeZone: "Asia/Tokyo" }).map((d) => d.value)).toEqual(["2025-04-24"]);
    // A date, or a date-time without a zone, is that place's wall clock already.
    expect(findDates(text, { published: "2025-04-24T23:50", timeZone: "Asia/Tokyo" }).map((d) => d.value)).toEqual(["2025-04-23"]);
    // An offset other than the place's is converted too ("+0300" as well as "+03:00").
    expect(findDates("It happened an hour ago.", { published: "2025-04-24T01:30:00+0300", timeZone: "UTC" }).map((d) => d.value)).toEqual(["2025-04-23T21:30"]);
  });

  it("rejects a time zone name the runtime does not know, with or without a publication date", () => {
    expect(() => findDates("Tomorrow.", { published: "2025-04-24T10:00:00Z", timeZone: "Mars/Olympus_Mons" })).toThrow(/IANA time zone name.*Mars\/Olympus_Mons/u);
    expect(() => findDates("Tomorrow.", { timeZone: "Europe/Nowhere" })).toThrow(RangeError);
  });

  it("reads the publication's time zone the same under every machine time zone", () => {
    const original = process.env.TZ;
    const results = ["UTC", "Pacific/Kiritimati", "America/Adak"].map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(findDates("Officials met last night and will meet again tomorrow.", { published: "2025-03-30T00:30:00Z", timeZone: "Europe/Kyiv" }));
    });
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
    expect(new Set(results).size).toBe(1);
    expect(JSON.parse(results[0]!).map((d: { value: string }) => d.value)).toEqual(["2025-03-29TNI", "2025-03-31"]);
  });

  it("gives the same values in every machine time zone", () => {
    const text = "Late on Sunday night, 44 days ago, and next week the talks resume.";
    const original = process.env.TZ;
    const results = ["UTC", "Asia/Tokyo", "America/Los_Angeles"].map((zone) => {
      process.env.TZ = zone;
      return JSON.stringify(findDates(text, { published: "2025-03-30T23:30:00+03:00" }));
    });
    process.env.TZ = original;
    expect(new Set(results).size).toBe(1);
  });
});

describe("findDates: robustness", () => {
  it("never throws and keeps every span consistent with its text", () => {
    const inputs = ["", "   ", "\uD800 lone surrogate 2024", "a".repeat(5000), "0".repeat(3000), "last last last week week", "the the the quarter", "12:99 pm 25:00 GMT", "- - / / 2024-13-45 99/99/9999"];
    for (const text of inputs) {
      for (const d of findDates(text, { published: PUBLISHED })) expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });
});

describe("timexInterval", () => {
  it.each([
    ["2024-07", "2024-07-01T00:00:00.000Z", "2024-08-01T00:00:00.000Z"],
    ["2025-W17", "2025-04-21T00:00:00.000Z", "2025-04-28T00:00:00.000Z"],
    ["199", "1990-01-01T00:00:00.000Z", "2000-01-01T00:00:00.000Z"],
    ["2025-Q1", "2025-01-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"],
    ["2025-04-23TNI", "2025-04-23T20:00:00.000Z", "2025-04-24T06:00:00.000Z"],
    ["2022-08-16T06:15+03:00", "2022-08-16T03:15:00.000Z", "2022-08-16T03:16:00.000Z"],
  ])("%s", (value, start, end) => {
    expect(timexInterval(value)).toEqual({ start, end });
  });

  it("gives nothing for durations, reference tokens and open values", () => {
    expect(timexInterval("P3D")).toBeUndefined();
    expect(timexInterval("PRESENT_REF")).toBeUndefined();
    expect(timexInterval("XXXX-05-09")).toBeUndefined();
  });
});

describe("findDates: ranges, compound offsets, holidays and reports", () => {
  it("splits a day range into two expressions", () => {
    expect(values("Delegates met on June 3 and 4 in Vienna.")).toEqual([
      ["June 3", "2025-06-03"],
      ["4", "2025-06-04"],
    ]);
    expect(values("The exercise ran from 3 to 5 March 2023.")).toEqual([
      ["3", "2023-03-03"],
      ["5 March 2023", "2023-03-05"],
    ]);
  });

  it("gives the start of a month range the year stated at its end", () => {
    expect(values("Between May and July 1942, the army advanced 300 miles.", null)).toEqual([
      ["May", "1942-05"],
      ["July 1942", "1942-07"],
    ]);
    expect(values("The rivers froze from December to March 1943.", null)).toEqual([
      ["December", "1942-12"],
      ["March 1943", "1943-03"],
    ]);
    expect(values("Talks ran from May 3 to June 5, 2019.")).toEqual([
      ["May 3", "2019-05-03"],
      ["June 5, 2019", "2019-06-05"],
    ]);
  });

  it("adds up several counted units", () => {
    expect(resolveDate("1 year, 2 months and 3 days ago", PUBLISHED)?.value).toBe("2024-02-21");
    expect(resolveDate("two years and three months", PUBLISHED)?.value).toBe("P2Y3M");
  });

  it("dates holidays by the tense of their clause", () => {
    expect(values("The ceasefire broke down on Christmas Day.")).toEqual([["Christmas Day", "2024-12-25"]]);
    expect(values("Families will gather on Thanksgiving.")).toEqual([["Thanksgiving", "2025-11-27"]]);
  });

  it("dates US Election Day as the Tuesday after the first Monday of November, and other US holidays", () => {
    // In 2022 November began on a Tuesday: Election Day fell a week later.
    expect(values("Polls open at 6 a.m. on Election Day.", "2022-10-03")).toEqual([["6 a.m.", "2022-10-03T06:00"], ["Election Day", "2022-11-08"]]);
    expect(values("The county will count early ballots on Election Day.", "2024-10-03")).toEqual([["Election Day", "2024-11-05"]]);
    expect(values("Florists expect record sales for Mother's Day and Father's Day; Veterans Day parades will follow in the autumn.", "2025-04-24").map(([t, v]) => `${t} ${v}`)).toEqual([
      "Mother's Day 2025-05-11",
      "Father's Day 2025-06-15",
      "Veterans Day 2025-11-11",
      "the autumn 2025-FA",
    ]);
  });

  it("dates the feasts that move with Easter, and Holy Week as the week ending on Easter Sunday", () => {
    expect(values("The cathedral will hold vigils on Holy Thursday and Good Friday, and the markets close on Easter Monday.", "2026-03-20")).toEqual([
      ["Holy Thursday", "2026-04-02"],
      ["Good Friday", "2026-04-03"],
      ["Easter Monday", "2026-04-06"],
    ]);
    expect(values("Pilgrims filled the square during Holy Week.", "2025-04-25")).toEqual([["Holy Week", "2025-W16"]]);
    expect(values("The truce held through Easter 1998.")).toEqual([["Easter 1998", "1998-04-12"]]);
    // "last", "next", "this" before a holiday take it in: the one before or after the publication date, or this year's.
    expect(values("Shelters filled up last Christmas and will reopen next Easter.", "2026-01-10")).toEqual([
      ["last Christmas", "2025-12-25"],
      ["next Easter", "2026-04-05"],
    ]);
    expect(values("Turnout was low last Thanksgiving.", "2025-11-20")).toEqual([["last Thanksgiving", "2024-11-28"]]);
    // Not a name in lower case: "a good Friday for the airline" is that Friday.
    expect(values("It was a good Friday for the airline.")).toEqual([["Friday", "2025-04-18"]]);
  });

  it("places a fixed-day holiday as a year-less day, New Year's Eve in the year it closes, apostrophe curly or left out", () => {
    expect(values("Police review of New Year’s Eve shooting; a fire on New Years Eve followed.", "2026-01-05")).toEqual([
      ["New Year’s Eve", "2025-12-31"],
      ["New Years Eve", "2025-12-31"],
    ]);
    expect(values("The shop was robbed on Halloween, the complaint says.", "2025-03-30")).toEqual([["Halloween", "2024-10-31"]]);
  });

  it("compares 'a year ago' with the quarter a report is about", () => {
    expect(values("Profit in the first quarter rose 5% from a year ago.")).toEqual([
      ["the first quarter", "2025-Q1"],
      ["a year ago", "2024-Q1"],
    ]);
  });

  it("keeps the reported quarter when a forecast names one not yet ended", () => {
    const text = "The mill earned $12 million in the third quarter. Traders expect weak prices to persist into the fourth quarter and the first quarter of 2026. In the year-ago period, it earned $20 million.";
    expect(values(text, "2025-10-20").at(-1)).toEqual(["the year-ago period", "2024-Q3"]);
    // Told in the past, a fourth quarter is the one reported on (a fiscal year's).
    expect(values("The retailer posted a loss for its fourth quarter. A year earlier it had a profit.", "2025-10-20").at(-1)).toEqual(["A year earlier", "2024-Q4"]);
  });

  it("reads a quarter in a future clause as the coming one, unless the one just ended is still being reported", () => {
    // In March the last fourth quarter has been reported; one expected to improve is this year's.
    expect(values("Analysts say the fourth quarter is expected to bring a rebound in orders.", "2025-03-20")).toEqual([["the fourth quarter", "2025-Q4"]]);
    expect(values("The chipmaker expects third-quarter margins to widen.", "2025-02-11")).toEqual([["third-quarter", "2025-Q3"]]);
    // In January, results for the quarter just ended are still to come.
    expect(values("The chipmaker will report fourth-quarter results next week.", "2025-01-13")[0]).toEqual(["fourth-quarter", "2024-Q4"]);
    // Told in the past, the fourth quarter in March stays last year's.
    expect(values("Orders fell in the fourth quarter, the chipmaker said.", "2025-03-20")).toEqual([["the fourth quarter", "2024-Q4"]]);
  });

  it("keeps the reported quarter past an earlier one told of in passing ('after a weak first quarter')", () => {
    const text = "The brewer's third-quarter profit rose 9%. After a weak first quarter, it credited the gain to lower costs. Margins were thinner in the year-earlier period.";
    expect(values(text, "2025-10-20")).toEqual([
      ["third-quarter", "2025-Q3"],
      ["first quarter", "2025-Q1"],
      ["the year-earlier period", "2024-Q3"],
    ]);
    // Named on its own, an earlier quarter moves the report to it.
    expect(values("Third-quarter sales fell. In the second quarter, the company lost money, as it had a year earlier.", "2025-10-20").at(-1)).toEqual(["a year earlier", "2024-Q2"]);
  });

  it("compares 'a year earlier' with the year to date once a report moves on to 'the nine months'", () => {
    expect(values("Third-quarter profit rose 4% from a year earlier. For the nine months, sales were flat compared with a year earlier.", "2025-10-20")).toEqual([
      ["Third-quarter", "2025-Q3"],
      ["a year earlier", "2024-Q3"],
      ["the nine months", "P9M"],
      ["a year earlier", "2024"],
    ]);
    expect(values("Profit in the third quarter beat the nine months' average and the year-ago quarter.", "2025-10-20").at(-1)).toEqual(["the year-ago quarter", "2024-Q3"]);
    expect(values("Profit rose in the third quarter. In the first nine months, it lost $5 million, against a gain in the 2024 period.", "2025-10-20").at(-1)).toEqual(["the 2024 period", "2024"]);
  });

  it("reads 'year-end' as the end of the year, the one before after 'since'", () => {
    const found = findDates("The deal should close by year-end; shares are up 12% since year-end.", { published: "2025-10-20" });
    expect(found.map((d) => [d.text, d.value, d.mod])).toEqual([
      ["year-end", "2025", "END"],
      ["year-end", "2024", "END"],
    ]);
    expect(values("Approval is expected by year's end.", "2025-10-20")).toEqual([["year's end", "2025"]]);
  });

  it("leaves a frequency word before a measured quantity alone", () => {
    expect(values("The chain has annual sales of $2 billion and an average daily volume of 3 million shares.")).toEqual([]);
    expect(values("The ministry publishes a daily tally of strikes.")).toEqual([["daily", "P1D"]]);
  });

  it("reads no 'the past' before a count ('for the past three nights')", () => {
    expect(values("Shots had rung out for the past three nights; in the past, the street was calm.")).toEqual([["the past", "PAST_REF"]]);
  });

  it("reads 'the 2024 period' as that year's reported quarter and 'this September' with its article", () => {
    expect(values("Profit rose in the third quarter. In the 2024 period, it had lost money.", "2025-10-20")).toEqual([
      ["the third quarter", "2025-Q3"],
      ["the 2024 period", "2024-Q3"],
    ]);
    expect(values("Sales beat the year-ago third quarter.", "2025-10-20").map(([t]) => t)).toEqual(["the year-ago third quarter"]);
    expect(values("The plant opens this September.", "2025-04-20")).toEqual([["this September", "2025-09"]]);
  });

  it("reads a scheduled event told in the present as ahead", () => {
    expect(values("The offer expires Friday, and talks resume Monday.")).toEqual([
      ["Friday", "2025-04-25"],
      ["Monday", "2025-04-28"],
    ]);
  });

  it("links clock times to their bracketed equivalents, the day after the bracket and the zone of a range's start", () => {
    const sunday = "2025-05-25";
    expect(values("Crews were called at 5:40 am local time (0240 GMT) to a burning depot.", sunday)).toEqual([
      ["5:40 am local time", "2025-05-25T05:40+03:00"],
      ["0240 GMT", "2025-05-25T02:40Z"],
    ]);
    expect(values("The blast came at 10:35 a.m. (0735 GMT) Friday.", sunday)).toEqual([
      ["10:35 a.m.", "2025-05-23T10:35+03:00"],
      ["0735 GMT", "2025-05-23T07:35Z"],
      ["Friday", "2025-05-23"],
    ]);
    expect(values("From 21:00 Moscow time (18:00 GMT) on 23 May to 05:00 on 24 May, 40 drones were shot down, the ministry said.", sunday)).toEqual([
      ["21:00 Moscow time", "2025-05-23T21:00+03:00"],
      ["18:00 GMT", "2025-05-23T18:00Z"],
      ["23 May", "2025-05-23"],
      ["05:00 on 24 May", "2025-05-24T05:00+03:00"],
    ]);
  });

  it("writes zones with a fixed offset and leaves rates and ages alone", () => {
    expect(values("The alert ran from 20:00 Moscow time.")).toEqual([["20:00 Moscow time", "2025-04-24T20:00+03:00"]]);
    expect(values("The 52 years old pilot earns $2 million a year.")).toEqual([]);
    expect(values("Prices rose 2 percent a year.")).toEqual([]);
  });

  it("reads spoken years and decades in words", () => {
    expect(values("It began in nineteen ninety-six and ended with the nineties.")).toEqual([
      ["nineteen ninety-six", "1996"],
      ["the nineties", "199"],
    ]);
    // A decade without its century keeps "early", "mid" or "late" as its mod.
    const edges = findDates("Rents rose in the early 90s, stalled in the mid 80s and fell in the late eighties.", { published: PUBLISHED });
    expect(edges.map((d) => [d.text, d.value, d.mod])).toEqual([
      ["the early 90s", "199", "START"],
      ["the mid 80s", "198", "MID"],
      ["the late eighties", "198", "END"],
    ]);
    expect(values("Prices last fell that far in the winter of nineteen ninety-four, and again in January nineteen ninety-seven.")).toEqual([
      ["the winter of nineteen ninety-four", "1994-WI"],
      ["January nineteen ninety-seven", "1997-01"],
    ]);
  });

  it("reads no weekday in a day's name ('Black Friday', 'Super Tuesday'), but keeps one after a person's name", () => {
    expect(values("Stores opened at dawn for Black Friday, and the crowds were thin.")).toEqual([["dawn", "2025-04-24TMO"]]);
    expect(values("Cyber Monday's deals drew fewer buyers, the firm said.")).toEqual([]);
    expect(values("Both candidates campaigned in Ohio ahead of Super Tuesday.")).toEqual([]);
    expect(values("Governor Haldane on Tuesday signed the bill; Haldane Friday vetoed another.")).toEqual([
      ["Tuesday", "2025-04-22"],
      ["Friday", "2025-04-18"],
    ]);
    expect(values("The black Friday mood lifted.")).toEqual([["Friday", "2025-04-18"]]);
  });

  it("reads a quarter named by its last month ('the December quarter')", () => {
    expect(values("The miner posted a loss for the December quarter.")).toEqual([["the December quarter", "2024-Q4"]]);
    expect(values("Output will recover in the September quarter, the board said.")).toEqual([["the September quarter", "2025-Q3"]]);
    // A month that ends no quarter names none; "May" alone stays a month.
    expect(values("Sales fell in the May quarter.")).toEqual([["May", "2025-05"]]);
    expect(values("He rented a flat in the Latin quarter.")).toEqual([]);
  });

  it("reads 'the day' before a weekday as no expression of its own", () => {
    expect(values("During the day Friday, the crews cleared the road.")).toEqual([["Friday", "2025-04-18"]]);
    expect(values("Talks went on during the day, officials said.")).toEqual([["the day", "2025-04-24"]]);
  });

  it("reads both ends of a day range across a month boundary, abbreviated months and all", () => {
    expect(values("The fair runs Nov. 30-Dec. 1 on the green.")).toEqual([
      ["Nov. 30", "2024-11-30"],
      ["Dec. 1", "2024-12-01"],
    ]);
    expect(values("The port will be shut Dec. 31-Jan. 2, the authority said.")).toEqual([
      ["Dec. 31", "2025-12-31"],
      ["Jan. 2", "2026-01-02"],
    ]);
  });

  it("reads a weekday counted within every month as one SET", () => {
    expect(values("The board meets the first Monday of every month.")).toEqual([["the first Monday of every month", "P1M"]]);
    expect(values("Bins go out on the last Friday of each month.")).toEqual([["the last Friday of each month", "P1M"]]);
    expect(findDates("The board meets the first Monday of every month.", { published: PUBLISHED })[0]?.type).toBe("SET");
    // A named month is still one day.
    expect(values("The board meets the first Monday of May.")).toEqual([["the first Monday of May", "2025-05-05"]]);
  });

  it("reads 'overnight' in a market report as the night before the trading day it is on", () => {
    expect(values("Tokyo shares ended lower on Monday. Traders blamed overnight losses in New York.")).toEqual([
      ["Monday", "2025-04-21"],
      ["overnight", "2025-04-20TNI"],
    ]);
    // No market words: the night before the report.
    expect(values("Drones hit the port on Monday. Overnight, the air force downed 40 more.")).toEqual([
      ["Monday", "2025-04-21"],
      ["Overnight", "2025-04-23TNI"],
    ]);
    // No day named before: the night before the report too.
    expect(values("Oil prices fell overnight in Asian trading.")).toEqual([["overnight", "2025-04-23TNI"]]);
  });
});

describe("findDates: each sentence read on its own, with the memos of one scan reused", () => {
  it("reads a shorter sentence after a longer one without the first one's matches", () => {
    // The same positions within the two sentences hold different phrases: a memo left over from
    // the first sentence would give its phrase again.
    expect(values("On March 3 the convoy of trucks and buses finally left the city. On Friday it came back.")).toEqual([
      ["March 3", "2025-03-03"],
      ["Friday", "2025-04-18"],
    ]);
  });

  it("reads each sentence's numbers afresh", () => {
    expect(values("Forty-four days ago the bridge over the river was closed to all traffic. Nine days ago it opened again.")).toEqual([
      ["Forty-four days ago", "2025-03-11"],
      ["Nine days ago", "2025-04-15"],
    ]);
  });
});
