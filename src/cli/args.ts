/**
 * Command-line arguments to a command: what to run, or why the arguments are unusable.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { parseArticle, type VagueAmounts } from "../index.js";
import { looksLike, VAGUE_CHOICES } from "../options.js";

/** The output formats of `newsfacts parse`. */
export const PARSE_FORMATS = ["json", "summary"] as const;
/** An output format of `newsfacts parse`. */
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** `newsfacts parse`: one article from a file or stdin. */
export interface ParseCommand {
  /** Discriminant. */
  readonly kind: "parse";
  /** The file to read, or `"-"` for stdin. */
  readonly file: string;
  /**
   * The publication date, already validated; `null` for `--published none`: the article has no
   * date, and an HTML page's own is not read either.
   */
  readonly published?: string | null;
  /** The publication's IANA time zone, already validated. */
  readonly timeZone?: string;
  /** Which vague tolls to keep. */
  readonly vague?: VagueAmounts;
  /** How to print the article. */
  readonly format: ParseFormat;
  /** Set when the input is HTML (`--html`, or a file named `.html` or `.htm`): spans are then offsets into it. */
  readonly html?: true;
}

/** `newsfacts batch`: NDJSON in, NDJSON out. */
export interface BatchCommand {
  /** Discriminant. */
  readonly kind: "batch";
  /** Threads that parse: 1 is the main thread alone; more are as many worker threads, the main thread then only reading and writing. */
  readonly workers: number;
  /** The default publication date for lines without one, already validated. */
  readonly published?: string;
  /** The default IANA time zone for lines without one, already validated. */
  readonly timeZone?: string;
  /** Which vague tolls every line keeps. */
  readonly vague?: VagueAmounts;
  /** Print progress on stderr even when it is not a terminal. */
  readonly progress: boolean;
}

/** What the arguments ask for. */
export type Command =
  | ParseCommand
  | BatchCommand
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "usage-error"; readonly message: string };

/** The `--published` value that says there is no publication date. */
const NO_DATE = "none";

/** A file name that says the file is HTML. */
const HTML_FILE = /\.x?html?$/iu;

/** Most threads that parse, whatever `--workers` says: more only costs memory. */
const MAX_WORKERS = 64;

