/**
 * The help text of the `newsfacts` command.
 *
 * @module
 */
import { EXIT_CODES } from "./exit-codes.js";

/** The full `--help` text. */
export const HELP = `newsfacts: read news articles and print what they say as typed data

Usage:
  newsfacts parse [FILE|-] [--published DATE] [--time-zone ZONE]
                  [--vague none|small|all] [--format json|summary] [--html]
  newsfacts batch [--workers N] [--published DATE] [--time-zone ZONE]
                  [--vague none|small|all] [--progress]
  newsfacts --help | --version

Commands:
  parse   Read one article from FILE (from stdin with "-" or no FILE) and print
          its Article as JSON, or a readable summary with --format summary.
  batch   Read NDJSON from stdin, one {"id"?, "text", "published"?, "timeZone"?}
          object a line ("html" instead of "text" for a page), and write one
          Article JSON a line to stdout, in input order ("id" copied first when
          given). Blank lines are skipped. A bad line gets {"line", "id"?,
          "error"} in its place and the batch goes on.

Options:
  --published DATE  Publication date, ISO 8601 ("2025-04-24",
                    "2025-04-24T09:30:00Z"). Relative dates resolve against it.
                    Without it, an HTML page is dated by its own metadata
                    (article:published_time, JSON-LD datePublished ...);
                    parse --published none reads no date, not even the page's.
                    For batch: the default for lines without their own
                    "published" (or with "published": null), and for "html"
                    lines whose page declares no date.
  --time-zone ZONE  The publication's place as an IANA time zone ("Europe/Kyiv",
                    "UTC"): a --published instant (with Z or an offset) is read
                    on that wall clock, so "yesterday" in a story stamped
                    2025-04-24T22:30:00Z in Kyiv is April 24. A date alone is
                    that place's day already. For batch: the default for lines
                    without their own "timeZone".
  --vague WHICH     Which vague tolls to keep: none; small (default), those
                    under ten ("several" as 3 to 9); all, also "dozens" and
                    "hundreds" as bounds.
  --format FORMAT   parse output: json (default) or summary.
  --html            parse: the input is an HTML page (the default for a FILE
                    named .html, .htm or .xhtml); every span is then an offset
                    into the HTML.
  --workers N       batch: threads that parse, 1 to 64 (default: the number of
                    cores). 1 parses in the main thread alone; N > 1 starts N
                    worker threads, the main thread only reading and writing.
  --progress        batch: print a progress line on stderr even when it is not a
                    terminal (silent for a run's first second, so a short run
                    prints nothing).
  -h, --help        Print this help.
  -v, --version     Print the version.

Examples:
  newsfacts parse story.txt --published 2025-04-24 --format summary
  curl -s https://example.org/story |
    newsfacts parse - --html --published 2025-04-24
  newsfacts batch --published 2025-04-24 < stories.ndjson > articles.ndjson

Exit codes:
  ${EXIT_CODES.ok}  ok
  ${EXIT_CODES.someLinesFailed}  batch: some lines failed (each has an error record in the output)
  ${EXIT_CODES.usage}  usage error: unknown command or option, bad value (--published,
     --time-zone, --vague, --workers, --format), a file that cannot be read
     or is not text; nothing is written to stdout
`;
