/**
 * The exit codes of the `newsfacts` command, in one place so the help text and the code agree.
 *
 * @module
 */

/** Exit codes of the `newsfacts` command. */
export const EXIT_CODES = {
  /** Everything went through. */
  ok: 0,
  /** `batch`: at least one input line failed and got an error record; the others went through. */
  someLinesFailed: 1,
  /** Usage error: an unknown command or option, a bad value (an invalid `--published`), a file that cannot be read or is not text. */
  usage: 2,
} as const;

/** One of the {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
