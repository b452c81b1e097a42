import { ManualClock, type Clock } from "../../shared/clock.js";

/**
 * Timers as a port, so timeouts and shutdown deadlines can be driven by a test clock
 * instead of real waiting.
 */
export interface Timers extends Clock {
  /** Runs `callback` after `milliseconds`; returns a function that cancels it. */
  after(milliseconds: number, callback: () => void): () => void;
}

export const systemTimers: Timers = {
  now: () => Date.now(),
  after(milliseconds, callback) {
    const timer = setTimeout(callback, milliseconds);
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

/** A manual clock whose `advance` also fires the timers that fall due; for tests. */
export class ManualTimers extends ManualClock implements Timers {
  private pending: Array<{ at: number; callback: () => void; id: number }> = [];
  private nextId = 0;
  private watchers: Array<{ count: number; resolve: () => void }> = [];

  after(milliseconds: number, callback: () => void): () => void {
    const id = this.nextId++;
    this.pending.push({ at: this.now() + milliseconds, callback, id });
    const ready = this.watchers.filter((watcher) => this.pending.length >= watcher.count);
    this.watchers = this.watchers.filter((watcher) => this.pending.length < watcher.count);
    for (const watcher of ready) watcher.resolve();
    return () => {
      this.pending = this.pending.filter((timer) => timer.id !== id);
    };
  }

  override advance(milliseconds: number): void {
    super.advance(milliseconds);
    const due = this.pending.filter((timer) => timer.at <= this.now()).sort((first, second) => first.at - second.at);
    this.pending = this.pending.filter((timer) => timer.at > this.now());
    for (const timer of due) timer.callback();
  }

  /** Timers still waiting to fire. */
  get waiting(): number {
    return this.pending.length;
  }

  /** Resolves once at least `count` timers are armed: tests wait for this before advancing. */
  armed(count: number): Promise<void> {
    if (this.pending.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ count, resolve }));
  }
}

export type Timed<Value> = { readonly status: "done"; readonly value: Value } | { readonly status: "timed-out" };

/**
 * Waits for `work` at most `milliseconds`. The work itself is not cancelled (a hung send
 * cannot be), but the caller moves on, so a hung call never holds a slot for good.
 */
export function within<Value>(work: Promise<Value>, milliseconds: number, timers: Timers): Promise<Timed<Value>> {
  return new Promise((resolve, reject) => {
    const cancel = timers.after(milliseconds, () => resolve({ status: "timed-out" }));
    work.then(
      (value) => {
        cancel();
        resolve({ status: "done", value });
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });
}
