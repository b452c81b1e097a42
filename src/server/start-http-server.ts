import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one, as the tests do) and resolves once listening. */
export function startHttpServer(app: Hono, options: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((closed) => {
            // Idle keep-alive sockets would hold close() open; active requests still finish.
            if ("closeIdleConnections" in server) server.closeIdleConnections();
            server.close(() => closed());
          }),
      });
    });
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(`environment: HOST/PORT: cannot listen on ${options.host}:${options.port} (${error.code ?? error.message}); fix: choose a free PORT or another HOST`)),
    );
  });
}
