// An HTML page as it is: newsfacts reads the text a reader sees (menus, scripts and footers left
// out, and a share bar or a related-stories box that only its class names) and gives every span
// as an offset into the HTML, so the evidence can be marked in the page itself. Given no
// publication date, it dates the page by the page's own metadata.
//
//   npx tsup && node examples/html.mjs
//
// Prints:
// title: Strike on Kharkiv
// published: 2025-04-21T18:05:00+03:00 (as the page declares it; "Monday" is 2025-04-21)
// injured {"min":7,"max":7}: "Seven people were injured" in the page as "Seven people were <b>injured"
// Ihor Terekhov said: "Seven people were injured in Kharkiv on Monday"
// Ihor Terekhov said: "the strike hit a school"
// <h1>Strike on Kharkiv</h1>
// <p><mark>Seven people were </mark><b><mark>injured</mark></b> in Kharkiv on <mark>Monday</mark>, Mayor <mark>Ihor Terekhov</mark> said. He said the strike hit a school.</p>
import { parseArticle } from "newsfacts";

const html = `<html><head><title>Kharkiv | News</title><script>track()</script>
<meta property="article:published_time" content="2025-04-21T18:05:00+03:00"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Strike on Kharkiv</h1>
<div class="share-bar"><a>Share on Facebook</a> <a>Email</a></div>
<p>Seven people were <b>injured</b> in Kharkiv on Monday, Mayor Ihor Terekhov said. He said the strike hit a school.</p>
<div class="related-stories"><a>Drone strike kills two in Sumy on Sunday</a></div>
<footer>&copy; 2025 Example News</footer>
</body></html>`;

const article = parseArticle(html, { format: "html" });
console.log(`title: ${article.title}`);
const monday = article.dates.find((d) => d.text === "Monday");
console.log(`published: ${article.published} (as the page declares it; "Monday" is ${monday?.value})`);

// `text` is what a reader sees; `span` indexes the HTML, tags and character references included.
for (const c of article.casualties) {
  console.log(`${c.kind} ${JSON.stringify(c.count)}: "${c.text}" in the page as "${html.slice(c.span.start, c.span.end)}"`);
}
for (const s of article.statements) {
  const speaker = article.actors.find((a) => a.id === s.speaker);
  console.log(`${speaker?.name ?? "someone"} ${s.cue?.text}: "${s.content.text}"`);
}

// Mark the names, dates and tolls in the page, from the end first so earlier offsets stay
// valid. A span may cross tags, as the toll above does, and end inside an element: one <mark>
// around it would nest badly, so each stretch of text between its tags gets its own.
const mark = (source) => source.split(/(<[^<>]*>)/u).map((piece) => (piece === "" || piece.startsWith("<") ? piece : `<mark>${piece}</mark>`)).join("");
const names = article.actors.flatMap((a) => a.mentions.filter((m) => m.form === "name"));
const spans = [...names, ...article.dates, ...article.casualties.map((c) => c.span)];
let marked = html;
for (const { start, end } of spans.sort((a, b) => b.start - a.start)) {
  marked = `${marked.slice(0, start)}${mark(marked.slice(start, end))}${marked.slice(end)}`;
}
for (const line of marked.split("\n").filter((l) => l.startsWith("<h1>") || l.startsWith("<p>"))) console.log(line);
