import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import { loadCoreData } from "../../test/support/core-data.js";
import type { AnswerService } from "../app/create-answer-service.js";
import type { Rules } from "../rules/rules-schema.js";

let service: AnswerService;
let rules: Rules;
const details = (answer: { parts: { details: readonly string[] } }) => answer.parts.details.join("\n");

beforeAll(async () => {
  service = await createTestAnswerService();
  ({ rules } = loadCoreData());
});

describe("a group's list asked with 行业 or 领域", () => {
  it("lists the group's categories without one of them detailed because its section holds the word (银行业务)", async () => {
    const answer = await service.answer("金融领域和金融行业里哪些类目能开直播");
    expect(answer.parts.details.some((line) => line.includes("类目适用范围"))).toBe(false);
  });
});

describe("lists of categories", () => {
  it("answer which of a group's categories take a method, in English as in Chinese, without asking which one is held", async () => {
    const finance = await service.answer("Which healthcare categories can use the native tags?");
    expect(finance.answer).not.toContain("Which one does your mini program hold");
    expect(finance.answer).toContain("医疗-公立医疗机构");
    expect(finance.answer).toContain("医疗-互联网医院");
    // Any group's word between: read by the form, not a list of groups.
    const education = await service.answer("What education categories can take the native tags?");
    expect(education.answer).not.toContain("Which one does your mini program hold");
    // Not "what other categories…": no group's name between.
    expect((await service.answer("what other categories can stream?")).answer).not.toContain("「教育」");
  });

  it("leave out the categories the asker set aside, and say so", async () => {
    const native = rules.categories.filter((category) => category.method === "native");
    const answer = await service.answer("除去社交直播,还有哪些类目可以直接上 live-pusher?");
    expect(answer.kind).toBe("list");
    expect(answer.parts.verdict).toContain(`(${native.length - 1} 个)`);
    expect(answer.parts.details.filter((line) => line.startsWith("社交:"))).toEqual([]);
    expect(answer.parts.details).toContain("(已按你说的除去「社交-直播」。)");
  });

  it("leave out several set aside, in either language, and read 'besides' as adding to what is held", async () => {
    const plugin = rules.categories.filter((category) => category.method === "plugin");
    const two = await service.answer("除了驾校培训和驾校平台,还有哪些得走插件");
    expect(two.parts.verdict).toBe(`文档中可以使用小程序·云直播插件的类目(${plugin.length - 2} 个):`);
    const english = await service.answer("Aside from trust companies, which categories may use live-player?");
    expect(english.parts.details).toContain("(Leaving out 「金融业-信托 (Finance – Trust)」, as you said.)");
    const held = await service.answer("Besides the bank category we also hold e-commerce, can we use live-pusher?");
    expect(held.categories.map((category) => category.secondary)).toEqual(["银行", "电商平台"]);
  });

  it("list the categories of the qualification count asked, in either language, or say none has it", async () => {
    const oneOfThree = rules.categories.filter((category) => category.qualification?.of === 3 && category.qualification.choose === 1);
    expect(oneOfThree.length).toBeGreaterThan(1);
    const chinese = await service.answer("哪几个类目的资质是三选一");
    expect(chinese.parts.verdict).toBe(`文档中资质要求为「三选一」的类目(${oneOfThree.length} 个):`);
    const english = await service.answer("Which categories ask for one of three qualifications?");
    expect(english.parts.verdict).toBe(`Categories whose qualification requirement is "one of three" (${oneOfThree.length}):`);
    const allRequired = rules.categories.filter((category) => category.qualification?.rule && category.qualification.of === undefined && category.qualification.rule !== "/");
    expect((await service.answer("哪些类目的资质材料要全部提供")).parts.verdict).toContain(`(${allRequired.length} 个)`);
    expect((await service.answer("哪些类目资质是9选1")).parts.verdict).toBe("文档中没有资质要求为「9选1」的类目。");
    // Asked which count each has, every count is listed with its categories.
    const each = await service.answer("哪些类目资质要求几选几");
    expect(each.parts.verdict).toBe("文档中各类目的资质要求(几选几)如下:");
    expect(each.parts.details.some((line) => line.startsWith("3选1:") && line.includes("「金融业-保险」"))).toBe(true);
  });

  it("read a count or 需同时提供 in any list question, leave out what was set aside, and name the items that survived", async () => {
    const allRequired = await service.answer("哪些类目需同时提供");
    expect(allRequired.parts.verdict).toMatch(/^文档中资质要求为「同时提供」的类目/u);
    expect(allRequired.parts.details.join("\n")).toContain("《民办学校办学许可证》");
    expect(allRequired.parts.details).toContain(service.dependencies.templates.zh.line.qualificationRestMissing);
    const withoutInsurance = await service.answer("除了保险,还有哪些类目是3选1");
    expect(withoutInsurance.parts.details.join("\n")).not.toContain("「保险」");
    expect(withoutInsurance.parts.details).toContain("(已按你说的除去「金融业-保险」。)");
  });

  it("are listed the same again when the asker did not follow, by method or by count", async () => {
    const plugin = await service.answer("走插件的类目都有哪些");
    const again = await service.answer("看不太懂,能再解释一下吗", plugin.conversation);
    expect([again.kind, again.parts.verdict]).toEqual(["list", plugin.parts.verdict]);
    const byCount = await service.answer("Which categories need one of three qualifications?");
    expect((await service.answer("sorry, what do you mean?", byCount.conversation)).parts.verdict).toBe(byCount.parts.verdict);
    // Asked to set them out after a count of them, the same list.
    const counted = await service.answer("能走原生的类目有几个");
    expect((await service.answer("都列出来吧", counted.conversation)).parts.verdict).toBe(counted.parts.verdict);
    expect((await service.answer("ok, list them", counted.conversation)).kind).toBe("list");
    // Asked to set out an answer that showed only some of its categories' lines, all of them.
    const notes = await service.answer("金融类目的注意事项");
    expect(notes.answer).toMatch(/还有 \d+ 项/u);
    expect((await service.answer("都列出来", notes.conversation)).answer).not.toMatch(/还有 \d+ 项/u);
    // After another answer the list is no longer what is asked again.
    const bank = await service.answer("银行呢", again.conversation);
    expect((await service.answer("没看懂", bank.conversation)).kind).toBe("verdict");
  });

  it("keep a list asked by count when a review time is asked beside it", async () => {
    const answer = await service.answer("哪些类目是3选1,审核要多久");
    expect(answer.parts.verdict).toMatch(/^文档中资质要求为「3选1」的类目/u);
    expect(answer.parts.details.join("\n")).toContain("文档只写明了 「社交-直播」 的审核时长");
  });

  it("keep a list asked by method when a review time is asked beside it", async () => {
    const answer = await service.answer("哪些类目能用原生组件,提审要多久");
    expect(answer.parts.verdict).toMatch(/^文档中可以使用微信原生组件标签/u);
    expect(answer.parts.details.join("\n")).toContain("文档只写明了 「社交-直播」 的审核时长");
  });

  it("list the categories the document gives the asked row for", async () => {
    const answer = await service.answer("哪些类目写了注意事项");
    expect(answer.parts.verdict).toMatch(/^文档写有注意事项的类目\(\d+ 个\):$/u);
    expect(answer.parts.details.join("\n")).toContain("「私募基金」");
    expect(answer.parts.details.join("\n")).not.toContain("「银行」");
  });

  it("answer which categories have a review time with the ones the document gives it for", async () => {
    const answer = await service.answer("哪几个类目提审要一周左右");
    expect(answer.kind).toBe("list");
    expect(answer.parts.verdict).toMatch(/^文档只写明了 「社交-直播」 的审核时长/u);
  });

  it("list the other method's categories when asked which cannot use one, with what holding more changes", async () => {
    const plugin = rules.categories.filter((category) => category.method === "plugin");
    const native = rules.categories.filter((category) => category.method === "native");
    const cannot = await service.answer("哪几个类目没办法直接上 live-pusher");
    expect(cannot.parts.verdict).toBe(`文档中接入方式不是微信原生组件标签 <live-pusher>/<live-player>、而是小程序·云直播插件的类目(${plugin.length} 个):`);
    expect(cannot.parts.details).toContain("其中「电商平台」若同时具备「社交-直播」类目,可以直接使用微信原生组件标签 <live-pusher>/<live-player>。");
    expect((await service.answer("哪些类目无需插件也能直播")).parts.verdict).toContain(`而是微信原生组件标签 <live-pusher>/<live-player>的类目(${native.length} 个)`);
    expect((await service.answer("Which categories are not allowed to use live-player?")).parts.verdict).toMatch(/^Categories whose access method is not the native/u);
    for (const question of ["哪些类目不能用原生组件", "哪些类目不可以用 live-pusher", "哪些类目不支持原生组件"]) {
      expect((await service.answer(question)).parts.verdict, question).toMatch(/^文档中接入方式不是微信原生组件标签/u);
    }
    // A question form holds 不能 but negates nothing.
    expect((await service.answer("哪些类目能不能用插件")).parts.verdict).toBe(`文档中可以使用小程序·云直播插件的类目(${plugin.length} 个):`);
  });

  it("list the method's own categories when two negations undo each other before it", async () => {
    const plugin = rules.categories.filter((category) => category.method === "plugin");
    for (const question of ["有哪些类目是不得不走插件的", "哪几个类目没法不用云直播插件"]) {
      expect((await service.answer(question)).parts.verdict, question).toBe(`文档中可以使用小程序·云直播插件的类目(${plugin.length} 个):`);
    }
    expect((await service.answer("Which categories can't do without the Cloud Live plugin?")).parts.verdict).toMatch(/^Categories that may use the 小程序·云直播插件/u);
  });

  it("answer which category is needed for a method with the list of that method, unless a subject decides", async () => {
    expect((await service.answer("小程序得有什么类目才能用 live-player")).parts.verdict).toMatch(/^文档中可以使用微信原生组件标签/u);
    expect((await service.answer("Which category do we need to stream with the plugin?")).kind).toBe("list");
    expect((await service.answer("个人主体的小程序需要什么类目才能直播")).method).toBe("unsupported");
  });

  it("take a plural asking word without 类目 for a list of the asked method", async () => {
    const answer = await service.answer("哪些只能走插件");
    expect(answer.kind).toBe("list");
    expect(answer.parts.verdict).toContain("可以使用小程序·云直播插件的类目");
  });

  it("list a group's categories when asked which of them, the asked method first, asking nothing back", async () => {
    const answer = await service.answer("教育类里面哪些可以用原生组件");
    expect(answer.clarify).toEqual([]);
    expect(answer.parts.verdict).toBe("「教育」下文档列出的类目及接入方式:");
    expect(answer.parts.details[0]).toBe("· 教育-在线视频课程:微信原生组件标签 <live-pusher>/<live-player>");
    // Every category of the group is listed, though most share a method.
    const education = rules.categories.filter((category) => category.primary === "教育");
    expect(answer.parts.details.filter((line) => line.startsWith("· 教育-"))).toHaveLength(education.length);
    // Asked which one it holds, the same group still asks back, with every option.
    const asked = await service.answer("教育类能直播吗");
    expect(asked.clarify).toHaveLength(education.length);
    expect(asked.parts.details.filter((line) => line.startsWith("· 教育-"))).toHaveLength(education.length);
  });
});

