import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: verbs of stance and of taking someone on", () => {
  it("reads what a speaker attacks or mocks, with the charge after 'for' or 'as'", () => {
    expect(read("Farm Tax\n\nSenator Ada Brook blasted the governor for raising taxes on farmers. Tom Dunn derided the plan as a gift to landlords.")).toEqual([
      ["indirect", "the governor for raising taxes on farmers", "Ada Brook"],
      ["indirect", "the plan as a gift to landlords", "Tom Dunn"],
    ]);
  });

  it("reads what a speaker echoes, likens or promotes", () => {
    expect(read("Budget Talks\n\nMayor Nora Pike echoed his concerns about the budget. She likened the plan to a tax on bread. Tom Dunn has long promoted cycling in the city.")).toEqual([
      ["indirect", "his concerns about the budget", "Nora Pike"],
      ["indirect", "the plan to a tax on bread", "Nora Pike"],
      ["indirect", "cycling in the city", "Tom Dunn"],
    ]);
  });

  it("reads a stance told by an adjective between a form of 'be' and 'that', denied or not", () => {
    expect(read("Ward Rota\n\nThe union's leaders are convinced that the new rota will hurt nurses. Local farmers were not sure that the dam would hold.")).toEqual([
      ["indirect", "the new rota will hurt nurses", "union's leaders"],
      ["indirect", "the dam would hold", "Local farmers"],
    ]);
  });

  it("leaves an adjective after a modal's 'be', or before a 'that' of degree", () => {
    expect(read("Vote Day\n\nThe mayor can be convinced that the deal is good. The hall was so small that nobody sat.")).toEqual([]);
  });

  it("reads an adjective of certainty after an empty 'it' as a report with no one holding it", () => {
    expect(read("Vote Day\n\nIt is certain that the vote will be close.")).toEqual([["indirect", "the vote will be close", undefined]]);
  });

  it("reads a stance in the passive with its holder after 'by'", () => {
    expect(read("Ferry Plan\n\nThe ferry plan is supported by the Harbor Council. The toll is opposed by most drivers.")).toEqual([
      ["indirect", "The ferry plan", "Harbor Council"],
      ["indirect", "The toll", "drivers"],
    ]);
  });

  it("leaves the nouns: echoes heard, a blast", () => {
    expect(read("Harbor Blast\n\nEchoes of the blast were heard across the harbor.")).toEqual([]);
  });

  it("reads a vote cast or polled for or against someone, a view agreed with, a rival called out", () => {
    expect(read("Ferry Vote\n\nAmong older voters, 41 percent would vote for Nora Pike. Senator Ada Brook voted against the ferry levy. Tom Dunn agreed with the harbor board. Lena Ortiz called out the council over the delay.")).toEqual([
      ["indirect", "Nora Pike", "41 percent"],
      ["indirect", "the ferry levy", "Ada Brook"],
      ["indirect", "the harbor board", "Tom Dunn"],
      ["indirect", "the council over the delay", "Lena Ortiz"],
    ]);
  });

  it("leaves a vote as a noun", () => {
    expect(read("Ferry Vote\n\nThe vote for the new ferry is set for May.")).toEqual([]);
  });
});
