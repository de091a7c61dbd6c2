/**
 * The public API of the dates facet.
 *
 * @module
 */
export {};
