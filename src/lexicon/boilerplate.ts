/**
 * Page boilerplate that web extraction leaves in article text: comment sections, related-story
 * lists, subscription prompts. Lines are compared after trimming, case-insensitively.
 *
 * @module
 */

/** A line that ends the article proper: everything from it to the end is page furniture. */
export const TRAILER_LINES: readonly string[] = [
  "comments",
  "popular posts from this blog",
  "related stories",
  "related articles",
  "related topics",
  "more on this story",
  "more from this section",
  "you may also like",
  "recommended",
  "read next",
  "most read",
  "top stories",
  "share this article",
  "share this story",
];

/** A line that is page furniture on its own, inside the article. */
export const FURNITURE_LINES: readonly string[] = [
  "advertisement",
  "advert",
  "sponsored",
  "share",
  "share this",
  "skip advertisement",
  "story continues below",
  "story continues below advertisement",
  "continue reading",
  "read more",
  "related",
  "watch",
  "listen",
  "image source",
  "getty images",
];

/** The start of a line that is page furniture, whatever follows it. */
export const FURNITURE_PREFIXES: readonly string[] = [
  "join us on telegram",
  "other topics of interest",
  "go to bbcafrica.com",
  "follow us on",
  "follow kyiv post",
  "sign up for",
  "subscribe to",
  "read more:",
  "read also:",
  "related:",
  "share on ",
  "we use cookies",
  "this site uses cookies",
  "© 20",
  "© 19",
  "©20",
  "watch:",
  "image caption",
  "image source,",
  "media caption",
  "additional reporting by",
  "click here",
];
