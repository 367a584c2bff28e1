/** Placeholder: the query stage. */
export {};
