import { describe, expect, it } from "vitest";
import { describePuppetError, summariseConsoleErrors } from "./wechaty-puppet-errors.js";

describe("describePuppetError", () => {
  it("keeps the first line of an error, never its stack", () => {
    const error = new Error("getaddrinfo ENOTFOUND login.wx.qq.com\n    at GetAddrInfoReqWrap.onlookupall (node:dns:122:26)");
    expect(describePuppetError(error)).toMatchObject({ kind: "network", detail: "getaddrinfo ENOTFOUND login.wx.qq.com" });
  });

  it("tells web-WeChat login refusals apart from network failures", () => {
    expect(describePuppetError("此微信号不能登录网页微信").kind).toBe("login");
    expect(describePuppetError("此微信号不能登录网页微信").hint).toContain("BOT_CHANNEL=wecom");
  });

  it("blames the puppet service, with its settings in the hint, when the service cannot be reached", () => {
    const problem = describePuppetError(new Error("getaddrinfo ENOTFOUND api.chatie.io"), "wechaty-puppet-service");
    expect(problem.kind).toBe("puppet-service");
    expect(problem.hint).toContain("WECHATY_PUPPET_SERVICE_TOKEN");
    expect(describePuppetError("14 UNAVAILABLE: No connection established").kind).toBe("puppet-service");
  });
});

describe("summariseConsoleErrors", () => {
  it("turns a library's console.error with a stack trace into a summarised one-line problem", () => {
    const original = { error: console.error, warn: console.warn };
    const reports: Array<{ key: string; object: object; message: string }> = [];
    try {
      summariseConsoleErrors({ report: (key, object, message) => (reports.push({ key, object, message }), true) }, "wechaty-puppet-service");
      console.error(new Error("getaddrinfo ENOTFOUND api.chatie.io\n    at GetAddrInfoReqWrap.onlookupall (node:dns:122:26)"));
      console.warn("17:26:19 WARN Something unexpected", 42);
    } finally {
      console.error = original.error;
      console.warn = original.warn;
    }
    expect(reports).toEqual([
      { key: "puppet-service", object: { error: "getaddrinfo ENOTFOUND api.chatie.io" }, message: expect.stringContaining("WECHATY_PUPPET_SERVICE_TOKEN") },
      { key: "puppet", object: { error: "17:26:19 WARN Something unexpected 42" }, message: "puppet error; the bot keeps running" },
    ]);
  });
});
