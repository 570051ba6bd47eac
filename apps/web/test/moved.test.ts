import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Moved, movedMetadata, movedTo } from "@/components/Moved";
import { staticIds } from "@/lib/data";
import { withIntl } from "./helpers/intl";

describe("renamed records", () => {
  it("a moved page refreshes to the current address and links to it", () => {
    const html = renderToStaticMarkup(withIntl(createElement(Moved, { collection: "therapies", current: "nurown" })));
    expect(html).toContain('http-equiv="refresh" content="0; url=/therapies/nurown/"');
    // next/link drops the trailing slash outside a Next build (trailingSlash lives in next.config).
    expect(html).toMatch(/href="\/therapies\/nurown\/?"/);
    expect(html).toContain("NurOwn");
    expect(movedMetadata("therapies", "nurown").robots).toEqual({ index: false });
  });

  it("a current id is not moved, and an unknown id goes nowhere", () => {
    expect(movedTo("therapies", "nurown")).toBeUndefined();
    expect(movedTo("therapies", "no-such-therapy")).toBeUndefined();
    expect(staticIds("therapies")).toContainEqual({ id: "nurown" });
  });
});
