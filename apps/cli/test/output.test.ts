import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ANSI, CLI, cliDir, json, repoRoot, runAll, sh } from "./helpers.ts";

const hasScript = existsSync("/usr/bin/script");
const COMMANDS = ["list", "show", "search", "stats", "export", "validate", "new"];

describe("help and version", () => {
  it("prints --help for the program and every command, with examples", async () => {
    const results = await runAll([["--help"], ...COMMANDS.map((c) => [c, "--help"]), ["list", "therapies", "--help"]]);
    for (const r of results) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: cell-atlas/);
      expect(r.stdout).toContain("Examples:");
    }
    for (const c of COMMANDS) expect(results[0]!.stdout).toContain(c);
    expect(results[0]!.stdout).toContain("Exit codes");
    const therapiesHelp = results.at(-1)!.stdout;
    for (const flag of [
      "--area",
      "--modality",
      "--country",
      "--stage",
      "--status",
      "--cell-source",
      "--q",
      "--sort",
      "--limit",
    ])
      expect(therapiesHelp).toContain(flag);
    expect(therapiesHelp).toContain("car-t");
  });

  it("prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(cliDir, "package.json"), "utf8")) as { version: string };
    const [long, short] = await runAll([["--version"], ["-v"]]);
    expect(long!.stdout.trim()).toBe(version);
    expect(short!.stdout.trim()).toBe(version);
  });

  it("runs from the repo root as `pnpm -s cell-atlas`, data on stdout and the exit code passed on", async () => {
    const ok = await sh("pnpm -s cell-atlas show nurown --json", { cwd: repoRoot });
    expect(ok.code).toBe(0);
    expect(json<{ data: { id: string } }>(ok).data.id).toBe("nurown");
    const missing = await sh("pnpm -s cell-atlas show no-such-record", { cwd: repoRoot });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
  });

  it("exits 2 on an unknown command or option", async () => {
    const [cmd, opt] = await runAll([["lst"], ["--frobnicate"]]);
    expect(cmd!.code).toBe(2);
    expect(cmd!.stderr).toContain("Did you mean list?");
    expect(opt!.code).toBe(2);
  });
});

describe("pipes and colour", () => {
  it("ends quietly with exit 0 when the reader closes the pipe", async () => {
    const lines = [
      `node ${CLI} list therapies --limit 100`,
      `node ${CLI} export --format ndjson`,
      `node ${CLI} export`,
      `node ${CLI} list therapies --json`,
    ];
    const results = await Promise.all(lines.map((l) => sh(`(${l}; echo "exit=$?" >&2) | head -1`)));
    for (const r of results) {
      expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/EPIPE|Error|error:/);
      expect(r.stderr).toContain("exit=0");
    }
  });

  it("never writes ANSI codes when piped, and none on a terminal with NO_COLOR", async () => {
    const piped = await runAll([
      ["list", "therapies"],
      ["show", "nurown"],
      ["stats"],
      ["search", "ALS"],
      ["show", "nurwon"],
    ]);
    for (const r of piped) expect(r.stdout + r.stderr).not.toMatch(ANSI);
    if (!hasScript) return;
    // script(1) gives the CLI a real terminal.
    const tty = (env: Record<string, string>) =>
      sh(`script -qec "node ${CLI} list therapies --limit 100" /dev/null`, { env });
    const [plain, colour] = await Promise.all([
      tty({ NO_COLOR: "1", COLUMNS: "60" }),
      tty({ COLUMNS: "60", TERM: "xterm" }),
    ]);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout).toMatch(/┌/);
    expect(colour.stdout).toMatch(ANSI);
  });

  it("fits tables to the terminal width", async () => {
    if (!hasScript) return;
    const r = await sh(
      `stty cols 50 2>/dev/null; script -qec "stty cols 50; node ${CLI} list therapies --limit 100" /dev/null`,
      {
        env: { NO_COLOR: "1" },
      },
    );
    const lines = r.stdout.split(/\r?\n/).filter((l) => l.includes("│") || l.includes("─"));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(50);
  });
});
