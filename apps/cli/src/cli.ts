#!/usr/bin/env node
import { useCodeCache } from "./code-cache.ts";

// This entry stays small, since it is compiled from source on every run; everything else loads
// through the code cache. The build emits CommonJS, hence __dirname.
useCodeCache(__dirname);
void import("./main.ts");
