// Entry for workerd / Cloudflare Workers: the same app, no Node APIs. The Scalar bundle is a text
// module that dist/workerd.capnp supplies, so /docs works offline here too.

import { type Api, createApp } from "./app.ts";
import docsScript from "./scalar-standalone.js.txt";

interface Env {
  /** Requests per client per minute, per isolate; "0" turns it off. */
  RATE_LIMIT?: string;
}

let api: Api | undefined;

export default {
  fetch(request: Request, env: Env = {}): Response | Promise<Response> {
    if (!api) {
      const limit = Number(env.RATE_LIMIT ?? "600");
      api = createApp({
        docsScript,
        rateLimit: Number.isInteger(limit) && limit > 0 ? { limit, windowSeconds: 60 } : false,
        clientKey: (c) => c.req.header("cf-connecting-ip") ?? "unknown",
      });
    }
    return api.fetch(request, env);
  },
};
