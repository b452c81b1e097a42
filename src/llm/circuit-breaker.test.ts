import { describe, expect, it } from "vitest";
import { ManualClock } from "../shared/clock.js";
import { CircuitBreaker } from "./circuit-breaker.js";

describe("the circuit breaker", () => {
  it("lets every call through until the threshold of failures in a row", () => {
    const breaker = new CircuitBreaker(new ManualClock(), 3, 1_000);
    breaker.failed();
    breaker.failed();
    expect(breaker.canTry()).toBe(true);
    breaker.failed();
    expect(breaker.canTry()).toBe(false);
  });

  it("counts only failures in a row: a success in between starts the count again", () => {
    const breaker = new CircuitBreaker(new ManualClock(), 2, 1_000);
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    expect(breaker.canTry()).toBe(true);
  });

  it("stays open for the whole cooldown, then lets one try through", () => {
    const clock = new ManualClock(5_000);
    const breaker = new CircuitBreaker(clock, 1, 1_000);
    breaker.failed();
    clock.advance(999);
    expect(breaker.canTry()).toBe(false);
    clock.advance(1);
    expect(breaker.canTry()).toBe(true);
  });

  it("opens again at once when the try after the cooldown fails, and closes when it succeeds", () => {
    // As its callers do: ask canTry before each call, then report how the call went.
    const clock = new ManualClock();
    const breaker = new CircuitBreaker(clock, 2, 1_000);
    breaker.failed();
    breaker.failed();
    clock.advance(1_000);
    expect(breaker.canTry()).toBe(true);
    breaker.failed();
    expect(breaker.canTry()).toBe(false);
    clock.advance(1_000);
    expect(breaker.canTry()).toBe(true);
    breaker.succeeded();
    breaker.failed();
    expect(breaker.canTry()).toBe(true);
  });
});
