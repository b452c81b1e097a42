import { describe, expect, it } from "vitest";
import { renderAnswerMarkdown } from "./wecom-markdown.js";

describe("renderAnswerMarkdown", () => {
  const answer = {
    verdictSentence: "「电商平台」类目需通过 小程序·云直播插件 接入直播,不能直接使用 <live-pusher>/<live-player>。",
    answer: [
      "「电商平台」类目需通过 小程序·云直播插件 接入直播,不能直接使用 <live-pusher>/<live-player>。",
      "若同时具备「社交-直播」类目,可以直接使用微信原生组件标签 <live-pusher>/<live-player>。",
      "来源:",
      "「电商平台 > 电商平台」具备电商平台类目,可直接通过 小程序·云直播插件 进行接入小程序直播。",
    ].join("\n"),
    citations: [{ source: "corpus/live-streaming-categories.md", heading: "电商平台 > 电商平台", quote: "具备电商平台类目,可直接通过 小程序·云直播插件 进行接入小程序直播。" }],
  };

  it("puts the verdict in bold, keeps the details, and quotes the sources", () => {
    expect(renderAnswerMarkdown(answer as never).split("\n")).toEqual([
      "**「电商平台」类目需通过 小程序·云直播插件 接入直播,不能直接使用 `<live-pusher>`/`<live-player>`。**",
      "若同时具备「社交-直播」类目,可以直接使用微信原生组件标签 `<live-pusher>`/`<live-player>`。",
      "",
      "> 来源:",
      "> 「电商平台 > 电商平台」具备电商平台类目,可直接通过 小程序·云直播插件 进行接入小程序直播。",
    ]);
  });

  it("keeps the text as it is when the sources cannot be found (a template worded differently)", () => {
    const rendered = renderAnswerMarkdown({ ...answer, citations: [] } as never);
    expect(rendered).toContain("来源:\n「电商平台 > 电商平台」");
    expect(rendered.startsWith("**「电商平台」")).toBe(true);
  });
});
