/**
 * Resolved dates never depend on the machine's time zone.
 *
 * A fixed set of phrases, resolved against fixed publication dates (date-only, and date-times
 * with zones that sit on the other side of midnight from UTC), gives one table. The table must
 * be the same under every `TZ`:
 * - in this process, by switching `process.env.TZ` (Node applies it at once) across zones
 *   from UTC−11 to UTC+14, with and without daylight saving;
 * - across processes: scripts/check.sh runs this file and the dates facet's tests under
 *   TZ=UTC, Asia/Tokyo and America/Los_Angeles, with NEWSFACTS_TZ_OUT set, and compares the
 *   tables this file writes there.
 */
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

/** Publication references: date-only, and date-times near midnight in far-apart zones. */
const REFERENCES = [
  "2025-04-24",
  "2025-04-24T23:30:00-07:00", // already Friday in UTC
  "2025-04-24T00:30:00+09:00", // still Wednesday in UTC
  "2024-02-29",
  "2025-01-01T00:15:00+14:00",
  "2024-12-31T23:45:00-11:00",
  "2025-03-30T01:30:00+01:00", // the night clocks change in Europe
  "2024-11-03T01:30:00-04:00", // and in North America
];

const PHRASES = [
  "44 days ago", "Thursday", "Wednesday", "Sunday", "last night", "this morning", "tonight",
  "yesterday", "today", "tomorrow", "last week", "next week", "two weeks ago", "last month",
  "three months ago", "next month", "this year", "last year", "a year ago", "last July 2024",
  "February 2022", "March 30", "November 3", "early 2024", "late March", "the 1990s",
  "summer 2023", "the third quarter", "10:30 p.m.", "noon", "three days", "every Monday",
];

interface Row {
  readonly published: string;
  readonly phrase: string;
  readonly dates: readonly unknown[];
}

/** Every phrase under every reference, as parseArticle resolves it, in a sentence. */
function table(): Row[] {
  const rows: Row[] = [];
  for (const published of REFERENCES) {
    for (const phrase of PHRASES) {
      const text = `Officials said the strike on Kyiv happened ${phrase}.`;
      const dates = parseArticle(text, { published }).dates.map((d) => ({
        text: d.text,
        start: d.start,
        type: d.type,
        value: d.value,
        granularity: d.granularity,
        mod: d.mod,
        anchor: d.anchor,
        interval: d.interval,
      }));
      rows.push({ published, phrase, dates });
    }
  }
  return rows;
}

/** Runs `fn` with the process in time zone `tz`, then puts the zone back. */
function inZone<T>(tz: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

const here = table();

afterAll(() => {
  const out = process.env.NEWSFACTS_TZ_OUT;
  if (out) writeFileSync(out, JSON.stringify(here, null, 1) + "\n");
});

describe(`dates under TZ=${process.env.TZ ?? "(unset)"}`, () => {
  it("resolve the seed's dates as issue 2 specifies (published 2025-04-24)", () => {
    const value = (phrase: string) => here.find((r) => r.published === "2025-04-24" && r.phrase === phrase)?.dates.map((d) => (d as { value: string }).value);
    expect(value("44 days ago")).toEqual(["2025-03-11"]);
    expect(value("Thursday")).toEqual(["2025-04-24"]);
    expect(value("Wednesday")).toEqual(["2025-04-23"]);
    expect(value("last night")).toEqual(["2025-04-23TNI"]);
    expect(value("last July 2024")).toEqual(["2024-07"]);
    expect(value("February 2022")).toEqual(["2022-02"]);
  });

  it("read a date-time reference on its own calendar, not the machine's or UTC's", () => {
    // 23:30 on Thursday in Los Angeles is Friday in UTC; "today" is still Thursday.
    const today = (published: string) => here.find((r) => r.published === published && r.phrase === "today")?.dates.map((d) => (d as { value: string }).value);
    expect(today("2025-04-24T23:30:00-07:00")).toEqual(["2025-04-24"]);
    expect(today("2025-04-24T00:30:00+09:00")).toEqual(["2025-04-24"]);
    expect(today("2025-01-01T00:15:00+14:00")).toEqual(["2025-01-01"]);
    expect(today("2024-12-31T23:45:00-11:00")).toEqual(["2024-12-31"]);
  });

  it("give the same table under every time zone, switched in this process", () => {
    // Guard against a vacuous pass: the switch must really change the zone Date sees.
    const offsets = new Set(["UTC", "Asia/Tokyo", "America/Los_Angeles"].map((tz) => inZone(tz, () => new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset())));
    expect(offsets.size).toBe(3);
    const zones = ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Sao_Paulo"];
    const expected = JSON.stringify(here);
    for (const tz of zones) {
      expect(JSON.stringify(inZone(tz, table)), `TZ=${tz}`).toBe(expected);
    }
  });
});
