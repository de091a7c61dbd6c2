/**
 * The public API of the actors facet.
 *
 * @module
 */
export {};
