import type { ConversationState } from "../answer/answer.js";
import type { Clock } from "../shared/clock.js";
import { ConversationStore } from "./conversation-store.js";
import type { ConversationRepository } from "./conversation-repository.js";

/**
 * The default adapter: one process's memory, with the same expiry and LRU cap as the group
 * bot's store. State is kept as a JSON copy, like the Redis adapter, so a caller mutating
 * what it got back can never change what is stored, and both adapters behave alike.
 */
export class MemoryConversationRepository implements ConversationRepository {
  readonly kind = "memory" as const;
  private readonly store: ConversationStore<string>;

  constructor(options: { clock: Clock; timeToLiveMs: number; maximumEntries: number }) {
    this.store = new ConversationStore<string>(options);
  }

  async get(conversationId: string): Promise<ConversationState | undefined> {
    const stored = this.store.get(conversationId);
    return stored === undefined ? undefined : (JSON.parse(stored) as ConversationState);
  }

  async set(conversationId: string, state: ConversationState): Promise<void> {
    this.store.set(conversationId, JSON.stringify(state));
  }

  async delete(conversationId: string): Promise<void> {
    this.store.delete(conversationId);
  }

  async close(): Promise<void> {}
}
