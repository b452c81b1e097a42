import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import { loadCoreData } from "../../test/support/core-data.js";
import type { AnswerService } from "../app/create-answer-service.js";
import type { Rules } from "../rules/rules-schema.js";

let service: AnswerService;
let rules: Rules;

beforeAll(async () => {
  service = await createTestAnswerService();
  ({ rules } = loadCoreData());
});

describe("qualification lines", () => {
  it("say the rest did not survive where some items did, and that the lists did not where none did", async () => {
    const { templates } = service.dependencies;
    const listed = rules.categories.filter((category) => category.qualification?.rule && category.qualification.rule !== "/");
    const withItems = listed.filter((category) => category.qualification!.items.length > 0);
    expect(withItems.length).toBeGreaterThan(0);
    expect(listed.length).toBeGreaterThan(withItems.length);
    for (const category of listed) {
      const name = category.primary === category.secondary ? category.primary : `${category.primary}-${category.secondary}`;
      const details = (await service.answer(`${name}类目申请直播要准备哪些资质材料`)).parts.details;
      const items = category.qualification!.items;
      if (items.length > 0) {
        expect(details.join("\n"), name).toContain(items[0]!);
        expect(details, name).toContain(templates.zh.line.qualificationRestMissing);
        expect(details, name).not.toContain(templates.zh.line.qualificationMissing);
      } else {
        expect(details, name).toContain(templates.zh.line.qualificationMissing);
      }
    }
  });

  it("say that each option needs all of its documents where the document says so of each option, and only there", async () => {
    const { templates } = service.dependencies;
    const eachTogether = (await service.answer("做多商户入驻的购物平台,资质是几选几")).parts.details.join("\n");
    expect(eachTogether).toContain("二选一");
    expect(eachTogether).toContain(templates.zh.line.qualificationOptionRule.replace("{category}", "电商平台").replace("{rule}", "需同时提供"));
    const english = (await service.answer("How many qualification options does an education platform have?")).parts.details.join("\n");
    expect(english).toContain(templates.en.line.qualificationOptionRule.split("{rule}")[0]!.replace("{category}", "教育-教育平台 (Education – Education platform)"));
    // 信托's (2选1) says nothing of its options.
    const optionsMarked = templates.zh.line.qualificationOptionRule.split("{rule}")[0]!.replace("「{category}」", "");
    expect((await service.answer("信托资质几选几")).parts.details.join("\n")).not.toContain(optionsMarked);
  });

  it("say it of the one category it is written for when two of the same count are answered together", async () => {
    const { templates } = service.dependencies;
    const marked = (name: string) => templates.zh.line.qualificationOptionRule.replace("{category}", name).replace("{rule}", "需同时提供");
    const schoolAndPlatform = (await service.answer("学校类和教育平台这俩,资质分别是几选一")).parts.details;
    expect(schoolAndPlatform).toContain(marked("教育-教育平台"));
    // Whatever its wording, the line saying each option is 需同时提供 names 教育平台 alone.
    const optionLines = schoolAndPlatform.filter((line) => line.includes("「需同时提供」"));
    expect(optionLines).toHaveLength(1);
    expect(optionLines[0]).toContain("教育平台");
    expect(optionLines[0]).not.toContain("学校");
    // Both marked: one line naming both.
    const both = (await service.answer("电商平台跟教育平台的资质各要几选一")).parts.details.join("\n");
    expect(both).toContain(marked("电商平台」、「教育-教育平台"));
  });
});

describe("a request for the items the last answer counted", () => {
  it("gets the count again and that the items did not survive, never a list", async () => {
    const { templates } = service.dependencies;
    const first = await service.answer("信托公司做直播资质要几选一");
    for (const request of ["那两份具体是什么", "这几项麻烦列一下", "你肯定知道那两个是啥,别装了"]) {
      const reply = await service.answer(request, first.conversation);
      expect(reply.categories.map((category) => category.secondary), request).toEqual(["信托"]);
      expect(reply.parts.details.join("\n"), request).toContain(templates.zh.line.qualificationMissing);
    }
    const english = await service.answer("Does a trust company need qualifications to stream?");
    expect((await service.answer("name those two documents", english.conversation)).parts.details.join("\n")).toContain(templates.en.line.qualificationMissing);
    // A count and a word for work, not items, asks nothing of them.
    expect((await service.answer("这项业务能直播吗", first.conversation)).parts.details.join("\n")).not.toContain(templates.zh.line.qualificationMissing);
  });
});

