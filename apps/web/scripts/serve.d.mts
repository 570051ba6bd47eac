import type { Server } from "node:http";

export function resolvePath(root: string, urlPath: string): { file: string } | { redirect: string } | null;
export function createStaticServer(rootDir: string): Server;
export function serve(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
