/**
 * Cursors are opaque to clients: base64url of {o: offset, k: fingerprint of the query}. The
 * fingerprint stops a cursor from one query being replayed against another.
 */
export interface CursorState {
  offset: number;
  key: string;
}

// btoa/atob rather than Buffer: the same code runs in Node, browsers and workerd.
function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
}

export function encodeCursor(state: CursorState): string {
  return toBase64Url(JSON.stringify({ o: state.offset, k: state.key }));
}

export function decodeCursor(cursor: string): CursorState | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value = JSON.parse(fromBase64Url(cursor)) as unknown;
    if (!value || typeof value !== "object") return null;
    const { o, k } = value as { o?: unknown; k?: unknown };
    if (typeof o !== "number" || !Number.isInteger(o) || o < 0 || typeof k !== "string") return null;
    return { offset: o, key: k };
  } catch {
    return null;
  }
}

/** FNV-1a over the canonical query, as 8 hex digits: cheap, stable, and enough to spot a mismatch. */
export function fingerprint(value: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
