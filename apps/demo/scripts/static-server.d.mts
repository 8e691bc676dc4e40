export function startServer(options?: {
  headers?: Record<string, string>;
  port?: number;
  /** Generated pages: path (e.g. `/__safety/x.html`) -> HTML, served with `headers`. */
  pages?: Record<string, string>;
}): Promise<{ url: string; close: () => Promise<void> }>;