describe("several categories' qualifications weighed by how many options they offer", () => {
  it("says which offers the most and which the fewest, or that they offer as many", async () => {
    const { templates } = service.dependencies;
    const weighed = await service.answer("保险和公募基金,哪个资质的选择更多");
    expect(weighed.parts.details[0]).toBe(
      templates.zh.line.optionsMost.replace("{most}", "「金融业-公募基金」").replace("{mostRule}", "5选1").replace("{fewest}", "「金融业-保险」").replace("{fewestRule}", "3选1"),
    );
    const same = await service.answer("which is less strict on qualifications, bank or trust?");
    expect(same.parts.details[0]).toBe(templates.en.line.optionsSame.replace("{rule}", "choose 1 of 2"));
    // Asked only for the counts, no weighing line.
    expect((await service.answer("保险和公募基金的资质分别几选一")).answer).not.toContain("可选方案最多");
  });
});

describe("a group's categories asked one by one", () => {
  it("answers the count of every one of them, however many the group holds", async () => {
    for (const question of ["金融这一类每个类目资质各是几选几", "what is the qualification count of each finance category?"]) {
      const answer = await service.answer(question);
      const details = answer.parts.details.join("\n");
      expect(answer.categories, question).toHaveLength(11);
      for (const category of answer.categories) expect(details, `${question}: ${category.secondary}`).toContain(category.secondary);
      expect(details, question).not.toMatch(/未列出|not listed/u);
    }
  });
});

describe("more of something other than qualification options", () => {
  it("gets no options line", async () => {
    const pair = await service.answer("银行和信托的资质几选几");
    expect((await service.answer("还有更多的资质要求吗", pair.conversation)).answer).not.toContain("可选方案");
  });

  it("does not put a category first for naming another's name in its scope", async () => {
    const answer = await service.answer("银行、信托、公募基金、企业征信的资质分别是几选几");
    expect(answer.parts.details.join("\n")).toContain("5选1");
  });
});

describe("which of the categories talked about offers the most options", () => {
  it("is said when asked with 最多 of them", async () => {
    let conversation = (await service.answer("信托可以直播吗")).conversation;
    for (const next of ["私募基金呢", "公募基金呢"]) conversation = (await service.answer(next, conversation)).conversation;
    const most = await service.answer("上面几个里哪个资质的选择最多", conversation);
    expect(most.answer).toContain("可选方案最多的是「金融业-公募基金」");
  });
});

describe("which of a group's categories is easiest, asked in everyday words", () => {
  it("says the document ranks none and gives every one of them its count", async () => {
    const { templates } = service.dependencies;
    const group = await service.answer("金融下面这些类目,哪个申请起来最简单");
    expect(group.parts.details.some((line) => line.startsWith(templates.zh.line.easeNotRanked.split("{categories}")[0]!))).toBe(true);
    const details = group.parts.details.join("\n");
    for (const category of group.categories) expect(details, category.secondary).toContain(category.secondary);
    expect(details).not.toContain("未列出");
  });
});

describe("which of several is easier, asked of their qualifications by name", () => {
  it("weighs the qualification rows only, and says so, with no review-time lines", async () => {
    const { templates } = service.dependencies;
    const two = await service.answer("私募基金跟信托比,哪个资质简单些");
    expect(two.parts.details).toContain(templates.zh.line.easeNotRanked.replace("{categories}", "「金融业-私募基金」、「金融业-信托」").replace("{rows}", templates.zh.line.easeRowsQualification));
    expect(two.answer).not.toContain("审核时长");
    expect(two.answer).toContain("3选1");
  });
});

