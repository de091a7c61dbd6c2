/**
 * The public API of the territories facet.
 *
 * @module
 */
export {};
