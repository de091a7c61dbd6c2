/**
 * The public API of the statements facet.
 *
 * @module
 */
export {};
