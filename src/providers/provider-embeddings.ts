import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { OllamaEmbeddings } from "@langchain/ollama";
import { OpenAIEmbeddings } from "@langchain/openai";
import type { IndexedEmbeddings } from "../retrieval/open-corpus-index.js";
import type { EmbeddingsProviderSettings } from "./provider-settings.js";

/** A provider's embeddings with the id and dimensions the index manifest records. */
class ProviderEmbeddings implements IndexedEmbeddings {
  constructor(
    readonly id: string,
    readonly dimensions: number,
    private readonly inner: EmbeddingsInterface,
  ) {}

  embedDocuments(documents: string[]): Promise<number[][]> {
    return this.inner.embedDocuments(documents);
  }

  embedQuery(document: string): Promise<number[]> {
    return this.inner.embedQuery(document);
  }
}

/**
 * Creates the provider's embeddings and asks once for a vector to learn its dimensions;
 * the id names provider, model and endpoint, so each gets an index of its own.
 */
export async function createProviderEmbeddings(settings: EmbeddingsProviderSettings): Promise<IndexedEmbeddings> {
  const inner: EmbeddingsInterface =
    settings.provider === "openai"
      ? new OpenAIEmbeddings({
          model: settings.model,
          apiKey: settings.apiKey ?? "not-needed",
          configuration: { baseURL: settings.baseUrl },
          maxRetries: 0,
          timeout: settings.timeoutMs,
        })
      : new OllamaEmbeddings({ model: settings.model, baseUrl: settings.baseUrl, maxRetries: 0 });
  // Any text does: the probe only learns the vector length.
  const probe = await inner.embedQuery("probe");
  if (!Array.isArray(probe) || probe.length === 0) throw new Error(`${settings.provider} embeddings returned no vector for model ${settings.model}`);
  return new ProviderEmbeddings(`${settings.provider}:${settings.model}@${new URL(settings.baseUrl).host}`, probe.length, inner);
}
