/**
 * Responses built here remember their text, so the finishing step can hash and cache it without
 * reading the body stream back (the largest cost of an uncached request).
 */
const texts = new WeakMap<Response, string>();

export function textResponse(text: string, init: ResponseInit): Response {
  const res = new Response(text, init);
  texts.set(res, text);
  return res;
}

const encoder = new TextEncoder();

/** The exact bytes of a response's body. */
export async function bodyBytes(res: Response): Promise<Uint8Array> {
  const text = texts.get(res);
  if (text !== undefined) return encoder.encode(text);
  return new Uint8Array(await res.arrayBuffer());
}
