import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";

/** Runs a command entry point the way npm scripts do, in a fresh process. */
function run(entry: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const cache = mkdtempSync(join(tmpdir(), "command-cache-"));
  return spawnSync(process.execPath, ["--import", "tsx", join(projectRoot, entry), ...args], {
    cwd: projectRoot,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, CACHE_DIR: cache, ...options.env },
  });
}

describe("ask command", () => {
  it("prints nothing but JSON lines on stdout, even while building the index", () => {
    const result = run("src/cli/ask-command.ts", ["--json"], { input: "电商平台类目能用 live-pusher 吗\n个人主体能直播吗\n" });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).method)).toEqual(["plugin", "unsupported"]);
    expect(JSON.parse(lines[0]!).citations[0].heading).toBe("电商平台 > 电商平台");
    expect(result.stderr).toContain("Building the vector index");
  });

  it("stops with the file, the path and the fix when the rules file is broken", () => {
    const broken = join(mkdtempSync(join(tmpdir(), "rules-")), "rules.yaml");
    writeFileSync(broken, readFileSync(join(projectRoot, "corpus/rules.yaml"), "utf8").replace("method: plugin", "method: teleport"));
    const result = run("src/cli/ask-command.ts", ["银行能直播吗"], { env: { RULES_FILE: broken } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${broken}: categories.0.method: Invalid enum value`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("bot command", () => {
  it("refuses an invalid setting with a one-line message naming the variable", () => {
    const result = run("src/cli/bot-command.ts", [], { env: { BOT_USER_RATE_LIMIT: "lots" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^environment: BOT_USER_RATE_LIMIT: Expected number/);
  });

  it("starts on a puppet from the environment and stops cleanly on SIGTERM", async () => {
    const cache = mkdtempSync(join(tmpdir(), "bot-cache-"));
    const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src/cli/bot-command.ts")], {
      cwd: projectRoot,
      env: { ...process.env, CACHE_DIR: cache, BOT_CHANNEL: "wechaty", WECHATY_PUPPET: "wechaty-puppet-mock", LOG_FORMAT: "json" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const deadline = Date.now() + 15_000;
    while (!output.includes("bot started") && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(output).toContain("bot started; waiting for login");
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
  });
});
