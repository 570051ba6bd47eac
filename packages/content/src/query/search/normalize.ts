// One normalisation for the index and the query, so a word is found however it was typed:
// the build runs every indexed text through it, and every query goes through it too.
//
// - Unicode NFKC (ligatures, full-width and presentation forms become plain letters).
// - Case folding where Turkish I, İ, ı and i are all one letter: "İstanbul", "ISTANBUL",
//   "istanbul" and "ıstanbul" are the same word. Latin accents are dropped ("Türkiye" = "Turkiye").
// - Arabic and Persian: harakat and other marks (U+064B–U+065F, U+0670) and tatweel (U+0640) go;
//   alef forms أ إ آ ٱ become ا; ؤ becomes و; ئ, Arabic yeh ي and alef maksura ى become Persian
//   yeh ی; Arabic kaf ك becomes Persian keheh ک; teh marbuta ة and ۀ become ه.
// - Arabic-Indic (٠–٩) and Persian (۰–۹) digits become 0–9.
// - ZWNJ (U+200C), the Persian half-space, is kept here; the tokenizer decides what it means.

const LETTER_MAP: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u06cc", // ئ → ی
  "\u064a": "\u06cc", // ي → ی
  "\u0649": "\u06cc", // ى → ی
  "\u0643": "\u06a9", // ك → ک
  "\u0629": "\u0647", // ة → ه
  "\u06c0": "\u0647", // ۀ → ه
  "\u0130": "i", // İ
  "\u0131": "i", // ı
  I: "i",
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join("")}]`, "g");
// Latin combining accents (after NFD), Arabic harakat, superscript alef, tatweel, and the
// zero-width joiner and other invisible format characters (but not ZWNJ, U+200C).
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640\u200b\u200e\u200f\u2060\ufeff]|\u200d/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFKC")
      // Before lower-casing: "İ".toLowerCase() is "i̇" (i with a combining dot), not "i".
      .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
      .toLowerCase()
      .normalize("NFD")
      .replace(MARKS, "")
      .normalize("NFC")
      // NFC can compose a bare alef and a hamza or madda that survived; fold those again.
      .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
      .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
  );
}

const ZWNJ = "\u200c";
/** Anything that is not a letter, a digit or a ZWNJ separates words (spaces, punctuation, ، ؛ ؟). */
const SEPARATOR = /[^\p{L}\p{N}\u200c]+/u;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/**
 * The words of a text as the index stores them. A word written with ZWNJ ("می‌شود") is stored
 * whole without it ("میشود") and also as its parts ("می", "شود"), so "می‌شود", "میشود" and
 * "می شود" all find it. With `joinPairs` (names, which are short), two neighbouring words in
 * Arabic script are also stored joined, so a name written "می شود" is found by "میشود" too.
 */
export function indexTerms(text: string, joinPairs = false): string[] {
  const words = normalizeText(text).split(SEPARATOR);
  const out: string[] = [];
  let previous = "";
  for (const word of words) {
    const joined = word.replaceAll(ZWNJ, "");
    if (!joined) continue;
    out.push(joined);
    if (word.includes(ZWNJ)) for (const part of word.split(ZWNJ)) if (part) out.push(part);
    if (joinPairs && previous && ARABIC_SCRIPT.test(previous) && ARABIC_SCRIPT.test(joined))
      out.push(previous + joined);
    previous = joined;
  }
  return out;
}

/** The distinct words of a query, in order, ZWNJ removed (so "می‌شود" looks for "میشود"). */
export function queryTerms(text: string): string[] {
  const words = normalizeText(text)
    .split(SEPARATOR)
    .map((w) => w.replaceAll(ZWNJ, ""))
    .filter(Boolean);
  return [...new Set(words)];
}