describe("a follow-up to a list", () => {
  it("lists again by the count or the method the follow-up names", async () => {
    const first = await service.answer("资质是三选一的类目有哪些");
    const byCount = await service.answer("那五选一的呢", first.conversation);
    expect(byCount.kind).toBe("list");
    expect(byCount.answer).toContain("公募基金");
    const native = await service.answer("Which categories are allowed to use live-pusher?");
    const plugin = await service.answer("and what about the plugin?", native.conversation);
    expect(plugin.kind).toBe("list");
    expect(plugin.answer).toContain("E-commerce platform");
    expect(plugin.answer).not.toContain("Bank");
  });
});

describe("which access method has more categories", () => {
  it("is answered by the document's whole list, each method's count in its heading", async () => {
    for (const question of ["插件和原生,哪边能用的类目更多", "do more categories use the plugin or the native tags? which has more?"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("list");
      expect(answer.parts.details.join("\n"), question).toMatch(/19/u);
    }
  });
});

describe("whether every category may use a method", () => {
  it("is answered by the document's whole list, with the other method's categories", async () => {
    const answer = await service.answer("是不是所有类目都能直接用原生组件?");
    expect(answer.kind).toBe("list");
    expect(answer.parts.details.join("\n")).toContain("小程序·云直播插件");
  });
});

describe("a place in the document's list", () => {
  it("points at the category shown there, also with a category added to it", async () => {
    const plugin = await service.answer("插件接入的都有哪些类目");
    const first = await service.answer("头一个呢", plugin.conversation);
    expect(first.categories.map((category) => category.secondary)).toEqual([plugin.parts.details[0]!.split("「")[1]!.split("」")[0]!]);
    const added = await service.answer("那第1个要是再加个社交直播呢", plugin.conversation);
    expect([added.method, added.categories.map((category) => category.secondary).sort()]).toEqual(["native", ["电商平台", "直播"].sort()]);
    const byCount = await service.answer("Which categories need one of three qualifications?");
    const second = await service.answer("and the second one's scope?", byCount.conversation);
    expect(second.categories).toHaveLength(1);
    // A group's options keep their places after one was picked.
    const education = await service.answer("教育这块都有哪些类目能直播");
    const secondOption = await service.answer("第二个资质要啥", education.conversation);
    expect((await service.answer("最后一个呢", secondOption.conversation)).categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    // Places written with Chinese numerals of ten and more.
    const tenth = await service.answer("第十个呢", (await service.answer("能用原生的类目都有哪些")).conversation);
    expect(tenth.categories).toHaveLength(1);
    // After one was picked, the list still counts the places.
    const native = await service.answer("能用原生组件的类目都有哪些");
    const fifth = await service.answer("第5个审核多久", native.conversation);
    expect((await service.answer("最后那个呢", fifth.conversation)).categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
  });
});

describe("a list asked of several groups", () => {
  it("lists every category of each group, not only the first group's", async () => {
    for (const [question, other] of [["金融跟教育这两块,哪些类目要接插件", "金融业"], ["which education or medical categories need the plugin?", "医疗"]] as const) {
      const shown = (await service.answer(question)).categories.map((category) => category.primary);
      expect(shown, question).toContain("教育");
      expect(shown, question).toContain(other);
    }
  });

  it("says, of a category listed among the groups, what holding more changes of its method", async () => {
    const lines = (await service.answer("教育跟电商这两块哪些要走插件")).parts.details.join("\n");
    expect(lines).toContain("其中「电商平台」若同时具备「社交-直播」类目,可以直接使用微信原生组件标签");
  });

  it("lists a category named among the groups with them, rather than answering that category alone", async () => {
    for (const question of ["医疗、电商、教育这几块哪些是走插件的", "Among education, e-commerce and finance, which need the plugin?"]) {
      const answer = await service.answer(question);
      const shown = answer.categories.map((category) => category.primary);
      expect(shown, question).toContain("教育");
      expect(shown, question).toContain("电商平台");
    }
  });

  it("not when the asker says the category is its own", async () => {
    const answer = await service.answer("我们有电商平台类目,金融和教育哪些要插件");
    expect(answer.categories.map((category) => category.primary)).not.toContain("金融业");
  });
});

describe("a follow-up to a group's list", () => {
  it("stays within the group when it asks which one has another method", async () => {
    const group = await service.answer("教育下面的类目哪些得走插件");
    for (const followUp of ["那哪一个可以用原生组件", "which of them may use live-pusher?"]) {
      const which = await service.answer(followUp, group.conversation);
      expect(which.kind, followUp).toBe("verdict");
      // The group's one native category first, and nothing from outside the group.
      expect(which.parts.details[0], followUp).toMatch(/^· 教育-在线视频课程/u);
      expect(which.answer, followUp).not.toMatch(/社交|金融/u);
    }
  });

  it("stays within the group when a list question points among them, and not when it asks the document's list", async () => {
    const counted = await service.answer("医疗和教育一共多少个类目能播");
    for (const followUp of ["这当中哪些走原生组件", "and among them, which ones can use live-pusher?"]) {
      const among = await service.answer(followUp, counted.conversation);
      expect(among.kind, followUp).toBe("verdict");
      expect(among.answer, followUp).not.toMatch(/金融|社交/u);
    }
    const documentWide = await service.answer("那哪些类目能走原生组件", counted.conversation);
    expect(documentWide.kind).toBe("list");
    expect(documentWide.answer).toMatch(/金融业/u);
  });

  it("answers the method of each category talked about when asked which of them", async () => {
    const held = await service.answer("我们手上有信托、保险、驾校培训这三个类目");
    const among = await service.answer("其中哪些可以走原生组件", held.conversation);
    expect(among.categories.map((category) => category.secondary)).toEqual(held.categories.map((category) => category.secondary));
    expect(among.answer).not.toMatch(/银行|社交/u);
    const these = await service.answer("这些里面哪个得用插件", held.conversation);
    expect(these.categories.map((category) => category.secondary)).toEqual(held.categories.map((category) => category.secondary));
  });
});

describe("how many, asked after an answer about several categories", () => {
  it("counts those categories, not the whole document's nor their qualifications", async () => {
    const { templates } = service.dependencies;
    const medical = await service.answer("医疗这块哪些类目能开直播");
    const count = await service.answer("那总共多少个", medical.conversation);
    expect(count.parts.details[0]).toBe(templates.zh.line.countOfThem.replace("{count}", "2"));
    const group = await service.answer("What can education categories use for live streaming?");
    const english = await service.answer("ok so how many are there?", group.conversation);
    // After the group's option lines, not between their heading and them.
    expect(english.parts.details.at(-1)).toBe(templates.en.line.countOfThem.replace("{count}", "6"));
    // After a group's options listed by a method, those of that method.
    const educationPlugin = await service.answer("教育下面哪些类目得走插件");
    expect((await service.answer("加起来一共几个", educationPlugin.conversation)).parts.details).toContain(
      templates.zh.line.countOfMethod.replace("{method}", templates.zh.method.plugin).replace("{count}", "5"),
    );
    // After the document's list by a method, that list again: its heading counts it.
    const plugin = await service.answer("哪些类目得用云直播插件");
    const counted = await service.answer("总共几个", plugin.conversation);
    expect(counted.parts.verdict).toBe(plugin.parts.verdict);
    // Asked how many the document lists, then of one method, then whether the rest are of the other.
    const all = await service.answer("文档里总共写了几个能直播的类目");
    expect(all.kind).toBe("list");
    const pluginCount = await service.answer("其中走插件的几个", all.conversation);
    expect(pluginCount.kind).toBe("list");
    const rest = await service.answer("剩下的都是原生的吧", pluginCount.conversation);
    expect([rest.kind, rest.parts.verdict]).toEqual(["list", templates.zh.line.listHeader.replace("{method}", templates.zh.method.native).replace("{count}", "19")]);
    // With no such answer before, the document's list answers, its count in its heading.
    expect((await service.answer("一共有几个")).kind).toBe("list");
    // A group's list asked by its count says the count; asked which ones (哪几个), it does not.
    expect((await service.answer("医疗下面总共有几个类目能开播")).parts.details).toContain(templates.zh.line.countOfThem.replace("{count}", "2"));
    expect((await service.answer("教育的类目有几个需要接插件")).parts.details).toContain(templates.zh.line.countOfMethod.replace("{method}", templates.zh.method.plugin).replace("{count}", "5"));
    expect((await service.answer("how many medical categories may go live?")).parts.details).toContain(templates.en.line.countOfThem.replace("{count}", "2"));
    expect((await service.answer("医疗下面哪几个类目能开播")).answer).not.toContain(templates.zh.line.countOfThem.split("{")[0]!);
    // How many categories a method allows is that method's list, not a question of qualifications.
    expect((await service.answer("how many categories may stream through the cloud live plugin?")).kind).toBe("list");
  });
});

describe("the rest, asked after an answer", () => {
  it("is asked by 'any others?' too, in either language", async () => {
    for (const [first, more] of [["保险能直播吗", "还有其他的吗"], ["Can a trust company stream?", "are there more?"]] as const) {
      const answered = await service.answer(first);
      const rest = await service.answer(more, answered.conversation);
      expect(rest.kind, more).toBe("list");
      expect(rest.answer, more).toContain("电商平台");
    }
  });

  it("lists the document's other categories, leaving out those just answered", async () => {
    const group = await service.answer("保险、银行、信托、消费金融这几个能用原生吗");
    const rest = await service.answer("那剩下的呢", group.conversation);
    expect(rest.kind).toBe("list");
    expect(rest.answer).not.toMatch(/「(保险|银行|信托|消费金融)」/u);
    expect(rest.answer).toContain("「电商平台」");
    expect(rest.answer).toContain("上文已答的 4 个类目不再列出");
    const english = await service.answer("Does the driving school platform category need the plugin?");
    const others = await service.answer("ok, and the others?", english.conversation);
    expect(others.kind).toBe("list");
    expect(others.answer).toContain("Driving school platform)」, answered above");
  });

  it("after a list, gives the categories that list did not show, counted as the rest, or says there are none", async () => {
    const plugin = await service.answer("用云直播插件的类目是哪几个");
    const rest = await service.answer("剩下那些呢", plugin.conversation);
    expect(rest.kind).toBe("list");
    expect(rest.answer).toContain("文档列出的其余可直播类目(19 个)");
    expect(rest.answer).not.toContain("「驾校平台」");
    expect(rest.answer).not.toContain("(0 个)");
    const everything = await service.answer("文档里能直播的类目全部列一下");
    const none = await service.answer("就这些了吗?", everything.conversation);
    expect(none.answer).toContain("上文已列出文档中全部 25 个可直播类目,文档没有列出别的");
    expect(none.answer).not.toContain("「银行」");
    const native = await service.answer("which categories may use live-pusher directly");
    const others = await service.answer("and the others?", native.conversation);
    expect(others.answer).toContain("The other categories the document opens to live streaming (6)");
    // More of the same list asked ("is that all?", "除了这些还有吗"): that list was all the document has of its method.
    const more = await service.answer("is that all?", native.conversation);
    expect(more.answer).toContain("are all listed above; the document lists no others");
    expect(more.answer).not.toContain("(6)");
    expect((await service.answer("除了这些还有吗", plugin.conversation)).answer).toContain("可以使用小程序·云直播插件的类目上文已全部列出");
    const nativeAgain = await service.answer("还有别的类目能用原生吗", (await service.answer("能用原生标签的都有哪些")).conversation);
    expect(nativeAgain.answer).toContain("上文已全部列出,文档没有列出别的");
  });

  it("leaves out the categories an answer offered to choose from, as it leaves out those answered", async () => {
    const schools = await service.answer("做教育的能直播吗");
    expect(schools.method).toBe("unknown");
    const rest = await service.answer("剩下那些呢", schools.conversation);
    expect(rest.kind).toBe("list");
    expect(rest.answer).not.toMatch(/「(在线视频课程|驾校平台|教育平台)」/u);
    expect(rest.answer).toContain("「电商平台」");
  });

  it("sets the last list out again in the language asked for alone, by what it was listed by", async () => {
    const plugin = await service.answer("Which categories have to go through the plugin?");
    const chinese = await service.answer("用中文说", plugin.conversation);
    expect(chinese.kind).toBe("list");
    expect(chinese.language).toBe("zh");
    expect(chinese.parts.verdict).toContain("小程序·云直播插件的类目(6 个)");
    const group = await service.answer("金融类有哪些类目");
    const english = await service.answer("in English pls", group.conversation);
    expect(english.language).toBe("en");
    expect(english.answer).toContain("Finance – Bank");
  });

  it("reads 'is that all?' after one category's rows as more of them: they again, said to be all the document writes", async () => {
    const { templates } = service.dependencies;
    const notes = await service.answer("私募基金有什么注意事项");
    const more = await service.answer("还有吗", notes.conversation);
    expect(more.kind).toBe("verdict");
    expect(more.answer).toContain("公开募集");
    expect(more.answer).toContain(templates.zh.line.allOfRows.replace("{categories}", "「金融业-私募基金」").replace("{rows}", "注意事项"));
    const english = await service.answer("qualifications for a trust?");
    const all = await service.answer("is that all?", english.conversation);
    expect(all.answer).toContain("That is all the document writes");
    expect(all.answer).not.toContain("Leaving out");
    const realEstate = await service.answer("房地产营销要注意什么");
    expect((await service.answer("就这些?", realEstate.conversation)).answer).toContain("写的注意事项就是以上这些");
    // After a list by what the document gives, every one of it was listed.
    const listed = await service.answer("哪些类目写了注意事项");
    expect((await service.answer("就这些吗", listed.conversation)).answer).toContain("文档写有注意事项的类目上文已全部列出");
  });

  it("reads more of a row asked with no word for categories as more of it for the category talked about", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const notes = await service.answer("还有没有什么限制", trust.conversation);
    expect(notes.kind).toBe("verdict");
    expect(notes.answer).toContain("文档没有为「金融业-信托」列出注意事项");
    const english = await service.answer("Can a trust company stream?");
    const requirements = await service.answer("any other requirements?", english.conversation);
    expect(requirements.kind).toBe("verdict");
    expect(requirements.answer).toContain("choose 1 of 2");
    // With a word for categories, the others are asked for.
    expect((await service.answer("还有没有其他类目也能直播", trust.conversation)).kind).toBe("list");
  });

  it("reads 'the rest' or 'others' inside a longer message as no request for the rest", async () => {
    const social = await service.answer("我们是社交直播类目");
    const clear = await service.answer("Thanks, the rest is clear. Which qualifications do we need?", social.conversation);
    expect(clear.kind).toBe("verdict");
    expect(clear.answer).toContain("3选1");
    const platform = await service.answer("我们是电商平台,能用原生组件吗");
    expect((await service.answer("我们没有其他类目呢,那能用原生吗", platform.conversation)).kind).toBe("verdict");
  });

  it("reads a question opening with the others as asking for them", async () => {
    const bank = await service.answer("银行能直播吗");
    const others = await service.answer("其他类目能用原生吗?", bank.conversation);
    expect(others.kind).toBe("list");
    expect(others.answer).toContain("上文已答的「金融业-银行」不再列出");
  });

  it("keeps what was asked: after a review time, which categories the document gives one for", async () => {
    const review = await service.answer("社交直播类目首次审核几天");
    const rest = await service.answer("其它类目呢", review.conversation);
    expect(rest.answer).toContain("文档只写明了");
    expect(rest.conversation.categories).toEqual(review.conversation.categories);
  });
});

describe("the others of a group, asked after one of it", () => {
  it("answers the group's other categories, each, without the topic's", async () => {
    const bank = await service.answer("银行类目直播用什么组件");
    const others = await service.answer("那其他的金融类目呢", bank.conversation);
    // Named one by one: 「金融业」下文档列出的类目 would say the group holds only these.
    expect(others.answer).toContain("「金融业-信托」");
    expect(others.answer).not.toContain("银行」");
    const course = await service.answer("We hold the online video courses category.");
    const english = await service.answer("and the other education categories?", course.conversation);
    expect(english.method).toBe("plugin");
  });
});

describe("English lists that set a category aside", () => {
  it("reads 'besides X, which…' as the others, and says only what the list would have held is left out", async () => {
    const plugin = await service.answer("Besides e-commerce platforms, which ones have to use the plugin?");
    expect(plugin.kind).toBe("list");
    expect(plugin.answer).not.toContain("电商平台: 「电商平台");
    expect(plugin.answer).toContain("Leaving out");
    const native = await service.answer("Besides trust, what other categories need the plugin?");
    expect(native.kind).toBe("list");
    expect(native.answer).not.toContain("Leaving out");
  });

  it("still reads 'besides X we hold a few other categories' as holding X", async () => {
    const held = await service.answer("Besides insurance we hold some other categories too, native tags ok?");
    expect(held.categories.map((category) => category.secondary)).toContain("保险");
  });
});

describe("which ones, asked without a word for categories", () => {
  it("answers which categories the document gives a review time for, without asking for a category", async () => {
    const answer = await service.answer("那哪些提审要等七天左右");
    expect(answer.parts.verdict).toContain("只写明了");
    expect(answer.answer).not.toContain("请告诉我小程序的服务类目");
  });
});

describe("which category lets a program use a method, asked in everyday words", () => {
  it("lists the categories of that method", async () => {
    for (const question of ["啥类目可以直接用 live-player", "用什么类目能上原生组件啊"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("list");
      expect(answer.answer, question).toContain("<live-pusher>/<live-player>的类目");
    }
  });
});

describe("which categories take a method, asked without the word for categories", () => {
  it("lists them, leaving out a category set aside by name or by a pointer at the topic", async () => {
    const named = await service.answer("除了驾校平台还有哪些得走插件");
    expect(named.kind).toBe("list");
    expect(named.answer).not.toContain("「驾校平台」「");
    const topic = await service.answer("教育平台这个类目能直播吗");
    const besides = await service.answer("除了它以外还有哪些要插件", topic.conversation);
    expect(besides.kind).toBe("list");
    expect(besides.parts.details.join("\n")).not.toMatch(/「教育平台」「|「教育平台」$/mu);
    // "哪个插件" asks which plugin, not which categories.
    expect((await service.answer("我们该用哪个插件", topic.conversation)).kind).not.toBe("list");
  });
});

describe("which things other than categories take a method", () => {
  it("is no list of categories", async () => {
    for (const question of ["哪些主体要用插件", "哪个版本需要插件"]) expect((await service.answer(question)).kind, question).not.toBe("list");
  });
});

describe("a list by qualification count or by what the document gives, asked among those just shown", () => {
  it("keeps to them, of the method they were listed by, under a heading that says so", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("教育这块哪些类目走插件");
    const among = await service.answer("其中资质是二选一的有哪几个", plugin.conversation);
    expect(among.kind).toBe("list");
    expect(among.parts.verdict).toBe(templates.zh.line.listQualificationAmong.replace("{rule}", "二选一").replace("{count}", "2"));
    expect(among.answer).not.toMatch(/银行|电商平台/u);
    const finance = await service.answer("金融业有哪些类目能直播");
    const notes = await service.answer("among them, which ones have notes?", finance.conversation);
    expect(notes.answer).toContain("Stock information platform");
    expect(notes.answer).not.toContain("E-commerce");
  });

  it("keeps to them when they are pointed at as the ones above or just said (上面那些, 刚才那几个)", async () => {
    const education = await service.answer("教育相关的类目直播怎么接入");
    const native = await service.answer("刚才说的那几个里面哪个可以直接用原生组件", education.conversation);
    expect(native.answer).toContain("「教育-在线视频课程」");
    expect(native.answer).not.toContain("「银行」");
    const finance = await service.answer("金融类都有啥类目");
    const five = await service.answer("上面这些哪个资质是5选1", finance.conversation);
    expect(five.answer).toContain("「公募基金」");
    expect(five.answer).not.toContain("「教育平台」");
  });
});

describe("a list by qualification count within the groups the question names", () => {
  it("keeps to the groups, under a heading that names them, in either language", async () => {
    const { templates } = service.dependencies;
    const finance = await service.answer("金融业下面哪几个资质要求是三选一");
    expect(finance.kind).toBe("list");
    expect(finance.parts.verdict).toBe(templates.zh.line.listQualificationInGroups.replace("{groups}", "「金融业」").replace("{rule}", "三选一").replace("{count}", "2"));
    expect(finance.answer).toContain("私募基金");
    expect(finance.answer).not.toMatch(/房地产营销|「直播」/u);
    const english = await service.answer("which education categories need one of two qualifications?");
    expect(english.parts.verdict).toBe(templates.en.line.listQualificationInGroups.replace("{groups}", "「教育」").replace("{rule}", "one of two").replace("{count}", "2"));
    expect((await service.answer("医疗这块哪些是四选一")).parts.verdict).toBe(templates.zh.line.listQualificationNoneInGroups.replace("{groups}", "「医疗」").replace("{rule}", "四选一"));
  });

  it("names a part of a group by the asker's word, not the whole group it did not search", async () => {
    const { templates } = service.dependencies;
    const funds = await service.answer("基金这块哪些资质是三选一");
    expect(funds.parts.verdict).toBe(templates.zh.line.listQualificationInGroups.replace("{groups}", "「基金」").replace("{rule}", "三选一").replace("{count}", "1"));
    expect(funds.parts.verdict).not.toContain("金融业");
  });

  it("keeps to those of a method named among a group's options just shown, a 几个 of pointing counting nothing", async () => {
    const { templates } = service.dependencies;
    const options = await service.answer("教育方面哪些类目可以用插件");
    const plugin = await service.answer("用插件的那几个里面哪些是二选一", options.conversation);
    expect(plugin.parts.verdict).toBe(templates.zh.line.listQualificationOfMethodAmong.replace("{method}", templates.zh.method.plugin).replace("{rule}", "二选一").replace("{count}", "2"));
    expect(plugin.answer).not.toContain("在线视频课程");
    const native = await service.answer("原生的那些里哪些是五选一", options.conversation);
    expect(native.parts.verdict).toBe(templates.zh.line.listQualificationOfMethodAmong.replace("{method}", templates.zh.method.native).replace("{rule}", "五选一").replace("{count}", "1"));
  });
});

describe("which kinds of categories take a method", () => {
  it("is a list, said of categories by other words", async () => {
    for (const question of ["哪些二级类目得用插件", "哪些行业可以直接用原生组件"]) expect((await service.answer(question)).kind, question).toBe("list");
  });
});

describe("which categories' qualification rows the document leaves empty", () => {
  it("lists them, alone or among those just shown, with no line about lost items", async () => {
    const { templates } = service.dependencies;
    const finance = await service.answer("金融业下面哪些能开直播");
    const empty = await service.answer("其中资质那一栏是空白的是哪几个", finance.conversation);
    expect(empty.parts.verdict).toBe(templates.zh.line.listQualificationEmptyAmong.replace("{count}", "4"));
    expect(empty.answer).toContain("新三板信息服务平台");
    expect(empty.answer).not.toContain("没有保留下来");
    expect((await service.answer("which categories have no qualification requirement given?")).kind).toBe("list");
    // Asked as needing none: the rows the document leaves empty, with where to look — not a claim that none is needed.
    expect((await service.answer("哪些类目无需资质就能开直播")).parts.verdict).toBe(templates.zh.line.listQualificationEmpty.replace("{count}", "9"));
    // An empty section or nothing listed, in English: the same rows.
    for (const question of ["Which ones have an empty qualification section?", "list the categories with no qualifications listed"]) {
      expect((await service.answer(question)).parts.verdict, question).toBe(templates.en.line.listQualificationEmpty.replace("{count}", "9"));
    }
  });
});

describe("whether any category has a qualification count or an empty row", () => {
  it("lists those categories, as 'which ones' does", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("是否有免资质的类目啊")).parts.verdict).toBe(templates.zh.line.listQualificationEmpty.replace("{count}", "9"));
    const fiveOfOne = await service.answer("有没有资质要求是5选1的类目");
    expect(fiveOfOne.kind).toBe("list");
    expect(fiveOfOne.answer).toContain("公募基金");
    // Of the asker's own program, no list.
    expect((await service.answer("我们有没有需同时提供的资质")).kind).not.toBe("list");
  });
});

