/**
 * HTML input: the text a reader sees in a page, and the way back to the page's offsets.
 *
 * @module
 */
export { htmlToText, type HtmlText } from "./html-to-text.js";
