// A pnpm lockfile for a project that depends on nothing but the packed tarball, with the package's
// dependencies pinned as the workspace lockfile pins them. With it, `pnpm install --offline
// --frozen-lockfile` installs from the local store alone, as CI does after `pnpm install`; without
// it pnpm would need registry metadata, which a fresh machine has not cached.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";

interface Lockfile {
  lockfileVersion: string;
  settings?: unknown;
  importers: Record<string, { dependencies?: Record<string, { specifier: string; version: string }> }>;
  packages: Record<string, Record<string, unknown>>;
  snapshots: Record<string, { dependencies?: Record<string, string> }>;
}

export function consumerLockfile(opts: {
  workspaceLockfile: string;
  importer: string;
  name: string;
  version: string;
  tarball: string;
  tarballSpecifier: string;
  engines?: Record<string, string>;
}): string {
  const ws = parse(readFileSync(opts.workspaceLockfile, "utf8")) as Lockfile;
  const deps = ws.importers[opts.importer]?.dependencies;
  if (!deps) throw new Error(`${opts.importer} has no dependencies in ${opts.workspaceLockfile}`);

  const packages: Lockfile["packages"] = {};
  const snapshots: Lockfile["snapshots"] = {};
  const queue = Object.entries(deps).map(([name, d]) => `${name}@${d.version}`);
  while (queue.length > 0) {
    const key = queue.shift() as string;
    if (snapshots[key]) continue;
    const snapshot = ws.snapshots[key];
    // Keys carry peer suffixes in snapshots only: "a@1.0.0(b@2.0.0)" is package "a@1.0.0".
    const pkgKey = key.replace(/\(.*$/, "");
    const pkg = ws.packages[pkgKey];
    if (!snapshot || !pkg) throw new Error(`${key} is missing from ${opts.workspaceLockfile}`);
    snapshots[key] = snapshot;
    packages[pkgKey] = pkg;
    for (const [name, version] of Object.entries(snapshot.dependencies ?? {})) queue.push(`${name}@${version}`);
  }

  const self = `${opts.name}@${opts.tarballSpecifier}`;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(opts.tarball)).digest("base64")}`;
  packages[self] = {
    resolution: { integrity, tarball: opts.tarballSpecifier },
    version: opts.version,
    ...(opts.engines ? { engines: opts.engines } : {}),
  };
  snapshots[self] = {
    dependencies: Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d.version])),
  };

  const lockfile: Lockfile = {
    lockfileVersion: ws.lockfileVersion,
    settings: ws.settings,
    importers: {
      ".": { dependencies: { [opts.name]: { specifier: opts.tarballSpecifier, version: opts.tarballSpecifier } } },
    },
    packages,
    snapshots,
  };
  return stringify(lockfile);
}
