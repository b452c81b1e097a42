import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashId } from "./hash-id.js";
import { JsonlQaLog } from "./jsonl-qa-log.js";
import { maskPersonalData } from "./mask-personal-data.js";
import type { QaLogAnswerEntry } from "./qa-log.js";
import { readQaLog } from "./read-qa-log.js";
import { bankVerdictFields } from "./qa-log-test-fixtures.js";

const salt = "test-salt-0123456789";
const entry = (question: string, overrides: Partial<QaLogAnswerEntry> = {}): QaLogAnswerEntry => ({
  time: "2026-11-20T10:00:00.000Z",
  channel: "wechaty",
  roomId: "room-1@chatroom",
  userId: "wxid_alice",
  question,
  ...bankVerdictFields,
  categories: [...bankVerdictFields.categories],
  latencyMs: 1.4,
  ...overrides,
});

describe("the JSONL Q&A log", () => {
  it("writes one line per answer, readable only by its owner, with hashed ids and no raw id", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "qa-log-")), "logs", "qa.jsonl");
    const log = new JsonlQaLog({ file, salt, maximumBytes: 1_000_000, keptFiles: 3 });
    log.recordAnswer(entry("银行能直播吗"));
    log.recordFeedback({ time: "2026-11-20T10:01:00.000Z", channel: "wecom", feedbackId: "fb-1", rating: "inaccurate", reasons: ["答非所问"] });
    await log.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("wxid_alice");
    expect(text).not.toContain("room-1@chatroom");
    const { lines } = await readQaLog(file);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ type: "answer", user: hashId(salt, "wxid_alice"), room: hashId(salt, "room-1@chatroom"), question: "银行能直播吗", latencyMs: 1 });
    expect(lines[1]).toMatchObject({ type: "feedback", feedbackId: "fb-1", rating: "inaccurate" });
  });

  it("hashes the same id alike under one salt and differently under another", () => {
    expect(hashId(salt, "wxid_alice")).toBe(hashId(salt, "wxid_alice"));
    expect(hashId(salt, "wxid_alice")).not.toBe(hashId("another-salt-012345", "wxid_alice"));
    expect(hashId(salt, "wxid_alice")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("masks phone numbers, long digit runs, e-mail addresses and @mentions in questions", () => {
    expect(maskPersonalData("我的手机13812345678,银行能直播吗")).toBe("我的手机[number],银行能直播吗");
    expect(maskPersonalData("call +86 138-1234-5678 please")).toBe("call [number] please");
    expect(maskPersonalData("座机 010-12345678")).toBe("座机 [number]");
    expect(maskPersonalData("订单号 2026112812345")).toBe("订单号 [number]");
    expect(maskPersonalData("mail me: a.b+c@example.com")).toBe("mail me: [email]");
    expect(maskPersonalData("@张三\u2005银行能直播吗")).toBe("@[name]\u2005银行能直播吗");
    // Short numbers are part of questions (「5选1」, 2026 年), not personal data.
    expect(maskPersonalData("资质5选1,2026年还适用吗")).toBe("资质5选1,2026年还适用吗");
  });

  it("rotates by size, keeping the configured number of older files, newest first", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "qa-log-")), "qa.jsonl");
    const log = new JsonlQaLog({ file, salt, maximumBytes: 700, keptFiles: 2 });
    for (let index = 0; index < 20; index += 1) log.recordAnswer(entry(`问题 ${index}`));
    await log.close();
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    for (const name of [file, `${file}.1`, `${file}.2`]) expect(statSync(name).size).toBeLessThanOrEqual(700);
    const { lines } = await readQaLog(file);
    const numbers = lines.map((line) => (line.type === "answer" ? Number(line.question.split(" ")[1]) : -1));
    // Oldest lines fell off the end; what is left is in order and ends with the last answer.
    expect(numbers.at(-1)).toBe(19);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.length).toBeLessThan(20);
  });

  it("reads lines since a time and skips torn or foreign lines", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "qa-log-")), "qa.jsonl");
    const log = new JsonlQaLog({ file, salt, maximumBytes: 1_000_000, keptFiles: 1 });
    log.recordAnswer(entry("旧问题", { time: "2026-11-01T00:00:00.000Z" }));
    log.recordAnswer(entry("新问题", { time: "2026-11-25T00:00:00.000Z" }));
    await log.close();
    await appendFile(file, '{"type":"answer","time":"2026-11-26T00:00:00.000Z"\nnot json\n');
    const read = await readQaLog(file, { since: new Date("2026-11-20T00:00:00.000Z") });
    expect(read.lines.map((line) => (line.type === "answer" ? line.question : ""))).toEqual(["新问题"]);
    expect(read.skipped).toBe(2);
  });
});
