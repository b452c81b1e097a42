import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { formatEnvironmentError, pickDefined, projectRoot } from "../config/settings.js";
import { fail, ok, type Result } from "../shared/result.js";

/** The Q&A log's settings (README.md › Settings › Q&A log); read once, passed to the adapter and the report. */
export interface QaLogSettings {
  /** The JSONL file; undefined when logging is off. */
  readonly file: string | undefined;
  readonly maximumBytes: number;
  readonly keptFiles: number;
  readonly salt: string | undefined;
}

const schema = z
  .object({
    QA_LOG: z.string().trim().min(1).optional(),
    QA_LOG_MAX_MB: z.coerce.number().positive().max(10_000).default(10),
    QA_LOG_FILES: z.coerce.number().int().min(1).max(100).default(5),
    QA_LOG_SALT: z.string().min(16, "must be at least 16 characters (a long random string, e.g. from `openssl rand -hex 16`)").optional(),
  })
  .superRefine((value, context) => {
    if (value.QA_LOG && !value.QA_LOG_SALT) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ["QA_LOG_SALT"], message: "is required when QA_LOG is set (ids are hashed with it); set it to a long random string, e.g. from `openssl rand -hex 16`" });
    }
  });

export function readQaLogSettings(environment: NodeJS.ProcessEnv): Result<QaLogSettings> {
  const parsed = schema.safeParse(pickDefined(environment, ["QA_LOG", "QA_LOG_MAX_MB", "QA_LOG_FILES", "QA_LOG_SALT"]));
  if (!parsed.success) return fail(formatEnvironmentError(parsed.error));
  const { QA_LOG: file, QA_LOG_MAX_MB: megabytes, QA_LOG_FILES: keptFiles, QA_LOG_SALT: salt } = parsed.data;
  return ok({
    file: file === undefined ? undefined : isAbsolute(file) ? file : resolve(projectRoot, file),
    maximumBytes: Math.round(megabytes * 1024 * 1024),
    keptFiles,
    salt,
  });
}
