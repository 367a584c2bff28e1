/** Placeholder: the corpus stage. */
export {};
