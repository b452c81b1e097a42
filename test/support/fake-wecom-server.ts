import { randomBytes } from "node:crypto";
import { EventEmitter, once } from "node:events";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A fake WeCom 智能机器人 long-connection endpoint on 127.0.0.1, speaking the frames of
 * ../shared/wecom-aibot-protocol.md: subscribe (853000 on bad credentials, socket left open as
 * WeCom does), ping acks, message and event callbacks, acks for replies, disconnected_event.
 * Tests drive the real @wecom/aibot-node-sdk against it.
 */
export interface Frame {
  readonly cmd?: string;
  readonly headers: { readonly req_id: string };
  readonly body?: Record<string, unknown> & {
    msgtype?: string;
    stream?: { id: string; finish?: boolean; content?: string; feedback?: { id: string } };
    markdown?: { content: string };
    chatid?: string;
    text?: { content: string };
  };
}

/** What the server answers to a reply frame: an errcode (0 is OK), or nothing at all. */
export type AckDecision = { readonly errcode: number; readonly errmsg?: string } | "no-ack";

export interface FakeWecomOptions {
  readonly botId: string;
  readonly secret: string;
}

export class FakeWecomServer extends EventEmitter {
  /** Every frame the bot sent, in order (pings excluded). */
  readonly received: Frame[] = [];
  subscribes = 0;
  connections = 0;
  acksSent = 0;
  /** Acks for reply frames (not subscribe or ping). */
  replyAcks = 0;
  /** Decides each reply's ack; by default every reply is acknowledged. */
  ackFor: (frame: Frame) => AckDecision = () => ({ errcode: 0 });
  /** While set, subscribe acks wait until `releaseSubscribe` is called. */
  holdSubscribe = false;
  private heldSubscribes: Array<() => void> = [];
  private socket: WebSocket | null = null;

  private constructor(
    private readonly server: WebSocketServer,
    private readonly options: FakeWecomOptions,
  ) {
    super();
    this.setMaxListeners(0);
    server.on("connection", (socket) => this.accept(socket));
  }

  static async start(options: FakeWecomOptions = { botId: "test-bot", secret: "test-secret" }): Promise<FakeWecomServer> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await once(server, "listening");
    return new FakeWecomServer(server, options);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Sends a message callback as WeCom would; returns its req_id. */
  sendMessage(body: Record<string, unknown>): string {
    const reqId = `aibot_msg_callback_${Date.now()}_${randomBytes(4).toString("hex")}`;
    this.push({ cmd: "aibot_msg_callback", headers: { req_id: reqId }, body: { aibotid: this.options.botId, msgid: randomBytes(8).toString("hex"), ...body } });
    return reqId;
  }

  /** A group text message that @-mentions the bot. */
  groupText(userId: string, content: string, extra: Record<string, unknown> = {}): string {
    return this.sendMessage({ chatid: "group-1", chattype: "group", from: { userid: userId }, msgtype: "text", text: { content }, ...extra });
  }

  /** A one-to-one text message. */
  singleText(userId: string, content: string, extra: Record<string, unknown> = {}): string {
    return this.sendMessage({ chattype: "single", from: { userid: userId }, msgtype: "text", text: { content }, ...extra });
  }

  /** Sends an event callback; returns its req_id. */
  sendEvent(userId: string, event: Record<string, unknown>): string {
    const reqId = `aibot_event_callback_${Date.now()}_${randomBytes(4).toString("hex")}`;
    this.push({ cmd: "aibot_event_callback", headers: { req_id: reqId }, body: { msgid: randomBytes(8).toString("hex"), aibotid: this.options.botId, chattype: "single", from: { userid: userId }, msgtype: "event", event } });
    return reqId;
  }

  /** Another instance subscribed: WeCom tells this connection, then drops it. */
  takeOver(): void {
    this.sendEvent("system", { eventtype: "disconnected_event" });
    this.socket?.close();
  }

  /** Drops the connection without a word, as a network failure would. */
  dropConnection(): void {
    this.socket?.terminate();
  }

  releaseSubscribe(): void {
    this.holdSubscribe = false;
    for (const release of this.heldSubscribes.splice(0)) release();
  }

  /** The frames the bot sent in reply to one callback, in order. */
  repliesTo(reqId: string): Frame[] {
    return this.received.filter((frame) => frame.headers.req_id === reqId);
  }

  /** Proactive messages (aibot_send_msg), in order. */
  get pushes(): Frame[] {
    return this.received.filter((frame) => frame.cmd === "aibot_send_msg");
  }

  /** Resolves once `condition` holds, checked after every frame the bot sends and every connection. */
  async until(condition: () => boolean, what = "the expected frames"): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      // A safety net against a test that would hang: the waiting itself is on events.
      const timer = setTimeout(() => {
        this.off("activity", check);
        reject(new Error(`fake WeCom: gave up waiting for ${what}; received ${this.received.length} frames`));
      }, 15_000);
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.off("activity", check);
        resolve();
      };
      this.on("activity", check);
    });
  }

  /** Resolves when the reply to `reqId` has ended with finish:true (or a push replaced it). */
  finished(reqId: string): Promise<void> {
    return this.until(() => this.repliesTo(reqId).some((frame) => frame.body?.stream?.finish === true), `finish:true for ${reqId}`);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.connections += 1;
    this.socket = socket;
    socket.on("message", (data) => this.onFrame(socket, JSON.parse(data.toString()) as Frame));
    socket.on("close", () => {
      if (this.socket === socket) this.socket = null;
      this.emit("activity");
    });
    this.emit("activity");
  }

  private onFrame(socket: WebSocket, frame: Frame): void {
    const ack = (errcode: number, errmsg = errcode === 0 ? "ok" : "error") => {
      this.acksSent += 1;
      socket.send(JSON.stringify({ headers: { req_id: frame.headers.req_id }, errcode, errmsg }));
    };
    if (frame.cmd === "ping") return ack(0);
    if (frame.cmd === "aibot_subscribe") {
      this.subscribes += 1;
      const good = frame.body?.bot_id === this.options.botId && frame.body?.secret === this.options.secret;
      // WeCom answers bad credentials with 853000 and leaves the socket open.
      const answer = () => (good ? ack(0) : ack(853000, "invalid bot_id or secret"));
      if (this.holdSubscribe) this.heldSubscribes.push(answer);
      else answer();
      this.emit("activity");
      return;
    }
    this.received.push(frame);
    const decision = this.ackFor(frame);
    if (decision !== "no-ack") {
      this.replyAcks += 1;
      ack(decision.errcode, decision.errmsg);
    }
    this.emit("activity");
  }

  private push(frame: Frame): void {
    if (!this.socket) throw new Error("fake WeCom: no bot is connected");
    this.socket.send(JSON.stringify(frame));
  }
}
