import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const secondaries = (answer: { categories: ReadonlyArray<{ secondary: string }> }) => answer.categories.map((category) => category.secondary);

describe("coming back to the topic, and weighing it against others", () => {
  it("goes back to the topic after an aside the document answered in general", async () => {
    const first = await service.answer("新三板信息服务平台可以开直播吗");
    const aside = await service.answer("另外问下,服务类目是在后台哪里选的", first.conversation);
    const back = await service.answer("回到之前的类目,适用范围是什么样的", aside.conversation);
    expect(secondaries(back)).toEqual(["新三板信息服务平台"]);
    expect(back.parts.details.join("\n")).toContain("类目适用范围");
  });

  it("goes back to the category talked about before the last one, pointed at as the first or the one before", async () => {
    const first = await service.answer("电商平台类目开直播要注意什么");
    const second = await service.answer("那社交-直播呢", first.conversation);
    const back = await service.answer("回到第一个,入驻商家想卖医疗器械怎么办", second.conversation);
    expect(secondaries(back)).toEqual(["电商平台"]);
    expect(back.parts.details.join("\n")).toContain("需补充医疗相关类目");
    const before = await service.answer("回到前一个,资质几选一", second.conversation);
    expect(secondaries(before)).toEqual(["电商平台"]);
  });

  it("goes back to the category before the last one with a category only supposed beside it, and leaves the supposition after", async () => {
    const first = await service.answer("电商平台这个类目直播用的是啥方式");
    const second = await service.answer("信托类目呢", first.conversation);
    const back = await service.answer("说回上一个,假如我们再加个社交-直播类目呢", second.conversation);
    expect(secondaries(back).sort()).toEqual(["电商平台", "直播"].sort());
    expect(back.method).toBe("native");
    const now = await service.answer("那眼下呢", back.conversation);
    expect(secondaries(now)).toEqual(["电商平台"]);
  });

  it("goes back to the topic after an uncovered question by 回到刚才的, and reads 意向金 as the document's 意向款", async () => {
    const first = await service.answer("房地产营销类目能直播吗");
    const aside = await service.answer("对了,ICP备案怎么办理", first.conversation);
    const back = await service.answer("回到刚才的,直播时可以收意向金吗", aside.conversation);
    expect(secondaries(back)).toEqual(["房地产营销"]);
    expect(back.parts.details.join("\n")).toContain("意向款");
  });

  it("answers a first English message none of whose words the document uses as outside it", async () => {
    expect((await service.answer("Who's playing at the stadium on Saturday night?")).kind).toBe("out-of-corpus");
    // With a topic waiting, such words are no aside: a request about the answer lacks as many.
    const first = await service.answer("Can a trust company mini program go live?");
    expect(secondaries(await service.answer("Could you explain that more simply?", first.conversation))).toEqual(["信托"]);
    // A follow-up opened after an acknowledgement is one too, after an aside.
    const aside = await service.answer("今天深圳天气怎么样", first.conversation);
    const acknowledged = await service.answer("ok, and how many qualifications?", aside.conversation);
    expect(secondaries(acknowledged)).toEqual(["信托"]);
    expect(secondaries(await service.answer("Which would you recommend?", first.conversation))).toEqual(["信托"]);
  });

  it("reads what the asker says it does, another category's scenario of the same field, as that category", async () => {
    const neeq = await service.answer("新三板信息服务平台可以开直播吗");
    const ashares = await service.answer("那我们做的其实是A股行情资讯呢", neeq.conversation);
    expect(secondaries(ashares)).toEqual(["证券/期货"]);
    // What the held category itself streams stays with it.
    const hospital = await service.answer("我们是市里的公立医院");
    expect(secondaries(await service.answer("我们主要是做健康讲座直播的", hospital.conversation))).toEqual(["公立医疗机构"]);
  });

  it("goes back to the asker's own program with the subject it then says of it, after a friend's", async () => {
    const ours = await service.answer("我们打算做明星粉丝见面会直播,用什么标签");
    const friend = await service.answer("我一个朋友的小程序是个人认证的,他可以播吗", ours.conversation);
    expect(friend.method).toBe("unsupported");
    const back = await service.answer("我们自己的是企业主体", friend.conversation);
    expect([back.method, secondaries(back)]).toEqual(["native", ["直播"]]);
  });

  it("reads a supposed activity of another category of the topic's field as what the program would then be", async () => {
    const consulting = await service.answer("我们只做期货投资咨询,不碰交易");
    const trading = await service.answer("要是以后也开通股票交易了呢", consulting.conversation);
    expect(secondaries(trading)).toEqual(["证券/期货"]);
    // An activity of another field is streamed beside the category held.
    const courses = await service.answer("我们是在线视频课程类目");
    expect(secondaries(await service.answer("如果我们也做直播带货呢", courses.conversation))).toContain("在线视频课程");
  });

  it("reads another category of the topic's field supposed with no word of holding as what the program would then be", async () => {
    const school = await service.answer("我们自己开了一所驾校");
    const platform = await service.answer("假如弄一个平台给几家驾校入驻呢", school.conversation);
    expect(secondaries(platform)).toEqual(["驾校平台"]);
    const counted = await service.answer("资质要准备几样", platform.conversation);
    expect(secondaries(counted)).toEqual(["驾校平台"]);
  });

  it("weighs the topic against two categories named at once", async () => {
    const first = await service.answer("公募基金类目能直播吗");
    const compared = await service.answer("跟私募基金、信托比有啥不一样", first.conversation);
    expect(new Set(secondaries(compared))).toEqual(new Set(["公募基金", "私募基金", "信托"]));
  });

  it("weighs the topic against the one category it is compared with", async () => {
    const first = await service.answer("我们是县城的一所公办初中");
    const compared = await service.answer("同在线视频课程比,差别在哪", first.conversation);
    expect(new Set(secondaries(compared))).toEqual(new Set(["学历教育(学校)", "在线视频课程"]));
    expect(compared.answer).toContain("<live-pusher>");
  });
});

