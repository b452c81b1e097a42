import { spawn } from "node:child_process";

export interface CommandResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a process to its end and resolves with its exit code and output, like `spawnSync` but without
 * blocking the test worker, so independent command runs of a file can go concurrently.
 */
export function runProcess(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    // "close", not "exit": both output streams have ended, so nothing the process wrote is missing.
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
    // A command that exits before reading its input closes the pipe; that is the command's business.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input);
  });
}
