import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "@cell-atlas/content/i18n";
import { en, type Messages, NAMESPACES } from "./en";

/** Where the catalogues live: `messages/<locale>/<Namespace>.json`, read at build time. */
export const MESSAGES_DIR = join(process.cwd(), "messages");

const cache = new Map<Locale, Messages>();

/**
 * A locale's catalogue. English is imported (and typed); the others are read from disk once per
 * build worker. A key a translation lacks would fall back to English, but test/messages.test.ts
 * fails the build's tests first.
 */
export function messagesFor(locale: Locale): Messages {
  if (locale === "en") return en;
  let messages = cache.get(locale);
  if (!messages) {
    const read = (ns: string) => {
      try {
        return JSON.parse(readFileSync(join(MESSAGES_DIR, locale, `${ns}.json`), "utf8")) as object;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
        throw new Error(`messages/${locale}/${ns}.json: ${(error as Error).message}`);
      }
    };
    messages = Object.fromEntries(NAMESPACES.map((ns) => [ns, withFallback(read(ns), en[ns])])) as Messages;
    cache.set(locale, messages);
  }
  return messages;
}

function withFallback(own: unknown, english: unknown): unknown {
  if (typeof english !== "object" || english === null) return typeof own === "string" ? own : english;
  const mine = (typeof own === "object" && own !== null ? own : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(english).map(([k, v]) => [k, withFallback(mine[k], v)]));
}