describe("a category asked whether it is the same as the topic", () => {
  it("weighs the two on the row asked, or the last turn's, and says whether it is the same", async () => {
    const first = await service.answer("公募基金的资质几选几");
    const same = await service.answer("那私募的跟它一样吗", first.conversation);
    expect(new Set(secondaries(same))).toEqual(new Set(["公募基金", "私募基金"]));
    expect(same.parts.details[0]).toBe("不一样:「金融业-公募基金」和「金融业-私募基金」的资质要求不同,各自如下。");
    const scenario = await service.answer("那消费金融呢,直播场景也一样吗", first.conversation);
    expect(scenario.parts.details[0]).toMatch(/^(一样|不一样|没法比):/u);
    expect(new Set(secondaries(scenario))).toEqual(new Set(["公募基金", "消费金融"]));
  });

  it("weighs a category measured against the topic with no row named on the row the last turn asked", async () => {
    const first = await service.answer("公募基金的资质几选几");
    const measured = await service.answer("跟信托比呢", first.conversation);
    expect(measured.parts.details[0]).toBe("不一样:「金融业-公募基金」和「金融业-信托」的资质要求不同,各自如下。");
    expect(measured.parts.details.join("\n")).not.toContain("适用范围");
  });
});

describe("going back with no aside between", () => {
  it("goes back to the category before the last one, by 刚才那个 or 上一个, not to the last one again", async () => {
    const first = await service.answer("我们做楼盘营销的,小程序能直播看房吗");
    const second = await service.answer("那保险的呢", first.conversation);
    for (const question of ["回到刚才那个,适用范围是啥", "说回上一个,资质要几选一"]) {
      expect(secondaries(await service.answer(question, second.conversation)), question).toEqual(["房地产营销"]);
    }
  });

  it("goes back to a category named in English after a question the document does not cover", async () => {
    const first = await service.answer("银行的直播场景有哪些");
    const uncovered = await service.answer("小程序直播要交钱吗", first.conversation);
    const back = await service.answer("ok, back to trust", uncovered.conversation);
    expect(secondaries(back)).toEqual(["信托"]);
    expect(back.language).toBe("en");
  });
});

