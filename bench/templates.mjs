// Hand-written, news-like templates for the benchmark workloads. Ours: no corpus text. Slots in
// braces are filled per article by workloads.mjs, so every generated article reads like a wire
// story with its own cast, places, counts and dates.
//
// Article-wide slots: {P1} {P2} {P3} people (full name on first use), {P1last} etc. their last
// names, {T1} {T2} {T3} their titles, {C1} {C2} countries, {A1} {A2} adjectives of demonym,
// {CITY} {CITY2} cities, {REGION} a region, {ORG} an organization.
// Per-use slots: {N} a count, {N2} a larger count, {WEEKDAY}, {MONTH}, {YEAR}, {DAY}, {AGO} a
// number of days, {VERB} a reporting verb.

/** Headlines: the first line of an article. */
export const HEADLINES = [
  "{P1last} Warns of 'Serious Consequences' After Strike on {CITY}",
  "{N} Killed as Missiles Hit {CITY} Overnight",
  "{C1} and {C2} Agree to Resume Talks in {CITY2}",
  "{P2last} Rejects Ceasefire Terms, Calls Them 'Unacceptable'",
  "Floods Displace Thousands in {REGION} as Rivers Burst Their Banks",
  "{ORG} Says Aid Convoy Reached {CITY} After {AGO}-Day Delay",
  "{P1last} Meets {P3last} as Pressure Mounts Over Border Dispute",
  "Drone Attack on {CITY} Leaves {N} Injured, Officials Say",
  "Election in {C2}: {P2last} Claims Victory Before Final Count",
  "{A1} Parliament Approves Emergency Budget After Weeks of Debate",
];

/** Paragraph templates: an article is a headline and five to nine of these. */
export const PARAGRAPHS = [
  "{T1} {P1} said on {WEEKDAY} that {C1} would not accept any agreement that left {REGION} under foreign control, calling the latest proposal \"a step backwards for everyone who wants this war to end.\"",
  "At least {N} people were killed and {N2} were injured when {C2} launched a barrage of missiles and drones at {CITY} overnight, according to the regional governor. Rescue workers were still searching the rubble of a residential building on {WEEKDAY} morning.",
  "\"We have been patient for too long,\" {P1last} told reporters in {CITY2} on {WEEKDAY}. \"Patience is not a strategy, and our people deserve answers.\"",
  "The {ORG} {VERB} that more than {N2} civilians had been displaced from {REGION} since {MONTH} {YEAR}, and that shelters in {CITY} were already operating beyond capacity.",
  "{P2}, the {A2} {T2}, {VERB} that the talks had made \"real progress\" but cautioned that \"nothing is agreed until everything is agreed.\"",
  "The attack came {AGO} days after both sides agreed to a temporary pause in strikes on energy facilities, a deal brokered in {CITY2} in {MONTH} {YEAR}.",
  "Speaking at a news conference alongside {T3} {P3}, {P1last} said the two governments would sign a defence cooperation agreement by the end of {MONTH}. \"This is not about any one country,\" he added. \"It is about the security of the whole region.\"",
  "Local officials in {CITY} said {N} people were missing after the strike and that the death toll was likely to rise. Emergency services reported that {N} children were among the injured.",
  "{C2}'s defence ministry said its forces had shot down {N2} drones over {REGION} last night, a claim that could not be independently verified. It did not comment on reports of damage to a power station near {CITY}.",
  "Critics of the government accuse {P2last} of using the crisis to delay the vote, which was originally scheduled for {DAY} {MONTH} {YEAR}. His spokesperson denied the claim on {WEEKDAY}, saying the electoral commission alone would decide the date.",
  "Last month, {P3last} urged European leaders to speed up deliveries of air-defence systems, warning that \"every week of delay is paid for in lives.\" The request was discussed again at a meeting in {CITY2} earlier this week.",
  "Between {N} and {N2} soldiers were captured in the fighting around {CITY}, according to estimates from both sides, and prisoner exchanges have been suspended since {MONTH} {YEAR}.",
  "Prices of bread and fuel in {C1} have risen by nearly {N} percent since January, according to the national statistics office, and the central bank is expected to raise interest rates again on {WEEKDAY}.",
  "{T1} {P1last} is due to travel to {C2} next week for his first official visit since taking office on {DAY} {MONTH} {YEAR}. Officials said the agenda would include trade, energy and the return of displaced families to {REGION}.",
  "Residents of {CITY} described a night of explosions that began shortly after 2 a.m. \"The whole building shook, and then the windows came in,\" said a 54-year-old teacher who gave only her first name. \"My children are still shaking.\"",
  "In a statement on {WEEKDAY}, the {ORG} called on all parties to respect international humanitarian law and to allow safe passage for civilians leaving {REGION}. It said some {N2} families had registered for evacuation in the past {AGO} days.",
  "{P3}, who has led the {A1} delegation since {YEAR}, said the negotiations would resume in {CITY2} on {WEEKDAY} \"if the other side shows it is serious.\" He declined to say whether a draft text had been exchanged.",
  "The {A2} foreign ministry summoned {C1}'s ambassador on {WEEKDAY} to protest what it called \"a flagrant violation\" of its airspace, after debris from a drone was found near the border town of {CITY}.",
];

