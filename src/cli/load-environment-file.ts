import { join } from "node:path";

/**
 * Loads `.env` from the working directory into process.env before any setting is read.
 * Variables already set in the environment win; a missing file is normal (every setting is optional).
 */
export function loadEnvironmentFile(directory = process.cwd()): string | null {
  const file = join(directory, ".env");
  try {
    process.loadEnvFile(file);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    return `${file}: cannot read the settings file (${code ?? (error as Error).message}); fix: correct or remove .env (see .env.example)`;
  }
}