describe("an option of a category's qualifications pointed at by its place", () => {
  it("is that group, or that option whose items did not survive, or how many there are", async () => {
    const { templates } = service.dependencies;
    const insurance = await service.answer("保险类目资质要怎么选");
    expect(insurance.answer).not.toContain("对应的类目是");
    const second = await service.answer("第二个呢", insurance.conversation);
    expect(second.parts.details[0]).toBe("保险中介机构主体:④选①");
    const third = await service.answer("那第三个", insurance.conversation);
    expect(third.answer).toContain("第 3 组:文档没有保留下来");
    const fund = await service.answer("公募基金资质几选几");
    expect((await service.answer("第二个选项要什么", fund.conversation)).answer).toContain("「金融业-公募基金」资质要求「5选1」的第 2 个选项:文档没有写它的内容");
    expect((await service.answer("第六个呢", fund.conversation)).answer).toContain(templates.zh.line.optionAtMissing.replace("{category}", "金融业-公募基金").replace("{rule}", "5选1").replace("{count}", "5"));
  });
});

describe("a qualification count whose groups the document kept only some of", () => {
  it("says how many were kept and that the rest were lost, not when one group is asked", async () => {
    const { templates } = service.dependencies;
    const all = await service.answer("保险这个类目的资质怎么分的");
    expect(all.parts.details).toContain(templates.zh.line.qualificationGroupsMissing.replace("{rule}", "3选1").replace("{kept}", "2").replace("{missing}", "1"));
    const one = await service.answer("保险经纪公司资质几选几");
    expect(one.answer).not.toContain("组没有保留下来");
  });

  it("names the category its groups belong to when another of the same count is answered beside it", async () => {
    const both = await service.answer("私募基金和保险的资质分别几选几");
    const details = both.parts.details.join("\n");
    // The count line may be shared ("「金融业-保险」、「金融业-私募基金」资质要求:3选1"); the groups are 保险's alone.
    expect(details).toContain("其中「金融业-保险」分为:保险机构主体");
    expect(details).toContain("「金融业-保险」的「3选1」,文档只保留了其中 2 组的说明");
    expect(details).not.toMatch(/^保险机构主体/mu);
  });
});

