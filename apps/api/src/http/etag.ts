/**
 * Strong ETag of the exact bytes sent (hono/etag then answers If-None-Match with it). Two seeded 53-bit cyrb53 hashes: synchronous and a few
 * microseconds for a typical body, where Web Crypto's async digest cost ~35 µs a call. An ETag
 * only has to change when the bytes do; it is not a security boundary.
 */
export function etagOf(body: Uint8Array): string {
  return `"${(hash53(body, 0x9e3779b9) + hash53(body, 0x85ebca6b)).slice(0, 24)}"`;
}

function hash53(bytes: Uint8Array, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
