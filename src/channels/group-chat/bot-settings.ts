import { z } from "zod";
import { formatEnvironmentError, pickDefined } from "../../config/settings.js";
import { fail, ok, type Result } from "../../shared/result.js";

const flag = z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"]).transform((value) => ["true", "1", "yes", "on"].includes(value));
const list = z.string().transform((value) => value.split(/[,,|\n]/).map((entry) => entry.trim()).filter(Boolean));
const count = (minimum: number, maximum: number) => z.coerce.number().int().min(minimum).max(maximum);

/** The group bot's settings; each is documented in README.md › WeChat / WeCom group bot. */
export const botEnvironmentSchema = z.object({
  WECHATY_PUPPET: z.string().trim().min(1).default("wechaty-puppet-wechat4u"),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().trim().min(1).optional(),
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
  BOT_QA_LOG: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
});

export interface BotSettings {
  readonly puppet: string;
  readonly puppetToken: string | undefined;
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
  readonly messageMaximumCharacters: number;
  readonly messageMaximumBytes: number;
  readonly qaLogFile: string | undefined;
  readonly logLevel: z.infer<typeof botEnvironmentSchema>["LOG_LEVEL"];
  readonly logFormat: z.infer<typeof botEnvironmentSchema>["LOG_FORMAT"];
}

export function readBotSettings(environment: NodeJS.ProcessEnv): Result<BotSettings> {
  const parsed = botEnvironmentSchema.safeParse(pickDefined(environment, Object.keys(botEnvironmentSchema.shape)));
  if (!parsed.success) return fail(formatEnvironmentError(parsed.error));
  const value = parsed.data;
  if (value.WECHATY_PUPPET === "wechaty-puppet-service" && !value.WECHATY_PUPPET_SERVICE_TOKEN) {
    return fail("environment: WECHATY_PUPPET_SERVICE_TOKEN: required with wechaty-puppet-service; fix: set the token from your puppet service provider (see README.md › WeCom)");
  }
  return ok(toBotSettings(value));
}

function toBotSettings(value: z.infer<typeof botEnvironmentSchema>): BotSettings {
  return {
    puppet: value.WECHATY_PUPPET,
    puppetToken: value.WECHATY_PUPPET_SERVICE_TOKEN,
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
    qaLogFile: value.BOT_QA_LOG,
    logLevel: value.LOG_LEVEL,
    logFormat: value.LOG_FORMAT,
  };
}

/** The defaults, for tests and embedding: what an empty environment gives. */
export function defaultBotSettings(): BotSettings {
  return toBotSettings(botEnvironmentSchema.parse({}));
}
