/** Placeholder: the serve stage. */
export {};
