/**
 * Words common in news copy and headlines that the general word list lacks; in an ALL CAPS or
 * Title Case headline they are ordinary words, not names.
 *
 * @module
 */

/** Ordinary news words, lower case. */
export const NEWS_WORDS: readonly string[] = [
  "victory", "victories", "defeat", "standings", "division", "league", "national", "nationals", "cup", "final",
  "finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "round", "rounds", "scores", "scoreboard",
  "results", "result", "summary", "summaries", "table", "tables", "championship", "championships", "tournament",
  "match", "matches", "game", "games", "series", "season", "seasons", "innings", "wicket", "wickets", "goal",
  "goals", "points", "point", "day", "week", "month", "year", "first", "second", "third", "fourth", "fifth",
  "division", "premier", "premiership", "grand", "prix", "open", "masters", "classic", "stage", "leg",
  "soccer", "football", "rugby", "cricket", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
  "boxing", "cycling", "motor", "racing", "motorcycling", "skiing", "swimming", "rowing", "sailing", "yachting",
  "olympic", "olympics", "world", "international", "european", "champion", "champions", "record", "records",
  "shares", "stocks", "stock", "bonds", "bond", "prices", "price", "market", "markets", "trade", "trading",
  "index", "indices", "rates", "rate", "profit", "profits", "loss", "losses", "earnings", "revenue", "sales",
  "percent", "pct", "net", "dividend", "forecast", "outlook", "results", "quarter", "half", "interim",
  "says", "said", "sees", "seen", "plans", "plan", "talks", "talk", "deal", "deals", "vote", "votes", "poll",
  "polls", "election", "elections", "govt", "gov't", "minister", "president", "police", "army", "troops",
  "rebels", "rebel", "court", "parliament", "opposition", "leader", "leaders", "official", "officials",
  "update", "latest", "breaking", "new", "big", "news", "live", "exclusive", "analysis", "feature", "factbox",
  "preview", "review", "report", "reports", "update", "highlights", "wrap", "roundup", "results", "fixtures",
  "weekend", "tonight", "today", "tomorrow", "yesterday", "attack", "attacks", "strike", "strikes", "war",
  "peace", "ceasefire", "truce", "killed", "dead", "die", "dies", "wounded", "injured", "missile", "missiles",
  "drone", "drones", "blast", "blasts", "bomb", "bombs", "crash", "fire", "flood", "floods", "storm", "quake",
  "earthquake", "protest", "protests", "crisis", "summit", "visit", "meets", "meet", "urges", "warns", "calls",
  "denies", "backs", "rejects", "agrees", "signs", "wins", "win", "beats", "beat", "loses", "lose", "draws",
  "draw", "leads", "lead", "tops", "top", "sets", "set", "takes", "take", "keeps", "hits", "hit", "rises",
  "rise", "falls", "fall", "gains", "gain", "drops", "drop", "ends", "end", "starts", "start", "opens",
  "closes", "close", "steady", "firm", "firmer", "weaker", "higher", "lower", "mixed", "flat", "up", "down",
  "after", "before", "over", "under", "against", "into", "out", "off", "on", "at", "to", "for", "of", "in",
  "with", "by", "from", "as", "and", "or", "but", "not", "no", "the", "a", "an", "is", "are", "be", "was",
  "were", "will", "may", "can", "could", "would", "should", "more", "less", "most", "least", "than",
  "vs", "v", "newsroom", "desk", "page", "pages", "tel", "fax", "mln", "bln", "billion", "million",
];