describe("whether one option is enough, or all must be given, asked of a category", () => {
  it("says what the category's own count means, in a question or a follow-up", async () => {
    const { templates } = service.dependencies;
    const trust = await service.answer("信托资质是不是有一个就够了");
    expect(trust.answer).toContain(templates.zh.line.countMeaning.replace("{written}", "2选1").replace("{of}", "2").replace("{choose}", "1"));
    const credit = await service.answer("企业征信类目能直播吗");
    const all = await service.answer("那它的资质是不是全部都得交", credit.conversation);
    expect(all.answer).toContain(templates.zh.line.countMeaningAll.replace("{written}", "需同时提供"));
  });

  it("is read of having only one of them, said and asked whether it will do", async () => {
    const { templates } = service.dependencies;
    const bankMeaning = templates.zh.line.countMeaning.replace("{written}", "2选1").replace("{of}", "2").replace("{choose}", "1");
    expect((await service.answer("银行那个2选1,我们只提供一个行吗")).answer).toContain(bankMeaning);
    const bank = await service.answer("银行类目资质什么要求");
    expect((await service.answer("我们就一个资质证书,一个够吗", bank.conversation)).answer).toContain(bankMeaning);
    // Having only one category is no question of the count.
    expect((await service.answer("我们只有一个类目,是银行,能直播吗")).answer).not.toContain(bankMeaning);
  });

  it("is read of handing them in too, with no word for qualifications, but not of a fee handed in", async () => {
    const { templates } = service.dependencies;
    const trust = await service.answer("信托是不是两个都得交");
    expect(trust.answer).toContain(templates.zh.line.countMeaning.replace("{written}", "2选1").replace("{of}", "2").replace("{choose}", "1"));
    expect((await service.answer("教育平台的押金都要交吗")).answer).not.toContain("即文档列出");
  });

  it("is read of every one of so many, or all of them, asked after the count was given", async () => {
    const { templates } = service.dependencies;
    const trustMeaning = templates.zh.line.countMeaning.replace("{written}", "2选1").replace("{of}", "2").replace("{choose}", "1");
    const trust = await service.answer("信托类目申请直播要什么资质");
    for (const followUp of ["这两项全都要吗", "两样都要同时具备?", "全都要吗"]) {
      const answer = await service.answer(followUp, trust.conversation);
      expect(answer.kind, followUp).toBe("verdict");
      expect(answer.answer, followUp).toContain(trustMeaning);
    }
    const english = await service.answer("Do we need both?", (await service.answer("What does the trust category require?")).conversation);
    expect(english.answer).toContain(templates.en.line.countMeaning.replace("{written}", "choose 1 of 2").replace("{of}", "2").replace("{choose}", "1"));
    // "一个都…" says not even one, and a number of categories with a method asks the method, not the count.
    expect((await service.answer("一个都没有的话呢", trust.conversation)).answer).not.toContain(trustMeaning);
    const pair = await service.answer("证券和信托呢", trust.conversation);
    expect((await service.answer("两个都能用原生吗", pair.conversation)).answer).not.toContain("满足其中");
    // Both categories held, applied for or opened is not every option needed (regression review reg134).
    const funds = await service.answer("公募和私募这两个类目能开直播吗");
    for (const followUp of ["两个都有的话呢", "两个都要申请吗", "两个都要开通吗"]) {
      expect((await service.answer(followUp, funds.conversation)).answer, followUp).not.toContain("满足其中");
    }
  });

  it("is read of a bare 'how many' with a category, and of 'all of it?' after the count", async () => {
    const { templates } = service.dependencies;
    const fund = await service.answer("公募基金得几样");
    expect(fund.parts.details.join("\n")).toContain("5选1");
    // A noun after it counts something else (regression review reg134).
    for (const question of ["信托直播要几个主播", "公募基金需要几个类目才能直播", "银行直播一场得几个小时"]) {
      expect((await service.answer(question)).parts.details.join("\n"), question).not.toContain("资质要求");
    }
    const whole = await service.answer("那是要全部提供吗", fund.conversation);
    expect(whole.answer).toContain(templates.zh.line.countMeaning.replace("{written}", "5选1").replace("{of}", "5").replace("{choose}", "1"));
  });

  it("says the document does not explain a row's 「/」, asked after that row or on its own", async () => {
    const { templates } = service.dependencies;
    const row = await service.answer("港美股行情那个平台类目需要啥资质");
    for (const followUp of ["那一栏的斜杠代表什么", "这个斜杠指的是啥"]) {
      const answer = await service.answer(followUp, row.conversation);
      expect(answer.parts.details, followUp).toContain(templates.zh.line.countMeaningSlash);
      expect(answer.categories.map((category) => category.secondary), followUp).toEqual(["股票信息服务平台(港股/美股)"]);
    }
    expect((await service.answer("What is the slash supposed to mean?", (await service.answer("qualifications for the HK/US stock information platform?")).conversation)).parts.details).toContain(templates.en.line.countMeaningSlash);
  });

  it("explains the count of the group with as many options as asked, where the category's own count has fewer", async () => {
    const { templates } = service.dependencies;
    const insurance = await service.answer("保险类目资质要求是什么");
    const six = await service.answer("那六样全都要吗", insurance.conversation);
    expect(six.answer).toContain(templates.zh.line.countMeaning.replace("{written}", "⑥选①").replace("{of}", "6").replace("{choose}", "1"));
    const three = await service.answer("三个都要吗", insurance.conversation);
    expect(three.answer).toContain(templates.zh.line.countMeaning.replace("{written}", "3选1").replace("{of}", "3").replace("{choose}", "1"));
  });

  it("is read of which ones so many options are, asked after the count: the count again, its items said lost", async () => {
    const { templates } = service.dependencies;
    const trust = await service.answer("信托的资质几选几啊");
    for (const followUp of ["那到底是哪两样", "分别是哪两个"]) {
      const answer = await service.answer(followUp, trust.conversation);
      expect(answer.categories.map((category) => category.secondary), followUp).toEqual(["信托"]);
      expect(answer.parts.details.join("\n"), followUp).toContain("2选1");
      expect(answer.parts.details, followUp).toContain(templates.zh.line.qualificationMissing);
    }
    const english = await service.answer("What are the two?", (await service.answer("how many options does the trust category give for qualifications")).conversation);
    expect(english.parts.details.join("\n")).toContain("choose 1 of 2");
  });

  it("is not read into whether one category is enough, or into anything but the qualifications", async () => {
    const { templates } = service.dependencies;
    const meaning = templates.zh.line.countMeaning.split("{written}")[1]!.split("{of}")[0]!;
    for (const question of ["想用原生标签,电商平台跟社交直播有一个就行吗", "直播间每个都要审核吗"]) {
      expect((await service.answer(question)).answer, question).not.toContain(meaning);
    }
  });
});

