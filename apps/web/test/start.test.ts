// `pnpm start` after its build step: both servers come up, and Ctrl-C (SIGINT to the whole process
// group, as a terminal sends it) stops both with no error lines.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const answers = async (url: string) => {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
};

async function untilUp(urls: string[], child: ChildProcess, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error("the servers exited early");
    const statuses = await Promise.all(urls.map(answers));
    if (statuses.every((s) => s === 200)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${urls.join(", ")} did not answer within ${ms} ms`);
}

/** Starts `command`, waits for the site and the API, sends Ctrl-C, and returns what it printed. */
async function startAndInterrupt(command: string, args: string[]) {
  const [port, apiPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), API_PORT: String(apiPort), HOST: "127.0.0.1" };
  delete env.INIT_CWD;
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const site = `http://127.0.0.1:${port}/`;
  const api = `http://127.0.0.1:${apiPort}/v1/stats`;
  try {
    await untilUp([site, api], child);
  } catch (error) {
    process.kill(-(child.pid as number), "SIGKILL");
    throw new Error(`${(error as Error).message}\n${out}`);
  }
  process.kill(-(child.pid as number), "SIGINT");
  const result = await exited;
  // Give the servers' own exits a moment, then nothing may still listen.
  await new Promise((r) => setTimeout(r, 300));
  return { ...result, out, stillUp: (await Promise.all([answers(site), answers(api)])).filter((s) => s !== 0) };
}

describe("pnpm start's servers", () => {
  beforeAll(() => {
    for (const built of ["apps/api/dist/server.mjs", "apps/web/out/index.html"])
      expect(existsSync(join(root, built)), `${built} is missing: run pnpm build first`).toBe(true);
  });

  it("start on PORT and API_PORT, and stop on Ctrl-C with exit 0 and no error line", async () => {
    const r = await startAndInterrupt(process.execPath, ["scripts/start.mjs"]);
    expect(r.code, r.out).toBe(0);
    expect(r.stillUp).toEqual([]);
    expect(r.out).toMatch(/serving .* at http:\/\/127\.0\.0\.1:\d+/);
    expect(r.out).not.toMatch(/ERR|ELIFECYCLE|Error|failed|stopping the other/i);
  }, 60_000);

  it("stop as quietly when pnpm runs them (pnpm -s serve, the last step of pnpm -s start)", async () => {
    const r = await startAndInterrupt("pnpm", ["-s", "serve"]);
    // pnpm itself ends by the signal, as any interrupted command does; it prints nothing.
    expect(r.code === 0 || r.signal === "SIGINT", `${r.code} ${r.signal}`).toBe(true);
    expect(r.stillUp).toEqual([]);
    expect(r.out).not.toMatch(/ERR|ELIFECYCLE|Error|failed|stopping the other/i);
  }, 60_000);
});
