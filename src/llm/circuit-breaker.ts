import type { Clock } from "../shared/clock.js";

/** After `threshold` failures in a row, skip the provider for `cooldownMs`, then try once again. */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly threshold: number,
    private readonly cooldownMs: number,
  ) {}

  canTry(): boolean {
    if (this.openedAt === null) return true;
    return this.clock.now() - this.openedAt >= this.cooldownMs;
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = null;
  }

  failed(): void {
    this.failures += 1;
    if (this.failures >= this.threshold) this.openedAt = this.clock.now();
  }
}
