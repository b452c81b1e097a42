import { describe, expect, it } from "vitest";
import { ManualClock } from "../../shared/clock.js";
import { RateLimiter } from "./rate-limiter.js";
import { splitMessage } from "./split-message.js";
import { TaskQueue } from "./task-queue.js";

describe("RateLimiter", () => {
  it("allows the limit, asks for one notice, then stays silent until the window has room", () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ clock, limit: 2, windowMs: 60_000 });
    expect([limiter.check("u"), limiter.check("u"), limiter.check("u"), limiter.check("u")]).toEqual([
      "allowed",
      "allowed",
      "limited-notify",
      "limited-silent",
    ]);
    expect(limiter.check("other")).toBe("allowed");
    clock.advance(60_000);
    expect(limiter.check("u")).toBe("allowed");
  });

  it("keeps a bounded number of keys", () => {
    const limiter = new RateLimiter({ clock: new ManualClock(), limit: 1, windowMs: 60_000, maximumKeys: 3 });
    for (const key of ["a", "b", "c", "d"]) limiter.check(key);
    expect(limiter.check("a")).toBe("allowed"); // "a" was pruned, so it starts afresh
  });
});

describe("TaskQueue", () => {
  it("runs at most `concurrency` tasks and refuses pushes beyond the limit", async () => {
    const queue = new TaskQueue(2, 3);
    let running = 0;
    let peak = 0;
    const task = () => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };
    const accepted = Array.from({ length: 10 }, () => queue.push(task()));
    expect(accepted.filter(Boolean)).toHaveLength(5);
    await queue.onIdle();
    expect(peak).toBe(2);
    expect(queue.size).toBe(0);
  });

  it("keeps going after a task fails", async () => {
    const queue = new TaskQueue(1, 5);
    let ran = false;
    queue.push(async () => {
      throw new Error("boom");
    });
    queue.push(async () => {
      ran = true;
    });
    await queue.onIdle();
    expect(ran).toBe(true);
  });
});

describe("splitMessage", () => {
  const options = { maximumCharacters: 20, maximumBytes: 2048, maximumParts: 3, continuation: "(更多)" };

  it("leaves a short message whole", () => {
    expect(splitMessage("短回答。", options)).toEqual(["短回答。"]);
  });

  it("splits at line and sentence boundaries within the limit", () => {
    const parts = splitMessage("第一行说明文字。\n第二行说明文字比较长一些。第三句。", options);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(20);
    expect(parts.join("")).toBe("第一行说明文字。第二行说明文字比较长一些。第三句。");
  });

  it("keeps at most three parts and says how to get the rest", () => {
    const parts = splitMessage("一二三四五六七八九十。".repeat(12), options);
    expect(parts).toHaveLength(3);
    expect(parts[2]!.endsWith("(更多)")).toBe(true);
    expect([...parts[2]!].length).toBeLessThanOrEqual(20);
  });

  it("respects a byte limit for multi-byte text", () => {
    const parts = splitMessage("汉".repeat(30), { ...options, maximumCharacters: 100, maximumBytes: 30 });
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(30);
  });
});
