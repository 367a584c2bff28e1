import type { Command } from 'commander';
import type { CliIO } from '../types.js';

/** Registers the `serve` command(s). Placeholder until its module lands. */
export function register(_program: Command, _io: CliIO): void {}
