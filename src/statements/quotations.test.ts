import { describe, expect, it } from "vitest";
import { prepareDocument } from "../text/document.js";
import { findQuotations } from "./quotations.js";

const contents = (text: string): string[] =>
  findQuotations(prepareDocument(text)).map((q) => text.slice(q.content.start, q.content.end));

describe("findQuotations", () => {
  it("reads straight, curly, guillemet and doubled marks", () => {
    expect(contents('Title\n\n"We will rebuild," she said.')).toEqual(["We will rebuild"]);
    expect(contents("Title\n\n“The bridge is gone.” The mayor left.")).toEqual(["The bridge is gone."]);
    expect(contents("Title\n\nHe called it «a betrayal» on air.")).toEqual(["a betrayal"]);
    expect(contents("Title\n\n``The talks failed,'' the envoy wrote.")).toEqual(["The talks failed"]);
    expect(contents("Title\n\n''The talks failed,'' the envoy wrote.")).toEqual(["The talks failed"]);
  });

  it("keeps . ? ! but drops the comma inside the closing mark", () => {
    expect(contents('Title\n\n"Is it safe?" she asked. "Go home," he said.')).toEqual(["Is it safe?", "Go home"]);
  });

  it("reads single marks outside double ones, but not apostrophes", () => {
    expect(contents("Mayor calls plan ‘a disgrace’ in letter")).toEqual(["a disgrace"]);
    expect(contents("Title\n\nThe voters’ mood didn’t change, the farmers' union said.")).toEqual([]);
    expect(contents("Title\n\n“He told me ‘never again’ that night,” she said.")).toEqual(["He told me ‘never again’ that night"]);
  });

  it("continues a quotation left open at a paragraph's end, one quotation per paragraph", () => {
    const text = "Title\n\n“We lost the power station.\n\n“We lost the water too,” the governor said.";
    const found = findQuotations(prepareDocument(text));
    expect(found.map((q) => text.slice(q.content.start, q.content.end))).toEqual(["We lost the power station.", "We lost the water too"]);
    expect(found.map((q) => [q.closed, q.continues])).toEqual([[false, false], [true, true]]);
  });

  it("takes a straight mark after a digit as inches and after = as markup, not as an opening", () => {
    expect(contents('Title\n\nThe guard is 6\'3" tall and "very calm," a colleague said.')).toEqual(["very calm"]);
    expect(contents('Title\n\n<post author="@newsdesk">"Stay indoors," the mayor wrote.')).toEqual(["Stay indoors"]);
  });

  it("reads a curly quotation inside a curly one when the next two marks both close", () => {
    expect(contents("Title\n\n“I would rather stay in what he calls “chaos” than leave,” she wrote.")).toEqual(["I would rather stay in what he calls “chaos” than leave"]);
    expect(contents("Title\n\n“The roads are shut. “We wait,” the driver said.")).toEqual(["We wait"]);
    expect(contents("Title\n\n“The roads are shut. “We wait,” the driver said. “Nobody comes.”")).toEqual(["We wait", "Nobody comes."]);
  });

  it("closes a quotation on a left mark glued to its last word", () => {
    expect(contents("Title\n\n“The talks are over,“ said the envoy, “and we go home.”")).toEqual(["The talks are over", "and we go home."]);
  });

  it("finds nothing in text without quotation marks, and survives lone marks", () => {
    expect(contents("Title\n\nThe convoy reached the border on Monday.")).toEqual([]);
    expect(() => contents('Title\n\n" “ ” « » \' ’ `` \'\'')).not.toThrow();
  });
});
