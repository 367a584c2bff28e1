/** Placeholder: the graph stage. */
export {};
