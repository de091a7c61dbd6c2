/**
 * The domain model: what {@link parseArticle} returns.
 *
 * Every extracted item carries spans (UTF-16 offsets, end exclusive) into
 * {@link Article.text}, so a caller can always highlight the evidence.
 * Kinds are `as const` arrays with their unions derived from them, so code can
 * iterate the kinds and the compiler can check that every kind is handled.
 *
 * @module
 */

/** A stretch of the input: UTF-16 offsets into {@link Article.text}, `end` exclusive. @group Article */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/**
 * A span together with the text it covers: `text === article.text.slice(start, end)`; for HTML
 * input, that slice as a reader sees it (tags dropped, character references decoded).
 *
 * @group Article
 */
export interface Mention extends Span {
  /** The covered text, exactly as in the input; for HTML input, as a reader sees it. */
  readonly text: string;
}

// ---------------------------------------------------------------- actors

/** The kinds of actor: who can do or say something. @group Actors */
export const ACTOR_KINDS = ["person", "organization", "country", "group"] as const;
/** What an actor is: a person, an organization, a country (as an actor) or a group of people. @group Actors */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** How a mention refers to its actor. @group Actors */
export const MENTION_FORMS = ["name", "alias", "title", "description", "pronoun", "metonym"] as const;
/**
 * How a mention refers to its actor: by `name` ("Donald Trump", "Trump"), by `alias` (a spelling
 * variant or acronym), by `description` ("the president"), by `pronoun` ("he"), or by `metonym`
 * ("the Kremlin" for Russia's government). `title` is reserved: this version gives none (a title
 * before a name, "President Trump", goes into {@link Actor.titles}).
 *
 * @group Actors
 */
export type MentionForm = (typeof MENTION_FORMS)[number];

/** One place in the text that refers to an actor. @group Actors */
export interface ActorMention extends Mention {
  /** How the mention refers to the actor. */
  readonly form: MentionForm;
}

/** A person, organization, country or group that does or says something in the article. @group Actors */
export interface Actor {
  /** Stable within the article, derived from the canonical name: `"donald-trump"`. */
  readonly id: string;
  /** What the actor is. */
  readonly kind: ActorKind;
  /** The canonical name: the full, usual English name (`"Volodymyr Zelenskyy"`). */
  readonly name: string;
  /** Titles and roles the text gives the actor (`"Prime Minister"`, `"President"`). */
  readonly titles: readonly string[];
  /** Other surface forms of the actor in the text, once per spelling (`"Zelensky"`, `"the Kremlin"`). */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country the actor belongs to or stands for, where known. */
  readonly country?: string;
  /** Every mention in text order: names, aliases, descriptions, pronouns and metonyms. */
  readonly mentions: readonly ActorMention[];
}

// ---------------------------------------------------------------- territories

/** The kinds of territory. @group Territories */
export const TERRITORY_KINDS = ["country", "region", "city", "other"] as const;
/**
 * What a territory is: a `country`; a `region` (oblast, province, state, named region such as
 * Donbas); a `city` (also towns and villages); `other` (districts, seas, rivers, continents).
 *
 * @group Territories
 */
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** The control or sovereignty status of a territory, as the text states it. @group Territories */
export const TERRITORY_STATUSES = ["occupied", "annexed", "claimed", "contested", "liberated"] as const;
/** A territory's status where the text gives it ("the occupied Ukrainian regions of Luhansk"). @group Territories */
export type TerritoryStatus = (typeof TERRITORY_STATUSES)[number];

/** A place mentioned as a place. @group Territories */
export interface Territory {
  /** Stable within the article: the ISO code in lower case where there is one, else the name as a slug. */
  readonly id: string;
  /** What the territory is. */
  readonly kind: TerritoryKind;
  /** The canonical English name (`"Kyiv"`, `"Luhansk Oblast"`). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 (`"UA"`) or ISO 3166-2 (`"UA-30"`), where a code exists. */
  readonly iso?: string;
  /** ISO 3166-1 alpha-2 code of the country the territory lies in (`"UA"` for Kyiv). */
  readonly country?: string;
  /** Other surface forms used in the text (`"Kiev"`), once per spelling. */
  readonly aliases: readonly string[];
  /** The status the text gives the territory, if any. */
  readonly status?: TerritoryStatus;
  /** Every mention in text order. */
  readonly mentions: readonly Mention[];
}

