import type { ComponentProps } from "react";
import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/** Only these URL schemes survive; everything else (javascript:, data:, vbscript:) becomes "". */
export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  if (!cleaned) return "";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "https" || scheme === "http" || scheme === "mailto" ? cleaned : "";
}

type Heading = "h2" | "h3" | "h4" | "h5" | "h6";
const shift = (level: number, offset: number): Heading => `h${Math.min(6, Math.max(2, level + offset))}` as Heading;

/**
 * Renders record text, which is Markdown written by contributors. Raw HTML is dropped (no
 * rehype-raw, skipHtml), URLs pass a scheme allow-list, and rehype-sanitize cleans what is left.
 * Headings are shifted so embedded text never adds a second h1 to a page.
 */
export function Markdown({ children, headingOffset = 1 }: { children: string; headingOffset?: number }) {
  const components: ComponentProps<typeof ReactMarkdown>["components"] = {};
  for (const level of [1, 2, 3, 4, 5, 6]) {
    const Tag = shift(level, headingOffset);
    components[`h${level}` as "h1"] = ({ children: c, id }) => <Tag id={id}>{c}</Tag>;
  }
  return (
    <div className="prose">
      <ReactMarkdown skipHtml urlTransform={safeUrl} rehypePlugins={[rehypeSanitize]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
