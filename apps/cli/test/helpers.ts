import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const cliDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(cliDir, "../..");
export const CLI = path.join(cliDir, "dist/cli.mjs");
export const contentDir = path.join(repoRoot, "packages/content");
export const fixturesDir = path.join(contentDir, "test/fixtures");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean environment: no colour forcing, no INIT_CWD from the pnpm that runs the tests, no GitHub Actions. */
function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["INIT_CWD", "FORCE_COLOR", "NO_COLOR", "COLUMNS", "GITHUB_ACTIONS", "GITHUB_WORKSPACE"])
    delete base[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return base;
}

function collect(command: string, args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> }) {
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd ?? cliDir,
      env: env(opts.env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Runs the built CLI as a child process, stdout and stderr piped (so: not a TTY). */
export const run = (args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) =>
  collect(process.execPath, [CLI, ...args], opts);

/** Runs a shell command line (for pipes such as `| head -1`). */
export const sh = (line: string, opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) =>
  collect("sh", ["-c", line], opts);

/** Parses JSON output, with the output in the message when it is not JSON. */
export function json<T = unknown>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout.slice(0, 500)}\nstderr:\n${r.stderr.slice(0, 500)}`);
  }
}

// ESC followed by "[": the start of an ANSI colour sequence.
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

/** Runs many CLI invocations, a few at a time (the machine may have two cores). */
export async function runAll(argsList: string[][], concurrency = 4): Promise<RunResult[]> {
  const results: RunResult[] = new Array(argsList.length);
  let next = 0;
  const worker = async () => {
    while (next < argsList.length) {
      const i = next++;
      results[i] = await run(argsList[i] ?? []);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, argsList.length) }, worker));
  return results;
}
