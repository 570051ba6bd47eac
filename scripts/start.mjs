// `pnpm start`: the site and the API side by side, after the build. Ctrl-C (or SIGTERM) stops
// both and ends quietly with exit 0; if either server fails to start, the other is stopped too.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const host = process.env.HOST || "127.0.0.1";
const servers = [
  { name: "api", script: "apps/api/dist/server.mjs", port: process.env.API_PORT || "8787" },
  { name: "web", script: "apps/web/scripts/serve.mjs", port: process.env.PORT || "3000" },
];

let stopping = false;
const children = servers.map(({ name, script, port }) => {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, HOST: host, PORT: port },
    stdio: "inherit",
  });
  child.on("exit", (code, signal) => {
    // Ctrl-C reaches the servers and this process together; let this process's handler run first.
    setImmediate(() => {
      if (stopping) return;
      console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the other server.`);
      stop(code === 0 ? 0 : 1);
    });
  });
  return child;
});

function stop(code) {
  stopping = true;
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  if (running.length === 0) process.exit(code);
  let left = running.length;
  for (const child of running) {
    child.once("exit", () => {
      if (--left === 0) process.exit(code);
    });
    child.kill("SIGTERM");
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(0));
