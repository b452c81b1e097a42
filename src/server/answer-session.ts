import type { Logger } from "pino";
import type { Answer } from "../answer/answer.js";
import type { LiveAnswerService } from "../app/reloadable-answer-service.js";
import type { ConversationRepository } from "../conversation/conversation-repository.js";
import { answerLogFields, type QaLog, type QaLogChannel } from "../qa-log/qa-log.js";
import type { Clock } from "../shared/clock.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { ServerMetrics } from "./server-metrics.js";

/** Everything the endpoints share; built once by the command (or a test) and passed in. */
export interface AnswerSessionDependencies {
  readonly answers: LiveAnswerService;
  readonly conversations: ConversationRepository;
  readonly qaLog: QaLog;
  readonly metrics: ServerMetrics;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface SessionRequest {
  readonly question: string;
  /** Context is read and kept under this id; without one the question stands alone. */
  readonly conversationId: string | undefined;
  readonly channel: QaLogChannel;
  readonly command?: "list-categories";
  /** Lets the caller rate this answer later (POST /v1/feedback); logged with it. */
  readonly feedbackId?: string;
}

export interface SessionFailure {
  readonly status: 503;
  readonly message: string;
}

/**
 * One turn for any endpoint: load the conversation, answer with the live version, keep the new
 * state, count it and log it. A conversation store that cannot be reached is a 503, never a
 * guess without context.
 */
export async function answerInConversation(dependencies: AnswerSessionDependencies, request: SessionRequest): Promise<Result<Answer, SessionFailure>> {
  const { conversations, clock } = dependencies;
  const started = clock.now();
  const { conversationId } = request;
  let conversation;
  if (conversationId !== undefined) {
    try {
      conversation = await conversations.get(conversationId);
    } catch (error) {
      return storeUnavailable(dependencies, error);
    }
  }
  const answer = await dependencies.answers.answer(request.question, conversation, request.command ? { command: request.command } : {});
  if (conversationId !== undefined) {
    try {
      await conversations.set(conversationId, answer.conversation);
    } catch (error) {
      return storeUnavailable(dependencies, error);
    }
  }
  const latencyMs = clock.now() - started;
  dependencies.metrics.observeAnswer({ channel: request.channel, method: answer.method, kind: answer.kind, rule: answer.rule, seconds: latencyMs / 1000 });
  dependencies.qaLog.recordAnswer({
    time: new Date(clock.now()).toISOString(),
    channel: request.channel,
    roomId: null,
    userId: conversationId ?? "(no conversation)",
    ...answerLogFields(answer),
    feedbackId: request.feedbackId ?? null,
    latencyMs,
  });
  return ok(answer);
}

function storeUnavailable(dependencies: AnswerSessionDependencies, error: unknown): Result<never, SessionFailure> {
  const reason = error instanceof Error ? error.message || error.name : String(error);
  dependencies.logger.error({ store: dependencies.conversations.kind, error: reason }, "conversation store unavailable");
  return fail({ status: 503, message: `conversation store (${dependencies.conversations.kind}) unavailable: ${reason}; try again shortly` });
}
