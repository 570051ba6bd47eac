import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "@/components/Markdown";

// biome-ignore lint/correctness/noChildrenProp: createElement with a typed children prop
const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { children: text }));

describe("Markdown", () => {
  it("renders ordinary Markdown", () => {
    const html = render("Some **bold** text and [a source](https://example.org/a).");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('href="https://example.org/a"');
  });

  it("makes raw HTML and javascript: links inert", () => {
    const html = render(
      "Hello <script>alert(1)</script> world. [x](javascript:alert(1)) <img src=x onerror=alert(1)> [y](JaVaScRiPt:alert(2))",
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/<img/i);
    // The link text survives, without a dangerous target.
    expect(html).toContain(">x</a>");
  });

  it("drops data: and vbscript: URLs but keeps relative, http(s) and mailto", () => {
    expect(safeUrl("javascript:alert(1)")).toBe("");
    expect(safeUrl("data:text/html,<script>alert(1)</script>")).toBe("");
    expect(safeUrl("vbscript:msgbox")).toBe("");
    expect(safeUrl("https://example.org/")).toBe("https://example.org/");
    expect(safeUrl("mailto:a@example.org")).toBe("mailto:a@example.org");
    expect(safeUrl("/therapies/nurown/")).toBe("/therapies/nurown/");
  });

  it("shifts headings so record text never adds a second h1", () => {
    const html = render("# Title\n\n## Sub");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain("<h3>Sub</h3>");
  });
});

describe("Markdown heading ids", () => {
  it("gives headings ids from their text when asked, unique within the document", () => {
    const text = "## Evidence kinds and *evidence* levels\n\n## Notes\n\n## Notes";
    // biome-ignore lint/correctness/noChildrenProp: createElement with a typed children prop
    const html = renderToStaticMarkup(createElement(Markdown, { children: text, slugs: true }));
    expect(html).toContain('<h3 id="evidence-kinds-and-evidence-levels">');
    expect(html).toContain('<h3 id="notes">');
    expect(html).toContain('<h3 id="notes-2">');
    expect(render("## Plain")).toContain("<h3>Plain</h3>");
  });
});
