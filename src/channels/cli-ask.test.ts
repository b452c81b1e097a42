import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { runAsk, type Ask } from "./cli-ask.js";

let service: AnswerService;
beforeAll(async () => {
  service = await createTestAnswerService();
});

function io(input = "") {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => (out += chunk));
  stderr.on("data", (chunk) => (err += chunk));
  stdin.end(input);
  return { streams: { stdin, stdout, stderr }, out: () => out, err: () => err };
}

describe("runAsk", () => {
  it("answers one question from the arguments as JSON", async () => {
    const bag = io();
    const code = await runAsk(["--json", "电商平台类目能用 live-pusher 吗"], bag.streams, async () => (question) => service.answer(question));
    expect(code).toBe(0);
    const json = JSON.parse(bag.out());
    expect(json).toMatchObject({ method: "plugin", categories: [{ primary: "电商平台", secondary: "电商平台", method: "plugin" }] });
    expect(json.citations[0].heading).toBe("电商平台 > 电商平台");
  });

  it("answers standard input line by line, in order, with nothing but JSON lines on stdout", async () => {
    const bag = io("银行能直播吗\n\n驾校培训能用 live-pusher 吗\n个人主体能直播吗\n");
    let opened = 0;
    const open = async (): Promise<Ask> => {
      opened += 1;
      return (question) => service.answer(question);
    };
    await runAsk(["--json"], bag.streams, open);
    const lines = bag.out().trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).method)).toEqual(["native", "plugin", "unsupported"]);
    expect(lines.map((line) => JSON.parse(line).question)).toEqual(["银行能直播吗", "驾校培训能用 live-pusher 吗", "个人主体能直播吗"]);
    expect(opened).toBe(1);
  });

  it("treats each batch line as a question of its own", async () => {
    const bag = io("银行能直播吗\n那需要什么资质?\n");
    await runAsk(["--json"], bag.streams, async () => (question) => service.answer(question));
    const second = JSON.parse(bag.out().trimEnd().split("\n")[1]!);
    expect(second.categories).toEqual([]);
  });

  it("rejects an unknown option with usage and exit code 2, before loading anything", async () => {
    const bag = io();
    const code = await runAsk(["--jsno"], bag.streams, async () => {
      throw new Error("must not open");
    });
    expect(code).toBe(2);
    expect(bag.err()).toMatch(/^ask: unknown option --jsno\nUsage:/);
  });

  it("prints help", async () => {
    const bag = io();
    expect(await runAsk(["--help"], bag.streams, async () => (question) => service.answer(question))).toBe(0);
    expect(bag.out()).toContain("npm run ask -- --json");
  });
});