describe("a category the topic's note names, asked about by name", () => {
  it("answers for that category when asked whether it may stream, and with the note when asked what to add", async () => {
    const first = await service.answer("企业征信这个类目可以直播吗");
    const named = await service.answer("那个人征信类目可不可以直播", first.conversation);
    expect(named.method).toBe("unsupported");
    const social = await service.answer("社交直播能用原生吗");
    const add = await service.answer("我们也会播时政新闻,还要加什么类目吗", social.conversation);
    expect(add.method).toBe("native");
    expect(add.answer).toContain("需补充【时政信息】类目");
  });

  it("answers 'what about X' of X itself when the topic's note sends X to another category, not when it adds X on top", async () => {
    const enterprise = await service.answer("做企业征信的小程序可以直播不");
    const personal = await service.answer("个人征信呢", enterprise.conversation);
    expect(personal.method).toBe("unsupported");
    expect(personal.answer).toContain("【金融业-个人征信】");
    const social = await service.answer("我们小程序是社交直播");
    const news = await service.answer("时事新闻呢", social.conversation);
    expect(news.method).toBe("native");
    expect(news.answer).toContain("需补充【时政信息】类目");
    // A short English follow-up asks it as "X呢" does.
    const english = await service.answer("Does the enterprise credit category allow streaming?");
    const personalEnglish = await service.answer("and personal credit?", english.conversation);
    expect(personalEnglish.method).toBe("unsupported");
    expect(personalEnglish.answer).toContain("only in the note above");
  });

  it("takes X in place of the topic when the asker corrects itself to X, which the topic's note sends to another category", async () => {
    const enterprise = await service.answer("我们公司做企业征信的,小程序想开直播");
    for (const correction of ["写错了,是个人征信", "不好意思说错了 是个人征信"]) {
      const corrected = await service.answer(correction, enterprise.conversation);
      expect(corrected.method, correction).toBe("unsupported");
      expect(secondaries(corrected), correction).toEqual([]);
      expect(corrected.answer, correction).toContain("「金融业-个人征信」不在本文档");
    }
  });

  it("answers X itself when X, which the topic's note sends to another category, is asked a question of its own", async () => {
    const enterprise = await service.answer("企业征信类目开直播用什么方式");
    const streams = await service.answer("个人征信业务可以开播吗", enterprise.conversation);
    expect(streams.method).toBe("unsupported");
    expect(streams.answer).toContain("「金融业-个人征信」不在本文档");
    // Said to be done as well, the topic stays and its note says what to add.
    const also = await service.answer("我们也做个人征信业务,能直播吗", enterprise.conversation);
    expect(secondaries(also)).toEqual(["企业征信"]);
    expect(also.answer).toContain("需选择【金融业-个人征信】类目");
  });

  it("keeps the topic's category when the asker points back at it while naming an activity its note speaks of", async () => {
    const social = await service.answer("我们是社交-直播类目");
    const still = await service.answer("直播里还会聊时政,那这个类目还能用原生组件吗", social.conversation);
    expect(still.method).toBe("native");
    expect(still.answer).toContain("需补充【时政信息】类目");
  });
});

describe("an aside in the middle of a conversation about two programs", () => {
  it("answers an aside that names a category but asks nothing of it as an aside, and goes back to the topic after it", async () => {
    const first = await service.answer("驾校培训这个类目直播走什么方式");
    const aside = await service.answer("扯远一点,你们觉得考驾照难不难", first.conversation);
    expect(aside.kind).toBe("out-of-corpus");
    const back = await service.answer("回到正题,资质呢", aside.conversation);
    expect(secondaries(back)).toEqual(["驾校培训"]);
  });

  it("goes back to the client's program the asker points at after the aside", async () => {
    const first = await service.answer("客户的小程序是银行类目,我们自己的是在线视频课程");
    const aside = await service.answer("跑个题,今天你们那边下雨了吗", first.conversation);
    const client = await service.answer("说回客户,资质几选一", aside.conversation);
    expect(secondaries(client)).toEqual(["银行"]);
    expect(client.parts.details.join("\n")).toContain("2选1");
  });
});

describe("a message about the last answer or closing the talk", () => {
  it("is not an English request about the last answer, nor thanks closing the talk; closing words alone are neither", async () => {
    const first = await service.answer("We're on the online video courses category - can we stream with the native tags?");
    const again = await service.answer("Hmm, can you explain it again?", first.conversation);
    expect(secondaries(again)).toEqual(["在线视频课程"]);
    const closing = await service.answer("Well, thanks a lot", first.conversation);
    expect(closing.kind).toBe("help");
    expect((await service.answer("3ks", first.conversation)).kind).toBe("help");
    expect(closing.answer).toContain(service.dependencies.templates.en.line.thanks);
    for (const alone of ["Well?", "总之", "对了"]) {
      const answer = await service.answer(alone, first.conversation);
      expect(answer.answer, alone).not.toContain(service.dependencies.templates.zh.line.thanks);
      expect(answer.answer, alone).not.toContain(service.dependencies.templates.en.line.thanks);
    }
  });
});

