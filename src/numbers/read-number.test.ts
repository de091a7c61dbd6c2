import { describe, expect, it } from "vitest";
import { readNumber } from "./read-number.js";

/** The value read at the start of `text`, and the text it covers. */
function read(text: string, from = 0): [number, string] | undefined {
  const r = readNumber(text, from);
  return r ? [r.value, text.slice(from, r.end)] : undefined;
}

describe("readNumber: digits", () => {
  it("reads plain digits, separators and decimals", () => {
    expect(read("12 people")).toEqual([12, "12"]);
    expect(read("1,718 soldiers")).toEqual([1718, "1,718"]);
    expect(read("12,000,000 displaced")).toEqual([12000000, "12,000,000"]);
    expect(read("3.5 km")).toEqual([3.5, "3.5"]);
    expect(read("about 40.", 6)).toEqual([40, "40"]);
  });

  it("reads digits with a scale word", () => {
    expect(read("1.2 million refugees")).toEqual([1200000, "1.2 million"]);
    expect(read("3 dozen")).toEqual([36, "3 dozen"]);
    expect(read("5 thousand")).toEqual([5000, "5 thousand"]);
  });

  it("stops where a separator is not a thousands group", () => {
    expect(read("12, 13 and 14")).toEqual([12, "12"]);
    expect(read("1,2")).toEqual([1, "1"]);
    expect(read("2024, when")).toEqual([2024, "2024"]);
  });

  it("reads nothing glued to letters or digits, or too long", () => {
    expect(read("12th")).toBeUndefined();
    expect(read("3pm")).toBeUndefined();
    expect(read("B52", 1)).toBeUndefined();
    expect(read("1234", 2)).toBeUndefined();
    expect(read("1".repeat(40))).toBeUndefined();
  });

  it("leaves an age's hyphen to the caller", () => {
    expect(read("12-year-old")).toEqual([12, "12"]);
  });
});

describe("readNumber: words", () => {
  it("reads cardinals, tens and compounds", () => {
    expect(read("twelve people")).toEqual([12, "twelve"]);
    expect(read("Forty-four days ago")).toEqual([44, "Forty-four"]);
    expect(read("twenty four hours")).toEqual([24, "twenty four"]);
    expect(read("ninety")).toEqual([90, "ninety"]);
  });

  it("reads hundreds, thousands and millions", () => {
    expect(read("one hundred and twenty people")).toEqual([120, "one hundred and twenty"]);
    expect(read("a hundred people")).toEqual([100, "a hundred"]);
    expect(read("an hundred")).toEqual([100, "an hundred"]);
    expect(read("two thousand five hundred and six")).toEqual([2506, "two thousand five hundred and six"]);
    expect(read("a million people")).toEqual([1000000, "a million"]);
    expect(read("three hundred thousand")).toEqual([300000, "three hundred thousand"]);
  });

  it("reads dozens as twelve", () => {
    expect(read("a dozen people")).toEqual([12, "a dozen"]);
    expect(read("dozen")).toEqual([12, "dozen"]);
    expect(read("two dozen bodies")).toEqual([24, "two dozen"]);
  });

  it("reads a half of a dozen or a scale, and nothing for a half alone", () => {
    expect(read("half a dozen people")).toEqual([6, "half a dozen"]);
    expect(read("Half a million refugees")).toEqual([500000, "Half a million"]);
    expect(read("half the village")).toBeUndefined();
    expect(read("half an hour")).toBeUndefined();
    expect(read("half one dozen")).toBeUndefined();
  });

  it("does not end on an article or a conjunction", () => {
    expect(read("one hundred and the rest")).toEqual([100, "one hundred"]);
    expect(read("five and six")).toEqual([5, "five"]);
    expect(read("two three")).toEqual([2, "two"]);
  });

  it("reads nothing for words that are not numbers", () => {
    expect(read("a man")).toBeUndefined();
    expect(read("dozens of people")).toBeUndefined();
    expect(read("hundreds")).toBeUndefined();
    expect(read("someone")).toBeUndefined();
    expect(read("twenty-first century")).toBeUndefined();
    expect(read("often", 2)).toBeUndefined();
    expect(read("")).toBeUndefined();
    expect(read("ten", 5)).toBeUndefined();
    expect(read("ten", -1)).toBeUndefined();
  });

  it("stays fast on a megabyte of digits or number words", () => {
    const digits = "9".repeat(1 << 20);
    for (let i = 0; i < digits.length; i += 4096) expect(readNumber(digits, i)).toBeUndefined();
    const words = "one ".repeat(1 << 18);
    expect(readNumber(words, 0)).toEqual({ value: 1, end: 3 });
  });
});
