// Who said what: an article's quotes and reported speech, grouped by speaker.
//
//   npx tsup && node examples/statements.mjs
//
// Prints:
// Oleksandr Prokudin (person, 3 statements)
//   indirect, said: "repairs on the flooded dam began on Tuesday"
//   direct, told: "The water is falling and we are working around the clock"
//   indirect, added: "schools would reopen next week"
// Viktor Liashko (person, 2 statements)
//   indirect, warned: "drinking water must be boiled"
//   direct, said: "Do not drink from the river"
// no named speaker (1 statement)
//   indirect, said: "At least 14 people were killed"
import { parseArticle, statementsBySpeaker } from "newsfacts";

const story = `Dam Repairs Begin After Flood

Regional governor Oleksandr Prokudin said repairs on the flooded dam began on Tuesday.

"The water is falling and we are working around the clock," Prokudin told reporters. He added that schools would reopen next week.

At least 14 people were killed, officials said. Health Minister Viktor Liashko warned that drinking water must be boiled. "Do not drink from the river," Liashko said.`;

const article = parseArticle(story, { published: "2025-04-24" });

for (const { speaker, statements } of statementsBySpeaker(article)) {
  const count = `${statements.length} statement${statements.length === 1 ? "" : "s"}`;
  console.log(speaker ? `${speaker.name} (${speaker.kind}, ${count})` : `no named speaker (${count})`);
  // `cue` is the reporting verb as written; `verb` is its lemma ("say"), `act` its speech act.
  for (const s of statements) console.log(`  ${s.kind}, ${s.cue?.text ?? "no cue"}: "${s.content.text}"`);
}
