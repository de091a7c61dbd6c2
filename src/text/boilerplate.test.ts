import { describe, expect, it } from "vitest";
import { findBoilerplate } from "./boilerplate.js";

const lines = (text: string) => findBoilerplate(text).map((b) => text.slice(b.start, b.end));

describe("findBoilerplate: a page's furniture copied with its text", () => {
  it("leaves out a share bar, a related headline, a cookie notice and a copyright line", () => {
    const text = [
      "Dam bursts above the valley",
      "Share on Facebook Share on X Email this story",
      "Four people were killed when the dam burst on Monday, police said.",
      "Related: Storm kills 24 in the north",
      "We use cookies to improve your experience. By continuing to browse, you agree.",
      "© 2025 The Valley Courier. All rights reserved.",
    ].join("\n");
    expect(lines(text)).toEqual([
      "Share on Facebook Share on X Email this story",
      "Related: Storm kills 24 in the north",
      "We use cookies to improve your experience. By continuing to browse, you agree.",
      "© 2025 The Valley Courier. All rights reserved.",
    ]);
  });

  it("keeps a story's own lines that only mention sharing, relations or cookies", () => {
    const text = [
      "Shares in the bakery fell after police said the cookies were unsafe.",
      "Related companies said they would share on-site data with the inspectors.",
      "The inspectors said we use cookies as evidence.",
    ].join("\n");
    expect(lines(text)).toEqual([]);
  });
});