describe("a question among those shown about what a note or scope says", () => {
  it("is answered from the notes that speak of it, not as a list of those with notes", async () => {
    const finance = await service.answer("金融类目里哪些能走原生");
    const trading = await service.answer("其中哪些不支持在线交易", finance.conversation);
    expect(trading.answer).toContain("暂不支持涉及私募产品公开募集或在线交易");
    expect(trading.answer).not.toContain("写有注意事项");
  });

  it("keeps to the notes holding a phrase the asker quotes from the document", async () => {
    const finance = await service.answer("金融这块能直播的类目有哪些");
    const quoted = await service.answer("这里面哪个写了「暂不支持」?", finance.conversation);
    expect(quoted.answer).toContain("暂不支持涉及私募产品公开募集或在线交易");
    expect(quoted.answer).not.toContain("写有注意事项");
    expect(quoted.answer).not.toContain("企业征信」注意");
    // A quoted word the bot reads otherwise (an aspect, a method, a name part) is no phrase to look up.
    for (const question of ["“资质”到底是什么意思", "「原生组件」是啥", "我们算不算“平台”"]) expect((await service.answer(question)).kind, question).not.toBe("general");
  });

  it("says none of them has it, rather than that the document has none", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("教育这边哪些走插件");
    const five = await service.answer("其中资质5选1的呢", plugin.conversation);
    expect(five.parts.verdict).toBe(templates.zh.line.listQualificationNoneAmong.replace("{rule}", "5选1"));
  });
});

