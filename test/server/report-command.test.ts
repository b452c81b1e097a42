import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/settings.js";
import { JsonlQaLog } from "../../src/qa-log/jsonl-qa-log.js";
import { runProcess } from "../support/run-command.js";
import { postJson, startTestServer } from "./test-server.js";

// The bundled bin, as `npm run report` runs it.
const entry = inject("commandEntry");

function report(args: string[], environment: Record<string, string> = {}) {
  const { QA_LOG: _unused, ...inherited } = process.env;
  return runProcess(process.execPath, [entry, "report", ...args], {
    cwd: projectRoot,
    env: { ...inherited, ...environment },
  });
}

// Each case starts the command as a process; on a shared 2-core machine that can take several seconds.
// The cases only read the log the server wrote, so they run concurrently.
describe.concurrent("npm run report over a log written by the server", { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), "report-"));
  const file = join(folder, "qa.jsonl");

  beforeAll(async () => {
    const qaLog = new JsonlQaLog({ file, salt: "report-test-salt-0123", maximumBytes: 10_000_000, keptFiles: 2 });
    const server = await startTestServer({ qaLog });
    const questions = ["银行能直播吗", "银行能直播吗", "今天天气怎么样", "今天天气怎么样?", "我电话13812345678,教育类目能直播吗", "电商平台类目能用 live-pusher 吗"];
    const answers = [];
    for (const question of questions) answers.push((await postJson(`${server.url}/v1/answer`, { question, conversationId: "report-user" })).json);
    // 👎 on the first 银行 answer, 👍 on the last answer, through the API.
    const rated = await postJson(`${server.url}/v1/feedback`, { feedbackId: answers[0].feedbackId, rating: "inaccurate", reasons: ["答非所问"] });
    expect(rated).toEqual({ status: 200, json: { recorded: true } });
    await postJson(`${server.url}/v1/feedback`, { feedbackId: answers.at(-1).feedbackId, rating: "accurate" });
    expect((await postJson(`${server.url}/v1/feedback`, { feedbackId: "x", rating: "meh" })).status).toBe(400);
    await server.close();
    await qaLog.close();
  });

  it("lists unanswered questions grouped by wording, counts by category and method, and writes HTML", async () => {
    const html = join(folder, "report.html");
    const run = await report(["--log", file, "--since", "7d", "--html", html]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Q&A report .*: 6 answers, 1 askers; feedback 👍 1 👎 1/);
    expect(run.stdout).toMatch(/被标记为不准确的回答 \(👎\)\n  1  银行能直播吗/);
    expect(run.stdout).toMatch(/不准确的原因 \(feedback reasons\)\n  1  答非所问/);
    expect(run.stdout).toContain("  2  今天天气怎么样  今天天气怎么样?");
    expect(run.stdout).toContain("我电话[number],教育类目能直播吗");
    expect(run.stdout).not.toContain("13812345678");
    expect(run.stdout).toMatch(/2  金融业-银行  native/);
    expect(run.stdout).toMatch(/1  电商平台-电商平台  plugin/);
    expect(readFileSync(html, "utf8")).toContain("<table>");
    expect(readFileSync(file, "utf8")).not.toContain("report-user");
  });

  it("reads the log from QA_LOG when --log is not given", async () => {
    const run = await report([], { QA_LOG: file, QA_LOG_SALT: "report-test-salt-0123" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("6 answers");
  });

  it("prints its usage for --help and exits 2 on an unknown option", async () => {
    const [help, wrong] = await Promise.all([report(["--help"]), report(["--wat"])]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: live-category-bot report .*\(npm run report/);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^report: unknown option --wat\nUsage: live-category-bot report/);
  });

  it("names the missing file, or the missing setting, in one line", async () => {
    const [missing, unset] = await Promise.all([report(["--log", join(folder, "nothing.jsonl")]), report([])]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/nothing\.jsonl: no such Q&A log .*fix: /);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(unset.status).toBe(2);
    expect(unset.stderr).toMatch(/^no Q&A log given; fix: pass --log FILE or set QA_LOG/);
  });
});
