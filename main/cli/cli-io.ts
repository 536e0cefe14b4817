/** Output helpers shared by the CLI commands: JSON for scripts, short lines for people. */
export interface CliOutput {
  json: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
}

export function printJson(io: CliOutput, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A failure the user caused (bad flag, unknown id): printed as one line, exit code 2. */
export class CliUsageError extends Error {}
