/**
 * newsfacts: read a news article and return what it says as typed, checkable data.
 *
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
