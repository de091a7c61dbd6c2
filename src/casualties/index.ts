/**
 * The public API of the casualties facet.
 *
 * @module
 */
export {};
