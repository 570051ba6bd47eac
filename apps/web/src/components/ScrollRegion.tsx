import type { ReactNode } from "react";

/**
 * A wide table or code block scrolls inside this box instead of widening the page at 320 px.
 * A scrolling region must be reachable by keyboard (WCAG 2.1.1), hence the tab stop and label.
 * The label is the caller's, already translated: this component says nothing of its own.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled scroll box, not a page section
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll it
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
