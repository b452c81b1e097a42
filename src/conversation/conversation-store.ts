import type { ConversationState } from "../answer/answer.js";
import type { Clock } from "../shared/clock.js";

export interface ConversationStoreOptions {
  readonly clock: Clock;
  /** A conversation idle this long is forgotten. */
  readonly timeToLiveMs: number;
  /** At most this many conversations are kept; the least recently used goes first. */
  readonly maximumEntries: number;
}

/**
 * Conversation state per key, with expiry and an LRU cap (generic so the async repository can
 * keep serialised copies in it). Channels build the key from
 * ids (room id, talker id) — never from display names, which change and collide.
 */
export class ConversationStore<State = ConversationState> {
  private readonly entries = new Map<string, { state: State; touchedAt: number }>();

  constructor(private readonly options: ConversationStoreOptions) {}

  get(key: string): State | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.options.clock.now() - entry.touchedAt > this.options.timeToLiveMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.state;
  }

  set(key: string, state: State): void {
    this.entries.delete(key); // re-insert so Map order is recency order
    this.entries.set(key, { state, touchedAt: this.options.clock.now() });
    while (this.entries.size > this.options.maximumEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The key for one person in one place: a room member, or a private chat. */
export const conversationKey = (roomId: string | null, talkerId: string): string => `${roomId ?? "private"}\u0000${talkerId}`;
