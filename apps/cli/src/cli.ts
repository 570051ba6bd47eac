#!/usr/bin/env node
import module from "node:module";

// Node 22.1+ keeps compiled code between runs in its own cache (a public API, absent from Node 20's
// types); on Node 20 the call is absent and the CLI compiles as usual. Everything else loads on
// demand, per command.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import("./main.ts");
