// Cursors: what a client gets back is URL-safe and decodes to where it left off; anything else,
// including a cursor some other encoder would produce for the same state, is refused; and the
// query fingerprint inside is stable and order-free.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, fingerprint } from "../src/query/cursor.ts";

const urlSafe = /^[A-Za-z0-9_-]+$/;
/** Standard base64 of a JSON value, padding and all: what a client forging a cursor would send. */
const forged = (value: unknown) => btoa(JSON.stringify(value));
const urlSafeForged = (value: unknown) => forged(value).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

describe("encodeCursor and decodeCursor", () => {
  it("round-trip every state, in URL-safe text without padding", () => {
    // Keys chosen so that standard base64 of the state holds "+", "/" and "=".
    const states = [
      { offset: 0, key: "00000000" },
      { offset: 20, key: "811c9dc5" },
      { offset: 40, key: ">>>???" },
      { offset: 123456, key: "~~~~" },
      { offset: 7, key: "ÿÿ" },
    ];
    const standard = states.map((s) => forged({ o: s.offset, k: s.key })).join("");
    expect(standard).toMatch(/\+/);
    expect(standard).toMatch(/\//);
    expect(standard).toMatch(/=/);
    for (const state of states) {
      const cursor = encodeCursor(state);
      expect(cursor, state.key).toMatch(urlSafe);
      expect(decodeCursor(cursor), state.key).toEqual(state);
    }
  });

  it("reads a cursor written by any base64url encoder", () => {
    expect(decodeCursor(urlSafeForged({ o: 3, k: ">>>???" }))).toEqual({ offset: 3, key: ">>>???" });
    expect(decodeCursor(urlSafeForged({ o: 0, k: "" }))).toEqual({ offset: 0, key: "" });
  });

  it("refuses a cursor in standard base64, padded, or wrapped in spaces", () => {
    const state = { o: 40, k: ">>>???" };
    const plain = forged(state);
    expect(plain).toMatch(/[+/]/);
    expect(decodeCursor(plain)).toBeNull();
    // A state whose encoding needs padding: the padded form decodes in atob, and is still refused.
    const padded = [0, 1, 2]
      .map((n) => forged({ o: 1, k: "ab".repeat(n) }))
      .find((s) => s.endsWith("=") && !/[+/]/.test(s));
    expect(padded).toBeDefined();
    expect(decodeCursor(padded as string)).toBeNull();
    expect(decodeCursor(padded?.replace(/=+$/, "") as string)).not.toBeNull();
    const good = encodeCursor({ offset: 1, key: "k" });
    expect(decodeCursor(` ${good}`)).toBeNull();
    expect(decodeCursor(`${good} `)).toBeNull();
    expect(decodeCursor(`${good}\n`)).toBeNull();
  });

  it("refuses text that is not base64 of a state", () => {
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor("abcde")).toBeNull(); // not base64 at all
    expect(decodeCursor(btoa("hello").replace(/=+$/, ""))).toBeNull(); // not JSON
    expect(decodeCursor(btoa("{not json").replace(/=+$/, ""))).toBeNull();
    for (const value of [null, 5, "o", [], {}, [0, "k"]])
      expect(decodeCursor(urlSafeForged(value)), JSON.stringify(value)).toBeNull();
  });

  it("refuses a state whose offset is not a whole number from zero, or whose key is not text", () => {
    const bad = [
      { o: -1, k: "k" },
      { o: 1.5, k: "k" },
      { o: "2", k: "k" },
      { o: null, k: "k" },
      { k: "k" },
      { o: 2, k: 5 },
      { o: 2 },
      { o: 2, k: null },
    ];
    for (const value of bad) expect(decodeCursor(urlSafeForged(value)), JSON.stringify(value)).toBeNull();
    expect(decodeCursor(urlSafeForged({ o: 0, k: "k" }))).toEqual({ offset: 0, key: "k" });
    expect(decodeCursor(urlSafeForged({ o: 2, k: "k", extra: true }))).toEqual({ offset: 2, key: "k" });
  });
});

describe("fingerprint", () => {
  // FNV-1a, 32 bits, written out from its definition; checked against published test vectors.
  const fnv1a = (text: string) => {
    let h = 0x811c9dc5;
    for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193);
    return (h >>> 0).toString(16).padStart(8, "0");
  };

  it("is FNV-1a of the query's entries in key order, as eight hex digits, so cursors survive a release", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
    const query = { collection: "trials", sort: "-startDate", country: "sa" };
    expect(fingerprint(query)).toBe(
      fnv1a(
        JSON.stringify([
          ["collection", "trials"],
          ["country", "sa"],
          ["sort", "-startDate"],
        ]),
      ),
    );
    expect(fingerprint({})).toBe(fnv1a("[]"));
  });

  it("ignores the order of the keys and tells different values apart", () => {
    expect(fingerprint({ a: 1, b: "x" })).toBe(fingerprint({ b: "x", a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ b: 1 }));
    expect(fingerprint({ area: "cancer" })).not.toBe(fingerprint({}));
  });

  it("always has eight hex digits, leading zeros kept", () => {
    const prints = Array.from({ length: 300 }, (_, i) => fingerprint({ i }));
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{8}$/);
    expect(prints.some((p) => p.startsWith("0"))).toBe(true);
  });
});