// ---------------------------------------------------------------- temporal expressions

/** TimeML TIMEX3 types. @group Dates */
export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;
/** The TIMEX3 type of a temporal expression. @group Dates */
export type TimexType = (typeof TIMEX_TYPES)[number];

/** The granularities a TIMEX3 value can be stated at. @group Dates */
export const GRANULARITIES = [
  "century",
  "decade",
  "year",
  "half",
  "quarter",
  "season",
  "month",
  "week",
  "day",
  "part-of-day",
  "hour",
  "minute",
  "second",
] as const;
/** The grain of a temporal expression's value ("July 2024" is `month`). @group Dates */
export type Granularity = (typeof GRANULARITIES)[number];

/** What a relative expression was resolved against. @group Dates */
export const ANCHOR_KINDS = ["absolute", "published", "narrative", "speech", "none"] as const;
/**
 * What a temporal expression was resolved against: `absolute` (needs nothing: "July 2024"),
 * `published` (the publication date: "Thursday"), `narrative` (the last absolute date in the
 * text), `speech` (the day a quote was said, where its reporting clause dates it: "tomorrow"
 * in "“We open tomorrow,” she said Tuesday"), `none` (unresolved: no reference was given).
 *
 * @group Dates
 */
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/** The interval a temporal value denotes: ISO 8601 instants in UTC, `end` exclusive. @group Dates */
export interface Interval {
  /** The first instant, e.g. `"2024-07-01T00:00:00.000Z"`. */
  readonly start: string;
  /** The instant just past the interval, e.g. `"2024-08-01T00:00:00.000Z"`. */
  readonly end: string;
}

/** A temporal expression, normalized to its TIMEX3 value. @group Dates */
export interface TemporalExpression extends Mention {
  /** Stable within the article: `"t1"`, `"t2"`… in text order. */
  readonly id: string;
  /** The TIMEX3 type. */
  readonly type: TimexType;
  /**
   * The TIMEX3 value: `"2025-03-11"`, `"2024-07"`, `"2025-W17"`, `"2025-04-23TNI"`, `"P44D"`,
   * `"PRESENT_REF"`. Contains `X` for digits the text leaves open (`"XXXX-05-09"`).
   */
  readonly value: string;
  /** The grain the value is stated at, for DATE and TIME values. */
  readonly granularity?: Granularity;
  /** A TIMEX3 modifier: `"START"` for "early 2024", `"APPROX"` for "about", ... */
  readonly mod?: string;
  /** What the value was resolved against. */
  readonly anchor: AnchorKind;
  /** The interval the value denotes, when it is a calendar value. */
  readonly interval?: Interval;
}

// ---------------------------------------------------------------- statements

/** The kinds of statement. @group Statements */
export const STATEMENT_KINDS = ["direct", "indirect"] as const;
/** `direct` for words inside quotation marks, `indirect` for reported speech. @group Statements */
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Speech-act classes, from the reporting verb. @group Statements */
export const SPEECH_ACTS = ["assertion", "demand", "warning", "denial", "promise", "accusation", "question", "belief", "intention"] as const;
/**
 * What the speaker did with the words: asserted, demanded, warned or threatened, denied, promised,
 * accused, asked; or, for attributed stances that report no words, believed ("X thinks …") or
 * intended ("X wants to …").
 *
 * @group Statements
 */
export type SpeechAct = (typeof SPEECH_ACTS)[number];

/** Who said what: a direct quote or a reported claim. @group Statements */
export interface Statement {
  /** Stable within the article: `"s1"`, `"s2"`… in text order. */
  readonly id: string;
  /** Direct quote or reported speech. */
  readonly kind: StatementKind;
  /** The speaker's {@link Actor.id}, when the text names or points to one. */
  readonly speaker?: string;
  /** The mention that introduced the speaker ("he", "the president", "Trump"). */
  readonly speakerMention?: Mention;
  /** The words reported: inside the quotation marks for direct speech. */
  readonly content: Mention;
  /** The reporting verb as written ("said", "urged"). */
  readonly cue?: Mention;
  /** The reporting verb's lemma ("say", "urge"). */
  readonly verb?: string;
  /** The speech-act class of the reporting verb. */
  readonly act?: SpeechAct;
  /** When it was said ("Trump said Thursday"), where the text says. */
  readonly date?: TemporalExpression;
}

