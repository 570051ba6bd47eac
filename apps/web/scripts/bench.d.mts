export function scriptsOf(html: string): string[];
export function firstLoadBytes(html: string): { bytes: number; files: string[]; lazyBytes: number };
