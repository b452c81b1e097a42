import { describe, expect, it } from "vitest";
import { emptyConversation } from "../answer/answer.js";
import { ManualClock } from "../shared/clock.js";
import { MemoryConversationRepository } from "./memory-conversation-repository.js";

describe("MemoryConversationRepository", () => {
  it("keeps a copy of the state per id and forgets it after the time to live", async () => {
    const clock = new ManualClock();
    const repository = new MemoryConversationRepository({ clock, timeToLiveMs: 60_000, maximumEntries: 10 });
    const state = { ...emptyConversation, categories: ["finance-bank"] };
    await repository.set("a", state);
    const stored = await repository.get("a");
    expect(stored).toEqual(state);
    expect(stored).not.toBe(state);
    expect(await repository.get("b")).toBeUndefined();
    clock.advance(60_001);
    expect(await repository.get("a")).toBeUndefined();
  });

  it("drops the least recently used conversation beyond its cap, and deletes on request", async () => {
    const repository = new MemoryConversationRepository({ clock: new ManualClock(), timeToLiveMs: 60_000, maximumEntries: 1 });
    await repository.set("a", emptyConversation);
    await repository.set("b", emptyConversation);
    expect(await repository.get("a")).toBeUndefined();
    await repository.delete("b");
    expect(await repository.get("b")).toBeUndefined();
  });
});
