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
 * query string and negotiated format. Entries are evicted oldest-first past `maxEntries` or
 * `maxBytes` in total, so random URLs cannot grow memory without bound.
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  #bytes = 0;

  constructor(
    readonly maxEntries = 5000,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** `pathAndQuery` is the request target as sent (`/v1/therapies?area=cancer`). */
  key(pathAndQuery: string, accept: string | null | undefined): string {
    return `${preferredFormat(accept)} ${pathAndQuery}`;
  }

  get(key: string): CachedResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: CachedResponse): void {
    // One entry may take at most a quarter of the budget, so a few big ones cannot flush the rest.
    if (this.maxEntries <= 0 || entry.body.byteLength > this.maxBytes / 4) return;
    this.#delete(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    while (this.#entries.size > this.maxEntries || this.#bytes > this.maxBytes) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#delete(oldest);
    }
  }

  #delete(key: string): void {
    const old = this.#entries.get(key);
    if (!old) return;
    this.#bytes -= old.body.byteLength;
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
