// A dataset that records what is read from it: each collection it hands out, and each record whose
// fields (other than its id) are read. The CLI's dataset reads collections from disk on first use,
// so a lookup that reads more than it needs costs start-up time there.
import type { CollectionName, Dataset } from "../src/schema/index.ts";
import { COLLECTIONS } from "../src/schema/values.ts";

export interface Tracked {
  dataset: Dataset;
  /** Collections read, in order, each time one was read. */
  collections: CollectionName[];
  /** Records whose fields were read ("trials/irct2"), each once. */
  records: Set<string>;
  reset(): void;
}

export function tracked(source: Dataset): Tracked {
  const t: Tracked = {
    dataset: { meta: source.meta } as Dataset,
    collections: [],
    records: new Set(),
    reset() {
      t.collections.length = 0;
      t.records.clear();
    },
  };
  for (const c of COLLECTIONS) {
    const records = (source[c] as { id: string }[]).map(
      (r) =>
        new Proxy(r, {
          get(target, prop, receiver) {
            if (prop !== "id") t.records.add(`${c}/${target.id}`);
            return Reflect.get(target, prop, receiver);
          },
        }),
    );
    Object.defineProperty(t.dataset, c, {
      enumerable: true,
      get() {
        t.collections.push(c);
        return records;
      },
    });
  }
  return t;
}
