/**
 * newsfacts: read a news article and return what it says as typed, checkable data.
 *
 * @packageDocumentation
 */
export { parseArticle, type ParseArticleOptions } from "./parse-article.js";
export * from "./model.js";