describe("a message opening with one thing more (对了, 忘说了)", () => {
  it("is an aside when what follows is no question of the topic's, and goes on with the topic when it is", async () => {
    const first = await service.answer("我们是做房产中介的,房地产营销类目能直播看房吗");
    const aside = await service.answer("哦对了,这周五团建去哪儿玩", first.conversation);
    expect(aside.kind).toBe("out-of-corpus");
    const more = await service.answer("对了,提审一般多久", first.conversation);
    expect(secondaries(more)).toEqual(["房地产营销"]);
  });
});

describe("another category asked about with 那…呢, then the asker's own program now", () => {
  it("goes back to what the asker said it holds", async () => {
    const own = await service.answer("我们小程序就是电商平台类目");
    const other = await service.answer("那保险呢", own.conversation);
    expect(secondaries(other)).toEqual(["保险"]);
    const now = await service.answer("那咱们现在到底能用原生吗", other.conversation);
    expect(secondaries(now)).toEqual(["电商平台"]);
    expect(now.method).toBe("plugin");
  });
});

describe("another category asked about in English, then the asker's own program now", () => {
  it("goes back to what the asker said it is", async () => {
    const own = await service.answer("We are a trust company's mini program.");
    const other = await service.answer("what about driving schools?", own.conversation);
    expect(other.method).toBe("plugin");
    const now = await service.answer("ok, so can we use the native tags now?", other.conversation);
    expect(secondaries(now)).toEqual(["信托"]);
    // Asked now of what was asked about, it stays with that.
    expect(secondaries(await service.answer("do they need the plugin now?", other.conversation))).toEqual(["驾校平台", "驾校培训"]);
  });
});