// ---------------------------------------------------------------- casualties

/** The kinds of casualty. @group Casualties */
export const CASUALTY_KINDS = ["killed", "injured", "missing", "captured", "displaced"] as const;
/** What happened to the people counted. @group Casualties */
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

/** A count with bounds: "at least 12" → `{ min: 12 }`; "12" → `{ min: 12, max: 12 }`. @group Casualties */
export interface Count {
  /** The lower bound, a whole number of people: 0 when only a ceiling is stated ("up to 30", "nearly 200"). */
  readonly min: number;
  /** The upper bound; absent when the count is open ("at least 12"). */
  readonly max?: number;
  /** True for "about", "some", "nearly"… */
  readonly approximate?: boolean;
}

/**
 * A share of a toll that the text breaks out right after it: "killing four people, including
 * three children" has the share three children. Part of the toll's count, never a toll of its own.
 *
 * @group Casualties
 */
export interface CasualtyPart {
  /** How many of the toll. */
  readonly count: Count;
  /** Who they were ("children", "women"), as the text says. */
  readonly victims: string;
  /** The evidence: the count and its victims ("three children"). */
  readonly span: Span;
  /** The evidence text, `article.text.slice(span.start, span.end)`. */
  readonly text: string;
}

/** A human toll: how many, of whom, what happened to them, where and when. @group Casualties */
export interface Casualty {
  /** Stable within the article: `"c1"`, `"c2"`… in text order. */
  readonly id: string;
  /** What happened to them. */
  readonly kind: CasualtyKind;
  /** How many. */
  readonly count: Count;
  /** The evidence: the stretch of text that states the count and the kind. */
  readonly span: Span;
  /** The evidence text, `article.text.slice(span.start, span.end)` (for HTML input, as a reader sees it). */
  readonly text: string;
  /** Who they were ("people", "civilians", "children"), as the text says. */
  readonly victims?: string;
  /** The shares of the toll the text breaks out after it ("..., including three children"), in text order. */
  readonly including?: readonly CasualtyPart[];
  /** Where: the {@link Territory.id} of one of the text's territories (`"ua-30"`, `"kherson"`). */
  readonly place?: string;
  /** When, from the clause or the article's event date. */
  readonly date?: TemporalExpression;
}

// ---------------------------------------------------------------- article

/**
 * Codes of the diagnostics {@link parseArticle} can report. `unresolved-date` is reserved:
 * this version does not report it (an unplaced date keeps `X` digits in its value instead).
 *
 * @group Article
 */
export const DIAGNOSTIC_CODES = ["boilerplate", "no-published-date", "unresolved-date", "facet-failed"] as const;
/** The code of a diagnostic. @group Article */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** Something the parser noticed and could not do, or left out on purpose. @group Article */
export interface Diagnostic {
  /** A stable machine-readable code. */
  readonly code: DiagnosticCode;
  /** A sentence for people. */
  readonly message: string;
  /** Where in the text, when it concerns a stretch of it. */
  readonly span?: Span;
}

/** Everything newsfacts read from one article. @group Article */
export interface Article {
  /** The input, unchanged; every span indexes into it. */
  readonly text: string;
  /** The first line, when it reads as a title; for an HTML page, its headline ({@link HtmlText.headline}). */
  readonly title?: string;
  /**
   * The publication date as given (trimmed), ISO 8601; a `Date` given as `published` is here in UTC
   * (`"2025-04-24T00:00:00.000Z"`). For an HTML page given without one, the date the page declares
   * ({@link HtmlText.published}), as written there.
   */
  readonly published?: string;
  /** People, organizations, countries and groups that act or speak. */
  readonly actors: readonly Actor[];
  /** Direct quotes and reported speech. */
  readonly statements: readonly Statement[];
  /** Places mentioned as places. */
  readonly territories: readonly Territory[];
  /** Human tolls. */
  readonly casualties: readonly Casualty[];
  /** Temporal expressions with TIMEX3 values. */
  readonly dates: readonly TemporalExpression[];
  /** What the parser noticed: boilerplate left out, no publication date, a facet that failed (see {@link DIAGNOSTIC_CODES}). */
  readonly diagnostics: readonly Diagnostic[];
}
