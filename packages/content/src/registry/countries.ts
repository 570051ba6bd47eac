/**
 * Registries name countries in words ("Iran, Islamic Republic of", "Turkey"); the atlas uses ISO
 * 3166-1 alpha-2. Names come from CLDR through Intl.DisplayNames, plus the ISO official short
 * names registries use where CLDR's common name differs.
 */
const REGISTRY_SPELLINGS: Record<string, string> = {
  "iran, islamic republic of": "ir",
  "iran (islamic republic of)": "ir",
  turkey: "tr",
  "syrian arab republic": "sy",
  "palestine, state of": "ps",
  "palestinian territory, occupied": "ps",
  "palestinian territories": "ps",
  "libyan arab jamahiriya": "ly",
  "korea, republic of": "kr",
  "russian federation": "ru",
  "viet nam": "vn",
  "tanzania, united republic of": "tz",
  "moldova, republic of": "md",
  "brunei darussalam": "bn",
  "lao people's democratic republic": "la",
};

let byName: Map<string, string> | undefined;

const normal = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

/** The ISO alpha-2 code (lower case) of a country named in a registry record, or undefined. */
export function countryIdOf(
  name: string,
  extraNames: readonly { id: string; name: string }[] = [],
): string | undefined {
  if (!byName) {
    byName = new Map();
    const display = new Intl.DisplayNames(["en"], { type: "region" });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const shown = display.of(code);
        if (shown && shown !== code) byName.set(normal(shown), code.toLowerCase());
      }
    for (const [spelling, code] of Object.entries(REGISTRY_SPELLINGS)) byName.set(spelling, code);
  }
  const key = normal(name);
  return extraNames.find((c) => normal(c.name) === key)?.id ?? byName.get(key);
}
