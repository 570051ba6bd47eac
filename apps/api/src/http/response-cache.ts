import { preferredFormat } from "./negotiate.ts";

/** A finished GET response, kept as bytes so a repeat costs a map lookup. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  etag: string;
}

/**
 * The dataset never changes while the process runs, so a GET's response depends only on its path,
 * query string and negotiated format. Entries are evicted oldest-first past `maxEntries`, so random
 * URLs cannot grow memory without bound.
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();

  constructor(
    readonly maxEntries = 5000,
    readonly maxBodyBytes = 8 * 1024 * 1024,
  ) {}

  /** `pathAndQuery` is the request target as sent (`/v1/therapies?area=cancer`). */
  key(pathAndQuery: string, accept: string | null | undefined): string {
    return `${preferredFormat(accept)} ${pathAndQuery}`;
  }

  get(key: string): CachedResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: CachedResponse): void {
    if (this.maxEntries <= 0 || entry.body.byteLength > this.maxBodyBytes) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
