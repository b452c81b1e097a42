import type { ZodError } from "zod";

/**
 * One line per problem, `file: path: message`, so an operator can open the file
 * and go straight to the broken entry.
 */
export function formatValidationError(file: string, error: ZodError, fix?: string): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    return `${file}: ${path}: ${issue.message}`;
  });
  if (fix) lines.push(`fix: ${fix}`);
  return lines.join("\n");
}

/** Raised when a data file the bot cannot start without is invalid. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
}
