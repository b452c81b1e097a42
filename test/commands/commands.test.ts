import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { runProcess } from "../support/run-command.js";

const entry = inject("commandEntry");
const sharedCache = inject("testCacheDirectory");

/**
 * Runs `live-category-bot <command>` from the bundle the global setup built, in a fresh process.
 * Every test starts its own processes and shares nothing else, so the tests of a block run concurrently
 * (at most vitest's maxConcurrency at a time, each running its processes one after another).
 */
function run(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}) {
  return runProcess(process.execPath, [entry, ...args], {
    cwd: options.cwd ?? projectRoot,
    input: options.input,
    env: { ...process.env, CACHE_DIR: sharedCache, ...options.env },
  });
}

// Processes starting together on a shared 2-core machine can take several seconds each.
describe.concurrent("ask command", { timeout: 60_000 }, () => {
  it("prints nothing but JSON lines on stdout, even while building the index", async () => {
    const cache = mkdtempSync(join(tmpdir(), "command-cache-"));
    const result = await run(["ask", "--json"], { input: "电商平台类目能用 live-pusher 吗\n个人主体能直播吗\n", env: { CACHE_DIR: cache } });
    expect(result.status).toBe(0);
    // The first start leaves jieba's compact dictionary beside the index for the next.
    expect(readdirSync(join(cache, "compact")).filter((name) => /^jieba-dictionary-[0-9a-f]+\.bin$/.test(name))).toHaveLength(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).method)).toEqual(["plugin", "unsupported"]);
    expect(JSON.parse(lines[0]!).citations[0].heading).toBe("电商平台 > 电商平台");
    expect(result.stderr).toContain("Building the vector index");
  });

  it("gives one answer per LF line: CRLF ends a line, a bare CR does not", async () => {
    const result = await run(["ask", "--json"], { input: "银行能直播吗\r\n驾校培训能用\rlive-pusher 吗\n个人主体能直播吗" });
    expect(result.status).toBe(0);
    const answers = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(answers.map((answer) => answer.question)).toEqual(["银行能直播吗", "驾校培训能用 live-pusher 吗", "个人主体能直播吗"]);
    expect(answers.map((answer) => answer.method)).toEqual(["native", "plugin", "unsupported"]);
  });

  it("stops with the file, the path and the fix when the rules file is broken", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "rules-")), "rules.yaml");
    writeFileSync(broken, readFileSync(join(projectRoot, "corpus/rules.yaml"), "utf8").replace("method: plugin", "method: teleport"));
    const result = await run(["ask", "银行能直播吗"], { env: { RULES_FILE: broken } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${broken}: categories.0.method: Invalid enum value`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses rules whose method contradicts the document's access sentence", async () => {
    const contradicting = join(mkdtempSync(join(tmpdir(), "rules-")), "rules.yaml");
    writeFileSync(contradicting, readFileSync(join(projectRoot, "corpus/rules.yaml"), "utf8").replace(/(id: ecommerce-platform[\s\S]*?method: )plugin/, "$1native"));
    const result = await run(["ask", "--json", "电商平台能用 live-pusher 吗"], { env: { RULES_FILE: contradicting } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/categories\.0\.method: "native" contradicts the document's access sentence in "电商平台 > 电商平台"/);
  });

  it("names CORPUS_FILE when the corpus is missing", async () => {
    const result = await run(["ask", "银行能直播吗"], { env: { CORPUS_FILE: "/nonexistent/corpus.md" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\/nonexistent\/corpus\.md: cannot read the corpus \(ENOENT\); fix: check CORPUS_FILE/);
  });

  it("fails in one line when CACHE_DIR cannot be created", async () => {
    const result = await run(["ask", "银行能直播吗"], { env: { CACHE_DIR: "/proc/live-category-bot-cache" } });
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(2); // the build notice, then the error
    expect(result.stderr).toMatch(/\/proc\/live-category-bot-cache: cannot build the vector index \(\w+\); fix: set CACHE_DIR/);
  });

  it("refuses an API key with a line break before answering anything", async () => {
    const result = await run(["ask", "银行能直播吗"], { env: { LLM_PROVIDER: "openai", LLM_MODEL: "m", LLM_API_KEY: "sk-secret\r\nX-Evil: 1" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^environment: LLM_API_KEY: contains a line break/);
    expect(result.stderr).not.toContain("sk-secret");
  });

  it("masks credentials in LLM_BASE_URL in what it prints", async () => {
    const result = await run(["ask", "银行能直播吗"], { env: { LLM_PROVIDER: "openai", LLM_MODEL: "m", LLM_BASE_URL: "http://alice:hunter22@127.0.0.1:9/v1", LLM_TIMEOUT_MS: "500" } });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("http://***@127.0.0.1:9/v1");
    expect(`${result.stdout}${result.stderr}`).not.toContain("hunter22");
  });
});

describe.concurrent("the bin", { timeout: 60_000 }, () => {
  // Every command's answers to these come from its spec (src/cli/command-arguments.test.ts covers each in
  // process); this runs one through a real process for the streams and exit codes.
  it("answers a command's --help and --version, and refuses an unknown option with usage and exit code 2", async () => {
    const command = "ask";
    const help = await run([command, "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: live-category-bot /);
    const version = await run([command, "--version"]);
    expect(version.stdout).toBe(`live-category-bot ${JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).version}\n`);
    const unknown = await run([command, "--no-such-option"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(new RegExp(`^${command}: unknown option --no-such-option\\nUsage: `));
  });

  it("lists its commands, and refuses an unknown one with exit code 2", async () => {
    expect((await run(["--help"])).stdout).toMatch(/Commands:\n  chat .*\n  ask /);
    const unknown = await run(["teleport"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^live-category-bot: unknown command teleport\nUsage:/);
  });

  it("reads .env from the working directory; the environment wins over it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dotenv-"));
    writeFileSync(join(folder, ".env"), "BOT_USER_RATE_LIMIT=lots\nCORPUS_FILE=/from/dotenv.md\n");
    const fromFile = await run(["ask", "银行能直播吗"], { cwd: folder });
    expect(fromFile.stderr).toMatch(/^\/from\/dotenv\.md: cannot read the corpus/);
    const overridden = await run(["ask", "--json", "银行能直播吗"], { cwd: folder, env: { CORPUS_FILE: join(projectRoot, "corpus/live-streaming-categories.md") } });
    expect(overridden.status).toBe(0);
    expect(JSON.parse(overridden.stdout).method).toBe("native");
  });

  it("says how to build the commands when dist/ is missing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "no-dist-"));
    mkdirSync(join(folder, "bin"));
    copyFileSync(join(projectRoot, "bin", "live-category-bot.js"), join(folder, "bin", "live-category-bot.js"));
    writeFileSync(join(folder, "package.json"), '{"type":"module"}');
    const result = await runProcess(process.execPath, [join(folder, "bin", "live-category-bot.js"), "ask", "x"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/dist\/live-category-bot\.js: missing; fix: run `npm run build`/);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe.concurrent("bot command", { timeout: 60_000 }, () => {
  it("refuses an invalid setting with a one-line message naming the variable", async () => {
    const result = await run(["bot"], { env: { BOT_USER_RATE_LIMIT: "lots" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^environment: BOT_USER_RATE_LIMIT: Expected number/);
  });

  it("starts on a puppet from the environment and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [entry, "bot"], {
      cwd: projectRoot,
      // The run's index (this test is about the puppet and SIGTERM; the build is tested above).
      env: { ...process.env, CACHE_DIR: sharedCache, BOT_CHANNEL: "wechaty", WECHATY_PUPPET: "wechaty-puppet-mock", LOG_FORMAT: "json" },
    });
    let output = "";
    const started = new Promise<void>((resolve) => {
      const collect = (chunk: Buffer) => {
        output += chunk;
        if (output.includes("bot started")) resolve();
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("exit", () => resolve());
    });
    await started;
    expect(output).toContain("bot started; waiting for login");
    child.kill("SIGTERM");
    const code = child.exitCode ?? (await new Promise<number | null>((resolve) => child.on("exit", resolve)));
    expect(code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
  });
});
