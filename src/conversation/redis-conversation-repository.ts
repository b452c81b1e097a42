import { createClient } from "redis";
import type { ConversationState } from "../answer/answer.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { ConversationRepository } from "./conversation-repository.js";

export interface RedisConversationOptions {
  readonly url: string;
  /** A conversation idle this long is forgotten (Redis expires the key). */
  readonly timeToLiveSeconds: number;
  /** Namespaces the keys, so one Redis can serve several deployments. */
  readonly keyPrefix: string;
  /** Told about connection problems after start-up (the client reconnects by itself). */
  readonly onError?: (message: string) => void;
}

/** The few commands this adapter uses (the client's full generic type is unwieldy to name). */
interface RedisCommands {
  readonly isOpen: boolean;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options: { expiration: { type: "EX"; value: number } }): Promise<unknown>;
  del(key: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Conversation state in Redis, one key per conversation with a TTL, so several `serve`
 * instances share context. State is stored as JSON text and never inspected.
 */
export class RedisConversationRepository implements ConversationRepository {
  readonly kind = "redis" as const;

  private constructor(
    private readonly client: RedisCommands,
    private readonly options: RedisConversationOptions,
  ) {}

  /** Connects once; a Redis that cannot be reached at start-up is a one-line settings error. */
  static async connect(options: RedisConversationOptions): Promise<Result<RedisConversationRepository>> {
    let connected = false;
    const client = createClient({
      url: options.url,
      // Fail fast while the server is away instead of queueing requests without bound.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 5_000,
        // At start-up one failed attempt is an error to report; later the client keeps retrying.
        reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(100 * 2 ** retries, 5_000) : cause),
      },
    });
    client.on("error", (error: Error) => {
      if (connected) options.onError?.(`redis: ${error.message || error.name}`);
    });
    try {
      await client.connect();
      connected = true;
      return ok(new RedisConversationRepository(client, options));
    } catch (error) {
      await client.destroy?.();
      const reason = error instanceof Error ? error.message || error.name : String(error);
      return fail(`environment: REDIS_URL: cannot connect to ${redactUrl(options.url)} (${reason}); fix: start Redis there, correct REDIS_URL, or unset it to keep conversations in memory`);
    }
  }

  async get(conversationId: string): Promise<ConversationState | undefined> {
    const stored = await this.client.get(this.key(conversationId));
    return stored === null ? undefined : (JSON.parse(stored) as ConversationState);
  }

  async set(conversationId: string, state: ConversationState): Promise<void> {
    await this.client.set(this.key(conversationId), JSON.stringify(state), { expiration: { type: "EX", value: this.options.timeToLiveSeconds } });
  }

  async delete(conversationId: string): Promise<void> {
    await this.client.del(this.key(conversationId));
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  private key(conversationId: string): string {
    return `${this.options.keyPrefix}${conversationId}`;
  }
}

/** Passwords in a Redis URL never reach a log line or an error message. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the configured URL";
  }
}
