import type { EventMessage } from "@wecom/aibot-node-sdk";
import type { QaLogFeedbackEntry } from "../../qa-log/qa-log.js";

/** WeCom's inaccurate_reason_list codes (protocol notes › feedback_event). */
const reasons: Readonly<Record<number, string>> = { 1: "unrelated", 2: "incomplete", 3: "wrong", 4: "bad-data-analysis" };

interface FeedbackEvent {
  readonly id?: unknown;
  readonly type?: unknown;
  readonly inaccurate_reason_list?: unknown;
}

/**
 * Reads a feedback_event (thumbs up/down on an answer that carried a feedback id). Type 1 is
 * accurate, 2 inaccurate; 3 (a rating withdrawn) and malformed events give null.
 */
export function toFeedbackEntry(body: EventMessage | undefined, time: string): QaLogFeedbackEntry | null {
  const event = (body?.event as { feedback_event?: FeedbackEvent } | undefined)?.feedback_event;
  if (!event || typeof event.id !== "string" || event.id === "") return null;
  if (event.type !== 1 && event.type !== 2) return null;
  const codes = Array.isArray(event.inaccurate_reason_list) ? event.inaccurate_reason_list : [];
  return {
    time,
    channel: "wecom",
    feedbackId: event.id,
    rating: event.type === 1 ? "accurate" : "inaccurate",
    reasons: codes.map((code) => reasons[Number(code)] ?? `code-${String(code)}`),
  };
}
