import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("what the asker wants beside what the document covers", () => {
  it("says the document has nothing on speeding up a review, and what it does say of review time", async () => {
    const alone = await service.answer("提审能不能走个加急通道啊");
    expect(alone.answer).toContain("没有讲加急审核");
    expect(alone.answer).toContain("7天左右");
    const withCategory = await service.answer("Social live review is slow, any way to fast-track it?");
    expect(withCategory.method).toBe("native");
    expect(withCategory.answer).toContain("does not cover expediting the review");
  });

  it("says the document gives no approval odds or guarantee, quotes when a submission is turned back, and asks no review time by it", async () => {
    const { understander } = service.dependencies;
    for (const question of ["信托类目过审几率大吗", "你能不能打包票我们保险类目稳过", "Can you guarantee our trust category gets through?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/获批|guarantee/u);
      expect(answer.parts.sources.some((source) => source.quote.includes("驳回")), question).toBe(true);
      expect(understander.understand(question).aspects, question).not.toContain("review");
    }
    // A word of time beside it still asks the review time.
    expect(understander.understand("信托类目过审几率大吗,要审几天").aspects).toContain("review");
  });

  it("reads the odds of passing review in other word orders and in English, and no review time by them", async () => {
    const { understander } = service.dependencies;
    // Not 可能性/把握/probability alone: they ask of methods and choices as often (reg148).
    for (const question of ["公募基金类目审核通过的几率高不高", "我们选了企业征信,审核过的概率有几成", "What's the likelihood of approval for our securities mini program?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/获批|approved/u);
      expect(understander.understand(question).aspects, question).not.toContain("review");
    }
    // A review time asked in its own clause is still asked: 「…审核,周末算不算」.
    expect(understander.understand("社交直播那七天的审核,法定假日算不算").aspects).toContain("review");
  });

  it("says a stream that keeps dropping, or a sales commission, in everyday words, is outside the document — not the last answer again", async () => {
    const method = await service.answer("信托类目直播用原生还是插件");
    const dropping = await service.answer("直播的时候总是断,画面也推不上去", method.conversation);
    expect(dropping.answer).toContain("没有讲开发实现");
    const commission = await service.answer("那主播的提成怎么算", method.conversation);
    expect(commission.answer).toContain("没有讲带货佣金与平台抽成");
  });

  it("says adding the plugin, opening Tencent Cloud live, or changing the program's name or subject are outside the document — not the category-setting sentence", async () => {
    const setting = "设置 > 基本设置 > 服务类目";
    for (const [question, topic] of [
      ["直播插件在后台要怎么加上去,插件怎么添加", "没有讲云直播插件的申请与开通流程"],
      ["腾讯云直播如何开通", "没有讲账号(腾讯云、主播等)的注册与开通"],
      ["我们小程序名字怎么改", "没有讲小程序名称、主体等账号信息的修改"],
      ["小程序的主体类型怎么修改", "没有讲小程序名称、主体等账号信息的修改"],
    ] as const) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain(topic);
      expect(answer.answer, question).not.toContain(setting);
    }
    // A word of must or how between the plugin and the asking ("插件该如何…", "插件要怎样…"), or 點樣 in Cantonese.
    for (const question of ["那个直播插件该如何弄", "插件要怎样才能开起来", "個直播插件點樣搞"]) {
      expect((await service.answer(question)).answer, question).toMatch(/没有讲云直播插件的申请与开通流程|沒有講雲直播插件的申請與開通流程/u);
    }
    // A change of subject supposed is the dialogue's, answered by the rules.
    expect((await service.answer("要是换成企业主体呢")).answer).not.toContain("账号信息的修改");
  });

  it("says where streaming is switched on in the admin is outside the document, and quotes where the category is chosen", async () => {
    const setting = "设置 > 基本设置 > 服务类目";
    for (const question of ["小程序后台在哪个菜单开直播权限", "多方通信类目能直播吗?直播功能在哪开"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("没有讲直播功能在后台的开通入口");
      expect(answer.answer, question).toContain(setting);
    }
    expect((await service.answer("Which menu do we use to turn on live streaming?")).answer).toContain("where live streaming is switched on");
  });

  it("says one program using another's category is outside the document, quoting that each chooses its own, beside the verdict held", async () => {
    const setting = "设置 > 基本设置 > 服务类目";
    const own = await service.answer("我们小程序是教育平台类目");
    const borrowed = await service.answer("那能不能借兄弟公司小程序的在线视频课程类目来直播", own.conversation);
    expect(borrowed.answer).toContain("没有讲在小程序之间借用或共用类目");
    expect(borrowed.answer).toContain(setting);
    const english = await service.answer("Our sister company's app holds Social - Live. Can we borrow their category for our e-commerce app?");
    expect(english.answer).toContain("using, borrowing or sharing another mini program's category");
    expect(english.method).toBe("plugin");
    // Sharing something else is not a category shared.
    expect((await service.answer("两个小程序能共用一套推流方案吗")).answer).not.toContain("借用或共用类目");
  });

  it("says whether something costs money is outside the document, and a sales commission is no Tencent Cloud price", async () => {
    const course = await service.answer("我们做网课,选哪个类目能直播");
    expect((await service.answer("那走原生标签收不收钱", course.conversation)).answer).toContain("没有讲费用与收费");
    const commission = await service.answer("电商平台直播带货,主播佣金一般怎么定");
    expect(commission.answer).toContain("没有讲带货佣金与平台抽成");
    expect(commission.answer).not.toContain("腾讯云官网");
  });

  it("says how long one stream may run is outside the document, named for what it is", async () => {
    const answer = await service.answer("一场直播能播多长时间,有没有上限");
    expect(answer.answer).toContain("没有讲单场直播时长、观看人数等直播功能上限");
    expect(answer.answer).not.toContain("开发实现");
  });

  it("says a financial regulator's filing or approval is outside the document, not an ICP filing", async () => {
    const filing = await service.answer("私募做直播之前要不要去基金业协会备案");
    expect(filing.answer).toContain("没有讲金融监管机构");
    expect(filing.answer).not.toContain("ICP");
    const approval = await service.answer("券商开直播得让证监局批吗");
    expect(approval.answer).toContain("相应监管机构的规定");
    // An association named as the asker files nothing.
    expect((await service.answer("我们就是一个证券业协会,小程序能开直播吗")).answer).not.toContain("没有讲金融监管机构");
    // An ICP filing is still the licence topic.
    expect((await service.answer("小程序直播要不要ICP备案")).answer).toContain("ICP 备案");
  });

  it("says what may be done while the review runs is outside the document, beside the review time it gives", async () => {
    const review = await service.answer("社交-直播首次提审要等几天");
    const meanwhile = await service.answer("那审核过程中可不可以先开播", review.conversation);
    expect(meanwhile.answer).toContain("没有讲审核期间能否先行直播");
    expect((await service.answer("Can we start streaming while it is under review?")).answer).toContain("does not cover whether streaming may start while the review runs");
    // Something else done while it runs is not that topic.
    expect((await service.answer("审核期间可以改服务类目吗")).answer).not.toContain("审核期间能否先行直播");
  });

  it("leaves out another platform told only as background in a clause before the question", async () => {
    const otherPlatform = "没有讲其他平台";
    const background = await service.answer("我们原来都在快手上播,现在小程序用的是信托类目,能直接用原生标签吗");
    expect(background.method).toBe("native");
    expect(background.answer).not.toContain(otherPlatform);
    const besides = await service.answer("小红书我们也有号,这边小程序是电商平台,直播怎么接入");
    expect(besides.answer).not.toContain(otherPlatform);
    // Asked of it, in its own clause or a clause that asks: said to be outside the document.
    expect((await service.answer("以前在快手播过,快手直播要交保证金吗")).answer).toContain(otherPlatform);
  });

  it("points a question of the plugin's price to Tencent Cloud, whose product it is, as well as to WeChat", async () => {
    const price = await service.answer("云直播插件按月怎么计费的");
    expect(price.answer).toContain("腾讯云官网的计费说明");
    expect((await service.answer("What does the cloud live plugin cost?")).answer).toContain("Tencent Cloud's own pricing pages");
  });

  it("says so beside the personal rule too, which ends every other answer", async () => {
    const chinese = await service.answer("个人认证的小程序可以开直播不?另外直播收不收费");
    expect(chinese.method).toBe("unsupported");
    expect(chinese.answer).toContain("没有讲费用与收费");
    const english = await service.answer("Registered as an individual: can we stream, and is there a fee?");
    expect(english.method).toBe("unsupported");
    expect(english.answer).toContain("does not cover fees");
  });

  it("reads everyday ways of asking a category's former name", async () => {
    const chinese = await service.answer("企业征信这个类目原先叫啥");
    expect(chinese.parts.details.join("\n")).toContain("「征信业务」");
    const english = await service.answer("Enterprise credit reporting: what was it called before the rename?");
    expect(english.parts.details.join("\n")).toContain("former name");
  });

  it("reads 验 mistyped for 险", async () => {
    const answer = await service.answer("保验中介资质几选几");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["保险"]);
  });
});

describe("whether a feature the document does not cover needs a category of its own", () => {
  it("says the document does not cover the feature, rather than listing the categories with notes", async () => {
    const gifts = await service.answer("观众刷礼物这个功能需要另外申请类目吗");
    expect(gifts.kind).toBe("out-of-corpus");
    expect(gifts.answer).toContain("打赏与支付功能");
    expect(gifts.answer).not.toContain("注意事项的类目");
  });
});

describe("everyday words for what the document does not cover, and for a program holding no category yet", () => {
  it("says the document does not cover price or co-hosting, and that only a government subject streams without a category", async () => {
    expect((await service.answer("云直播插件贵不贵啊")).answer).toContain("费用与收费");
    expect((await service.answer("云直播插件会不会很贵啊")).answer).toContain("费用与收费");
    expect((await service.answer("Can two hosts co-host a stream in our mini program?")).kind).toBe("out-of-corpus");
    const none = await service.answer("我们公司小程序还没添加类目,能不能先用原生组件直播");
    expect(none.answer).toContain("除政府主体认证的小程序");
  });
});

describe("how the two tags differ, asked after a verdict", () => {
  it("says the document does not cover it, and still takes 'so we use these two tags?' as a follow-up", async () => {
    const first = await service.answer("多方通信类目可以用原生吗");
    expect((await service.answer("那这两个标签的区别是啥", first.conversation)).answer).toContain("<live-pusher> 与 <live-player> 的用法区别");
    expect((await service.answer("所以直接上这两个标签就行?", first.conversation)).method).toBe("native");
  });
});

describe("a question the bot has no word for", () => {
  it("says the document does not cover it, rather than giving the help text, and keeps the topic for later", async () => {
    const first = await service.answer("我们是互联网医院");
    const aside = await service.answer("可以在直播里卖药不", first.conversation);
    // Whether it may sell is asked of the category (trade-asked.ts): it has no notes, and the document does not say.
    expect(aside.answer).toContain("在直播中能卖什么");
    expect(aside.answer).toContain("服务类目说明");
    const back = await service.answer("那资质呢", aside.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    expect((await service.answer("How to set up WeChat Pay?")).kind).toBe("out-of-corpus");
  });

  it("still helps a follow-up with nothing to follow, a message of marks alone, and a question about the bot", async () => {
    expect((await service.answer("那我们的呢")).kind).toBe("help");
    expect((await service.answer("???")).kind).toBe("help");
    expect((await service.answer("你是谁?")).kind).toBe("help");
  });
});

describe("'provide' in English", () => {
  it("asks about qualifications only as 'need to provide', not as providing a service", async () => {
    const answer = await service.answer("Our social live mini program also wants to provide political commentary. OK?");
    expect(answer.answer).not.toContain("Qualifications for");
  });

  it("still asks about qualifications when the asker provides them to get a category", async () => {
    const answer = await service.answer("For the insurance category, which papers do we provide to get it approved?");
    expect(answer.answer).toContain("Qualifications for");
  });
});

describe("an aspect asked of a name the document does not list", () => {
  it("says the document gives none of it, and where it gives a review time", async () => {
    const first = await service.answer("我们打算播点时事评论");
    const review = await service.answer("那审核大概几天", first.conversation);
    expect(review.parts.details.join("\n")).toContain("文档没有给出「时政信息」的审核时长");
    expect(review.parts.details.join("\n")).toContain("7天左右");
    const english = await service.answer("We cover current affairs. What qualifications would we need?");
    expect(english.parts.details.join("\n")).toContain("The document gives no qualification requirements");
  });
});

describe("what the asker streams, with no category named", () => {
  it("asks which category is held when the scenarios belong to categories of different methods", async () => {
    // Pets streamed (社交-直播) and goods sold (电商平台). Not "卖萌宠周边": pet-themed goods are goods, no pets streamed.
    const answer = await service.answer("我们平时直播撸猫,也打算直播卖货,用原生还是插件");
    expect(answer.method).toBe("unknown");
    expect(answer.answer).toContain("请确认你的小程序具备哪一个");
    expect(answer.answer).not.toContain("同时具备");
  });

  it("reads a mall many merchants join as the e-commerce platform", async () => {
    expect((await service.answer("我们是多商家入驻的母婴商城,直播走哪种")).categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});

describe("whether a named category fits", () => {
  it("answers a question about choosing a category with its scope", async () => {
    const answer = await service.answer("我们只卖自己工厂的家具,直播卖货就选电商平台类目行吗");
    expect(answer.parts.details.join("\n")).toContain("类目适用范围");
  });
});

describe("everyday wording of asides and language requests", () => {
  it("answers again in English when a short message asks for it, not when the stream is in English", async () => {
    const trust = await service.answer("信托类目可以直播吗");
    const english = await service.answer("讲英文吧", trust.conversation);
    expect(english.answer).toContain("Finance – Trust");
    const streamed = await service.answer("主播全程讲英文,信托类目可以直播吗");
    expect(streamed.answer).toContain("类目可以使用微信原生组件标签");
    expect((await service.answer("讲英语课能直播吗")).language).toBe("zh");
    expect((await service.answer("能说英文吗?", trust.conversation)).language).toBe("en");
    expect((await service.answer("Can Chinese insurers stream?")).language).toBe("en");
  });

  it("reads whether the plugin is free as a question about fees, not about the method", async () => {
    const hospital = await service.answer("公立医院想直播健康讲座");
    const free = await service.answer("Is the plugin free for us?", hospital.conversation);
    expect(free.kind).toBe("out-of-corpus");
    expect(free.answer).toContain("fees and pricing");
    expect((await service.answer("Are we free to use live-player as a bank?")).answer).not.toContain("fees and pricing");
    // What is sold for a fee is no question about fees.
    expect((await service.answer("我们驾校想直播收费的科目二讲解课,用插件吗")).answer).not.toContain("费用与收费");
    expect((await service.answer("直播收费课程要交什么费用")).answer).toContain("费用与收费");
    // Asked whether paying is needed, in words of paying rather than charging.
    const paying = await service.answer("用小程序云直播插件,是不是还得额外付费");
    expect(paying.kind).toBe("out-of-corpus");
    expect(paying.answer).toContain("费用与收费");
    // Opening an account, or paying, asked beside a tag's name, is no question of the method.
    const native = await service.answer("新三板信息服务平台能直播吗");
    const account = await service.answer("那用live-player的话,还得单独注册个腾讯云账号吗", native.conversation);
    expect(account.kind).toBe("out-of-corpus");
    expect(account.answer).toContain("账号");
    expect((await service.answer("用live-pusher还要不要额外付费", native.conversation)).answer).toContain("费用与收费");
    // A merchant account for payments is such a topic, and the answer says where payments are documented.
    const merchant = await service.answer("我们还想弄个微信支付商户号,流程是怎样的");
    expect(merchant.kind).toBe("out-of-corpus");
    expect(merchant.answer).toContain("微信支付的商户平台");
    // A word of paying inside what the document says of the category, said back as a claim, is no contradiction.
    const paid = await service.answer("驾校培训说白了就是付费培训对吧");
    expect(paid.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    expect(paid.answer).not.toContain(service.dependencies.templates.zh.line.claim.split("{terms}")[0]);
  });

  it("says the document does not count the review's days as working or calendar days, and gives the review time it has", async () => {
    const days = await service.answer("社交-直播那个7天审核,周末也算在里面吗");
    expect(days.answer).toContain("工作日还是自然日");
    expect(days.answer).toContain("7天左右");
    expect((await service.answer("周末算在社交直播那7天里面吗")).answer).toContain("工作日还是自然日");
  });

  it("says who reviews is not said either of a category without a review row", async () => {
    expect((await service.answer("银行类目的审核是哪个部门负责")).parts.details.join("\n")).toContain("文档也没有写「金融业-银行」由谁审核");
    expect((await service.answer("社交直播审核是哪个部门")).parts.details.join("\n")).not.toContain("由谁审核");
  });

  it("says the document does not speak of holidays, with the review time it has", async () => {
    const holiday = await service.answer("十一长假期间提审社交直播,时间会往后顺延吗");
    expect(holiday.answer).toContain("节假日对审核的影响");
    expect(holiday.answer).toContain("7天左右");
  });

  it("reads an error code asked about as implementation, and only a permission error as one the categories bear on", async () => {
    const code = await service.answer("推流的时候老是报错 -1307,咋整");
    expect(code.answer).toContain("开发实现");
    expect(code.answer).not.toContain("19 个");
    expect((await service.answer("用 live-player 提示没有权限怎么办")).answer).toContain("19 个");
    expect((await service.answer("另外想问,小程序对接微信支付要怎么弄")).answer).toContain("打赏与支付功能");
  });

  it("reads a fee word right before what is sold as describing it, with or without 的", async () => {
    const chinese = await service.answer("我们机构主要卖收费网课,可以开直播吗");
    expect(chinese.method).toBe("native");
    expect(chinese.answer).not.toContain("费用与收费");
    expect((await service.answer("收费的会员内容适合直播吗")).answer).not.toContain("费用与收费");
    expect((await service.answer("我们是一家驾校,平时线上付费授课,能直播吗")).answer).not.toContain("费用与收费");
    // A noun of fees before what it is about still asks about fees.
    expect((await service.answer("电商平台直播的费用内容包括哪些")).answer).toContain("费用与收费");
    // The same word after the thing asks about fees.
    expect((await service.answer("网课收费要交多少")).answer).toContain("费用与收费");
  });

  it("says no notes or scope are missing for a name another section's note speaks of, and quotes that note", async () => {
    const news = await service.answer("直播间里也会讨论时事新闻,要不要额外补充类目");
    expect(news.answer).toContain("需补充【时政信息】类目");
    expect(news.answer).not.toContain("文档没有给出「时政信息」的注意事项");
  });

  it("answers a category a topic's note names, asked by name about its qualifications, for that category", async () => {
    const social = await service.answer("我们是社交-直播类目,偶尔聊时事");
    const named = await service.answer("那时政信息类目需要哪些资质", social.conversation);
    expect(named.answer).toContain("文档没有给出「时政信息」的资质要求");
    expect(named.answer).not.toContain("「社交-直播」资质要求");
  });
});

describe("where to do something the document shows", () => {
  it("quotes the document's place for choosing categories, whatever category is named", async () => {
    const named = await service.answer("电商平台这个类目要去后台哪儿加?");
    expect(named.kind).toBe("general");
    expect(named.answer).toContain("设置 > 基本设置 > 服务类目");
    const english = await service.answer("Where in the backend can we change our service category?");
    expect(english.answer).toContain("Settings > Basic settings > Service category");
    expect((await service.answer("服务类目在哪里选?")).answer).toContain("设置 > 基本设置 > 服务类目");
    expect((await service.answer("类目要去哪里改?")).answer).toContain("设置 > 基本设置 > 服务类目");
    // After a category's answer, in English naming the page by a setting.
    const bank = await service.answer("Is live streaming OK for a trust company's mini program?");
    const page = await service.answer("cool, which settings screen is the category chosen on", bank.conversation);
    expect(page.answer).toContain("Settings > Basic settings > Service category");
    // Which of two to choose is no question of the place.
    expect((await service.answer("做理财的去哪选类目比较合适,银行还是信托")).kind).toBe("verdict");
    expect((await service.answer("小程序后台哪里可以看直播数据?")).answer).not.toContain("基本设置");
    // Where the stream may be watched is no place the document shows; 在哪个类目 asks which category.
    expect((await service.answer("在哪里可以看直播回放")).answer).not.toContain("基本设置");
    const which = await service.answer("我们做港股行情资讯,应该放在哪个类目下面直播?");
    expect(which.kind).toBe("verdict");
    expect(which.method).toBe("native");
  });
});

describe("asides about running the stream", () => {
  it("names the aside asked — tipping and payments, error codes, a private clinic — instead of asking for a category", async () => {
    expect((await service.answer("直播时观众送礼物打赏,平台怎么结算")).answer).toContain("打赏与支付功能");
    // Said of the program, a payment feature is asked nothing about.
    expect((await service.answer("我们是保险类目,小程序有微信支付功能,能直播吗")).answer).not.toContain("打赏与支付功能");
    expect((await service.answer("Our live-player shows error code 2301, why?")).kind).toBe("out-of-corpus");
    const clinic = await service.answer("我们是一家私人诊所,想直播坐诊");
    expect(clinic.answer).toContain("「私人诊所」不在本文档开放直播的服务类目中");
  });
});

describe("more everyday wording of asides, the document and where to set a category", () => {
  it("answers whether the document is the last word, other platforms and thrown errors as such", async () => {
    expect((await service.answer("这份文档里说的资质是最终标准吗")).kind).toBe("about");
    expect((await service.answer("Is the same true for Alipay mini programs?")).kind).toBe("out-of-corpus");
    expect((await service.answer("Our live-pusher throws an error 1105 on start, why?")).kind).toBe("out-of-corpus");
    expect((await service.answer("宠物医院想直播给猫做绝育")).method).toBe("unsupported");
  });

  it("answers where to add the category in a conversation, and what else a noted activity needs", async () => {
    const platform = await service.answer("我们是电商平台类目");
    expect((await service.answer("ok, where do I add a category?", platform.conversation)).answer).toContain("Settings > Basic settings > Service category");
    const social = await service.answer("我们是社交直播类目,节目里会点评新闻时事");
    expect((await service.answer("还需要别的类目吗", social.conversation)).answer).toContain("需补充【时政信息】类目");
  });
});


describe("a fee word describing what was just said", () => {
  it("asks nothing about fees ('收费的那种')", async () => {
    expect((await service.answer("我们是驾校,想直播教学,是收费的那种")).answer).not.toContain("费用与收费");
  });
});

describe("a question how the native tags and the plugin compare", () => {
  it("is answered as not covered, in any wording of the comparison", async () => {
    for (const question of ["live-pusher 跟云直播插件有什么区别啊", "原生还是插件好一点", "Is native versus plugin a big difference in practice?"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("out-of-corpus");
      expect(answer.parts.details.join("\n") + answer.parts.verdict, question).toMatch(/区别|differ/u);
    }
  });
});

describe("a follow-up about the tags themselves rather than the categories", () => {
  it("says the document does not cover their parameters or features, instead of repeating the topic's verdict", async () => {
    const topic = await service.answer("消费金融可以直播不");
    const parameters = await service.answer("那live-player有哪些参数可以配", topic.conversation);
    expect(parameters.kind).toBe("out-of-corpus");
    const features = await service.answer("原生组件跟plugin比,哪个功能更多一点", topic.conversation);
    expect(features.kind).toBe("out-of-corpus");
    expect(features.answer).toContain("功能上的区别");
  });
});

describe("the word for parameters in a question the document answers", () => {
  it("does not make it a question about implementation", async () => {
    const place = await service.answer("后台哪里设置服务类目,要填什么参数");
    expect(place.kind).not.toBe("out-of-corpus");
    expect(place.answer).toContain("基本设置");
    const count = await service.answer("信托的资质参数是几选几");
    expect(count.answer).not.toContain("开发实现");
  });
});

describe("words of writing and of code in a question the document answers", () => {
  it("make no question about implementation: a row the document writes, or the code review", async () => {
    for (const question of ["消费金融资质那栏写个需同时提供,是啥意思", "社交直播提交代码审核一般几天"]) {
      expect((await service.answer(question)).answer, question).not.toContain("开发实现");
    }
    // Code asked for still is.
    expect((await service.answer("帮忙写个推流页面的代码")).answer).toContain("开发实现");
  });
});

describe("parameters or attributes of the tags or the plugin", () => {
  it("are implementation the document does not cover, said after the tag's name or, in English, before it", async () => {
    for (const question of ["<live-player> 的 src 参数要怎么填", "云直播插件有哪些配置项", "which props does live-pusher take?"]) {
      expect((await service.answer(question)).kind, question).toBe("out-of-corpus");
    }
    // Of a qualification, the word asks about the category.
    expect((await service.answer("保险的资质参数几选几")).kind).toBe("verdict");
  });
});

describe("where to look for a topic the document does not cover", () => {
  it("points to another platform's own rules for that platform, and to WeChat's documents otherwise", async () => {
    const other = (await service.answer("快手上开直播要什么资质")).answer;
    expect(other).toContain("该平台自己的官方规则");
    // The asker's own mini program still follows WeChat's category rules.
    expect(other).toContain("服务类目说明");
    expect((await service.answer("视频号直播要什么条件")).answer).toContain("微信官方文档");
    // Fees are charged by many parties (WeChat, Tencent Cloud, a platform's own commission): no one of them is named.
    expect((await service.answer("这个云直播插件的年费怎么算")).answer).not.toContain("腾讯云");
  });
});

describe("how many categories one mini program may add", () => {
  it("is a near-by topic the document does not cover, not its list of categories", async () => {
    for (const question of ["一个小程序能添加几个类目啊", "what's the maximum number of categories per mini program?", "我们最多能加几个类目"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("out-of-corpus");
      expect(answer.answer, question).not.toContain("19");
    }
    // The document's own count of its categories is still its list.
    expect((await service.answer("how many categories does the document list in total?")).kind).toBe("list");
  });
});

describe("where to see the whole of what the document sums up", () => {
  it("is its own pointer to WeChat's 服务类目说明, in either language, not a line that happens to say 完整", async () => {
    const chinese = await service.answer("完整的材料清单去哪儿看");
    expect(chinese.answer).toContain("需以微信最新的 服务类目说明 为准");
    expect(chinese.answer).not.toContain("完整售房交易");
    expect((await service.answer("嗯 那去哪看全的")).answer).toContain("需以微信最新的 服务类目说明 为准");
    // Where to look it up, after an answer that the document does not cover it.
    const notCovered = await service.answer("健身房的小程序能直播吗");
    expect((await service.answer("那在哪里可以查到", notCovered.conversation)).answer.split("\n")[0]).toContain("需以微信最新的 服务类目说明 为准");
    const english = await service.answer("ok where do I see the complete requirements then?");
    expect(english.answer).toContain("服务类目说明");
    expect(english.language).toBe("en");
  });
});

describe("what the plugin itself is", () => {
  it("is said to be outside the document as that, not as how it differs from the native tags", async () => {
    const asked = await service.answer("你们说的那个云直播插件到底是个啥");
    expect(asked.answer).toContain("云直播插件本身是什么");
    expect(asked.answer).not.toContain("在功能上的区别");
    expect((await service.answer("插件跟原生哪个功能多")).answer).toContain("在功能上的区别");
  });
});

describe("price quotes of a market", () => {
  it("are what the program shows, not a question about fees", async () => {
    expect((await service.answer("我们做美股实时报价的小程序,资质要几个")).answer).not.toContain("费用");
  });
});

describe("a near-by topic asked beside a list", () => {
  it("is said to be outside the document after the list, not dropped", async () => {
    const answer = await service.answer("云直播插件到底是个啥,哪些类目必须用它");
    expect(answer.kind).toBe("list");
    expect(answer.answer).toContain("文档没有讲云直播插件本身是什么");
  });
});

describe("words the document lacks asked in a numbered item of their own beside a category's", () => {
  it("are said to be outside the document, not dropped", async () => {
    const answer = await service.answer("1、消费金融能直播吗 2、数字藏品能直播吗");
    expect(answer.method).toBe("native");
    expect(answer.answer).toContain(service.dependencies.templates.zh.line.unknownApart.replace("{words}", "「数字藏品」"));
  });
});

describe("whether viewers must verify who they are", () => {
  it("is a topic the document does not cover, not the program's personal rule quoted alone", async () => {
    for (const question of ["进直播间看的观众要实名吗", "Do viewers need to be verified before they can watch?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/观看直播的用户是否需要实名或认证|whether viewers must verify their identity/);
    }
  });
});

describe("after reg148: review time and approval odds apart", () => {
  it("answers how long until a submission passes with the review time, and a possibility of a method with no odds line", async () => {
    const review = await service.answer("社交直播类目大概几天能过审");
    expect(review.answer).toContain("7天左右");
    expect(review.answer).not.toContain("获批");
    const method = await service.answer("信托类目有没有走插件的可能性");
    expect(method.answer).not.toContain("获批");
  });
});

describe("topics named by letters inside Chinese-list words", () => {
  it("are not read from inside longer English words: no line about filings or development nobody asked", async () => {
    const school = await service.answer("what about a single public primary school?");
    expect(school.answer).not.toMatch(/ICP|licen[cs]es? the document/iu);
    const typed = await service.answer("我们是电商平台 asdkjh 能用原生吗");
    expect(typed.answer).not.toContain("开发实现");
  });
});

describe("a near-by topic told as done before the question", () => {
  it("is background, not asked: no line that the document does not cover it", async () => {
    for (const question of ["小程序的代码我们已经写完了,公募基金类目能直接用 live-pusher 吗", "Our front-end code is finished, which access method does the trust category use?", "SDK 已经接好了,消费金融类目用什么接入"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(answer.answer, question).not.toMatch(/开发实现|implementation details/u);
    }
  });

  it("is background when a semicolon, not a full stop, ends its sentence", async () => {
    for (const question of ["The streaming SDK is wired up already; does the bank category go through the plugin?", "接口已经对接完了;信托类目用什么方式接入直播"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(answer.answer, question).not.toMatch(/开发实现|implementation details/u);
    }
  });

  it("is still asked when the question is about it", async () => {
    const answer = await service.answer("代码写好了,推流参数怎么配置");
    expect(answer.answer).toMatch(/开发实现/u);
  });
});

describe("a near-by topic asked beside a subject that names no category", () => {
  it("is said to be outside the document, after the category is asked for", async () => {
    const answer = await service.answer("我们是个体工商户,申请能批下来的几率高吗");
    expect(answer.answer).toMatch(/服务类目/u);
    expect(answer.answer).toMatch(/没有讲申请能否获批/u);
  });
});

describe("money handed in for the plugin", () => {
  it("asks its fees, not how the plugin is applied for", async () => {
    const answer = await service.answer("用云直播插件的话,插件要交费吗");
    expect(answer.answer).toMatch(/费用与收费/u);
    expect(answer.answer).not.toMatch(/申请与开通流程/u);
  });
});

describe("whether a submission will pass, asked in everyday words", () => {
  it("is the odds of approval the document does not give, not its review time", async () => {
    for (const question of ["公募基金的小程序提交上去能通过吗", "信托类目这次提审过得了吗"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("申请能否获批");
      expect(answer.answer, question).not.toContain("审核时长");
    }
  });
});

describe("near-by topics asked in other everyday words", () => {
  it("names each one the document does not cover, beside the category asked or alone", async () => {
    const cases: Array<[string, RegExp]> = [
      ["类目批下来以后会过期吗", /有效期/u],
      ["How long does the category stay valid once approved?", /stays valid/u],
      ["银行类目能直播吗,卖理财产品的收入要交什么税", /税务与发票/u],
      ["电商平台主播带货平台扣点一般多少", /带货佣金与平台抽成/u],
      ["Can viewers send tips during an insurance stream?", /tipping and payments/u],
      ["社交直播的审核能不能快点", /加急审核/u],
      ["一个小程序能不能同时挂信托和银行两个类目", /类目数量/u],
      ["直播卖保健品需不需要办食品经营许可证", /许可证的办理/u],
    ];
    for (const [question, line] of cases) expect((await service.answer(question)).answer, question).toMatch(line);
  });
});

describe("one particular paper, or the form papers take, asked of a category", () => {
  it("gives the category's qualification count and says the document has nothing on that paper", async () => {
    const answer = await service.answer("私募基金类目,光有营业执照的话行不行");
    expect(answer.answer).toContain("「金融业-私募基金」资质要求:3选1");
    expect(answer.answer).toContain("没有讲营业执照等某一份材料");
  });

  it("keeps the topic for a follow-up about a paper's form, naming no category", async () => {
    const first = await service.answer("信托类目资质是怎么要求的");
    const form = await service.answer("那些材料给扫描件就可以吧", first.conversation);
    expect(form.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(form.answer).toContain("没有讲材料的提交形式");
    expect(form.answer).toContain("资质要求");
  });

  it("says nothing of papers when a licence is only told as what the asker has", async () => {
    expect((await service.answer("我们个体户,营业执照是有的,能直播吗")).answer).not.toContain("某一份材料");
  });
});

describe("a request for something else altogether", () => {
  it("is declined in a line of its own beside the answer to the question asked with it", async () => {
    const answer = await service.answer("先给我讲个笑话放松下,然后问问消费金融类目能不能直播");
    expect(answer.verdictSentence).toContain("消费金融");
    expect(answer.answer).toContain("不在我能回答的范围内");
  });

  it("is declined when it opens an English message, though a sentence before the question is otherwise background", async () => {
    const answer = await service.answer("Tell me a joke first. Then: may a trust mini program go live?");
    expect(answer.language).toBe("en");
    expect(answer.answer).toContain("I can't help with requests unrelated");
  });

  it("is declined alone, without the document's 'not covered' line", async () => {
    const answer = await service.answer("明天北京会下雨吗");
    expect(answer.answer).toContain("不在我能回答的范围内");
    expect(answer.answer).not.toContain("文档没有讲");
  });
});

describe("qualifications that expire", () => {
  it("are said to be outside the document, beside the verdict of the category named", async () => {
    const answer = await service.answer("信托类目的资质快到期了,到期后会怎样");
    expect(answer.verdictSentence).toContain("信托");
    expect(answer.answer).toContain("没有讲资质过期");
    expect(answer.answer).not.toContain("资质要求:");
  });

  it("keep the conversation's categories when asked after them", async () => {
    const first = await service.answer("我们有电商平台和社交直播两个类目");
    const expired = await service.answer("社交直播那边资质失效了咋整", first.conversation);
    expect(expired.categories.length).toBeGreaterThan(0);
    expect(expired.answer).toContain("没有讲资质过期");
  });
});

describe("developers' questions the document does not cover, named for what they ask", () => {
  it("answers whether adding a category means a new review by the review row where the document gives one", async () => {
    const social = await service.answer("我们现在只有电商平台,打算再加个社交直播类目,加完需不需要重新审核");
    expect(social.answer).toContain("预计审核时长7天左右");
    expect(social.answer).not.toContain("没有讲更换或新增类目");
    const trust = await service.answer("我们现在是银行类目,打算换成信托,换完需不需要重新审核");
    expect(trust.answer).toContain("没有讲更换或新增类目、插件等是否要重新或单独审核");
  });

  it("says what follows an approval is not covered, with the review row only of a category that has one", async () => {
    const answer = await service.answer("消费金融类目审核通过以后马上就能开直播吗");
    expect(answer.answer).toContain("没有讲审核通过后的上线与开播流程");
    expect(answer.answer).not.toContain("审核时长");
    const social = await service.answer("社交直播这个类目过审之后是不是立刻可以播了");
    expect(social.answer).toContain("需经当地互联网主管机关审核确认");
    expect(social.answer).toContain("没有讲审核通过后的上线与开播流程");
  });

  it("says whether the tags need a permission of their own is not covered, not a permission error", async () => {
    const answer = await service.answer("银行类目用live-player,还需要额外申请什么权限吗");
    expect(answer.answer).toContain("没有讲除类目外是否还要另外申请或开通组件权限");
    expect(answer.answer).not.toContain("报错");
  });

  it("points recording and replay to the products' own documents", async () => {
    const answer = await service.answer("信托类目的直播能不能录制下来做回放");
    expect(answer.answer).toContain("没有讲直播的录制、回放");
    expect(answer.answer).toContain("腾讯云直播等产品自己的文档");
  });

  it("says testing on the trial version is not covered", async () => {
    expect((await service.answer("开发版上可以先试试直播吗")).answer).toContain("没有讲体验版、开发版上的测试");
  });
});

describe("a permission error asked of a category named", () => {
  it("gives that category's verdict, not the document's whole list of native categories", async () => {
    const answer = await service.answer("我们是消费金融类目,live-player 报错说没有权限");
    expect(answer.verdictSentence).toContain("消费金融");
    expect(answer.answer).toContain("没有讲组件权限报错的处理");
    expect(answer.answer).not.toContain("19 个");
  });
});

describe("streaming through another party's subject or mini program", () => {
  it("says the document does not cover it, beside the verdict of what the asker's program is", async () => {
    const borrowed = await service.answer("我们小程序是个人认证的,借别人的主体开直播可以吗");
    expect(borrowed.method).toBe("unsupported");
    expect(borrowed.answer).toContain("没有讲借用他人的主体或小程序来开通直播");
    const shop = await service.answer("小程序类目是电商平台");
    const partner = await service.answer("那我们挂靠到合作方那边去直播行不行", shop.conversation);
    expect(partner.method).toBe("plugin");
    expect(partner.answer).toContain("没有讲借用他人的主体或小程序来开通直播");
  });
});

describe("a numbered list of background, then the question", () => {
  it("reads the company's form and the items that only tell as no question, and answers the question", async () => {
    const { templates } = service.dependencies;
    const message = "先说下背景:\n1. 我们是杭州一家网络科技有限公司\n2. 小程序类目是房地产营销\n3. 领导讲过年前一定要上线(压力山大)\n问题:现在能用原生组件直播吗?";
    const answer = await service.answer(message);
    expect(answer.categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
    expect(answer.method).toBe("native");
    expect(answer.answer).not.toContain(templates.zh.line.unknownApart.split("{")[0]!);
  });
});

describe("how the document is written, asked or brushed aside", () => {
  it("is no question of writing code", async () => {
    const implementation = "没有讲开发实现";
    expect((await service.answer("别管原文是怎么写的,信托到底能不能直播")).answer).not.toContain(implementation);
    const bank = await service.answer("银行类目能直播吗");
    expect((await service.answer("再说回去,它的适用范围文档上怎么写", bank.conversation)).answer).not.toContain(implementation);
    expect((await service.answer("拉流的代码怎么写")).answer).toContain(implementation);
  });
});

describe("whether the reviewer will approve, asked in English", () => {
  it("is the approval the document does not cover, not the review time", async () => {
    const answer = await service.answer("Bank category here — would they approve our live streaming?");
    expect(answer.answer).toContain("does not cover whether an application will be approved");
    expect(answer.answer).not.toContain("about 7 days");
    expect((await service.answer("How long does the review take for social live?")).answer).toContain("about 7 days");
  });
});

describe("getting around the review, what it checks, or a guarantee of passing", () => {
  it("says the document does not cover it, rather than asking for a category to give its review time", async () => {
    const askForCategory = service.dependencies.templates.zh.verdict.noCategory.split("(")[0]!;
    for (const [question, label] of [
      ["有啥路子能跳过审核直接开播", "绕过或规避类目审核"],
      ["驾校平台审核主要看什么", "审核的标准与关注点"],
      ["你能打包票我们一定过吗", "申请能否获批、通过率或获批保证"],
    ] as const) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain(`文档没有讲${label}`);
      expect(answer.answer, question).not.toContain(askForCategory);
    }
  });
});

describe("what the native tags themselves are, and how they differ from the plugin, asked in either language", () => {
  it("says the document does not cover it, not a request for a category; after a category, its verdict stays beside", async () => {
    for (const [question, label] of [
      ["what's live-pusher exactly?", "does not cover what the native tags (<live-pusher>/<live-player>) themselves do"],
      ["Is live-pusher any different from the plugin?", "does not cover how the plugin and the native tags differ"],
    ] as const) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain(label);
      expect(answer.categories, question).toEqual([]);
    }
    const bank = await service.answer("银行的小程序能直播吗");
    const tags = await service.answer("live-player是什么东西", bank.conversation);
    expect(tags.answer).toContain("文档没有讲原生组件标签(<live-pusher>/<live-player>)本身的功能和用法");
    expect([tags.categories.map((category) => category.secondary), tags.method]).toEqual([["银行"], "native"]);
  });
});

describe("what happens when the category chosen does not match what the program does", () => {
  it("quotes the document's note that such an application is turned back, not a reply outside the document", async () => {
    for (const question of ["功能和选的类目对不上,会有啥后果", "类目随便选了一个,会咋样", "选得跟我们实际功能不一样会咋样"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).not.toBe("out-of-corpus");
      expect(answer.answer, question).toContain("否则在提交审核后会被驳回申请");
    }
  });
});

describe("the plugin's uptime or a fallback when it fails", () => {
  it("is a near-by topic the document does not cover, in either language, not a request for a category", async () => {
    const chinese = await service.answer("插件要是宕机了直播会断吗");
    expect(chinese.answer).toContain("文档没有讲云直播插件的服务稳定性与故障时的备用方案");
    const english = await service.answer("Is there any fallback if the plugin is down during a stream?");
    expect(english.answer).toContain("does not cover the plugin's uptime");
  });
});

describe("whether two ways of writing a count mean the same", () => {
  it("gets what the count means", async () => {
    expect((await service.answer("3选1和三选一意思一样吗")).answer).toContain("「3选1」即文档列出 3 个选项,满足其中 1 个即可");
  });
});

describe("which of the two methods costs less", () => {
  it("is a question of fees, which the document does not cover", async () => {
    for (const question of ["原生组件和云直播插件哪个更便宜", "Is the plugin cheaper than live-pusher?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/没有讲费用与收费|does not cover fees and pricing/u);
    }
  });
});
