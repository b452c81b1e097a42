import { beforeAll, describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import type { AnswerService } from "../app/create-answer-service.js";
import { categoryHeading, type Rules } from "../rules/rules-schema.js";
import { createTestAnswerService } from "../../test/support/answer-service.js";

let service: AnswerService;
let rules: Rules;
let corpusText: string;

beforeAll(async () => {
  service = await createTestAnswerService();
  ({ rules, corpusText } = loadCoreData());
});

/** The corpus section under a category's heading, up to the next heading. */
function sectionText(heading: string): string {
  const [primary, secondary] = heading.split(" > ");
  const start = corpusText.indexOf(`### ${secondary}`, corpusText.indexOf(`## ${primary}`));
  const end = corpusText.indexOf("\n#", start + 1);
  return corpusText.slice(start, end === -1 ? undefined : end);
}

describe("a method asked about that the rules do not give", () => {
  it("says, for every native category asked about the plugin, that the document does not say, and keeps the native verdict", async () => {
    const native = rules.categories.filter((category) => category.method === "native");
    expect(native.length).toBeGreaterThan(10);
    for (const category of native) {
      const name = category.primary === category.secondary ? category.primary : `${category.primary}-${category.secondary}`;
      const answer = await service.answer(`我们是${name}类目,想用云直播插件做直播,行吗`);
      expect(answer.method, name).toBe("native");
      expect(answer.parts.details, name).toContain(`文档没有写「${name}」类目能否使用小程序·云直播插件接入直播。`);
      // The line is true only where the category's own section never names the plugin.
      expect(sectionText(categoryHeading(category)), name).not.toContain("插件");
      expect(answer.parts.absent.map((line) => line.heading)).toContain(categoryHeading(category));
    }
  });

  it("answers a follow-up about the plugin of the category the conversation is about", async () => {
    const first = await service.answer("我们有医疗-互联网医院类目");
    const followUp = await service.answer("那用直播插件呢", first.conversation);
    expect(followUp.method).toBe("native");
    expect(followUp.parts.details).toContain("文档没有写「医疗-互联网医院」类目能否使用小程序·云直播插件接入直播。");
  });

  it("names the document's group once for a whole group, and the subject for a government mini program", async () => {
    expect((await service.answer("金融类的小程序可以接插件直播吗")).parts.details).toContain("文档没有写「金融业」下的类目能否使用小程序·云直播插件接入直播。");
    expect((await service.answer("政府单位的小程序能不能用云直播插件")).parts.details).toContain("文档没有写政府主体认证的小程序能否使用小程序·云直播插件接入直播。");
    expect((await service.answer("Could a hospital mini program with the 互联网医院 category go live through the plugin?")).parts.details).toContain(
      "The document does not say whether 「医疗-互联网医院 (Medical – Internet hospital)」 may stream through the 小程序·云直播插件 (Cloud Live plugin).",
    );
  });

  it("says a plugin group cannot use the tags directly when they were asked about, as a single category's verdict does", async () => {
    const group = await service.answer("驾校类的能不能直接上 live-pusher");
    expect(group.method).toBe("plugin");
    expect(group.parts.details).toContain("「驾校」下的类目不能直接使用 <live-pusher>/<live-player>。");
    const single = await service.answer("教育平台能不能直接上 live-pusher");
    expect(single.parts.verdict).toContain("不能直接使用 <live-pusher>/<live-player>");
    expect(single.parts.details.join("")).not.toContain("不能直接使用");
  });

  it("adds nothing when the asked method is the one the rules give, or when no method was asked", async () => {
    for (const question of ["社交直播能用原生组件吗", "社交直播可以直播吗", "电商平台能用插件吗", "银行用插件还是 live-pusher"]) {
      const details = (await service.answer(question)).parts.details.join("\n");
      expect(details, question).not.toContain("能否使用");
      expect(details, question).not.toContain("不能直接使用");
    }
  });
});

describe("the plugin put as a native category's method, to be confirmed", () => {
  it("says it is not so, with the method the document gives, in either language", async () => {
    const chinese = await service.answer("印象中信托走的是云直播插件,没错吧");
    expect(chinese.parts.details[0]).toMatch(/^不是小程序·云直播插件:.*「金融业-信托」.*<live-pusher>/u);
    const english = await service.answer("I believe trust companies stream through the plugin, correct?");
    expect(english.parts.details[0]).toMatch(/^Not the 小程序·云直播插件.*native <live-pusher>/u);
  });

  it("says it is not so when the message only ends asking to agree", async () => {
    for (const question of ["互联网医院这个类目得走直播插件吧?", "公募基金接直播是通过云直播插件的,对么"]) {
      const claimed = await service.answer(question);
      expect(claimed.method, question).toBe("native");
      expect(claimed.parts.details[0], question).toMatch(/^不是小程序·云直播插件:/u);
    }
  });

  it("only says the document does not say so when the plugin is only asked about", async () => {
    const asked = await service.answer("信托类目可以用云直播插件不");
    expect(asked.parts.details.join("\n")).not.toContain("不是小程序·云直播插件");
    expect(asked.parts.details.join("\n")).toContain("文档没有写「金融业-信托」类目能否使用小程序·云直播插件");
  });
});

describe("a belief put back as a question (「不是说…吗」)", () => {
  it("is weighed as the asker's claim about the category named, not read as denying that category", async () => {
    const claimed = await service.answer("不是说保险只能走云直播插件吗");
    expect(claimed.categories.map((category) => category.secondary)).toEqual(["保险"]);
    expect(claimed.parts.details[0]).toMatch(/^不是小程序·云直播插件:.*「金融业-保险」/u);
    // Said after an answer, it disputes it: the category stays and so does its verdict.
    const first = await service.answer("信托可以直播吗");
    const disputed = await service.answer("不是都说信托得用插件吗", first.conversation);
    expect(disputed.method).toBe("native");
    expect(disputed.categories.map((category) => category.secondary)).toEqual(["信托"]);
  });

  it("about a subject, gets that subject's rule", async () => {
    const personal = await service.answer("之前不是听说个人认证的没法直播吗");
    expect(personal.answer).toContain(service.dependencies.templates.zh.verdict.personal);
  });
});

describe("the tags supposed of a category that must use the plugin", () => {
  it("names where in its group the tags are to be had, or says none is, and not where another category held gives them", async () => {
    const { templates } = service.dependencies;
    const platform = await service.answer("咱们是教育平台类目,假如非要用 live-pusher 呢");
    expect(platform.method).toBe("plugin");
    expect(platform.parts.details).toContain(
      templates.zh.line.supposedMethodInGroup.replace("{method}", templates.zh.method.native).replace("{group}", "教育").replace("{categories}", "「教育-在线视频课程」"),
    );
    const schools = await service.answer("Our category is Education – Schools. What if we wanted the native tags?");
    expect(schools.parts.details.join("\n")).toContain(templates.en.line.supposedMethodInGroup.split("{group}")[0]!.replace("{method}", templates.en.method.native));
    // 电商平台 gets the tags by holding 社交-直播 as well: the condition line says so, nothing about its group.
    const shop = await service.answer("电商平台要是想直接用原生组件呢");
    expect(shop.parts.details).not.toContain(templates.zh.line.supposedMethodNone.replace("{group}", "电商平台").replace("{method}", templates.zh.method.native));
    expect(shop.parts.details.join("\n")).not.toContain(templates.zh.line.supposedMethodInGroup.split("{method}")[0]!);
    // Asked, not supposed: the verdict answers it.
    expect((await service.answer("教育平台能用 live-pusher 吗")).parts.details.join("\n")).not.toContain("在线视频课程");
  });
});

describe("one method wanted in place of the other, both named", () => {
  it("asks of the one wanted: the document does not say a native category may use the plugin", async () => {
    for (const question of ["信托这块,拿云直播插件替换掉原生组件可以吗", "We hold the trust category; could we go with the plugin rather than live-pusher?", "信托类目不走live-pusher,改走插件行吗"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(answer.answer, question).toMatch(/文档没有写「金融业-信托」类目能否使用小程序·云直播插件|does not say whether 「金融业-信托[^」]*」 may stream through the 小程序·云直播插件/u);
    }
  });

  it("asks of neither when neither is said to be given up", async () => {
    const answer = await service.answer("信托类目用插件和原生组件有什么不同");
    expect(answer.answer).not.toContain("能否使用小程序·云直播插件");
  });
});
