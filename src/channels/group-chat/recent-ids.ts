import type { Clock } from "../../shared/clock.js";

/**
 * Message ids seen recently, so a platform's redelivery is answered once. Bounded by time
 * (an id is forgotten after `timeToLiveMs`) and by count, so a flood cannot grow memory.
 */
export class RecentIds {
  private readonly seenAt = new Map<string, number>();

  constructor(private readonly options: { readonly clock: Clock; readonly timeToLiveMs: number; readonly maximumEntries: number }) {}

  /** True when the id was seen within the time to live; otherwise remembers it. */
  seen(id: string): boolean {
    const now = this.options.clock.now();
    this.forgetExpired(now);
    if (this.seenAt.has(id)) return true;
    this.seenAt.set(id, now);
    while (this.seenAt.size > this.options.maximumEntries) {
      const oldest = this.seenAt.keys().next().value;
      if (oldest === undefined) break;
      this.seenAt.delete(oldest);
    }
    return false;
  }

  get size(): number {
    return this.seenAt.size;
  }

  // Map order is insertion order, and insertion times only grow: expired ids are at the front.
  private forgetExpired(now: number): void {
    for (const [id, at] of this.seenAt) {
      if (now - at < this.options.timeToLiveMs) break;
      this.seenAt.delete(id);
    }
  }
}
