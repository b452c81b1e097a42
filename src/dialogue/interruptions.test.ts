import { describe, expect, it } from "vitest";
import { emptyConversation } from "../answer/answer-types.js";
import { interruptedTopic } from "./interruptions.js";

describe("a topic an aside interrupts", () => {
  it("keeps the topic's own fields, not the conversation's history and citations a second time", () => {
    const conversation = { ...emptyConversation, categories: ["finance-trust"], history: [{ question: "信托能直播吗", answer: "…" }] };
    const waiting = interruptedTopic(conversation).interrupted;
    expect(waiting?.categories).toEqual(["finance-trust"]);
    expect(waiting && "history" in waiting).toBe(false);
    expect(waiting && "lastCitations" in waiting).toBe(false);
  });

  it("keeps the first topic through a second aside, and nothing after one with no topic", () => {
    const first = interruptedTopic({ ...emptyConversation, categories: ["finance-trust"] });
    expect(interruptedTopic(first).interrupted?.categories).toEqual(["finance-trust"]);
    expect(interruptedTopic(emptyConversation).interrupted).toBeUndefined();
  });
});