/** People: invented names, so no real person is given words they did not say. */
export const PEOPLE = [
  "Elena Marchetti", "Tomasz Wierzbicki", "Amara Okafor", "Daniel Hargreave", "Yusuf Demirel",
  "Ingrid Halvorsen", "Rafael Ortega", "Mei Lin Zhao", "Oleksandr Hrytsenko", "Nadia Karimova",
  "James O'Connell", "Sofia Lindqvist", "Kwame Mensah", "Lucia Ferreira", "Pieter van Dijk",
  "Aleksei Morozov", "Hannah Whitcombe", "Ravi Shankar Iyer", "Marta Kowalczyk", "Jean-Luc Besson",
];

/** Titles a person can hold. */
export const TITLES = [
  "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister",
  "Governor", "Mayor", "Chancellor", "Vice President", "Secretary of State",
];

/** Countries with their demonym adjectives. */
export const COUNTRIES = [
  ["Ukraine", "Ukrainian"], ["Russia", "Russian"], ["Poland", "Polish"], ["France", "French"],
  ["Germany", "German"], ["Turkey", "Turkish"], ["Norway", "Norwegian"], ["Japan", "Japanese"],
  ["Brazil", "Brazilian"], ["Kenya", "Kenyan"], ["India", "Indian"], ["Canada", "Canadian"],
  ["Sudan", "Sudanese"], ["Lebanon", "Lebanese"], ["Moldova", "Moldovan"], ["Georgia", "Georgian"],
];

/** Cities. */
export const CITIES = [
  "Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Kherson", "Sumy", "Warsaw",
  "Ankara", "Istanbul", "Nairobi", "Khartoum", "Beirut", "Geneva", "Vienna", "Oslo", "Chisinau",
  "Tbilisi", "Riyadh", "Doha", "Berlin", "Paris", "Tokyo",
];

/** Regions. */
export const REGIONS = [
  "Donetsk Oblast", "the Luhansk region", "Crimea", "the Zaporizhzhia region", "Kherson Oblast",
  "Darfur", "southern Lebanon", "Transnistria", "Abkhazia", "Bavaria", "Kharkiv Oblast", "the Sumy region",
];

/** Organizations. */
export const ORGS = [
  "United Nations", "International Committee of the Red Cross", "World Health Organization",
  "European Commission", "UN refugee agency", "International Atomic Energy Agency", "NATO",
];

/** Reporting verbs in the past tense. */
export const VERBS = ["said", "warned", "stated", "told reporters", "added", "insisted", "claimed", "reported"];

/** Weekdays and months. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
];
