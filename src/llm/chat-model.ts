/** One chat turn sent to a model. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

export interface CompleteOptions {
  readonly signal: AbortSignal;
  /** Called with each piece of text as it arrives, when the channel streams. */
  readonly onToken?: (token: string) => void;
}

/**
 * The narrow port the core uses for an optional language model. Adapters in src/providers
 * implement it over LangChain's OpenAI and Ollama integrations; tests use a fake.
 */
export interface ChatModel {
  /** e.g. "openai:deepseek-chat"; reported in answers. */
  readonly id: string;
  complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<string>;
}
