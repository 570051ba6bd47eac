import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsdown";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeWorkerdFiles } from "../scripts/postbuild.ts";
import { workerBuild } from "../tsdown.config.ts";
import { get } from "./helpers.ts";
import { freePort, waitForHttp } from "./ports.ts";

/** The native binary itself (not the npm launcher), so killing it leaves nothing behind. */
const workerdBinary: string = createRequire(import.meta.url)("workerd").default;

describe("the same app in workerd", () => {
  const dir = mkdtempSync(join(tmpdir(), "cell-atlas-workerd-"));
  let child: ChildProcess | undefined;
  let base = "";
  let output = "";

  beforeAll(async () => {
    // Built fresh from source so the test never runs a stale dist/.
    const entry = fileURLToPath(new URL("../src/worker.ts", import.meta.url));
    await build({ ...workerBuild, entry: { worker: entry }, outDir: dir, config: false, logLevel: "error" });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    writeWorkerdFiles(dir, `127.0.0.1:${port}`, 0);
    child = spawn(workerdBinary, ["serve", join(dir, "workerd.capnp")], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    await waitForHttp(`${base}/health`, 20_000, () => output);
  }, 40_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    "/v1/therapies?limit=100",
    "/v1/therapies?area=neurological&format=csv",
    "/v1/search?q=als",
    "/v1/stats",
    "/v1/therapies?area=cancr",
    "/v1/trials/no-such-trial",
  ])("%s answers exactly what the Node app answers", async (url) => {
    const res = await fetch(`${base}${url}`);
    const text = await res.text();
    const expected = await get(url);
    expect(res.status).toBe(expected.status);
    expect(res.headers.get("content-type")).toBe(expected.res.headers.get("content-type"));
    expect(text).toBe(expected.text);
    expect(res.headers.get("etag")).toBe(expected.res.headers.get("etag"));
  });

  it("serves a record and the offline docs UI", async () => {
    const { dataset } = await import("./helpers.ts");
    const id = dataset.therapies[0]?.id;
    if (id) expect((await fetch(`${base}/v1/therapies/${id}`)).status).toBe(200);
    const script = await fetch(`${base}/docs/scalar.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(1_000_000);
  });
});
