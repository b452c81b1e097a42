import { z } from "zod";
import { formatEnvironmentError, pickDefined } from "../config/settings.js";
import { readQaLogSettings, type QaLogSettings } from "../qa-log/qa-log-settings.js";
import { fail, ok, type Result } from "../shared/result.js";

/** Settings of `serve` and `mcp` (README.md › Settings › Answer service); read once and passed in. */
export interface ServerSettings {
  readonly host: string;
  readonly port: number;
  /** Bearer tokens accepted on /v1/* and /mcp; empty means no authentication. */
  readonly apiKeys: readonly string[];
  readonly requestTimeoutMs: number;
  readonly redisUrl: string | undefined;
  readonly redisKeyPrefix: string;
  readonly conversationTimeToLiveSeconds: number;
  readonly conversationMaximum: number;
  readonly hotReload: boolean;
  readonly reloadDebounceMs: number;
  readonly logLevel: string;
  readonly logFormat: "pretty" | "json" | "auto";
  readonly qaLog: QaLogSettings;
}

const booleanText = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((value) => ["true", "1", "yes"].includes(value));

const schema = z.object({
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  API_KEYS: z
    .string()
    .transform((value) => value.split(",").map((key) => key.trim()).filter((key) => key !== ""))
    .refine((keys) => keys.every((key) => key.length >= 16), "every key must be at least 16 characters")
    .default(""),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  REDIS_URL: z
    .string()
    .trim()
    .refine((value) => /^rediss?:\/\//.test(value), "must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379")
    .optional(),
  REDIS_KEY_PREFIX: z.string().default("live-category-bot:conversation:"),
  CONVERSATION_TTL_MINUTES: z.coerce.number().positive().max(7 * 24 * 60).default(30),
  CONVERSATION_MAX: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
  HOT_RELOAD: booleanText.default("true"),
  RELOAD_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(300),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["pretty", "json", "auto"]).default("auto"),
});

export function readServerSettings(environment: NodeJS.ProcessEnv): Result<ServerSettings> {
  const parsed = schema.safeParse(pickDefined(environment, Object.keys(schema.shape)));
  if (!parsed.success) return fail(formatEnvironmentError(parsed.error));
  const qaLog = readQaLogSettings(environment);
  if (!qaLog.ok) return qaLog;
  const value = parsed.data;
  return ok({
    host: value.HOST,
    port: value.PORT,
    apiKeys: value.API_KEYS,
    requestTimeoutMs: value.REQUEST_TIMEOUT_MS,
    redisUrl: value.REDIS_URL,
    redisKeyPrefix: value.REDIS_KEY_PREFIX,
    conversationTimeToLiveSeconds: Math.round(value.CONVERSATION_TTL_MINUTES * 60),
    conversationMaximum: value.CONVERSATION_MAX,
    hotReload: value.HOT_RELOAD,
    reloadDebounceMs: value.RELOAD_DEBOUNCE_MS,
    logLevel: value.LOG_LEVEL,
    logFormat: value.LOG_FORMAT,
    qaLog: qaLog.value,
  });
}

/** Settings for tests and embedding: the defaults, with overrides. */
export function defaultServerSettings(overrides: Partial<ServerSettings> = {}): ServerSettings {
  const settings = readServerSettings({});
  if (!settings.ok) throw new Error(settings.error);
  return { ...settings.value, ...overrides };
}
