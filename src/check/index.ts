/** Placeholder: the check stage. */
export {};
