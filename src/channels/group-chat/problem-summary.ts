import type { Clock } from "../../shared/clock.js";

interface WarnLogger {
  warn(object: object, message?: string): void;
}

/**
 * Logs a recurring problem (no network, a refused login) once with its hint, then at most
 * once per interval with the number of repeats in between, so a dead network never floods the log.
 */
export class ProblemSummary {
  private readonly last = new Map<string, { at: number; repeats: number }>();

  constructor(
    private readonly logger: WarnLogger,
    private readonly clock: Clock,
    private readonly intervalMs = 60_000,
  ) {}

  /** Returns true when the line was logged, false when it was counted as a repeat. */
  report(key: string, object: object, message: string): boolean {
    const now = this.clock.now();
    const previous = this.last.get(key);
    if (previous && now - previous.at < this.intervalMs) {
      previous.repeats += 1;
      return false;
    }
    const repeats = previous?.repeats ?? 0;
    this.last.set(key, { at: now, repeats: 0 });
    this.logger.warn(repeats > 0 ? { ...object, repeatsSinceLastLine: repeats } : object, message);
    return true;
  }
}