describe("a summary asked at the end of a conversation", () => {
  it("answers each category talked about on the program for everything asked of it, not the last answer alone", async () => {
    let conversation = (await service.answer("我们做的是消费金融")).conversation;
    conversation = (await service.answer("资质要几选几", conversation)).conversation;
    conversation = (await service.answer("那教育平台审核多久", conversation)).conversation;
    const summary = await service.answer("帮忙汇总下", conversation);
    expect(summary.categories.map((category) => category.secondary).sort()).toEqual(["教育平台", "消费金融"]);
    const details = summary.parts.details.join("\n");
    expect(details).toContain("「金融业-消费金融」资质要求");
    expect(details).toContain("审核时长");
  });

  it("adds no line of choosing, nor what was asked of a category a correction replaced", async () => {
    let conversation = (await service.answer("信托能直播吗,该选哪个类目")).conversation;
    conversation = (await service.answer("注意事项呢", conversation)).conversation;
    conversation = (await service.answer("说错了,我们是消费金融,资质几选几", conversation)).conversation;
    const summary = await service.answer("总结下", conversation);
    expect(summary.categories.map((category) => category.secondary)).toEqual(["消费金融"]);
    expect(summary.parts.details.join("\n")).not.toMatch(/按你描述|注意事项/u);
  });

  it("sums up what was found when the asker ends by asking what to do", async () => {
    let conversation = (await service.answer("公募基金的小程序可以开直播吗")).conversation;
    conversation = (await service.answer("资质要几选一", conversation)).conversation;
    const todo = await service.answer("那我们应该怎么做", conversation);
    expect(todo.parts.details.join("\n")).toContain("「金融业-公募基金」资质要求");
  });

  it("sums up what was talked about before a question the document does not cover", async () => {
    let conversation = (await service.answer("信托类目资质是几选一")).conversation;
    conversation = (await service.answer("直播要不要交保证金", conversation)).conversation;
    const summary = await service.answer("帮我总结一下", conversation);
    expect(summary.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(summary.parts.details.join("\n")).toContain("「金融业-信托」资质要求");
  });

  it("sums up the categories, with the rule of a subject only supposed along the way beside them", async () => {
    let conversation = (await service.answer("信托类目的资质几选几")).conversation;
    conversation = (await service.answer("那如果是政府主体的呢", conversation)).conversation;
    const summary = await service.answer("给我汇总一下", conversation);
    expect(summary.categories.map((category) => category.secondary)).toEqual(["信托"]);
    const details = summary.parts.details.join("\n");
    expect(details).toContain("「金融业-信托」资质要求");
    expect(details).toContain("政府主体认证的小程序可以直接使用微信原生组件标签");
  });

  it("is read with words of whom it is for or how it should be said, not as a new question or a goodbye", async () => {
    for (const request of ["麻烦把刚才聊的汇总下,我转给领导看", "最后帮我概括成一段话", "could you give me a short recap of all that?"]) {
      let conversation = (await service.answer("保险类目能直播吗")).conversation;
      conversation = (await service.answer("资质几选一", conversation)).conversation;
      const summary = await service.answer(request, conversation);
      expect(summary.categories.map((category) => category.secondary), request).toEqual(["保险"]);
      expect(summary.parts.details.join("\n"), request).toMatch(/3选1|choose 1 of 3/u);
    }
  });

  it("with nothing talked about yet, is no answer about a category", async () => {
    expect((await service.answer("can you sum up?")).kind).not.toBe("verdict");
  });
});

describe("a place pointed at after an aside", () => {
  it("is among what was talked about before the aside", async () => {
    let conversation = (await service.answer("公募基金能直播吗")).conversation;
    conversation = (await service.answer("那消费金融呢", conversation)).conversation;
    conversation = (await service.answer("顺便问下,直播间能发红包吗", conversation)).conversation;
    const pointed = await service.answer("上面第一个资质几选几", conversation);
    expect(pointed.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    expect(pointed.parts.details.join("\n")).toContain("5选1");
  });
});

describe("something else sold besides, said with 也卖", () => {
  it("adds to what the program holds", async () => {
    const first = await service.answer("我们的小程序做多方视频会议");
    const also = await service.answer("我们还卖会议摄像头这类硬件", first.conversation);
    expect(also.categories.map((category) => category.secondary).sort()).toEqual(["多方通信", "音视频设备"]);
  });
});

describe("a detail of the review time the document does not cover, then another category", () => {
  it("asks the review time of that category too", async () => {
    const first = await service.answer("社交直播提审一般多久");
    const detail = await service.answer("7天算工作日吗", first.conversation);
    const next = await service.answer("那教育平台呢", detail.conversation);
    expect(next.parts.details.join("\n")).toContain("文档没有提到「教育-教育平台」的审核时长");
  });
});

describe("going back after a subject only supposed", () => {
  it("returns to the subject held, named by a short word or not at all, and stays with the supposed one when that is named", async () => {
    const held = await service.answer("本单位属于政府机关,类目选了教育平台,能直播不");
    expect(held.method).toBe("native");
    const supposed = await service.answer("那要是个人认证的呢", held.conversation);
    expect(supposed.method).toBe("unsupported");
    const back = await service.answer("再说回政府那个,资质几选几", supposed.conversation);
    expect(back.method).toBe("native");
    expect(back.subject).toBe("government");
    const stays = await service.answer("说回个人的那个", supposed.conversation);
    expect(stays.method).toBe("unsupported");
  });

  it("in English, a company named on going back after a personal one supposed", async () => {
    const held = await service.answer("Our mini program has the insurance category.");
    const supposed = await service.answer("And if it were personally certified?", held.conversation);
    expect(supposed.method).toBe("unsupported");
    const back = await service.answer("Going back to the company one, how many qualification options?", supposed.conversation);
    expect(back.method).toBe("native");
  });
});

describe("going back to a category by its place after several asked one per turn", () => {
  it("counts every category talked about on the program, not the last two alone", async () => {
    let conversation = (await service.answer("公募基金能开直播吗")).conversation;
    for (const next of ["那私募基金呢", "消费金融呢", "企业征信呢"]) conversation = (await service.answer(next, conversation)).conversation;
    const first = await service.answer("说回第一个,资质几选几", conversation);
    expect(first.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    const second = await service.answer("回到第二个", conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    const english = await service.answer("Back to the third one: any notes?", conversation);
    expect(english.categories.map((category) => category.secondary)).toEqual(["消费金融"]);
    // No word of going back: the place still counts every one of them (reg143).
    const plain = await service.answer("第一个资质几选几", conversation);
    expect(plain.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
  });

  it("counts what was talked about when going back after a list the bot showed, and the list for a bare place", async () => {
    let conversation = (await service.answer("社交直播的适用范围")).conversation;
    for (const next of ["那信托呢", "证券呢", "哪些类目得走插件"]) conversation = (await service.answer(next, conversation)).conversation;
    const back = await service.answer("说回第一个,审核要多久", conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["直播"]);
    const listed = await service.answer("第一个资质几选几", conversation);
    expect(listed.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});

describe("a word of the topic's own scope that is part of another category's name", () => {
  it("keeps the topic, unless the topic's note sends one who only does that to the other", async () => {
    const fund = await service.answer("私募基金的小程序想直播推介产品");
    const within = await service.answer("那我们只做介绍和咨询的呢", fund.conversation);
    expect(within.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    const brokerage = await service.answer("券商小程序能开直播吗");
    const sent = await service.answer("那只做咨询的呢", brokerage.conversation);
    expect(sent.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
  });
});
