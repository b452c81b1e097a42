import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";

/**
 * Every error response, on every route, in OpenAI's error shape — so OpenAI-compatible
 * clients show the message, and other callers get the same one-line reason.
 */
export interface ApiErrorBody {
  readonly error: { readonly message: string; readonly type: string; readonly param: string | null; readonly code: string | null };
}

const typeByStatus: Partial<Record<number, string>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  404: "invalid_request_error",
  405: "invalid_request_error",
  413: "invalid_request_error",
  503: "server_error",
  504: "server_error",
};

export function apiError(c: Context, status: ContentfulStatusCode, message: string, options: { code?: string; param?: string } = {}): Response {
  const body: ApiErrorBody = { error: { message: oneLine(message), type: typeByStatus[status] ?? "server_error", param: options.param ?? null, code: options.code ?? null } };
  return c.json(body, status);
}

/** `messages.1.content: Expected string, received number` — the first problems, on one line. */
export function describeZodError(error: ZodError, root = "body"): { message: string; param: string } {
  const issues = error.issues.slice(0, 3);
  const param = issues[0]?.path.join(".") ?? "";
  return { message: issues.map((issue) => `${[root, ...issue.path].join(".")}: ${issue.message}`).join("; "), param };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, "; ").slice(0, 500);
}