/** The options of every command; which command takes which is checked after parsing. */
const OPTIONS = {
  published: { type: "string" },
  "time-zone": { type: "string" },
  vague: { type: "string" },
  format: { type: "string" },
  workers: { type: "string" },
  progress: { type: "boolean" },
  html: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** What the value of each option that takes one must be, for the message when it is missing. */
const EXPECTED_VALUE: Readonly<Record<string, string>> = {
  published: 'an ISO 8601 date such as "2025-04-24" or "2025-04-24T09:30:00Z"',
  "time-zone": 'an IANA time zone name such as "Europe/Kyiv" or "UTC"',
  vague: VAGUE_CHOICES.join(", "),
  format: "json or summary",
  workers: `a whole number from 1 to ${MAX_WORKERS}`,
};

/**
 * Options people reach for that the command line spells otherwise, with what to give instead:
 * named in the message, as a misspelling's nearest option is.
 */
const OPTION_HINTS: Readonly<Record<string, string>> = {
  json: "did you mean --format json? it is the default",
  summary: "did you mean --format summary?",
  pretty: "parse prints indented JSON already; --format summary prints a digest for people",
  ndjson: "batch writes NDJSON, one Article a line; parse prints one indented Article",
  jsonl: "batch writes NDJSON, one Article a line; parse prints one indented Article",
  text: "text is the default input; --html reads a page",
  tz: "did you mean --time-zone?",
  date: "did you mean --published?",
};

/**
 * Reads the command line (without `node` and the script) into a {@link Command}. Never throws:
 * anything unusable becomes a `usage-error` with a message for people.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return usageError(argumentProblem(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...operands] = positionals;
  if (command === undefined) return usageError("no command given");
  // `--published none`: no date at all, not even the one an HTML page declares (parse only).
  const noDate = values.published?.trim().toLowerCase() === NO_DATE;
  const problem = (noDate ? undefined : libraryProblem("published", "--published", values.published)) ?? libraryProblem("timeZone", "--time-zone", values["time-zone"]) ?? vagueProblem(values.vague);
  if (problem) return usageError(problem);
  // The options of parseArticle both commands share, each only when given.
  const shared = {
    ...(values.published === undefined || noDate ? {} : { published: values.published }),
    ...(values["time-zone"] === undefined ? {} : { timeZone: values["time-zone"] }),
    ...(values.vague === undefined ? {} : { vague: values.vague as VagueAmounts }),
  };
  if (command === "parse") {
    if (operands.length > 1) return usageError(`parse takes one FILE, got ${operands.length}`);
    if (values.workers !== undefined || values.progress) return usageError("--workers and --progress belong to batch");
    const format = values.format ?? "json";
    if (!isParseFormat(format)) return usageError(`--format must be one of ${PARSE_FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
    const file = operands[0] ?? "-";
    const html = values.html || HTML_FILE.test(file) ? { html: true as const } : {};
    return { kind: "parse", file, format, ...shared, ...(noDate ? { published: null } : {}), ...html };
  }
  if (command === "batch") {
    if (operands.length > 0) return usageError("batch reads stdin and takes no FILE");
    if (values.format !== undefined) return usageError("--format belongs to parse; batch always writes NDJSON");
    if (values.html) return usageError('--html belongs to parse; a batch line gives its HTML as "html" instead of "text"');
    if (noDate) return usageError("--published none belongs to parse; for batch, leave --published out (a line without a date then has none, unless its page declares one)");
    // By default every core, up to the most threads a run takes (a larger machine is no usage error).
    const workers = values.workers === undefined ? Math.min(availableParallelism(), MAX_WORKERS) : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
      return usageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(values.workers)}`);
    }
    return { kind: "batch", workers, progress: values.progress ?? false, ...shared };
  }
  // `newsfacts help`, as many commands take it.
  if (command === "help") return { kind: "help" };
  return usageError(`unknown command ${JSON.stringify(command)}${commandHint(command, operands.length)}`);
}

/** The commands, for the hint after an unknown one. */
const COMMANDS = ["parse", "batch"] as const;

/**
 * What an unknown command was likely meant to be: a command misspelt (`pars`, `Parse`), or a file
 * given with no command before it (`newsfacts story.txt`).
 */
function commandHint(command: string, operands: number): string {
  const near = COMMANDS.find((known) => looksLike(known, command));
  if (near !== undefined) return ` (did you mean ${near}?)`;
  if (operands === 0 && (command === "-" || /[./\\]/u.test(command))) return ` (to read a file: newsfacts parse ${command})`;
  return `; the commands are ${COMMANDS.join(" and ")}`;
}

/**
 * What `parseArgs` rejected, said briefly and with what is expected: its own text explains `--`
 * escapes for an unknown option, and names a missing value "ambiguous" when the next word is an option.
 */
function argumentProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  // The option as written, without a `<value>` placeholder: "--published", "-x".
  const option = /'(-[^' <]*)/u.exec(text)?.[1];
  if (option === undefined) return text;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = option.replace(/^-+/u, "");
    const hint = Object.hasOwn(OPTION_HINTS, name.toLowerCase()) ? OPTION_HINTS[name.toLowerCase()] : undefined;
    if (hint !== undefined) return `unknown option ${option} (${hint})`;
    const near = name.length > 1 ? Object.keys(OPTIONS).find((known) => looksLike(known, name)) : undefined;
    return `unknown option ${option}${near === undefined ? "" : ` (did you mean --${near}?)`}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const expected = EXPECTED_VALUE[option.replace(/^-+/u, "")];
    if (expected !== undefined) return `${option} needs a value: ${expected}`;
    return `${option} takes no value`;
  }
  return text;
}

function usageError(message: string): Command {
  return { kind: "usage-error", message };
}

function isParseFormat(value: string): value is ParseFormat {
  return (PARSE_FORMATS as readonly string[]).includes(value);
}

/**
 * The library is the judge of a valid date and time zone: parseArticle given `option` alone
 * throws on an invalid value and on nothing else.
 */
function libraryProblem(option: "published" | "timeZone", flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    parseArticle("", { [option]: value });
    return undefined;
  } catch (error) {
    // The library names the option; here it is the flag.
    return (error instanceof Error ? error.message : String(error)).replace(`newsfacts: \`${option}\``, flag);
  }
}

function vagueProblem(value: string | undefined): string | undefined {
  if (value === undefined || (VAGUE_CHOICES as readonly string[]).includes(value)) return undefined;
  return `--vague must be one of ${VAGUE_CHOICES.join(", ")}, got ${JSON.stringify(value)}`;
}
