import { describe, expect, it } from "vitest";
import { mayStartCount, parseCount, readCount } from "./read-count.js";

describe("parseCount", () => {
  it("reads exact counts in digits and words", () => {
    expect(parseCount("12")).toEqual({ min: 12, max: 12 });
    expect(parseCount("forty-four")).toEqual({ min: 44, max: 44 });
    expect(parseCount("1,718")).toEqual({ min: 1718, max: 1718 });
    expect(parseCount("a total of 30")).toEqual({ min: 30, max: 30 });
    expect(parseCount("another five")).toEqual({ min: 5, max: 5 });
  });

  it("reads lower bounds", () => {
    expect(parseCount("at least 12")).toEqual({ min: 12 });
    expect(parseCount("more than 12")).toEqual({ min: 13 });
    expect(parseCount("over 30")).toEqual({ min: 31 });
    expect(parseCount("more than a dozen")).toEqual({ min: 13 });
    expect(parseCount("More than 1.2 million")).toEqual({ min: 1200001 });
  });

  it("keeps a strict bound on a large round figure one past it, as the gold of tolls does, whatever the decimals", () => {
    // "over 14 million" is at least 14,000,001: the least whole count the bound allows.
    expect(parseCount("over 14 million")).toEqual({ min: 14000001 });
    // 4.1 and 8.2 times a million are not whole in binary floating point: still one past the figure.
    expect(parseCount("more than 4.1 million")).toEqual({ min: 4100001 });
    expect(parseCount("over 8.2 million")).toEqual({ min: 8200001 });
    expect(parseCount("nearly 2.3 billion")).toEqual({ min: 0, max: 2300000000, approximate: true });
  });

  it("reads upper bounds with an unknown lower bound", () => {
    expect(parseCount("up to 15")).toEqual({ min: 0, max: 15 });
    expect(parseCount("fewer than 10")).toEqual({ min: 0, max: 9 });
    expect(parseCount("nearly 50")).toEqual({ min: 0, max: 50, approximate: true });
    expect(parseCount("almost two dozen")).toEqual({ min: 0, max: 24, approximate: true });
  });

  it("reads approximations and ranges", () => {
    expect(parseCount("about 40")).toEqual({ min: 40, max: 40, approximate: true });
    expect(parseCount("some 300")).toEqual({ min: 300, max: 300, approximate: true });
    expect(parseCount("an estimated 2,000")).toEqual({ min: 2000, max: 2000, approximate: true });
    expect(parseCount("10 to 15")).toEqual({ min: 10, max: 15 });
    expect(parseCount("between 10 and 15")).toEqual({ min: 10, max: 15 });
    expect(parseCount("ten or 12")).toEqual({ min: 10, max: 12 });
    expect(parseCount("20-25")).toEqual({ min: 20, max: 25 });
  });

  it("reads vague amounts as bounds", () => {
    expect(parseCount("dozens")).toEqual({ min: 24, max: 99, approximate: true });
    expect(parseCount("several")).toEqual({ min: 3, max: 9, approximate: true });
    expect(parseCount("multiple")).toEqual({ min: 3, max: 9, approximate: true });
    expect(parseCount("numerous")).toEqual({ min: 4, max: 9, approximate: true });
    expect(parseCount("tens of thousands")).toEqual({ min: 20000, max: 99999, approximate: true });
  });

  it("gives nothing for what is not a count alone", () => {
    expect(parseCount("")).toBeUndefined();
    expect(parseCount("   ")).toBeUndefined();
    expect(parseCount("12 drones")).toBeUndefined();
    expect(parseCount("at least")).toBeUndefined();
    expect(parseCount("people")).toBeUndefined();
    expect(parseCount("15 to 10")).toEqual(undefined);
  });
});

describe("readCount", () => {
  it("says where the number starts and the count ends", () => {
    expect(readCount("killing at least 12 people", 8)).toEqual({ count: { min: 12 }, numberStart: 17, end: 19, vague: false });
    expect(readCount("dozens of people", 0)).toMatchObject({ end: 6, vague: true });
  });

  it("stays bounded on long runs", () => {
    const text = "at least ".repeat(100_000) + "12";
    expect(readCount(text, 0)).toBeUndefined();
    expect(readCount("9".repeat(1 << 20), 0)).toBeUndefined();
  });
});

describe("mayStartCount", () => {
  it("accepts digits, number words and bound words only", () => {
    expect(mayStartCount("12")).toBe(true);
    expect(mayStartCount("twelve")).toBe(true);
    expect(mayStartCount("at")).toBe(true);
    expect(mayStartCount("dozens")).toBe(true);
    expect(mayStartCount("drones")).toBe(false);
    expect(mayStartCount("")).toBe(false);
  });
});