describe("which category of the document has the most or fewest qualification options, asked with nothing talked about", () => {
  it("names the most and the fewest by the document's counts, and lists every count", async () => {
    const { templates } = service.dependencies;
    for (const question of ["资质最多的是哪个类目", "哪个类目可选的最少", "Which category gives the most options?"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("list");
      const most = (answer.language === "en" ? templates.en : templates.zh).line.optionsMost.split("{most}")[0]!;
      expect(answer.parts.verdict, question).toContain(most);
      expect(answer.answer, question).toContain("公募基金");
    }
  });
});

describe("a row asked of a group's categories just shown, pointed at together", () => {
  it("answers it for every one of them, of whatever method", async () => {
    const group = await service.answer("教育这块都有哪些类目");
    const counts = await service.answer("它们各要几个资质", group.conversation);
    const details = counts.parts.details.join("\n");
    for (const name of ["在线视频课程", "职业培训/课外辅导", "学历教育(学校)", "驾校平台", "驾校培训", "教育平台"]) expect(details, name).toContain(name);
    expect(details).not.toContain("未列出");
  });
});

describe("which of a group's categories have a row, asked after the group's list", () => {
  it("details every one that has it, none left out", async () => {
    const group = await service.answer("金融类下面都有哪些类目");
    const notes = await service.answer("哪几个是有注意事项的", group.conversation);
    expect(notes.answer).toContain("股票信息服务平台(港股/美股)」注意");
    expect(notes.answer).not.toContain("未列出");
  });
});

describe("a question whether a category is easy to get, or which of several is easier", () => {
  it("says the document ranks none and gives each one's count and review time, in either language", async () => {
    const { templates } = service.dependencies;
    const two = await service.answer("保险和公募基金,哪个类目容易申请一点");
    expect(two.parts.details).toContain(templates.zh.line.easeNotRanked.replace("{categories}", "「金融业-保险」、「金融业-公募基金」").replace("{rows}", templates.zh.line.easeRowsBoth));
    expect(two.parts.details.join("\n")).toContain("资质要求");
    expect(two.parts.details.join("\n")).toContain("审核时长");
    // Of two methods, weighed one against the other, the same.
    // A threshold asked is ease asked: no ranking by the options counted.
    const threshold = await service.answer("消费金融和企业征信谁的门槛更低");
    expect(threshold.parts.details.some((line) => line.startsWith(templates.zh.line.easeNotRanked.split("{categories}")[0]!))).toBe(true);
    expect(threshold.parts.details.some((line) => line.startsWith(templates.zh.line.optionsMost.split("{most}")[0]!))).toBe(false);
    const methods = await service.answer("教育平台跟社交直播哪个好过审");
    expect(methods.parts.details.some((line) => line.startsWith(templates.zh.line.easeNotRanked.split("{categories}")[0]!))).toBe(true);
    const one = await service.answer("is it hard to get the online video courses category?");
    expect(one.parts.details[0]).toBe(templates.en.line.easeNotSaid.replace("{category}", "「教育-在线视频课程 (Education – Online video courses)」").replace("{rows}", templates.en.line.easeRowsBoth));
  });

  it("weighs the topic's category against one measured against it", async () => {
    const { templates } = service.dependencies;
    const bank = await service.answer("我们是银行,打算开直播");
    const against = await service.answer("和保险比起来哪个容易批", bank.conversation);
    expect(against.categories.map((category) => category.secondary).sort()).toEqual(["保险", "银行"].sort());
    expect(against.parts.details.join("\n")).toContain(templates.zh.line.easeNotRanked.split("{categories}")[0]!);
  });

  it("asked after one category's qualifications, weighs those alone, and which option is easiest is said to be unranked", async () => {
    const { templates } = service.dependencies;
    const fund = await service.answer("公募的资质要求是怎样的");
    const which = await service.answer("这里面哪个好搞一点", fund.conversation);
    expect(which.parts.details).toContain(templates.zh.line.easeAmongOptions.replace("{category}", "「金融业-公募基金」").replace("{rule}", "5选1"));
    expect(which.answer).not.toContain("审核时长");
    const easy = await service.answer("好办不", fund.conversation);
    expect(easy.parts.details).toContain(templates.zh.line.easeNotSaid.replace("{category}", "「金融业-公募基金」").replace("{rows}", templates.zh.line.easeRowsQualification));
    expect(easy.answer).not.toContain("审核时长");
  });

  it("over the whole document, with no category, says it ranks none and where to look — not one category's review time", async () => {
    const { templates } = service.dependencies;
    const any = await service.answer("所有类目里面哪个最好批下来");
    expect(any.parts.verdict).toBe(templates.zh.line.easeNotRankedAny);
    expect(any.answer).not.toContain("7天");
  });
});

describe("what a qualification count means", () => {
  it("is explained from the count written, in either language, with no item invented", async () => {
    const social = await service.answer("社交直播类目资质要几选一");
    const meaning = await service.answer("这个3选1具体啥意思", social.conversation);
    expect(meaning.answer).toContain("「3选1」即文档列出 3 个选项,满足其中 1 个即可");
    expect(meaning.answer).not.toContain("类目适用范围");
    const english = await service.answer("what does one of two mean for a bank?");
    expect(english.answer).toContain("lists 2 options and 1 of them is enough");
  });
});

describe("a count the asker puts as the category's", () => {
  const details = async (question: string) => (await service.answer(question)).parts.details.join("\n");

  it("is corrected when the asker tells it as what someone else says", async () => {
    expect(await details("我们运营说信托资质是4选1,靠谱吗")).toContain("不是4选1:「金融业-信托」资质要求是2选1");
    expect(await details("我老板说银行要3选1")).toContain("不是3选1:「金融业-银行」资质要求是2选1");
  });

  it("is corrected when the document gives another, and not confirmed in words when it gives that one", async () => {
    expect(await details("信托类目的资质应该是5选1吧")).toContain("不是5选1:「金融业-信托」资质要求是2选1");
    expect(await details("Trust needs one of five, correct?")).toContain("Not one of five");
    // A yes would agree with the rest of what is claimed: items, all three needed.
    expect(await details("房地产营销三选一,是不是三样都要交")).not.toMatch(/是的|不是/u);
    expect(await details("银行资质2选1,第一项要营业执照对吧")).not.toMatch(/是的|不是/u);
  });

  it("puts everything at once as a count too, corrected where the row is a choice", async () => {
    expect(await details("信托是不是也要同时提供")).toContain("不是同时提供:「金融业-信托」资质要求是2选1");
    expect(await details("Does the trust category need all items at once?")).toMatch(/^Not all items: qualifications for 「金融业-信托.*2/mu);
    // Not where it is so, nor where the row is empty.
    expect(await details("消费金融是需同时提供吧")).not.toMatch(/不是/u);
    expect(await details("新三板信息服务平台是不是也是需同时提供")).toContain("没有内容");
    // Every option marked so (电商平台's 二选一, each 需同时提供): said of it too, not corrected.
    expect(await details("电商平台的两个选项分别要同时提供什么")).not.toContain("不是同时提供");
  });

  it("is held against a category that asks for everything at once", async () => {
    expect(await details("企业征信是不是2选1")).toContain("不是2选1:「金融业-企业征信」资质要求是需同时提供");
  });

  it("is left alone when it is explained, weighed against another, or a group's own count", async () => {
    expect(await details("信托的2选1是啥意思")).not.toMatch(/是的|不是/u);
    expect(await details("信托是需同时提供还是5选1")).not.toMatch(/是的|不是/u);
    expect(await details("保险中介机构是4选1吗")).toContain("保险中介机构主体:④选①");
    expect(await details("保险中介机构是4选1吗")).not.toMatch(/是的|不是/u);
    // A count put as the asked group's that is not its own is corrected with the group's (中介 is ④选①, not the row's 3选1).
    expect(await details("保险中介机构是3选1吧")).toContain("不是3选1:保险中介机构主体是④选①");
  });

  it("is said of the one of several answered categories that has it, correcting none of the others", async () => {
    expect(await details("我们有银行跟公募基金,公募那个5选1具体指哪些")).not.toContain("不是5选1");
    // Of none of them, it is corrected for each.
    expect(await details("银行跟信托都是5选1对吧")).toContain("不是5选1");
  });
});

describe("what a count written in the document means", () => {
  it("is said for a choice asked in slang and for 'all to be provided' too, in either language", async () => {
    const { templates } = service.dependencies;
    const slang = await service.answer("保险那个④选①是啥玩意");
    expect(slang.answer).toContain(templates.zh.line.countMeaning.replace("{written}", "4选1").replace("{of}", "4").replace("{choose}", "1"));
    const all = await service.answer("企业征信的需同时提供是指啥");
    expect(all.answer).toContain(templates.zh.line.countMeaningAll.split("{written}")[1]!);
    const english = await service.answer("what does 'all items must be provided together' mean for consumer finance?");
    expect(english.answer).toContain(templates.en.line.countMeaningAll.split("{written}")[1]!);
  });
});

describe("both qualification groups of a category named together by their short words", () => {
  it("gives each group's count, not only the one named in full", async () => {
    for (const question of ["保险类目的资质,中介与机构要求一样吗", "For insurance, what do intermediaries and institutions each need?"]) {
      const answer = await service.answer(question);
      const details = answer.parts.details.join("\n");
      expect(details, question).toMatch(/⑥选①|choose 1 of 6/u);
      expect(details, question).toMatch(/④选①|choose 1 of 4/u);
    }
  });
});

describe("a count confirmed of the category, with one of its groups asked beside it", () => {
  it("is the category's own count, not said to be wrong for the group", async () => {
    const answer = await service.answer("保险类目资质应该是三选一没错吧?那保险公司这一类是几选一");
    expect(answer.answer).not.toContain("不是");
    expect(answer.answer).toContain("⑥选①");
  });
});

describe("a claim that no qualifications are needed", () => {
  it("is said not to be so where the category's row counts some, before the count", async () => {
    const { templates } = service.dependencies;
    const trust = await service.answer("朋友说做信托直播不需要什么资质,真的假的");
    expect(trust.answer).toContain(templates.zh.line.qualificationNeededNotSo.replace("{category}", "金融业-信托").replace("{rule}", "2选1"));
    const english = await service.answer("Someone told me banks need no qualifications to stream, right?");
    expect(english.answer).toContain("Not so — qualifications are needed");
  });

  it("is not argued where the row is empty", async () => {
    const answer = await service.answer("多方通信是不是不用资质");
    expect(answer.answer).not.toContain("并非不用资质");
  });
});

describe("a bare check on the count just given", () => {
  it("is asked of the topic's qualifications, as 都要吗 is", async () => {
    const { templates } = service.dependencies;
    const trust = await service.answer("信托的资质要求是什么");
    for (const check of ["都要?", "2个?", "全都要呢"]) {
      const answer = await service.answer(check, trust.conversation);
      expect(answer.categories.map((category) => category.secondary), check).toEqual(["信托"]);
      expect(answer.parts.details.join("\n"), check).toContain("2选1");
    }
    expect((await service.answer("都要?", trust.conversation)).answer).toContain(templates.zh.line.countMeaning.replace("{written}", "2选1").replace("{of}", "2").replace("{choose}", "1"));
  });
});

describe("whether one paper is enough, under a row that needs all", () => {
  it("says the row needs every item, beside what the document kept", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("课外辅导类目只拿一个办学许可证去申请,够吗");
    expect(answer.answer).toContain(templates.zh.line.countMeaningAll.replace("{written}", "需同时提供"));
  });
});

describe("why the qualification items are not listed", () => {
  it("is answered by the line that the item lists were not kept, with no line that the document gives no reason", async () => {
    for (const question of ["信托要交的材料你为啥不一条条写出来", "Why won't you give me the trust category's qualification items?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/没有保留下来|did not survive/u);
      expect(answer.answer, question).not.toMatch(/没有说明原因|gives no reason/u);
    }
  });
});

describe("a row written 「/」, asked whether that means no qualification is needed", () => {
  it("says the document does not explain the 「/」, beside the row", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("股票信息服务平台资质写的是斜杠,那就是不需要资质吧");
    expect(answer.parts.details).toContain(templates.zh.line.countMeaningSlash);
    // Asked the row only, the row is all.
    expect((await service.answer("股票信息服务平台要什么资质")).parts.details).not.toContain(templates.zh.line.countMeaningSlash);
  });
});
