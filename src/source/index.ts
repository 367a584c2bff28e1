/** Placeholder: the source stage. */
export {};
