// Types for the parts of `ws` (8.x, installed with @wecom/aibot-node-sdk) that the fake WeCom server uses;
// the package ships no types of its own and @types/ws is not a dependency.
declare module "ws" {
  import type { EventEmitter } from "node:events";
  import type { AddressInfo } from "node:net";

  export interface ClientOptions {
    readonly [option: string]: unknown;
  }

  export class WebSocket extends EventEmitter {
    static readonly OPEN: number;
    readonly readyState: number;
    send(data: string, callback?: (error?: Error) => void): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
    on(event: "message", listener: (data: Buffer) => void): this;
    on(event: "close", listener: (code: number, reason: Buffer) => void): this;
    on(event: "error", listener: (error: Error) => void): this;
  }

  export class WebSocketServer extends EventEmitter {
    constructor(options: { host?: string; port?: number });
    readonly clients: Set<WebSocket>;
    address(): AddressInfo | string;
    close(callback?: (error?: Error) => void): void;
    on(event: "connection", listener: (socket: WebSocket) => void): this;
    on(event: "listening", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
  }

  export default WebSocket;
}
