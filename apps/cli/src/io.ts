import pc from "picocolors";

/** Exit codes: 0 ok · 1 not found or invalid data · 2 usage error. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;

/** An error the user can fix; the message says what happened and what to do. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

const noColor = () => "NO_COLOR" in process.env && process.env.NO_COLOR !== "";

/** Colors for a stream: only on a terminal, never with NO_COLOR (https://no-color.org). */
export function colorsFor(stream: NodeJS.WriteStream) {
  return pc.createColors(Boolean(stream.isTTY) && !noColor());
}

export const out = () => colorsFor(process.stdout);
export const err = () => colorsFor(process.stderr);

export function write(text: string): void {
  process.stdout.write(text.endsWith("\n") || text === "" ? text : `${text}\n`);
}

export function writeJson(value: unknown): void {
  write(JSON.stringify(value, null, 2));
}

export function warn(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Whether stdout is a terminal (tables) or a pipe/file (tab-separated values). */
export const isTty = () => Boolean(process.stdout.isTTY);

export function terminalWidth(): number {
  const fromEnv = Number(process.env.COLUMNS);
  return process.stdout.columns || (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 100);
}
