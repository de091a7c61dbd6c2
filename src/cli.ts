/**
 * The `newsfacts` command line: a thin shell over the public API. Also the entry of the batch
 * worker threads, which re-enter this file, so the build needs no second entry point.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import { match } from "ts-pattern";
import { parseCommandLine } from "./cli/args.js";
import { isBatchWorker, serveBatchChunks } from "./cli/batch-worker.js";
import { EXIT_CODES, type ExitCode } from "./cli/exit-codes.js";
import { HELP } from "./cli/help.js";
import { runBatch } from "./cli/run-batch.js";
import { runParse } from "./cli/run-parse.js";

if (isBatchWorker()) serveBatchChunks();
else if (isMainThread) process.exitCode = await main(process.argv.slice(2));

async function main(argv: readonly string[]): Promise<ExitCode> {
  const command = parseCommandLine(argv);
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  return match(command)
    .with({ kind: "help" }, () => write(process.stdout, HELP, EXIT_CODES.ok))
    .with({ kind: "version" }, () => write(process.stdout, `${readVersion()}\n`, EXIT_CODES.ok))
    .with({ kind: "usage-error" }, ({ message }) =>
      write(process.stderr, `newsfacts: ${message}\nRun "newsfacts --help" for usage.\n`, EXIT_CODES.usage),
    )
    .with({ kind: "parse" }, (parse) => runParse(parse, io))
    .with({ kind: "batch" }, (batch) => runBatch(batch, { ...io, workerScript: new URL(import.meta.url) }))
    .exhaustive();
}

function write(stream: NodeJS.WritableStream, text: string, code: ExitCode): ExitCode {
  stream.write(text);
  return code;
}

/** The built CLI sits in dist/, next to the package.json every install ships. */
function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}
