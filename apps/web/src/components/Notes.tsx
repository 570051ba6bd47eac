import { useTranslations } from "next-intl";
import { Markdown } from "@/components/Markdown";

/** Fact-check notes: where popular coverage and the sources disagree. */
export function Notes({ notes }: { notes: readonly string[] }) {
  const t = useTranslations("Record.notes");
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="notes" className="notes">
      <h2 id="notes">{t("title")}</h2>
      <ul>
        {notes.map((n) => (
          <li key={n}>
            <Markdown headingOffset={2}>{n}</Markdown>
          </li>
        ))}
      </ul>
    </section>
  );
}
