/**
 * The `newsfacts` command line: a thin shell over the public API.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { parseArticle } from "./index.js";

const [, , command, file = "-", ...rest] = process.argv;
if (command !== "parse") {
  process.stderr.write("usage: newsfacts parse FILE|- [--published DATE]\n");
  process.exit(2);
}
const at = rest.indexOf("--published");
const published = at >= 0 ? rest[at + 1] : undefined;
const text = readFileSync(file === "-" ? 0 : file, "utf8");
process.stdout.write(JSON.stringify(parseArticle(text, published ? { published } : {}), null, 2) + "\n");
