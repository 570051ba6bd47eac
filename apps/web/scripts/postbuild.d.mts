export function stripRuntime(html: string): string;
