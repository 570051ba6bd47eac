import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import Module from "node:module";
import path from "node:path";
import vm from "node:vm";

/**
 * Compiling the CLI's own JavaScript is the largest cost of a short run after node's own start-up.
 * The build therefore records a V8 code cache for each chunk (scripts/record-code-cache.mjs runs
 * the commands with CELL_ATLAS_RECORD_CODE_CACHE=1), the way a Node single-executable application
 * does with useCodeCache. A run on the same Node and V8 loads compiled code instead of source; on
 * any other, V8 rejects the cache and the chunk compiles as usual. Nothing is written at run time
 * unless that variable is set.
 */
export function useCodeCache(dir: string): void {
  const cacheDir = path.join(dir, "code-cache");
  const record = process.env.CELL_ATLAS_RECORD_CODE_CACHE === "1";
  const compiled: [file: string, script: vm.Script][] = [];
  type Compile = (this: Module, content: string, filename: string) => unknown;
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;

  proto._compile = function (this: Module, content: string, filename: string) {
    if (path.dirname(filename) !== dir) return compile.call(this, content, filename);
    const cacheFile = path.join(cacheDir, `${path.basename(filename)}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache for this chunk: compile from source.
    }
    // V8 keeps the name a script was compiled under in its code cache, and stack traces show that
    // name, so recording under the build's absolute path would put that path into every stack
    // trace on every machine. Recorded under a name that means the same everywhere instead.
    const name = record ? `@cell-atlas/cli/dist/${path.basename(filename)}` : filename;
    const script = new vm.Script(Module.wrap(content), { filename: name, cachedData });
    if (record) compiled.push([cacheFile, script]);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    const require = (id: string) => this.require(id);
    return wrapper.call(this.exports, this.exports, require, this, filename, dir);
  };

  // Recorded at exit, after the run, so the cache holds the functions the command compiled lazily.
  if (record)
    process.once("exit", () => {
      mkdirSync(cacheDir, { recursive: true });
      for (const [file, script] of compiled) writeFileSync(file, script.createCachedData());
    });
}
