export function startServer(options?: { headers?: Record<string, string>; port?: number }): Promise<{ url: string; close: () => Promise<void> }>;
