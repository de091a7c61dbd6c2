/**
 * The reporting frame: what the frame readers return for a cue (its speaker phrase, where it
 * stands, the reported stretch), built with one object shape.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";

/** Where a frame stands relative to what it reports. */
export type Placement = "lead" | "trail";

/** A reporting frame: speaker phrase, cue, and the reported stretch. */
export interface Frame {
  /** The cue it is built on. */
  readonly cue: Cue;
  /** The cue as written ("said", "called on", "according to"). */
  readonly cueSpan: Span;
  /** The speaker phrase as written ("he", "White House spokesman Josh Earnest"), when there is one. */
  readonly speaker?: Span | undefined;
  /** `lead` when the frame comes first ("X said Y"), `trail` when it follows ("Y, X said"). */
  readonly placement: Placement;
  /** Start of the frame: its speaker phrase or its cue, whichever comes first. */
  readonly start: number;
  /** End of the frame: past the cue and the adjuncts read with it ("said Thursday in a statement"). */
  readonly end: number;
  /** The reported stretch, when the frame has one of its own. */
  readonly content?: Span | undefined;
  /** The sentence the cue is in. */
  readonly sentence: Sentence;
  /** The relative pronoun that stands for the speaker ("X, who said"), a mention of it. */
  readonly relative?: Span | undefined;
  /** True for "…, saying/adding that …": the speaker is the subject of the clause before. */
  readonly participial: boolean;
}

/**
 * A frame with every field set, absent ones undefined: one object shape for every frame, so the
 * stages that read frames stay monomorphic.
 */
export function frameOf(cue: Cue, cueSpan: Span, speaker: Span | undefined, placement: Placement, start: number, end: number, content: Span | undefined, sentence: Sentence, participial: boolean, relative?: Span): Frame {
  return { cue, cueSpan, speaker, placement, start, end, content, sentence, relative, participial };
}

/**
 * Sets a frame's reported stretch in place, for the trims of {@link readFrames}' frames (a clause
 * cut at the next frame, at a coordinated verb, at its end): the frames are that function's own
 * until it returns them, and a copy of the frame per trim was most of what the frames allocate.
 */
export function setContent(frame: Frame, content: Span): void {
  (frame as { content?: Span | undefined }).content = content;
}
