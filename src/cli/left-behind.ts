/**
 * Whether a command left work running that its answer does not need (a hedged query's slower
 * side, src/query/hedge.ts): the process entry (src/cli/main.ts) then ends the process once the
 * command is done, rather than wait for that work to drain. A leaf module, read by the entry.
 */
let left = false;

/**
 * Records that work was left running.
 *
 * @example
 * ```ts
 * if (hedged.leftRunning) leaveWorkBehind();
 * ```
 */
export function leaveWorkBehind(): void {
  left = true;
}

/** Whether {@link leaveWorkBehind} was called. */
export function workLeftBehind(): boolean {
  return left;
}
