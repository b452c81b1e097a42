import { once } from "node:events";
import { PassThrough, Readable, Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { toAnswerJson } from "./answer-json.js";
import { outputFlushCharacters, runAsk, type Ask } from "./cli-ask.js";
import { readQuestionBatches } from "./read-question-batches.js";

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
    expect(bag.err()).toMatch(/^ask: unknown option --jsno\nUsage: live-category-bot ask/);
  });

  it("prints help", async () => {
    const bag = io();
    expect(await runAsk(["--help"], bag.streams, async () => (question) => service.answer(question))).toBe(0);
    expect(bag.out()).toContain("live-category-bot ask --json");
  });

  it("waits for a slow reader instead of piling answers up in memory", async () => {
    // Enough questions for three flushes, whatever an answer's length.
    const answerLength = JSON.stringify(toAnswerJson(await service.answer("银行能直播吗 0"))).length + 1;
    const total = Math.ceil((3 * outputFlushCharacters) / answerLength);
    const questions = Array.from({ length: total }, (_, index) => `银行能直播吗 ${index}`).join("\n");
    const held: Array<() => void> = [];
    const writes: string[] = [];
    let reading = false;
    // A reader that takes nothing until the test lets it.
    const stdout = new Writable({
      highWaterMark: 1,
      write(chunk, _encoding, callback) {
        writes.push(String(chunk));
        if (reading) callback();
        else held.push(callback);
      },
    });
    let asked = 0;
    const stdin = Readable.from([`${questions}\n`]);
    const finished = runAsk(["--json"], { stdin, stdout, stderr: new PassThrough() }, async () => async (question) => {
      asked += 1;
      return service.answer(question);
    });
    // Let the batch run as far as it will while nothing is read: event-loop turns, not a timer.
    for (let turn = 0; turn < 2000 && held.length === 0; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    for (let turn = 0; turn < 50; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    // One write is waiting, of about outputFlushCharacters; no answer past the one that filled it was made.
    expect(writes).toHaveLength(1);
    expect(writes[0]!.length).toBeGreaterThanOrEqual(outputFlushCharacters);
    expect(asked).toBe(writes[0]!.trimEnd().split("\n").length);
    expect(asked).toBeLessThan(total);
    reading = true;
    for (const callback of held.splice(0)) callback();
    expect(await finished).toBe(0);
    expect(asked).toBe(total);
    const lines = writes.join("").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).question)).toEqual(Array.from({ length: total }, (_, index) => `银行能直播吗 ${index}`));
  });

  it("leaves no listener behind on standard output however often it waits for the reader", async () => {
    // A reader that takes each write on a later turn of the event loop: every write is waited on.
    const stdout = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        setImmediate(callback);
      },
    });
    const before = { drain: stdout.listenerCount("drain"), close: stdout.listenerCount("close") };
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    // Each line its own chunk, so each is answered and written on its own: 15 waits, more than the 10 listeners
    // after which node warns of a leak.
    const lines = Array.from({ length: 15 }, (_, index) => `银行能直播吗 ${index}\n`);
    try {
      expect(await runAsk(["--json"], { stdin: Readable.from(lines), stdout, stderr: new PassThrough() }, async () => (question) => service.answer(question))).toBe(0);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect({ drain: stdout.listenerCount("drain"), close: stdout.listenerCount("close") }).toEqual(before);
    expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("writes the answers to questions read together in one write", async () => {
    const writes: string[] = [];
    const stdout = new Writable({
      write(chunk, _encoding, callback) {
        writes.push(String(chunk));
        callback();
      },
    });
    const stdin = Readable.from([Buffer.from("银行能直播吗\n个人主体能直播吗\n驾校培训能用 live-pusher 吗\n")]);
    await runAsk(["--json"], { stdin, stdout, stderr: new PassThrough() }, async () => (question) => service.answer(question));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.trimEnd().split("\n").map((line) => JSON.parse(line).method)).toEqual(["native", "unsupported", "plugin"]);
  });

  it("answers a question sent on its own before the next one arrives", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const finished = runAsk(["--json"], { stdin, stdout, stderr: new PassThrough() }, async () => (question) => service.answer(question));
    stdin.write("银行能直播吗\n");
    const [first] = (await once(stdout, "data")) as [Buffer];
    expect(JSON.parse(String(first)).question).toBe("银行能直播吗");
    stdin.end("个人主体能直播吗\n");
    const [second] = (await once(stdout, "data")) as [Buffer];
    expect(JSON.parse(String(second)).method).toBe("unsupported");
    expect(await finished).toBe(0);
  });

  it("still writes the answers made before a question that fails", async () => {
    const bag = io("银行能直播吗\n个人主体能直播吗\n");
    let asked = 0;
    const failing = runAsk(["--json"], bag.streams, async () => async (question) => {
      asked += 1;
      if (asked === 2) throw new Error("the second question fails");
      return service.answer(question);
    });
    await expect(failing).rejects.toThrow("the second question fails");
    expect(bag.out().trimEnd().split("\n").map((line) => JSON.parse(line).question)).toEqual(["银行能直播吗"]);
  });
});

describe("readQuestionBatches", () => {
  it("cuts a 200 MB line while reading, without holding it in memory", async () => {
    const megabyte = Buffer.from("问".repeat((1024 * 1024) / 3));
    let chunks = 0;
    const huge = new Readable({
      read() {
        chunks += 1;
        if (chunks <= 200) this.push(megabyte);
        else if (chunks === 201) this.push("\n银行能直播吗\n");
        else this.push(null);
      },
    });
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const lines: string[] = [];
    for await (const batch of readQuestionBatches(huge, 2001)) {
      lines.push(...batch);
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(lines.map((line) => line.length)).toEqual([2001, 6]);
    expect(lines[1]).toBe("银行能直播吗");
    expect(chunks).toBeGreaterThan(200);
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });

  it("splits on LF and CRLF, keeps a bare CR inside the line, and yields a last line without LF", async () => {
    const batches: string[][] = [];
    for await (const batch of readQuestionBatches(Readable.from([Buffer.from("一\r\n二\r三\n"), Buffer.from("四")]), 100)) batches.push(batch);
    expect(batches).toEqual([["一", "二 三"], ["四"]]);
  });

  it("gives the lines each chunk completes together, a line split between chunks with the chunk that ends it", async () => {
    const batches: string[][] = [];
    const chunks = [Buffer.from("一\n二\n三"), Buffer.from("四"), Buffer.from("五\n六\n")];
    for await (const batch of readQuestionBatches(Readable.from(chunks), 100)) batches.push(batch);
    expect(batches).toEqual([["一", "二"], ["三四五", "六"]]);
  });

  it("does not break a character split between two chunks", async () => {
    const bytes = Buffer.from("银行能直播吗\n");
    const lines: string[] = [];
    for await (const batch of readQuestionBatches(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), 100)) lines.push(...batch);
    expect(lines).toEqual(["银行能直播吗"]);
  });
});
