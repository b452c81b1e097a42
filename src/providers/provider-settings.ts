import { z } from "zod";
import { formatEnvironmentError, pickDefined } from "../config/settings.js";
import { fail, ok, type Result } from "../shared/result.js";

const url = z.string().trim().url();
// A line break in a key would be sent as a header of its own (and echoed in the HTTP library's errors).
const secret = z
  .string()
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value.trim()), "contains a line break or another control character; fix: paste the key again without line breaks")
  .transform((value) => value.trim())
  .pipe(z.string().min(1));

export const providerEnvironmentSchema = z.object({
  LLM_PROVIDER: z.enum(["none", "openai", "ollama"]).default("none"),
  LLM_BASE_URL: url.optional(),
  LLM_API_KEY: secret.optional(),
  LLM_MODEL: z.string().trim().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
  LLM_FAILURE_THRESHOLD: z.coerce.number().int().min(1).max(100).default(3),
  LLM_COOLDOWN_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  EMBEDDINGS_PROVIDER: z.enum(["local", "openai", "ollama"]).default("local"),
  EMBEDDINGS_MODEL: z.string().trim().min(1).optional(),
  EMBEDDINGS_BASE_URL: url.optional(),
  EMBEDDINGS_API_KEY: secret.optional(),
});

export interface ChatProviderSettings {
  readonly provider: "openai" | "ollama";
  readonly baseUrl: string;
  readonly apiKey: string | undefined;
  readonly model: string;
  readonly timeoutMs: number;
  readonly failureThreshold: number;
  readonly cooldownMs: number;
}

export interface EmbeddingsProviderSettings {
  readonly provider: "openai" | "ollama";
  readonly baseUrl: string;
  readonly apiKey: string | undefined;
  readonly model: string;
  readonly timeoutMs: number;
}

export interface ProviderSettings {
  readonly chat: ChatProviderSettings | null;
  readonly embeddings: EmbeddingsProviderSettings | null;
}

const defaultBaseUrl = { openai: "https://api.openai.com/v1", ollama: "http://127.0.0.1:11434" } as const;

/** Reads the optional provider settings once; with none set, everything stays local and offline. */
export function readProviderSettings(environment: NodeJS.ProcessEnv): Result<ProviderSettings> {
  const parsed = providerEnvironmentSchema.safeParse(pickDefined(environment, Object.keys(providerEnvironmentSchema.shape)));
  if (!parsed.success) return fail(formatEnvironmentError(parsed.error));
  const value = parsed.data;

  let chat: ChatProviderSettings | null = null;
  if (value.LLM_PROVIDER !== "none") {
    if (!value.LLM_MODEL) return fail(`environment: LLM_MODEL: required with LLM_PROVIDER=${value.LLM_PROVIDER}; fix: set the model name (e.g. deepseek-chat, qwen-plus, qwen2.5:7b)`);
    if (value.LLM_PROVIDER === "openai" && !value.LLM_BASE_URL && !value.LLM_API_KEY) {
      return fail("environment: LLM_API_KEY: required for OpenAI's own endpoint; fix: set LLM_API_KEY, or LLM_BASE_URL for another OpenAI-compatible server");
    }
    chat = {
      provider: value.LLM_PROVIDER,
      baseUrl: value.LLM_BASE_URL ?? defaultBaseUrl[value.LLM_PROVIDER],
      apiKey: value.LLM_API_KEY,
      model: value.LLM_MODEL,
      timeoutMs: value.LLM_TIMEOUT_MS,
      failureThreshold: value.LLM_FAILURE_THRESHOLD,
      cooldownMs: value.LLM_COOLDOWN_SECONDS * 1000,
    };
  }

  let embeddings: EmbeddingsProviderSettings | null = null;
  if (value.EMBEDDINGS_PROVIDER !== "local") {
    if (!value.EMBEDDINGS_MODEL) return fail(`environment: EMBEDDINGS_MODEL: required with EMBEDDINGS_PROVIDER=${value.EMBEDDINGS_PROVIDER}; fix: set the embedding model (e.g. text-embedding-3-small, bge-m3)`);
    const sameProvider = value.LLM_PROVIDER === value.EMBEDDINGS_PROVIDER;
    embeddings = {
      provider: value.EMBEDDINGS_PROVIDER,
      baseUrl: value.EMBEDDINGS_BASE_URL ?? (sameProvider ? value.LLM_BASE_URL : undefined) ?? defaultBaseUrl[value.EMBEDDINGS_PROVIDER],
      apiKey: value.EMBEDDINGS_API_KEY ?? (sameProvider ? value.LLM_API_KEY : undefined),
      model: value.EMBEDDINGS_MODEL,
      timeoutMs: value.LLM_TIMEOUT_MS,
    };
  }
  return ok({ chat, embeddings });
}
