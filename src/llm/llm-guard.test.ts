import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCoreSettings } from "../config/settings.js";
import { parseRules } from "../rules/load-rules.js";
import { QuestionUnderstander } from "../understanding/understand-question.js";
import { loadCoreData } from "../../test/support/core-data.js";
import { guardModelText, type GuardInput } from "./llm-guard.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const rules = parseRules("rules.yaml", readFileSync(settings.value.rulesFile, "utf8"));
if (!rules.ok) throw new Error(rules.error);
const corpusText = readFileSync(settings.value.corpusFile, "utf8");
const understander = new QuestionUnderstander(rules.value, loadCoreData().lexicon);

const check = (text: string, overrides: Partial<GuardInput> = {}) =>
  guardModelText({ text, method: "plugin", allowedCategories: new Set(["ecommerce-platform", "social-live"]), corpusText, understander, ...overrides });

describe("guardModelText", () => {
  it("passes an explanation that agrees with the verdict, including the document's condition", () => {
    expect(check("电商平台类目面向带货场景,要通过云直播插件接入。如果同时具备社交-直播类目,就可以直接使用 live-pusher。").passed).toBe(true);
  });

  it("rejects naming the native tags as applicable where the rules say plugin", () => {
    const result = check("电商平台可以直接使用 live-pusher 进行直播。");
    expect(result).toMatchObject({ passed: false });
    if (!result.passed) expect(result.reason).toContain("native tags applicable");
  });

  it("rejects calling supported what the rules rule out", () => {
    expect(check("好的,个人主体可以直播。", { method: "unsupported", allowedCategories: new Set() }).passed).toBe(false);
    expect(check("Personal accounts can stream with the plugin.", { method: "unsupported", allowedCategories: new Set() }).passed).toBe(false);
  });

  it("rejects calling unsupported what the rules support, and denying the native tags", () => {
    expect(check("银行类目暂不支持直播。", { method: "native", allowedCategories: new Set(["finance-bank"]) }).passed).toBe(false);
    expect(check("银行只能通过插件接入。", { method: "native", allowedCategories: new Set(["finance-bank"]) }).passed).toBe(false);
  });

  it("rejects a category outside the answer", () => {
    const result = check("不过如果你改选保险类目会更方便。");
    expect(result.passed).toBe(false);
    if (!result.passed) expect(result.reason).toContain("保险");
  });

  it("rejects licences and documents the corpus never mentions, and allows those it does", () => {
    expect(check("还需要提供《网络文化经营许可证》。").passed).toBe(false);
    expect(check("通常还要 ICP经营许可证。").passed).toBe(false);
    expect(check("需要提供民办学校办学许可证等相关许可证。", { method: "plugin", allowedCategories: new Set(["education-training-institutions"]) }).passed).toBe(true);
    expect(check("具体请以《服务类目说明》为准。").passed).toBe(true);
  });

  it("rejects method claims in an answer that carries no verdict", () => {
    expect(check("这种情况可以直接使用 live-pusher。", { method: "unknown", allowedCategories: new Set() }).passed).toBe(false);
    expect(check("所选类目需要符合实际场景,否则审核会被驳回。", { method: "unknown", allowedCategories: new Set() }).passed).toBe(true);
  });
});

describe("guardModelText wording", () => {
  it("does not read 类别 as a negation", () => {
    expect(check("该类别可以直接使用 live-pusher。").passed).toBe(false);
    expect(check("该类别只能通过插件接入。", { method: "native", allowedCategories: new Set(["finance-bank"]) }).passed).toBe(false);
  });
});
