import type { ConversationState } from "../answer/answer.js";

/**
 * Where conversation state lives between requests, as a port: the HTTP server and MCP tools
 * use it so several instances behind a load balancer can share context (the Redis adapter),
 * while one instance keeps it in memory. The state is opaque here: adapters store it as JSON
 * and never look inside, so the core may change its shape freely.
 */
export interface ConversationRepository {
  /** The state for this id, or undefined when it never existed or has expired. */
  get(conversationId: string): Promise<ConversationState | undefined>;
  /** Stores the state and restarts the conversation's time to live. */
  set(conversationId: string, state: ConversationState): Promise<void>;
  delete(conversationId: string): Promise<void>;
  /** A short description for /healthz, e.g. "memory" or "redis". */
  readonly kind: "memory" | "redis";
  close(): Promise<void>;
}
