/** Placeholder: the validate stage. */
export {};
