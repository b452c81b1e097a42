import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const aspectsOf = (question: string) => service.dependencies.understander.understand(question).aspects;

describe("asking whether something may be sold or bought", () => {
  it("quotes the notes that limit trading, whatever words come between the leave and the trade", async () => {
    expect((await service.answer("电商平台类目,主播能不能在直播间里售卖保健酒")).answer).toContain("不得提供如催情香水/催情药品等违法违规商品销售");
    expect((await service.answer("私募基金的直播里让投资人直接下单行不行")).answer).toContain("暂不支持涉及私募产品公开募集或在线交易等服务");
    expect((await service.answer("Could our private fund let viewers buy units while streaming?")).answer).toContain("online trading of private fund products");
  });

  it("says the document does not say what a category with no note on trading may sell, and where to look", async () => {
    const social = await service.answer("社交直播类目");
    const selling = (await service.answer("能在直播间卖周边吗", social.conversation)).answer;
    expect(selling).toContain("文档没有说明「社交-直播」在直播中能卖什么");
    // …and that it does not say what may be sold, rather than leave the asker to read the silence as a yes.
    expect(selling).toContain("服务类目说明");
    expect((await service.answer("社交直播类目的直播有哪些注意事项")).answer).not.toContain("能卖什么");
  });

  it("reads taking out a policy or opening an account as trading, and answers it from the scope that speaks of it", async () => {
    const insurer = await service.answer("保险类目直播时能不能让观众直接投保");
    expect(insurer.answer).toContain("在线服务或交易");
    expect(insurer.answer).not.toContain("不在《类目申请资质要求》文档的范围内");
    expect((await service.answer("银行直播间里可以直接给客户开户不")).answer).toContain("在线服务或交易");
  });

  it("quotes the scope instead where the scope speaks of trading, and says nothing where another section sends trading", async () => {
    const trust = (await service.answer("信托公司可以在直播中出售信托产品吗")).answer;
    expect(trust).toContain("「金融业-信托」类目适用范围:适用于提供信托理财业务在线服务或交易等服务");
    expect(trust).not.toContain("能否交易");
    expect((await service.answer("证券/期货类目的直播里能让用户买卖股票吗")).answer).not.toContain("能否交易");
  });

  it("quotes only notes that speak of trading, and asks for the category when none is named", async () => {
    const social = await service.answer("社交直播类目");
    const selling = await service.answer("直播时能让粉丝下单买周边吗", social.conversation);
    expect(selling.answer).not.toContain("时政信息");
    expect((await service.answer("直播的时候能让观众下单买房吗")).kind).toBe("no-category");
  });

  it("reads no such question when a category is to be chosen, or the trade word trades nothing in the stream", () => {
    const frame = (question: string) => service.dependencies.understander.understand(question);
    expect(frame("新能源车企做销售直播要选什么类目").asksTrade).toBe(false);
    expect(frame("Which category lets us sell courses?").asksTrade).toBe(false);
    expect(frame("电商平台直播能介绍产品卖点吗").asksTrade).toBe(false);
    expect(frame("多方通信类目能买插件吗").asksTrade).toBe(false);
    expect(frame("银行可以花钱购买那个云直播插件吗").asksTrade).toBe(false);
    expect(frame("能不能直接购买一个类目").asksTrade).toBe(false);
    expect(frame("私募基金直播能让销售员出镜讲解吗").asksTrade).toBe(false);
    expect(frame("能不能搞外卖直播").asksTrade).toBe(false);
    // The trade word is what the stream does ("直播带货"): whether the stream may be had is asked, which a category answers.
    expect(frame("便利店可以在小程序上直播带货吗").asksTrade).toBe(false);
    // …not an activity that is itself a trade.
    expect(frame("股票信息服务平台能不能提供股票交易").asksTrade).toBe(true);
  });

  it("reads non-prescription drugs as the note's own words, not prescription drugs the document leaves out", async () => {
    const answer = await service.answer("Is it OK to sell non-prescription medicines in an e-commerce platform's live streams?");
    expect(answer.answer).not.toMatch(/not of 「prescription/u);
    expect(answer.answer.match(/non-prescription drugs online/gu) ?? []).toHaveLength(1);
  });

  it("answers a shop asking to stream sales with the platform category's scope and what it leaves open", async () => {
    const answer = await service.answer("我们一家小卖部能在小程序里直播卖货吗");
    expect(answer.answer).toContain(service.dependencies.templates.zh.line.notSuchPlatform.replace("{category}", "电商平台"));
    expect(answer.answer).toContain("类目适用范围");
    // A cooperative (合作社) is the asker's own business, not a partner's.
    const cooperative = await service.answer("种茶的合作社想在小程序直播带货");
    expect(cooperative.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });

  it("reads no such question when the leave is asked of something else", () => {
    // The method, asked after saying what is sold; the category chosen; whether a category may be used for it.
    expect(aspectsOf("我们卖保险,能用原生吗")).not.toContain("notes");
    expect(aspectsOf("We sell car insurance. Can we use native tags?")).not.toContain("notes");
    expect(aspectsOf("只做自己品牌,卖货就选电商平台类目行吗")).not.toContain("notes");
    expect(aspectsOf("多方通信这个类目能不能用来卖摄像头")).not.toContain("notes");
    // A leave word inside another word: 可能 is no "may".
    expect(aspectsOf("社交直播类目的小程序可能会卖周边")).not.toContain("notes");
  });
});

describe("may it sell, asked with the leave word running into the trade word", () => {
  it("asks whether it may trade (能卖…吗), and the note on the thing named is the one quoted", async () => {
    const hardware = await service.answer("音视频设备类目能卖二手摄像头吗");
    expect(hardware.answer).not.toContain("没有为「IT 科技-音视频设备」列出注意事项");
    const perfume = await service.answer("电商平台直播能卖催情香水吗");
    expect(perfume.parts.details.join("\n")).toContain("催情");
    expect(perfume.parts.details.join("\n")).not.toContain("医疗器械");
  });
});

describe("a category's own goods named right after the trade word, then a word of leave", () => {
  it("asks whether they may be traded (卖基金份额可以吗), not whether the category fits", async () => {
    const answer = await service.answer("直播间卖基金份额可以不可以");
    expect(answer.parts.details.join("\n")).toContain("暂不支持涉及私募产品公开募集或在线交易等服务");
  });
});

describe("a transaction named by its own verb (收定金, 开药)", () => {
  it("asks what the category may trade, which the document does not say for one without notes", async () => {
    const answer = await service.answer("互联网医院的直播里能给患者开药吗");
    expect(answer.parts.details.join("\n")).toContain("文档没有说明「医疗-互联网医院」在直播中能卖什么、能否交易");
  });
});
