/** Placeholder: the claims stage. */
export {};
