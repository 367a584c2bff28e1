// The `jsonld` package ships no types; only the two calls the export uses are declared.
declare module 'jsonld' {
  const jsonld: {
    fromRDF(input: string, options: { format: 'application/n-quads'; useNativeTypes?: boolean }): Promise<object>;
    compact(input: object, context: object, options?: Record<string, unknown>): Promise<Record<string, unknown>>;
  };
  export default jsonld;
}
