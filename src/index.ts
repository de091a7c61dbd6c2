// The guides are attached here rather than as TypeDoc's `projectDocuments`, which would make the
// entry point a module of its own ("index") and put the whole API one page down.
/**
 * newsfacts: read a news article and return what it says as typed, checkable data.
 *
 * @document ../docs/model.md
 * @document ../docs/timex3.md
 * @document ../docs/cli.md
 * @document ../docs/html.md
 * @packageDocumentation
 */
export { parseArticle, parseArticles, INPUT_FORMATS, type ArticleInput, type ArticleResult, type InputFormat, type ParseArticleOptions } from "./parse-article.js";
export * from "./html/index.js";
export type { FindOptions } from "./html/find-input.js";
export * from "./model.js";
export * from "./dates/index.js";
export * from "./territories/index.js";
export * from "./actors/index.js";
export * from "./statements/index.js";
export * from "./casualties/index.js";
export * from "./numbers/index.js";
