/**
 * Runs at most `concurrency` tasks at once and holds at most `limit` waiting; a push
 * beyond that is refused, so a flood cannot grow memory without bound.
 */
export class TaskQueue {
  private readonly waiting: Array<{ readonly task: () => Promise<void>; readonly label: string }> = [];
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  peakWaiting = 0;

  constructor(
    private readonly concurrency: number,
    private readonly limit: number,
  ) {}

  /** Queues a task; false when the queue is full. Tasks must handle their own errors. */
  push(task: () => Promise<void>, label = ""): boolean {
    if (this.waiting.length >= this.limit) return false;
    this.waiting.push({ task, label });
    this.peakWaiting = Math.max(this.peakWaiting, this.waiting.length);
    this.next();
    return true;
  }

  get size(): number {
    return this.waiting.length + this.running;
  }

  get active(): number {
    return this.running;
  }

  /** Removes every task not yet started and returns their labels, so a shutdown can say what it dropped. */
  dropWaiting(): string[] {
    const dropped = this.waiting.splice(0).map((entry) => entry.label);
    this.notifyIfIdle();
    return dropped;
  }

  /** Resolves once nothing is running or waiting. */
  onIdle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const { task } = this.waiting.shift()!;
      this.running += 1;
      void task()
        .catch(() => undefined) // tasks report their own errors; this only keeps the queue moving
        .finally(() => {
          this.running -= 1;
          this.next();
          this.notifyIfIdle();
        });
    }
  }

  private notifyIfIdle(): void {
    if (this.size !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
