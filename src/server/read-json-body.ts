import type { Context } from "hono";
import type { z } from "zod";
import { fail, ok, type Result } from "../shared/result.js";
import { describeZodError } from "./api-error.js";

/** A request body that is not JSON or not the expected shape, as a one-line reason for a 400. */
export interface BodyProblem {
  readonly message: string;
  readonly param?: string;
}

export async function readJsonBody<Schema extends z.ZodTypeAny>(c: Context, schema: Schema): Promise<Result<z.infer<Schema>, BodyProblem>> {
  const text = await c.req.text();
  if (text.trim() === "") return fail({ message: "body: empty; send a JSON object (Content-Type: application/json)" });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ message: `body: not valid JSON (${(error as Error).message})` });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return fail(describeZodError(parsed.error));
  return ok(parsed.data);
}
