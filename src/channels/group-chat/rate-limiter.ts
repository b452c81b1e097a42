import type { Clock } from "../../shared/clock.js";

export type RateDecision = "allowed" | "limited-notify" | "limited-silent";

export interface RateLimiterOptions {
  readonly clock: Clock;
  readonly limit: number;
  readonly windowMs: number;
  /** Keys tracked at once; older ones are pruned so a flood of senders cannot grow memory. */
  readonly maximumKeys?: number;
}

/**
 * A sliding-window limit per key. The first refusal in a window asks for one polite notice;
 * later refusals are silent until the window has room again.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { times: number[]; notified: boolean }>();

  constructor(private readonly options: RateLimiterOptions) {}

  check(key: string): RateDecision {
    const now = this.options.clock.now();
    const window = this.windows.get(key) ?? { times: [], notified: false };
    window.times = window.times.filter((time) => now - time < this.options.windowMs);
    this.windows.delete(key);
    this.windows.set(key, window);
    this.prune();
    if (window.times.length < this.options.limit) {
      window.times.push(now);
      window.notified = false;
      return "allowed";
    }
    if (window.notified) return "limited-silent";
    window.notified = true;
    return "limited-notify";
  }

  /** Gives back a slot taken by `check`, when another limit refused the message after all. */
  release(key: string): void {
    this.windows.get(key)?.times.pop();
  }

  private prune(): void {
    const maximum = this.options.maximumKeys ?? 10_000;
    while (this.windows.size > maximum) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
  }
}
