import { z } from "zod";
import { formatEnvironmentError, pickDefined } from "../../config/settings.js";
import { fail, ok, type Result } from "../../shared/result.js";

const flag = z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"]).transform((value) => ["true", "1", "yes", "on"].includes(value));
const list = z.string().transform((value) => value.split(/[,,|\n]/).map((entry) => entry.trim()).filter(Boolean));
const count = (minimum: number, maximum: number) => z.coerce.number().int().min(minimum).max(maximum);

/** The group bot's settings; each is documented in README.md › WeChat / WeCom group bot. */
export const botEnvironmentSchema = z.object({
  BOT_CHANNEL: z.enum(["wecom", "wechaty"]).optional(),
  WECOM_BOT_ID: z.string().trim().min(1).optional(),
  WECOM_BOT_SECRET: z.string().trim().min(1).optional(),
  WECOM_WS_URL: z.string().trim().url().regex(/^wss?:\/\//, "must start with ws:// or wss://").optional(),
  WECHATY_PUPPET: z.string().trim().min(1).default("wechaty-puppet-wechat4u"),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().trim().min(1).optional(),
  WECHATY_PUPPET_SERVICE_ENDPOINT: z.string().trim().min(1).optional(),
  BOT_SESSION_NAME: z.string().trim().regex(/^[\w.-]+$/, "letters, digits, dot, dash and underscore only").default("live-category-bot"),
  BOT_KEYWORDS: list.default("直播类目"),
  BOT_PRIVATE_CHAT: flag.default("true"),
  BOT_ROOM_ALLOWLIST: list.default(""),
  BOT_ADMINS: list.default(""),
  BOT_USER_RATE_LIMIT: count(1, 1_000).default(6),
  BOT_ROOM_RATE_LIMIT: count(1, 10_000).default(30),
  BOT_RATE_WINDOW_SECONDS: count(1, 3_600).default(60),
  BOT_CONCURRENCY: count(1, 64).default(4),
  BOT_QUEUE_LIMIT: count(1, 10_000).default(100),
  BOT_CONTEXT_TTL_MINUTES: count(1, 24 * 60).default(10),
  BOT_CONTEXT_MAX: count(10, 1_000_000).default(5_000),
  BOT_MESSAGE_MAX_CHARS: count(200, 2_000).default(1_800),
  BOT_MESSAGE_MAX_BYTES: count(600, 8_192).default(2_048),
  BOT_SEND_TIMEOUT_SECONDS: count(1, 600).default(15),
  BOT_ANSWER_TIMEOUT_SECONDS: count(1, 600).default(30),
  BOT_SHUTDOWN_SECONDS: count(1, 600).default(10),
  /** Same settings as the answer service's: reload the corpus, rules, lexicon and prompts when they change. */
  HOT_RELOAD: flag.default("true"),
  RELOAD_DEBOUNCE_MS: count(0, 60_000).default(300),
  /** Replaced by QA_LOG; still read so an old setting gets a clear message instead of being ignored. */
  BOT_QA_LOG: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
});

/** The WeCom 智能机器人 credentials; the secret is not enumerable, so logging the object never shows it. */
export interface WecomSettings {
  readonly botId: string;
  readonly secret: string;
  /** Private deployments have their own endpoint; unset means WeCom's public one. */
  readonly wsUrl: string | undefined;
}

export type BotChannel = "wecom" | "wechaty";

export interface BotSettings {
  /** Which transport `npm run bot` runs; null when none is configured (the command prints a guide). */
  readonly channel: BotChannel | null;
  readonly wecom: WecomSettings | null;
  readonly puppet: string;
  readonly puppetToken: string | undefined;
  /** host:port of a puppet service; unset means the service discovery finds it from the token. */
  readonly puppetEndpoint: string | undefined;
  readonly sessionName: string;
  readonly keywords: readonly string[];
  readonly privateChat: boolean;
  readonly roomAllowlist: readonly string[];
  readonly admins: readonly string[];
  readonly userRateLimit: number;
  readonly roomRateLimit: number;
  readonly rateWindowMs: number;
  readonly concurrency: number;
  readonly queueLimit: number;
  readonly contextTimeToLiveMs: number;
  readonly contextMaximum: number;
  /** Watch the data files and swap in a new answer service when they change (HOT_RELOAD). */
  readonly hotReload: boolean;
  readonly reloadDebounceMs: number;
  readonly messageMaximumCharacters: number;
  readonly messageMaximumBytes: number;
  /** Longest wait for one send (a chat message, a stream frame) before the slot is freed. */
  readonly sendTimeoutMs: number;
  /** Longest wait for the answer core (a model included). */
  readonly answerTimeoutMs: number;
  /** On SIGTERM, queued answers get this long; the rest are dropped and logged. */
  readonly shutdownGraceMs: number;
  /** A message id is remembered this long (platforms redeliver). */
  readonly duplicateMemoryMs: number;
  /** Answers worked on at once for one person (WeCom allows 3 messages in progress per user). */
  readonly userInFlightLimit: number;
  readonly logLevel: z.infer<typeof botEnvironmentSchema>["LOG_LEVEL"];
  readonly logFormat: z.infer<typeof botEnvironmentSchema>["LOG_FORMAT"];
}

export function readBotSettings(environment: NodeJS.ProcessEnv): Result<BotSettings> {
  const parsed = botEnvironmentSchema.safeParse(pickDefined(environment, Object.keys(botEnvironmentSchema.shape)));
  if (!parsed.success) return fail(formatEnvironmentError(parsed.error));
  const value = parsed.data;
  if (value.BOT_QA_LOG) {
    return fail("environment: BOT_QA_LOG: replaced by QA_LOG, shared with npm run serve (rotated, ids hashed, questions masked); fix: set QA_LOG to the file and QA_LOG_SALT to a long random string, and unset BOT_QA_LOG (README.md › Settings)");
  }
  if (value.BOT_CHANNEL === "wecom") {
    const missing = (["WECOM_BOT_ID", "WECOM_BOT_SECRET"] as const).filter((key) => !value[key]);
    if (missing.length > 0) {
      return fail(`environment: ${missing.join(", ")}: required with BOT_CHANNEL=wecom; fix: copy the BotID and Secret from the bot's API settings (长连接) in the WeCom admin console (README.md › Deploy)`);
    }
  }
  if (value.BOT_CHANNEL === "wechaty" && value.WECHATY_PUPPET === "wechaty-puppet-service" && !value.WECHATY_PUPPET_SERVICE_TOKEN) {
    return fail("environment: WECHATY_PUPPET_SERVICE_TOKEN: required with wechaty-puppet-service; fix: set the token from your puppet service provider (see README.md › WeCom)");
  }
  return ok(toBotSettings(value));
}

function toBotSettings(value: z.infer<typeof botEnvironmentSchema>): BotSettings {
  const wecom: WecomSettings | null =
    value.WECOM_BOT_ID && value.WECOM_BOT_SECRET ? withHiddenSecret({ botId: value.WECOM_BOT_ID, wsUrl: value.WECOM_WS_URL }, value.WECOM_BOT_SECRET) : null;
  return {
    channel: value.BOT_CHANNEL ?? null,
    wecom,
    puppet: value.WECHATY_PUPPET,
    puppetToken: value.WECHATY_PUPPET_SERVICE_TOKEN,
    puppetEndpoint: value.WECHATY_PUPPET_SERVICE_ENDPOINT,
    sessionName: value.BOT_SESSION_NAME,
    keywords: value.BOT_KEYWORDS,
    privateChat: value.BOT_PRIVATE_CHAT,
    roomAllowlist: value.BOT_ROOM_ALLOWLIST,
    admins: value.BOT_ADMINS,
    userRateLimit: value.BOT_USER_RATE_LIMIT,
    roomRateLimit: value.BOT_ROOM_RATE_LIMIT,
    rateWindowMs: value.BOT_RATE_WINDOW_SECONDS * 1000,
    concurrency: value.BOT_CONCURRENCY,
    queueLimit: value.BOT_QUEUE_LIMIT,
    contextTimeToLiveMs: value.BOT_CONTEXT_TTL_MINUTES * 60_000,
    contextMaximum: value.BOT_CONTEXT_MAX,
    messageMaximumCharacters: value.BOT_MESSAGE_MAX_CHARS,
    messageMaximumBytes: value.BOT_MESSAGE_MAX_BYTES,
    sendTimeoutMs: value.BOT_SEND_TIMEOUT_SECONDS * 1000,
    answerTimeoutMs: value.BOT_ANSWER_TIMEOUT_SECONDS * 1000,
    shutdownGraceMs: value.BOT_SHUTDOWN_SECONDS * 1000,
    hotReload: value.HOT_RELOAD,
    reloadDebounceMs: value.RELOAD_DEBOUNCE_MS,
    duplicateMemoryMs: duplicateMemoryMs,
    userInFlightLimit: 3,
    logLevel: value.LOG_LEVEL,
    logFormat: value.LOG_FORMAT,
  };
}

/** Redeliveries come within minutes; an hour is generous and still bounded (CowAgent keeps 7 h, openakita 10 min). */
const duplicateMemoryMs = 60 * 60_000;

function withHiddenSecret(settings: Omit<WecomSettings, "secret">, secret: string): WecomSettings {
  return Object.defineProperty({ ...settings }, "secret", { value: secret, enumerable: false }) as WecomSettings;
}

/** The defaults, for tests and embedding: what an empty environment gives. */
export function defaultBotSettings(): BotSettings {
  return toBotSettings(botEnvironmentSchema.parse({}));
}
