import { describe, expect, it } from "vitest";
import { ConfigError, configFromEnv } from "./config.ts";

describe("configFromEnv", () => {
  it("defaults to 127.0.0.1:8787 with a rate limit", () => {
    expect(configFromEnv({})).toEqual({
      port: 8787,
      host: "127.0.0.1",
      rateLimit: { limit: 600, windowSeconds: 60 },
      trustProxy: false,
      cacheEntries: 5000,
    });
  });

  it("reads PORT, HOST, RATE_LIMIT, RATE_LIMIT_WINDOW, TRUST_PROXY and RESPONSE_CACHE", () => {
    const config = configFromEnv({
      PORT: "9000",
      HOST: "0.0.0.0",
      RATE_LIMIT: "5",
      RATE_LIMIT_WINDOW: "10",
      TRUST_PROXY: "1",
      RESPONSE_CACHE: "0",
    });
    expect(config).toEqual({
      port: 9000,
      host: "0.0.0.0",
      rateLimit: { limit: 5, windowSeconds: 10 },
      trustProxy: true,
      cacheEntries: 0,
    });
    expect(configFromEnv({ RATE_LIMIT: "0" }).rateLimit).toBe(false);
  });

  it.each([
    ["PORT", "http"],
    ["PORT", "70000"],
    ["RATE_LIMIT", "-1"],
    ["RATE_LIMIT_WINDOW", "0"],
  ])("refuses %s=%s, naming it", (name, value) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => configFromEnv({ [name]: value })).toThrow(`${name}=${value}`);
  });
});