describe("how many sub-categories a group has", () => {
  it("is its count, said of 子类目 or 二级类目 as of 类目", async () => {
    const { templates } = service.dependencies;
    const count = await service.answer("教育这块总共多少个子类目");
    expect(count.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "6"));
    const medical = await service.answer("医疗有多少个二级类目");
    expect(medical.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "2"));
  });
});

describe("how many among a group's options take a method", () => {
  it("counts those of the method asked", async () => {
    const { templates } = service.dependencies;
    const group = await service.answer("教育类目里哪些可以直接用原生组件");
    const count = await service.answer("那其中要走插件的有几个", group.conversation);
    expect(count.parts.details).toContain(templates.zh.line.countOfMethod.replace("{method}", templates.zh.method.plugin).replace("{count}", "5"));
  });
});

describe("how many of a group among the document's list", () => {
  it("is the group's count", async () => {
    const { templates } = service.dependencies;
    const all = await service.answer("文档一共列了哪些能直播的类目");
    const education = await service.answer("这里面教育的占几个", all.conversation);
    expect(education.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "6"));
  });

  it("counts only the group's categories the list showed, naming them rather than the whole group", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("哪些类目得走插件接入");
    const education = await service.answer("这里面教育类的有几个", plugin.conversation);
    expect(education.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "5"));
    expect(education.answer).not.toContain("在线视频课程");
    expect(education.answer).not.toContain("「教育」下文档列出的类目");
    const english = await service.answer("Which categories must use the plugin?");
    expect((await service.answer("how many of these are education?", english.conversation)).parts.details.at(-1)).toBe(templates.en.line.countOfThem.replace("{count}", "5"));
  });

  it("counts the whole group when a later count names the group afresh, and keeps the group for the next follow-up", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("走插件的类目都有哪些");
    const among = await service.answer("当中教育的有几个", plugin.conversation);
    expect(among.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "5"));
    const whole = await service.answer("教育总共多少个类目", among.conversation);
    expect(whole.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "6"));
    expect((await service.answer("那用原生的是哪个", whole.conversation)).answer).toContain("在线视频课程");
    // A group's options listed by a method, then its count named afresh: the group's, not the method's.
    const byMethod = await service.answer("教育那边哪些只能用插件");
    expect((await service.answer("教育一共有几个类目", byMethod.conversation)).parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "6"));
  });

  it("says none when the list holds none of the group, one when it holds one, and names the categories of two groups", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("走云直播插件的有哪些类目");
    const medical = await service.answer("当中医疗类的有几个", plugin.conversation);
    expect(medical.answer).toContain("没有「医疗」的类目(0 个)");
    expect(medical.answer).not.toContain("2 个");
    const native = await service.answer("原生组件能用的类目有哪些");
    expect((await service.answer("其中教育类的有几个", native.conversation)).parts.details).toContain(templates.zh.line.countOfThem.replace("{count}", "1"));
    const both = await service.answer("这里面教育、医疗的各有几个", native.conversation);
    expect(both.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "3"));
    expect(both.answer).not.toContain("「医疗」下文档列出的类目");
  });

  it("counts a group holding one category like any other, alone or beside another", async () => {
    const { templates } = service.dependencies;
    const native = await service.answer("能直接用原生组件的类目都列一下");
    expect((await service.answer("当中汽车的占几个", native.conversation)).parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "1"));
    const both = await service.answer("其中汽车跟房地产加起来有几个", native.conversation);
    expect(both.parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "2"));
  });

  it("lists by a method asked with a list verb spread from the word for categories, or with no word for categories", async () => {
    const { templates } = service.dependencies;
    const pluginHeader = templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "6");
    const nativeHeader = templates.zh.line.listHeader.replace("{method}", templates.zh.method.native).replace("{count}", "19");
    expect((await service.answer("云直播插件能接的类目麻烦帮忙罗列一下")).parts.verdict).toBe(pluginHeader);
    expect((await service.answer("直播插件的都是哪些")).parts.verdict).toBe(pluginHeader);
    expect((await service.answer("原生标签的一共有几个")).parts.verdict).toBe(nativeHeader);
    // Not the two methods weighed, nor the asker's own categories.
    expect((await service.answer("插件跟原生哪个更稳")).kind).not.toBe("list");
    expect((await service.answer("我们现有的类目帮我列一下")).kind).not.toBe("list");
  });

  it("answers a list asked with a guess at what it holds as the list, the guessed category no category held", async () => {
    const { templates } = service.dependencies;
    const pluginHeader = templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "6");
    expect((await service.answer("走插件的是哪几个类目 我估计是电商平台")).parts.verdict).toBe(pluginHeader);
    expect((await service.answer("which categories need the plugin? my guess is e-commerce")).kind).toBe("list");
  });

  it("counts a group's share of the list with 占 and no word for among, or a group with a count alone", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("走插件的类目都给列出来");
    expect((await service.answer("教育那边占了多少", plugin.conversation)).parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "5"));
    expect((await service.answer("医疗类一共有几个")).parts.details.at(-1)).toBe(templates.zh.line.countOfThem.replace("{count}", "2"));
    // The 几个 of a pointer among those shown counts nothing.
    const native = await service.answer("能直接用原生组件的类目都列一下");
    expect((await service.answer("这几个里医疗方面的是哪些", native.conversation)).parts.details.at(-1)).not.toBe(templates.zh.line.countOfThem.replace("{count}", "2"));
  });

  it("reads the IT group in English by a word that makes it the sector, never a bare 'it'", async () => {
    const { templates } = service.dependencies;
    const native = await service.answer("list the categories that can use the native tags");
    expect((await service.answer("how many of these are information technology?", native.conversation)).parts.details.at(-1)).toBe(templates.en.line.countOfThem.replace("{count}", "2"));
    expect((await service.answer("is it on the list?", native.conversation)).answer).not.toContain("IT 科技");
  });

  it("counts the groups the list holds and says which it holds none of, when asked of both, in the words of one", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("Which categories need the plugin?");
    const mixed = await service.answer("how many of these are finance and education?", plugin.conversation);
    expect(mixed.answer.startsWith(templates.en.line.noneAmongShownBeside.replace("{groups}", "「finance」"))).toBe(true);
    expect(mixed.parts.details.at(-1)).toBe(templates.en.line.countOfThem.replace("{count}", "5"));
    const native = await service.answer("Which categories may use native tags?");
    expect((await service.answer("how many of them are education?", native.conversation)).parts.details.at(-1)).toBe("That is 1 category.");
  });
});

