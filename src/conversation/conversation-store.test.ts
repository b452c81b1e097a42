import { describe, expect, it } from "vitest";
import { emptyConversation } from "../answer/answer.js";
import { ManualClock } from "../shared/clock.js";
import { ConversationStore, conversationKey } from "./conversation-store.js";

const state = (category: string) => ({ ...emptyConversation, categories: [category] });

describe("ConversationStore", () => {
  it("forgets a conversation idle longer than its time to live", () => {
    const clock = new ManualClock();
    const store = new ConversationStore({ clock, timeToLiveMs: 10 * 60_000, maximumEntries: 10 });
    store.set("a", state("finance-bank"));
    clock.advance(9 * 60_000);
    expect(store.get("a")?.categories).toEqual(["finance-bank"]);
    store.set("a", state("finance-bank"));
    clock.advance(10 * 60_000 + 1);
    expect(store.get("a")).toBeUndefined();
  });

  it("drops the least recently used conversation beyond its cap", () => {
    const store = new ConversationStore({ clock: new ManualClock(), timeToLiveMs: 60_000, maximumEntries: 2 });
    store.set("a", state("a"));
    store.set("b", state("b"));
    store.set("a", state("a2"));
    store.set("c", state("c"));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")?.categories).toEqual(["a2"]);
    expect(store.size).toBe(2);
  });

  it("keys people by room and id, so the same person in two rooms has two conversations", () => {
    expect(conversationKey("room1@chatroom", "alice")).not.toBe(conversationKey("room2@chatroom", "alice"));
    expect(conversationKey(null, "alice")).not.toBe(conversationKey("room1@chatroom", "alice"));
  });
});
