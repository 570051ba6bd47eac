import { type ComponentProps, isValidElement, type ReactNode } from "react";
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

/** "Evidence kinds and evidence levels" → "evidence-kinds-and-evidence-levels". */
export function slugOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}
const shift = (level: number, offset: number): Heading => `h${Math.min(6, Math.max(2, level + offset))}` as Heading;

/**
 * Renders record text, which is Markdown written by contributors. Raw HTML is dropped (no
 * rehype-raw, skipHtml), URLs pass a scheme allow-list, and rehype-sanitize cleans what is left.
 * Headings are shifted so embedded text never adds a second h1 to a page; with `slugs`, each
 * heading gets an id from its text, so a long document (the methodology) can be linked into.
 * Record text is English: the wrapper says so (`lang="en" dir="ltr"`) unless `record` is false,
 * for Markdown written in the page's own language.
 */
export function Markdown({
  children,
  headingOffset = 1,
  slugs = false,
  record = true,
}: {
  children: string;
  headingOffset?: number;
  slugs?: boolean;
  /** English record text (the default): marked `lang="en" dir="ltr"`. */
  record?: boolean;
}) {
  const components: ComponentProps<typeof ReactMarkdown>["components"] = {};
  const used = new Map<string, number>();
  const unique = (slug: string) => {
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  };
  for (const level of [1, 2, 3, 4, 5, 6]) {
    const Tag = shift(level, headingOffset);
    components[`h${level}` as "h1"] = ({ children: c, id }) => {
      const slug = slugs ? slugOf(textOf(c)) : "";
      return <Tag id={slug ? unique(slug) : id}>{c}</Tag>;
    };
  }
  return (
    <div className="prose" {...(record ? { lang: "en", dir: "ltr" } : {})}>
      <ReactMarkdown skipHtml urlTransform={safeUrl} rehypePlugins={[rehypeSanitize]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