describe("a pointer at several after a list", () => {
  it("is the categories the list showed, each answered", async () => {
    const three = await service.answer("资质三选一的是哪几个类目");
    const review = await service.answer("这几个审核大概多久", three.conversation);
    expect(review.categories.map((category) => category.secondary).sort()).toEqual(["保险", "房地产营销", "直播", "私募基金"].sort());
    const funds = await service.answer("金融这块哪些是三选一");
    expect((await service.answer("它们分别适用什么范围", funds.conversation)).categories.map((category) => category.secondary)).toEqual(["私募基金", "保险"]);
  });
});

describe("a pointer after a list that showed one category", () => {
  it("points at that category, whatever the list was by", async () => {
    const reviewed = await service.answer("哪几个类目提审要等一周左右");
    const counted = await service.answer("那它的资质要几选几", reviewed.conversation);
    expect(counted.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(counted.answer).toContain("3选1");
    // Also after a which-question answered by the one category the document gives a review time for.
    const which = await service.answer("哪个类目提审得等七天左右");
    const itsNotes = await service.answer("它的注意事项有哪些", which.conversation);
    expect(itsNotes.categories.map((category) => category.secondary)).toEqual(["直播"]);
    const options = await service.answer("教育下面哪些类目走插件");
    const native = await service.answer("原生的那些里面哪些是五选一", options.conversation);
    const after = await service.answer("它的适用范围呢", native.conversation);
    expect(after.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a list by qualification count and method together", () => {
  it("keeps to the method's categories with that count, asked at once, among a list, or in English", async () => {
    const { templates } = service.dependencies;
    const heading = (rule: string, count: number) =>
      templates.zh.line.listQualificationOfMethod.replace("{method}", templates.zh.method.plugin).replace("{rule}", rule).replace("{count}", String(count));
    expect((await service.answer("既走插件又是二选一的类目有哪些")).parts.verdict).toBe(heading("二选一", 3));
    expect((await service.answer("插件那边的类目里哪些是2选1")).parts.verdict).toBe(heading("2选1", 3));
    const twoOfOne = await service.answer("资质二选一的类目有哪些");
    expect((await service.answer("这里面走插件的有多少个", twoOfOne.conversation)).parts.verdict).toBe(
      templates.zh.line.listQualificationOfMethodAmong.replace("{method}", templates.zh.method.plugin).replace("{rule}", "二选一").replace("{count}", "3"),
    );
    // Among a list kept to a group: none of its 2选1 categories takes the plugin.
    const finance = await service.answer("金融这块哪些是二选一");
    expect((await service.answer("其中走插件的有几个", finance.conversation)).parts.verdict).toBe(
      templates.zh.line.listQualificationNoneOfMethodAmong.replace("{method}", templates.zh.method.plugin).replace("{rule}", "二选一"),
    );
    expect((await service.answer("走插件的类目哪些是五选一")).parts.verdict).toBe(templates.zh.line.listQualificationNoneOfMethod.replace("{method}", templates.zh.method.plugin).replace("{rule}", "五选一"));
    // Every item required, in English words of documents given together.
    expect((await service.answer("which categories need every document provided together?")).parts.verdict).toContain("(5)");
    // The count written with the number offered first, as Chinese writes it.
    expect((await service.answer("Which categories are 5-choose-1?")).parts.verdict).toBe(templates.en.line.listQualification.replace("{rule}", "5-choose-1").replace("{count}", "2"));
  });
});

describe("a group set aside right after a list", () => {
  it("lists it again as it was listed, without that group", async () => {
    const { templates } = service.dependencies;
    const native = await service.answer("能走原生组件的类目列一下");
    const withoutFinance = await service.answer("除开金融的呢", native.conversation);
    expect(withoutFinance.parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.native).replace("{count}", "8"));
    const withoutFinance2 = await service.answer("不算金融的话还有哪些", native.conversation);
    expect(withoutFinance2.answer).not.toContain("银行");
    const plugin = await service.answer("走插件的有哪些类目");
    const rest = await service.answer("除了教育的,插件那几个还剩哪个", plugin.conversation);
    expect(rest.parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "1"));
  });
});

describe("which of a group are among a list just shown", () => {
  it("are the group's categories the list holds, not the whole group", async () => {
    const plugin = await service.answer("有哪些类目只能走云直播插件");
    const education = await service.answer("这些里面跟教育有关的是哪些", plugin.conversation);
    expect(education.categories).toHaveLength(5);
    const native = await service.answer("可以直接用原生组件的是哪些类目");
    const medical = await service.answer("其中医疗类的有哪些", native.conversation);
    expect(medical.categories.map((category) => category.secondary).sort()).toEqual(["互联网医院", "公立医疗机构"].sort());
    const courses = await service.answer("这几个里教育相关的有哪些", native.conversation);
    expect(courses.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("which others take a method, asked in a clause after a category the asker has", () => {
  it("lists them without that category, and a count said of it filters nothing", async () => {
    const { templates } = service.dependencies;
    const others = await service.answer("驾校平台那个需同时提供的我们已经弄好了,另外还有哪些类目要走插件");
    expect(others.parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "5"));
    expect(others.answer).toContain(`${templates.zh.line.listWithout.split("{names}")[0]}「教育-驾校平台」`);
    // Not a question of what else to mind about the category.
    expect((await service.answer("我们是电商平台,还有哪些要注意的")).kind).toBe("verdict");
  });
});

describe("a group set aside by a word after it", () => {
  it("leaves the group out and names it as the group, in either language", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("接入要走插件的都有哪些类目");
    const rest = await service.answer("教育类之外的呢", plugin.conversation);
    expect(rest.parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "1"));
    const native = await service.answer("医疗以外还有哪些可以用原生标签");
    expect(native.parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.native).replace("{count}", "17"));
    // Two categories set aside are named one by one; a group of more, as the group.
    expect(native.answer).toContain(`${templates.zh.line.listWithout.split("{names}")[0]}「医疗-互联网医院」`);
    const english = await service.answer("Apart from finance, which can go native?");
    expect(english.parts.verdict).toBe(templates.en.line.listHeader.replace("{method}", templates.en.method.native).replace("{count}", "8"));
    expect(english.answer).toContain(templates.en.line.listWithoutGroups.replace("{count}", "11").replace("{groups}", "「金融业」"));
  });

  it("still adds a category the asker holds besides it", async () => {
    const both = await service.answer("电商平台之外,我们还有社交直播的类目,可以用原生组件吗");
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"]);
  });
});

describe("a group set aside as a follow-up", () => {
  it("after one category's verdict, lists the document's others without the group, said as the asker's", async () => {
    const { templates } = service.dependencies;
    const insurance = await service.answer("保险这个类目能不能开直播");
    const rest = await service.answer("那除开金融这一块的呢", insurance.conversation);
    expect(rest.kind).toBe("list");
    expect(details(rest)).not.toContain("「银行」");
    expect(details(rest)).toContain("「汽车预售服务」");
    expect(rest.answer).toContain(templates.zh.line.listWithoutGroups.replace("{groups}", "「金融业」").replace("{count}", "11"));
  });

  it("after a list, says the group left out is the asker's, counted within that list's method", async () => {
    const { templates } = service.dependencies;
    const native = await service.answer("原生标签能接的类目给我列一下");
    const withoutHealth = await service.answer("除掉医疗的呢", native.conversation);
    expect(withoutHealth.answer).toContain(`${templates.zh.line.listWithout.split("{names}")[0]}「医疗-互联网医院」`);
    expect(withoutHealth.answer).not.toContain(templates.zh.line.listRestCount.split("{count}")[0]);
    const plugin = await service.answer("list the categories that need the plugin");
    const withoutEducation = await service.answer("and leaving out education?", plugin.conversation);
    expect(withoutEducation.answer).toContain(templates.en.line.listWithoutGroups.replace("{count}", "5").replace("{groups}", "「教育」"));
  });
});

describe("others like the topic's category by its method", () => {
  it("lists the method's categories without the topic's", async () => {
    const { templates } = service.dependencies;
    const platform = await service.answer("电商平台类目怎么接直播");
    const others = await service.answer("那还有哪些其他类目也是走插件的", platform.conversation);
    expect(others.parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "5"));
    expect(others.parts.details.join("\n")).not.toContain("电商平台:");
  });
});

describe("which categories lack a row", () => {
  it("lists those lacking it among a list just shown, in either language", async () => {
    const { templates } = service.dependencies;
    const plugin = await service.answer("走插件接入的有哪些类目");
    expect((await service.answer("当中哪些没有注意事项", plugin.conversation)).parts.verdict).toBe(
      templates.zh.line.listAspectMissingAmong.replace("{aspect}", templates.zh.aspect.notes).replace("{count}", "5"),
    );
    const english = await service.answer("Which categories must go through the plugin?");
    expect((await service.answer("and which of those come without notes?", english.conversation)).parts.verdict).toBe(
      templates.en.line.listAspectMissingAmong.replace("{aspect}", templates.en.aspect.notes).replace("{count}", "5"),
    );
    // Within a group the question names, headed by the group.
    expect((await service.answer("金融业下面哪几个没写注意事项")).parts.verdict).toBe(
      templates.zh.line.listAspectMissingInGroups.replace("{groups}", "「金融业」").replace("{aspect}", templates.zh.aspect.notes).replace("{count}", "7"),
    );
    // One category asked whether it lacks a row is still held: the row is what it lacks.
    expect((await service.answer("直播带货的电商平台没有注意事项吗")).categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });

  it("lists those the document gives no such row for, not those it gives one for", async () => {
    const { templates } = service.dependencies;
    const missing = (aspect: string, count: number) => templates.zh.line.listAspectMissing.replace("{aspect}", aspect).replace("{count}", String(count));
    expect((await service.answer("文档里哪些类目没写适用范围")).parts.verdict).toBe(missing(templates.zh.aspect.scope, 2));
    const notes = await service.answer("哪几个类目缺少注意事项");
    expect(notes.parts.verdict).toBe(missing(templates.zh.aspect.notes, 18));
    expect(notes.answer).not.toContain("「电商平台」");
    expect((await service.answer("which categories come without a live-streaming scenario?")).parts.verdict).toBe(
      templates.en.line.listAspectMissing.replace("{aspect}", templates.en.aspect.scenario).replace("{count}", "2"),
    );
  });
});

describe("a list narrowed in turn, then among it, then by place", () => {
  it("keeps to what the last list showed at every step", async () => {
    const { templates } = service.dependencies;
    const native = await service.answer("原生组件能用的类目有哪些");
    const withoutFinance = await service.answer("除开金融类的呢", native.conversation);
    const withNotes = await service.answer("这些当中哪些有注意事项", withoutFinance.conversation);
    expect(withNotes.parts.verdict).toBe(templates.zh.line.listAspectAmong.replace("{aspect}", templates.zh.aspect.notes).replace("{count}", "2"));
    const last = await service.answer("最后一个的注意事项写的啥", withNotes.conversation);
    expect(last.categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
    expect(details(last)).toContain("暂不支持完整售房交易");
    // "这些" asking of them all, not among them: each answered.
    const review = await service.answer("这些审核都要多久", withoutFinance.conversation);
    expect(review.categories).toHaveLength(8);
  });
});

describe("a list by qualification count asked without the word for categories", () => {
  it("is the list when the count describes what is asked for, and its follow-ups keep to it", async () => {
    const { templates } = service.dependencies;
    const five = await service.answer("资质5选1的都有哪些");
    expect(five.parts.verdict).toBe(templates.zh.line.listQualification.replace("{rule}", "5选1").replace("{count}", "2"));
    const three = await service.answer("3选1的类目一共有几个");
    expect(three.parts.verdict).toBe(templates.zh.line.listQualification.replace("{rule}", "3选1").replace("{count}", "4"));
    const two = await service.answer("那二选一的呢", three.conversation);
    const plugin = await service.answer("这些里面哪些走插件", two.conversation);
    expect(plugin.parts.verdict).toBe(templates.zh.line.listQualificationOfMethodAmong.replace("{method}", templates.zh.method.plugin).replace("{rule}", "二选一").replace("{count}", "3"));
    // After a category, the count's items are asked, not the list.
    const insurance = await service.answer("保险要几选一");
    expect((await service.answer("那3选1具体指哪些", insurance.conversation)).categories.map((category) => category.secondary)).toEqual(["保险"]);
    // A pointer at several after a narrowed list points at what it showed, whatever the topic before it.
    const finance = await service.answer("金融那边能直播的类目有哪些");
    const narrowed = await service.answer("其中2选1的是哪些", finance.conversation);
    expect((await service.answer("它们的审核周期呢", narrowed.conversation)).categories.map((category) => category.secondary)).toEqual(["银行", "信托"]);
  });
});

describe("which they are, asked alone right after a count of a method's categories", () => {
  it("lists that method's categories again, not every category nor the help text", async () => {
    const counted = await service.answer("走原生组件的类目总共多少个");
    const which = await service.answer("都是哪几个", counted.conversation);
    expect(which.kind).toBe("list");
    expect(which.answer).toContain("「在线视频课程」");
    expect(which.answer).not.toContain("「驾校培训」");
  });
});

describe("the rest, asked after a list among a group's categories", () => {
  it("is the rest of that group by what was asked, not the document's other categories", async () => {
    const group = await service.answer("医疗和金融这两块一共有哪些类目");
    const twoOfThem = await service.answer("这里面资质是3选1的有哪些", group.conversation);
    const rest = await service.answer("那剩下的呢", twoOfThem.conversation);
    expect(rest.answer).toContain("公募基金");
    expect(rest.answer).not.toContain("电商平台");
    expect(rest.answer).not.toContain("「金融业-私募基金」");
    expect(rest.answer).toContain("「医疗-公立医疗机构」");
  });
});

describe("a question about the other categories, one set aside by name", () => {
  it("lists the others, or says what the document gives of them, without asking which category is held", async () => {
    const others = await service.answer("除开银行之外,别的类目能直播吗");
    expect(others.kind).toBe("list");
    expect(others.answer).toContain("「信托」");
    expect(others.answer).not.toContain("「银行」");
    const review = await service.answer("电商平台以外的其它类目提审要几天");
    expect(review.answer).toContain("文档只写明了");
    expect(review.answer).not.toContain("请告诉我小程序的服务类目");
    // The one the document gives a review time for, when set aside, is no topic for what follows.
    const asideReviewed = await service.answer("社交直播以外,别的类目审核多久");
    expect((await service.answer("那快手小程序上也是这样吗", asideReviewed.conversation)).categories).toEqual([]);
  });
});

describe("the list of a method's categories asked of the whole document", () => {
  it("also says which category holding more brings to that method, and that a government program may use the tags", async () => {
    const native = (await service.answer("能直接上原生标签的类目给列一下")).parts.details.join("\n");
    expect(native).toContain("另外,「电商平台」若同时具备「社交-直播」类目,也可以直接使用微信原生组件标签");
    expect(native).toContain("政府主体认证的小程序可以直接使用微信原生组件标签");
  });
});

describe("which categories' qualification row is empty, asked without the word for categories", () => {
  it("lists them rather than asking for a category", async () => {
    const answer = await service.answer("资质那一栏空着的有哪些");
    expect(answer.kind).toBe("list");
    expect(answer.parts.verdict).toContain("为空或只写了「/」");
  });

  it("lists only the row written '/' when that is what is asked", async () => {
    for (const question of ["资质要求只写了个斜杠的是哪个", "which categories' qualification row is just a slash?"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).toEqual([]);
      expect(answer.parts.verdict, question).toMatch(/只写了「\/」的类目\(1 个\)|only as "\/" \(1;/u);
      expect(answer.parts.details.join("\n"), question).toContain("股票信息服务平台(港股/美股)");
    }
  });
});

describe("which categories may not stream, asked", () => {
  it("says first that the document lists none, then the ones it opens", async () => {
    for (const question of ["哪些类目是不支持直播的", "so which categories cannot stream at all?"]) {
      const answer = await service.answer(question);
      expect(answer.parts.verdict, question).toMatch(/没有列出不能直播的类目|none that may not/u);
    }
  });
});

describe("which others have a count, asked with a category as the measure", () => {
  it("lists the categories of that count", async () => {
    const answer = await service.answer("跟信托一样是2选1的都有谁");
    expect(answer.kind).toBe("list");
    expect(answer.parts.details.join("\n")).toContain("「学历教育(学校)」「教育平台」");
  });
});

describe("every category's qualification count, asked", () => {
  it("groups one count however the document writes it", async () => {
    const lines = (await service.answer("所有类目的资质都是几选几")).parts.details;
    const twoOne = lines.find((line) => line.includes("「金融业-银行」"));
    expect(twoOne).toContain("「电商平台」");
    expect(lines.filter((line) => /2选1|二选一/u.test(line))).toHaveLength(1);
  });
});

describe("which categories have a count, asked in a hurry or casually", () => {
  it("lists them all, not one category's quote nor a request for the asker's category", async () => {
    for (const question of ["二选一的类目有娜些", "3选1的类目都有啥", "5选1的都是哪些"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("list");
    }
  });
});

describe("categories asked as needing no qualifications", () => {
  it("lists the rows the document leaves empty, and says an empty row does not mean none are needed", async () => {
    for (const question of ["免资质就能开播的类目有哪些", "Which categories don't need any qualifications?"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("list");
      expect(answer.answer, question).toMatch(/不等于不需要资质|does not mean none are needed/u);
    }
    expect((await service.answer("资质要求写的是空白的有哪些")).answer).not.toContain("不等于不需要资质");
  });
});

describe("a group's categories of one method, the method's word first", () => {
  it("are listed, as when which ones comes first, not asked which one the asker holds", async () => {
    const answer = await service.answer("教育类里面走插件的都有哪些");
    expect(answer.answer).not.toMatch(/请确认你的小程序具备哪一个/u);
    expect(answer.answer).toMatch(/「教育」下文档列出的类目/u);
  });
});

describe("the categories of a method asked after a category that reaches it only with another", () => {
  it("leads with what the document says that category takes, before any list", async () => {
    const { templates } = service.dependencies;
    const header = templates.zh.line.listHeader.split("{")[0]!;
    for (const turns of [
      ["电商平台这个类目直播走哪种", "要用原生组件的话还得补哪个类目"],
      ["电商平台用什么方式", "你确定吗 我看别人直接用live-pusher", "那要补个啥类目才能用原生的"],
      ["电商平台的小程序", "我们再加哪个类目就能走原生了"],
    ]) {
      let answer = await service.answer(turns[0]!);
      for (const turn of turns.slice(1)) answer = await service.answer(turn, answer.conversation);
      const lines = answer.answer.split("\n");
      const combination = lines.findIndex((line) => line.includes("若同时具备「社交-直播」类目"));
      const list = lines.findIndex((line) => line.startsWith(header));
      expect(combination, turns.join(" / ")).toBeGreaterThanOrEqual(0);
      if (list >= 0) expect(combination, turns.join(" / ")).toBeLessThan(list);
    }
  });
});

describe("a list just given, asked to be sorted by access method", () => {
  it("is given again with each category's method, not a request for a category", async () => {
    const all = await service.answer("文档里一共有哪些类目");
    const sorted = await service.answer("那按接入方式分一下吧", all.conversation);
    expect(sorted.kind).toBe("list");
    expect(sorted.answer).toContain("小程序·云直播插件(6 个)");
  });
});

describe("the categories that must use the plugin", () => {
  it("are listed with the government rule beside them: for a government program none of them is plugin-only", async () => {
    const plugin = await service.answer("只能接云直播插件的类目有哪几个");
    expect(plugin.kind).toBe("list");
    expect(plugin.answer).toContain(service.dependencies.templates.zh.verdict.government);
  });
});

describe("whether the others write it too, after a row only one category has", () => {
  it("is about that row, not the list of categories whose qualification row is empty", async () => {
    const review = await service.answer("社交直播首次提审要等多久");
    const others = await service.answer("那别的类目呢,都没写?", review.conversation);
    expect(others.answer).toContain("文档只写明了 「社交-直播」 的审核时长");
    expect(others.answer).not.toContain("资质要求一栏为空");
    // Said of qualifications, the same words ask for the empty rows.
    expect((await service.answer("哪些类目的资质要求没写")).answer).toContain("资质要求一栏为空");
  });
});

describe("the categories of a count that only one option group within a category has", () => {
  it("names that group of that category, not that the document has none", async () => {
    const answer = await service.answer("有哪些类目是6选1的");
    expect(answer.answer).toContain("「金融业-保险」中「保险机构主体」一组(⑥选①)");
    expect(answer.answer).not.toContain("文档中没有资质要求为");
  });
});

describe("when a method must be used, asked opening the question", () => {
  it("lists the categories that take it", async () => {
    for (const question of ["哪种情况下只能走插件?", "In which cases do we have to use live-pusher?"]) {
      expect((await service.answer(question)).kind, question).toBe("list");
    }
  });
});

describe("which of a list just shown have which qualification count, no count named", () => {
  it("gives each one's count among them, not a request for the category", async () => {
    const plugin = await service.answer("走插件的类目都有哪些");
    const counts = await service.answer("这里面资质是几选一的有哪几个", plugin.conversation);
    expect(counts.kind).toBe("list");
    expect(counts.answer).toContain("「教育-教育平台」");
    expect(counts.answer).not.toContain("「金融业-银行」");
  });
});
