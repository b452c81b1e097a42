import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const secondaries = (answer: { categories: ReadonlyArray<{ secondary: string }> }) => answer.categories.map((category) => category.secondary);

describe("several mini programs in one conversation", () => {
  it("answers each program described in one message on its own, under the name the asker gave it", async () => {
    const answer = await service.answer("我们手上有两个小程序,A是社交直播,B是电商平台,分别能用原生吗");
    expect(answer.answer).toContain("【A小程序】");
    expect(answer.answer).toContain("【B小程序】");
    expect(answer.parts.details.join("\n")).toContain("「电商平台」类目需通过 小程序·云直播插件");
    // Held by different programs, 电商平台 and 社交-直播 do not combine into the native tags.
    expect(answer.answer).not.toContain("同时具备「电商平台」和「社交-直播」");
  });

  it("answers the asker's program and a friend's, each said with a bare copula, each on its own", async () => {
    const answer = await service.answer("我们是保险公司,朋友是个人主体,各自能开直播吗");
    expect(answer.answer).toContain("【朋友小程序】");
    expect(answer.parts.details.join("\n")).toMatch(/保险.*原生组件标签/u);
    expect(answer.parts.details.join("\n")).toContain(service.dependencies.templates.zh.verdict.personal);
    const companies = await service.answer("我们是证券公司,朋友公司是消费金融,都能直播吧");
    expect(secondaries(companies)).toEqual(expect.arrayContaining(["证券/期货", "消费金融"]));
  });

  it("reads 客户是 as a client's program only when its clause names a category or a subject as such (reg143, reg144)", async () => {
    const both = await service.answer("我们是信托类目,客户是电商平台类目,各自怎么接入");
    expect(both.answer).toContain("【客户小程序】");
    const government = await service.answer("客户是政府主体,我们是企业");
    expect((await service.answer("客户能直播吗", government.conversation)).method).toBe("native");
    const platform = await service.answer("我们是驾校平台类目,客户是驾校,能开直播吗");
    expect(platform.answer).not.toContain("【客户小程序】");
    expect(platform.method).toBe("plugin");
    // Asked of the client alone, the client's program is the answer, with no section asking for the asker's category.
    const client = await service.answer("我们是公司,客户是个人认证的小程序,客户能直播卖货吗");
    expect(client.method).toBe("unsupported");
    expect(client.answer).not.toContain("【我们小程序】");
  });

  it("answers a personally certified program and a company's one each by its own rule", async () => {
    const { templates } = service.dependencies;
    for (const question of ["个人认证的小程序是信托类目,企业的小程序是保险类目,两个都能播吗", "The personal one is trust, the company one is insurance: can each go live?"]) {
      const answer = await service.answer(question);
      const language = answer.language;
      expect(answer.answer, question).toContain(templates[language].verdict.personal);
      expect(answer.answer, question).toMatch(/保险.*(?:原生组件标签|native)/u);
      // The personal program's category gets no method of its own: the subject rule holds whatever the category.
      expect(answer.answer, question).not.toMatch(/「金融业-信托[^」]*」[^\n]*(?:可以使用|may stream)/u);
    }
  });

  it("reads clients named by a letter or number as programs, with or without 是, and points at one by its place", async () => {
    const listed = await service.answer("客户A 驾校培训,客户B 信托");
    expect(listed.answer).toContain("【客户A小程序】");
    expect(listed.answer).toContain("【客户B小程序】");
    expect(secondaries(await service.answer("第二个客户呢", listed.conversation))).toEqual(["信托"]);
    const english = await service.answer("Client 1 only has 社交-直播, client 2 runs a bank mini program. Can each stream?");
    expect(english.answer).toContain("[Client 1]");
    expect(english.answer).toContain("[Client 2]");
  });

  it("reads a company mini program and a personal one described 'with' their categories as two programs", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("There's a company mini program with 信托, and a personal mini program with 银行. Which can stream?");
    expect(answer.answer).toContain("[Company mini program]");
    expect(answer.answer).toContain(templates.en.verdict.personal);
    expect(answer.answer).toMatch(/信托[^\n]*native/u);
  });

  it("applies a rule within one program: 电商平台 with 社交-直播 in the same program is native", async () => {
    const answer = await service.answer("两个小程序,一个是电商平台加社交直播,另一个是驾校培训");
    expect(answer.answer).toContain("同时具备「电商平台」和「社交-直播」");
    expect(answer.answer).toContain("「教育-驾校培训」类目需通过");
  });

  it("answers only the program a later message points at, by its name or its place", async () => {
    const first = await service.answer("客户的小程序是保险类目,我们自己的是驾校平台");
    const client = await service.answer("客户那个资质几选一", first.conversation);
    expect(secondaries(client)).toEqual(["保险"]);
    expect(client.parts.details.join("\n")).toContain("3选1");
    const ours = await service.answer("那我们自己的呢", client.conversation);
    expect(secondaries(ours)).toEqual(["驾校平台"]);
    const english = await service.answer("We run two mini programs: one is a trust one, the other is an education platform one. Which tags?");
    const second = await service.answer("and the second one?", english.conversation);
    expect(secondaries(second)).toEqual(["教育平台"]);
  });

  it("answers each again when a follow-up points at none", async () => {
    const first = await service.answer("我们有两个小程序,第一个是银行,第二个是在线视频课程");
    const review = await service.answer("审核分别要多久", first.conversation);
    expect(review.answer).toContain("【第一个小程序】");
    expect(review.answer).toContain("【第二个小程序】");
  });
});

describe("which lists are lists of programs", () => {
  it("reads 'one…, one…' after a word for programs as programs, and after a word for categories as one program's categories", async () => {
    const programs = await service.answer("公司运营着三个小程序:一个信托,一个驾校平台,一个宠物社交直播");
    expect(programs.answer).toContain("【第 3 个小程序】");
    const categories = await service.answer("我们小程序挂了两个类目,一个是电商平台,一个是社交直播,原生能用吗");
    expect(categories.method).toBe("native");
    expect(categories.answer).not.toContain("【");
  });

  it("reads letters and English places as programs, and points at one by its letter or place", async () => {
    const letters = await service.answer("甲是保险,乙是驾校培训,各自怎么接入");
    const second = await service.answer("乙那个资质呢", letters.conversation);
    expect(secondaries(second)).toEqual(["驾校培训"]);
    const english = await service.answer("We have two mini programs, one is a bank and the other in driving school training. Live tags?");
    expect(english.answer).toContain("[One]");
  });

  it("reads a count with words between it and 小程序, or 'one is…, the other is…' after 小程序, as several programs", async () => {
    const counted = await service.answer("我们有两个不同的小程序,一个是电商平台,一个是社交直播,能用live-pusher吗");
    expect(counted.answer).toContain("小程序】");
    expect(counted.answer).not.toContain("同时具备「电商平台」和「社交-直播」");
    const english = await service.answer("We have two WeChat mini programs: one is e-commerce, the other is social live. Native?");
    expect(english.answer).not.toContain("holds both");
    expect(english.answer).toContain("[One]");
    const described = await service.answer("我们公司的小程序,一个是电商平台,另一个是宠物直播,能用原生吗");
    expect(described.answer).toContain("小程序】");
  });

  it("keeps the parts of one program together when a count of something else stands before 'one is…'", async () => {
    const parts = await service.answer("我们这个小程序分两块业务,一个是电商平台,另一个是社交直播,原生行吗");
    expect(parts.method).toBe("native");
    expect(parts.answer).not.toContain("小程序】");
  });

  it("reads 'one…, another…' without saying there are several programs as one program's categories", async () => {
    const answer = await service.answer("小程序有一个电商平台类目,还想加一个社交直播,原生组件行不行");
    expect(answer.method).toBe("native");
    expect(answer.answer).not.toContain("【");
  });

  it("adds a category named with a pointer to that program only", async () => {
    const first = await service.answer("我们两个小程序:A是电商平台,B是信托");
    const added = await service.answer("A那个再加个社交直播类目呢", first.conversation);
    expect(added.method).toBe("native");
    expect(new Set(secondaries(added))).toEqual(new Set(["电商平台", "直播"]));
  });

  it("takes a category a pointer removes from that program only", async () => {
    const first = await service.answer("手上两个小程序,A是电商平台带社交直播,B是银行");
    const removed = await service.answer("A那个去掉社交直播的话呢", first.conversation);
    expect(removed.method).toBe("plugin");
    expect(secondaries(removed)).toEqual(["电商平台"]);
  });

  it("points at the asker's own program by 'our' after it was described as 'ours'", async () => {
    const first = await service.answer("The client's mini program is a trust company, ours is e-commerce platform.");
    const ours = await service.answer("Could our program use the native tags?", first.conversation);
    expect(ours.method).toBe("plugin");
    expect(secondaries(ours)).toEqual(["电商平台"]);
    const client = await service.answer("And the one our client runs? our client's?", ours.conversation);
    expect(secondaries(client)).toEqual(["信托"]);
  });

  it("points at the owner said first, not one the message sets aside after it", async () => {
    const first = await service.answer("客户的是教育平台,我们自己的是多方通信");
    const ours = await service.answer("我们的,不是客户的,审核要多久?", first.conversation);
    expect(secondaries(ours)).toEqual(["多方通信"]);
    const client = await service.answer("我们的客户那个呢", first.conversation);
    expect(secondaries(client)).toEqual(["教育平台"]);
    const setAside = await service.answer("客户那个先不管,我们的审核要多久", first.conversation);
    expect(secondaries(setAside)).toEqual(["多方通信"]);
    const english = await service.answer("Our client's is a trust company, ours is an education platform.");
    const oursNotTheirs = await service.answer("What about ours, not the client's?", english.conversation);
    expect(secondaries(oursNotTheirs)).toEqual(["教育平台"]);
  });
});

describe("the asker's program and a client's, in turn", () => {
  it("goes back to the asker's own by 'back to our…', and on to the client's again by its owner word", async () => {
    const ours = await service.answer("Our mini program is a trust company's. Can it stream?");
    const client = await service.answer("A client of mine has a dog café and wants to stream the dogs. And for them?", ours.conversation);
    expect(secondaries(client)).toEqual(["直播"]);
    const back = await service.answer("Back to our trust app: how many qualifications?", client.conversation);
    expect(secondaries(back)).toEqual(["信托"]);
    expect(secondaries(await service.answer("and my client's review time?", back.conversation))).toEqual(["直播"]);
    const chinese = await service.answer("说回我们自己,信托的资质几选一", client.conversation);
    expect(secondaries(chinese)).toEqual(["信托"]);
  });

  it("does not carry the government subject to a school's own program the next message supposes", async () => {
    const bureau = await service.answer("我们是县卫健委,政务小程序想做健康讲座直播");
    expect(bureau.subject).toBe("government");
    const school = await service.answer("那要是县里一家公立卫生学校自己的小程序呢", bureau.conversation);
    expect(school.subject).not.toBe("government");
  });

  it("reads what a party says it is as that party's program", async () => {
    const ours = await service.answer("我们做的是教育平台");
    const client = await service.answer("有个客户讲他们是消费金融公司,能开直播么", ours.conversation);
    expect(secondaries(client)).toEqual(["消费金融"]);
    expect(secondaries(await service.answer("那我们的呢", client.conversation))).toEqual(["教育平台"]);
  });

  it("reads a client said to be a government body as a government program of the client's, and the asker's own after it", async () => {
    const ours = await service.answer("我们做的是信托公司的小程序");
    const client = await service.answer("那我们有个客户的是区法院的小程序呢", ours.conversation);
    expect([client.subject, client.method]).toEqual(["government", "native"]);
    const back = await service.answer("那我们自己的呢", client.conversation);
    expect([back.subject, secondaries(back)]).toEqual([null, ["信托"]]);
    expect((await service.answer("Our client is a city tax bureau, are they allowed to stream?")).subject).toBe("government");
    // Where the asker also says what it holds and asks of its own program, the client's body is not its subject.
    expect((await service.answer("我们是驾校平台,客户是公安局,我们能用原生吗")).subject).not.toBe("government");
  });

  it("reads a client said to be a personal subject by name as a personal program, whatever they want to stream", async () => {
    const answer = await service.answer("帮客户做小程序,客户甲是个人主体,他们想开直播卖茶叶");
    expect([answer.subject, answer.method]).toEqual(["personal", "unsupported"]);
  });

  it("answers the category a client is said to be when the message says only what they want to stream", async () => {
    const trust = await service.answer("我们有个客户是家信托公司,打算做产品讲解直播,走哪种方式");
    expect(trust.categories.map((category) => category.secondary)).toEqual(["信托"]);
    // A scenario word of several categories beside it narrows to the client's.
    const hospital = await service.answer("客户是家公立医院,打算开健康讲座直播,用原生还是插件");
    expect(hospital.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });

  it("weighs the client's program against the asker's own when the asker corrected its own category", async () => {
    const client = await service.answer("客户那个小程序是银行类目,能直播吗");
    const ours = await service.answer("我们自己的是培训机构", client.conversation);
    const corrected = await service.answer("说错了,我们自己的是驾校平台,不是培训机构", ours.conversation);
    const both = await service.answer("这俩比一下,谁能直接用原生", corrected.conversation);
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["银行", "驾校平台"].sort());
  });

  it("goes back to the asker's own after a question asked for one client", async () => {
    const ours = await service.answer("我们的小程序是银行类目");
    const client = await service.answer("顺便帮个朋友问下,他们是做私募基金的", ours.conversation);
    const back = await service.answer("那我们自己那个审核要多久", client.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["银行"]);
  });

  it("answers the client's own qualification group when the question is about the client", async () => {
    const ours = await service.answer("我们是一家保险公司");
    const client = await service.answer("有个客户是做保险经纪的,他们的资质几选一", ours.conversation);
    expect(client.parts.details.join("\n")).toContain("保险中介机构主体");
    expect(client.parts.details.join("\n")).not.toContain("保险机构主体:");
  });
});

describe("places of other things are not places of programs", () => {
  it("reads '另一个问题' as a new question, not the second program", async () => {
    const first = await service.answer("我们有两个小程序,一个是信托,一个是驾校平台");
    const another = await service.answer("另一个问题,个人主体可以开直播吗", first.conversation);
    expect(another.method).toBe("unsupported");
  });
});

describe("questions of their own while several programs are the topic", () => {
  it("answers a list, another product or a pointer at 我们 as such", async () => {
    const first = await service.answer("客户的是电商平台,我们自己的是社交直播");
    const list = await service.answer("哪些类目能用原生?", first.conversation);
    expect(list.kind).toBe("list");
    const ours = await service.answer("我们的能用原生吗", first.conversation);
    expect(secondaries(ours)).toEqual(["直播"]);
  });
});

describe("programs described by what they have", () => {
  it("reads '客户的小程序有…,我们自己的只有…' as two programs, each with its own combination", async () => {
    const answer = await service.answer("客户的小程序有电商平台和社交直播,我们自己的只有电商平台,各自能用原生吗");
    expect(answer.answer).toContain("【客户的小程序】");
    expect(answer.answer).toContain("【我们自己的小程序】");
    expect(answer.answer).toContain("同时具备「电商平台」和「社交-直播」");
  });
});

describe("several programs, one of them a business the document does not list", () => {
  it("answers that one too, as not opened to streaming", async () => {
    const answer = await service.answer("手头三个小程序,A是银行的,B是信托的,C是做个人征信查询的,哪几个能直播");
    expect(answer.answer).toContain("【C小程序】");
    expect(answer.answer).toMatch(/个人征信」不在本文档开放直播/u);
  });
});

describe("several clients each said to be something", () => {
  it("answers each client's program by its own subject or category, and a later place points at one", async () => {
    const clients = await service.answer("手上俩客户,一个是区政府部门,一个是做驾校平台的公司");
    expect(clients.answer).toContain("政府主体");
    expect(clients.answer).toContain("小程序·云直播插件");
    const second = await service.answer("第二个能直接用live-pusher吗", clients.conversation);
    expect(second.method).toBe("plugin");
    const english = await service.answer("Two customers: one is a government agency in our county, the other is a driving school training company.");
    expect(english.answer).toContain("government");
    expect(english.answer).toContain("Cloud Live plugin");
  });
});

describe("customers served beside the asker's own program", () => {
  it("are no programs of their own: the asker's program is answered", async () => {
    const answer = await service.answer("our two customers: one is a government office, the other is a hospital; our own program is 电商平台, can we use live-pusher?");
    expect(answer.method).toBe("plugin");
    expect(answer.answer).not.toContain("政府主体");
  });
});

describe("a client said to do a category's business", () => {
  it("is the client's program of that category, as when the client is said to be it", async () => {
    for (const question of ["有个客户搞驾校平台", "甲方做教育平台的,能直播不"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("verdict");
      expect(answer.method, question).toBe("plugin");
    }
  });
});

describe("one of several programs named by its letter, with a category supposed added", () => {
  it("adds it to that program only, and the other's letter goes back to the other", async () => {
    const clients = await service.answer("客户甲是电商平台,客户乙是教育平台");
    const added = await service.answer("甲如果再申请个社交直播呢", clients.conversation);
    expect(added.categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"]);
    expect(added.method).toBe("native");
    const letters = await service.answer("客户A做驾校平台,客户B做电商平台");
    const b = await service.answer("B要是也有社交-直播类目呢", letters.conversation);
    expect(b.categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"]);
  });
});

describe("a client's category corrected", () => {
  it("is the new category the client is said really to be", async () => {
    const bank = await service.answer("客户是家城商行,要做理财推介直播");
    const trust = await service.answer("哎打错了,客户实际上是信托公司", bank.conversation);
    expect(trust.categories.map((category) => category.secondary)).toEqual(["信托"]);
  });
});

describe("one of several programs counted from the end", () => {
  it("is the program at that place from the end", async () => {
    const programs = await service.answer("手头两个小程序:一个是信托,一个是驾校平台");
    const last = await service.answer("倒数第一个能走原生组件吗", programs.conversation);
    expect(last.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    expect(last.method).toBe("plugin");
  });
});

describe("a program counted from the end with the word for programs", () => {
  it("is the program at that place", async () => {
    const programs = await service.answer("我们有三个小程序,一个是信托,一个是教育平台,一个是多方通信");
    expect((await service.answer("倒数第二个小程序用什么接入", programs.conversation)).method).toBe("plugin");
  });
});

describe("a place of something else counted from the end, after several programs", () => {
  it("points at no program", async () => {
    const programs = await service.answer("我有两个小程序,一个做信托,一个做电商平台");
    const month = await service.answer("倒数第二个月提交的能过吗", programs.conversation);
    expect(month.categories.length).not.toBe(1);
  });
});

describe("programs described one message each, by their place", () => {
  it("are pointed at by their place later, and a follow-up naming none stays with the one talked about", async () => {
    const first = await service.answer("帮两家客户咨询一下。头一个是券商,想做投资者教育直播,怎么接?");
    const second = await service.answer("第二个客户是家公立医院,要开健康讲座", first.conversation);
    const followUp = await service.answer("那资质几选一", second.conversation);
    expect(followUp.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
    const back = await service.answer("再说回第一个,它的注意事项有吗", followUp.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["证券/期货"]);
    const again = await service.answer("第二个的审核要多久", back.conversation);
    expect(again.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
    expect(first.categories.map((category) => category.secondary)).toEqual(["证券/期货"]);
    // A place right after a list is a place in the list.
    const list = await service.answer("走插件的类目都有哪些", again.conversation);
    expect((await service.answer("第二个呢", list.conversation)).categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
  });
});

describe("clients counted by 家, one message each", () => {
  it("are pointed at by 第几家, by the one before, and as the two", async () => {
    const first = await service.answer("我这边代理几家公司的小程序,第一家是做在线视频课程的");
    const second = await service.answer("另外一家是搞房地产营销的", first.conversation);
    const before = await service.answer("回到刚才那家,资质几选一", second.conversation);
    expect(before.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    const again = await service.answer("第二家呢,审核要多久", before.conversation);
    expect(again.categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
    // A business of the first one's field, said of another client, is that client's category, not the first one's.
    const stocks = await service.answer("帮几家客户问:第一家做港股行情资讯");
    const trading = await service.answer("另一家是做股票买卖的", stocks.conversation);
    expect(trading.categories.map((category) => category.secondary)).toEqual(["证券/期货"]);
    const both = await service.answer("这两家哪个门槛低", again.conversation);
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["在线视频课程", "房地产营销"].sort());
  });
});

describe("one more client described after those before it", () => {
  it("takes the next place with its own category, and places still count clients after the three are weighed", async () => {
    const first = await service.answer("第一个客户是一所中学");
    const second = await service.answer("另一家是驾校入驻平台", first.conversation);
    const third = await service.answer("还有一家是给多家职业培训机构提供入驻的", second.conversation);
    expect(third.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    const three = await service.answer("这三个里哪个能用原生", third.conversation);
    const firstAgain = await service.answer("第一家呢,资质几选一", three.conversation);
    expect(firstAgain.categories.map((category) => category.secondary)).toEqual(["学历教育(学校)"]);
    const thirdAgain = await service.answer("第三家呢", firstAgain.conversation);
    expect(thirdAgain.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
  });
});

describe("a place right after a list, with a category talked about before it", () => {
  it("is a place in the list, not a question the document does not cover", async () => {
    const school = await service.answer("驾校培训能直播吗");
    const native = await service.answer("哪些类目可以用原生标签", school.conversation);
    const third = await service.answer("第三个呢", native.conversation);
    expect(third.kind).toBe("verdict");
    expect(third.categories).toHaveLength(1);
    expect(third.categories[0]?.secondary).not.toBe("驾校培训");
  });
});

describe("one of several clients pointed at by what it is", () => {
  it("answers that client's category alone", async () => {
    const clients = await service.answer("手上两个客户 一个是做财险的保险公司 一个是唱K的app 直播各自怎么接");
    const karaoke = await service.answer("唱K那家要审核多久", clients.conversation);
    expect(karaoke.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(karaoke.answer).toContain("7天左右");
    const insurer = await service.answer("那保险那家资质几选一", karaoke.conversation);
    expect(insurer.categories.map((category) => category.secondary)).toEqual(["保险"]);
    // A client described by a word of several categories, pointed at later, keeps its options.
    const vague = await service.answer("替三家客户问下 一个是驾校 一个是保险公司 一个是唱K的app 直播分别怎么接");
    const school = await service.answer("先说驾校那家 插件还是原生", vague.conversation);
    expect(school.categories.map((category) => category.secondary).sort()).toEqual(["驾校培训", "驾校平台"].sort());
    // A word of several categories points at the client holding one of them.
    const two = await service.answer("帮两个客户问 一个是驾校平台 一个是信托公司 直播怎么接");
    expect((await service.answer("驾校那家能不能用原生", two.conversation)).categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });
});

describe("a program pointed at by its letter, a verb right after it", () => {
  it("is that program, as 「A的…」 is", async () => {
    const two = await service.answer("替两家问一下:A是做网课的,B是信托公司,直播分别怎么接");
    const a = await service.answer("A需要几选一的资质", two.conversation);
    expect(a.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    const b = await service.answer("B能用原生组件吗", a.conversation);
    expect(b.categories.map((category) => category.secondary)).toEqual(["信托"]);
  });
});

describe("two programs each named by what it holds, in one message", () => {
  it("answers each, and keeps both for pointing back later", async () => {
    const two = await service.answer("我负责两个小程序:一个是银行的,一个是多家教育机构入驻的平台,直播分别怎么接");
    const why = await service.answer("为啥银行那个能走原生,教育那个就不行", two.conversation);
    expect(why.answer).toContain("「金融业-银行」");
    expect(why.answer).toContain("「教育-教育平台」");
    const back = await service.answer("回到银行那个,资质几选一", why.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["银行"]);
  });
});

describe("programs of the asker and of a neighbouring team, each said with 是", () => {
  it("answers each, whoever's it is, and keeps what is asked apart out of a program's description", async () => {
    const both = await service.answer("我们是信托,隔壁部门是驾校平台,这俩小程序各自怎么接直播");
    expect(both.answer).toContain("【我们小程序】");
    expect(both.answer).toContain("「教育-驾校平台」类目需通过 小程序·云直播插件");
    const apart = await service.answer("朋友那边是社交-直播,我们是电商平台,用原生行吗?另外问下社交直播审核几天");
    expect(apart.answer).toContain("「电商平台」类目需通过 小程序·云直播插件");
    expect(apart.answer).not.toContain("同时具备「电商平台」和「社交-直播」");
  });
});

describe("the asker's own program said beside another party's the message asks about", () => {
  it("goes back to the asker's own subject when asked about it next", async () => {
    const partner = await service.answer("本单位是政府机关,合作伙伴是企业主体,做电商平台,合作伙伴能不能用原生组件");
    expect(partner.method).toBe("plugin");
    const own = await service.answer("那我们自己呢", partner.conversation);
    expect(own.method).toBe("native");
    expect(own.subject).toBe("government");
  });

  it("keeps the asker's own subject apart from the client's program it builds", async () => {
    const client = await service.answer("我是个人开发者,帮区文旅局做了个小程序,能直播吗");
    expect(client.method).toBe("native");
    const own = await service.answer("那我自己的小程序呢", client.conversation);
    expect(own.method).toBe("unsupported");
  });
});

describe("another party named by its role, then the asker's own again", () => {
  it("answers the agent's personal program, then goes back to the asker's company", async () => {
    const own = await service.answer("我们公司小程序是信托类目,可以直播吗");
    expect(own.method).toBe("native");
    const agent = await service.answer("跟我们合作的代理人也有自己的小程序,个人认证的,也是信托,他能播吗", own.conversation);
    expect(agent.method).toBe("unsupported");
    const back = await service.answer("那我们自己的呢", agent.conversation);
    expect(back.method).toBe("native");
  });
});

describe("after reg139: the asker's program beside another's, each with its own subject", () => {
  it("gives a friend's personally certified program its subject, and ours the category it is to be like", async () => {
    // Asked of ours ("我们能用啥方式直播"), ours answers; the friend's waits for "朋友那个呢".
    const answer = await service.answer("朋友是个人开的小程序卖零食,类目电商平台;我们是公司,想做个一样的,我们能用啥方式直播");
    expect(answer.method).toBe("plugin");
    expect(answer.answer).not.toContain(service.dependencies.templates.zh.verdict.personal);
    const friend = await service.answer("朋友那个呢", answer.conversation);
    expect(friend.method).toBe("unsupported");
    // Asked of neither, each answers.
    const both = await service.answer("朋友是个人开的小程序卖零食,类目电商平台;我们是公司,想做个一样的");
    expect(both.answer).toContain(service.dependencies.templates.zh.verdict.personal);
    expect(both.parts.details.join("\n")).toContain("「电商平台」类目需通过 小程序·云直播插件");
  });

  it("keeps the client's program personally certified in English beside the asker's own company", async () => {
    const answer = await service.answer("We are a company, but our client's mini program is certified to an individual and holds the trust category. Can the client's program go live?");
    expect(answer.method).toBe("unsupported");
  });

  it("goes back to a government asker's own program with the category it names now", async () => {
    const client = await service.answer("我们是区政府,给一家教育机构开发了小程序,类目教育平台,机构那个怎么接入直播");
    expect(client.method).toBe("plugin");
    const own = await service.answer("回到我们这边,我们自己的小程序类目也是教育平台,能用什么", client.conversation);
    expect(own.method).toBe("native");
  });
});

describe("the asker's own program asked after, or beside, others' said in passing", () => {
  it("answers 我们自己呢 on the asker's own program when the conversation never left it", async () => {
    const first = await service.answer("我们单位是政府机关,客户是一家私立学校,类目学历教育(学校)");
    const own = await service.answer("我们自己呢", first.conversation);
    expect(own.kind).toBe("verdict");
    expect(own.method).toBe("native");
  });

  it("reads a subject said of someone else's program as theirs, the asker's category deciding its own", async () => {
    const answer = await service.answer("我们是公司,别的人的小程序是个人认证,我们的类目银行");
    expect(answer.method).toBe("native");
  });

  it("says the document gives no approval odds for 容易被拒吗", async () => {
    const answer = await service.answer("申请银行类目容易被拒吗");
    expect(answer.answer).toContain("获批");
  });
});

describe("the asker's subject said before a client's category", () => {
  it("is kept for a turn back to the asker's own program (reg143)", async () => {
    const client = await service.answer("本单位是政府机关,客户的小程序类目是驾校平台");
    expect(client.method).toBe("plugin");
    for (const back of ["我们自己呢", "那我们自己的小程序呢"]) {
      const own = await service.answer(back, client.conversation);
      expect(own.method, back).toBe("native");
    }
  });
});

describe("a message that only describes another party's program, then what the asker is", () => {
  it("answers the party's program and keeps the asker's subject for a turn back to its own", async () => {
    const partner = await service.answer("合作方的小程序选的是驾校平台,我们这边是市交通局");
    expect(partner.method).toBe("plugin");
    const own = await service.answer("我们自己的呢", partner.conversation);
    expect(own.method).toBe("native");
    expect(own.subject).toBe("government");
  });

  it("does the same in English", async () => {
    const client = await service.answer("My client runs an education platform. We are a county education bureau.");
    expect(client.method).toBe("plugin");
    const own = await service.answer("and ours?", client.conversation);
    expect(own.subject).toBe("government");
  });
});

describe("going back to the asker's own program when nothing was said of it", () => {
  it("asks for the asker's category instead of repeating the other program's verdict, and keeps the other to go back to", async () => {
    const cousin = await service.answer("表哥的小程序是个人认证的,可以开直播吗");
    expect(cousin.method).toBe("unsupported");
    const own = await service.answer("那我们的呢", cousin.conversation);
    expect(own.kind).toBe("no-category");
    expect(own.method).toBe("unknown");
    const review = await service.answer("审核一般几天", own.conversation);
    expect(review.method).not.toBe("unsupported");
    const named = await service.answer("我们是信托类目", review.conversation);
    expect(named.method).toBe("native");
    const back = await service.answer("表哥那个呢", named.conversation);
    expect(back.method).toBe("unsupported");
  });
});

describe("a relative's program described over several clauses, then pointed at", () => {
  it("answers the relative's category and subject, not the asker's own personal certification", async () => {
    const relative = await service.answer("我们这边是个人认证,我表弟的公司是企业主体,类目是证券,他那个能开直播吗");
    expect(relative.method).toBe("native");
    expect(relative.categories.map((category) => category.secondary)).toEqual(["证券/期货"]);
    const own = await service.answer("那我们自己呢", relative.conversation);
    expect(own.method).toBe("unsupported");
  });
});

describe("the asker's own category said first, then a party's, and the question put to the party", () => {
  it("answers the party's category and keeps the asker's for 那我们呢", async () => {
    const partner = await service.answer("我们单位小程序是公募基金类目,合作伙伴是教育平台,他们能用原生组件吗");
    expect(partner.method).toBe("plugin");
    expect(partner.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    const own = await service.answer("那我们呢", partner.conversation);
    expect(own.method).toBe("native");
    expect(own.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
  });

  it("answers the party in English too, and still the asker when the asker borrows from them", async () => {
    const partner = await service.answer("We are in the bank category; our partner runs an e-commerce platform. Can they use live-pusher?");
    expect(partner.method).toBe("plugin");
    const borrowing = await service.answer("客户那边有社交直播类目,我们的电商平台可以借他们的走原生吗");
    expect(borrowing.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});

describe("a subject glossed in brackets after the party it describes", () => {
  it("is that party's, not the asker's", async () => {
    const rival = await service.answer("同行是一家区级广播电视台(政府主体)的小程序,我们是民营企业,类目是电商平台,我们能用原生吗");
    expect(rival.method).toBe("plugin");
    expect(rival.subject).not.toBe("government");
    const client = await service.answer("客户(个人认证)的小程序类目是社交直播,客户能直播吗");
    expect(client.method).toBe("unsupported");
  });
});

describe("programs opened by any owner the lexicon knows, with its program word and a copula", () => {
  it("answers each when nothing is asked of one, and goes back to the relative's by the owner word", async () => {
    const both = await service.answer("我堂姐家的小程序选的是私募基金,咱们这边是电商平台");
    expect(both.answer).toContain("【堂姐家的小程序】");
    expect(both.parts.details.join("\n")).toContain("「电商平台」类目需通过 小程序·云直播插件");
    const cousin = await service.answer("堂姐那个呢", both.conversation);
    expect(cousin.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
  });

  it("answers only the program the last clause asks about, and keeps the other for a pointer at its owner", async () => {
    const ours = await service.answer("合作单位那边是个人认证的,类目教育平台;我们单位是企业主体,类目信托,我们能播吗");
    expect(ours.method).toBe("native");
    expect(ours.answer).not.toContain(service.dependencies.templates.zh.verdict.personal);
    const partner = await service.answer("合作单位那个呢", ours.conversation);
    expect(partner.method).toBe("unsupported");
    const english = await service.answer("My classmate's app is in the bank category. Ours is an e-commerce platform. Can we use live-pusher?");
    expect(english.method).toBe("plugin");
    const classmate = await service.answer("and my classmate's?", english.conversation);
    expect(classmate.method).toBe("native");
  });

  it("gives the asker's own clause after another's description back to the asker's program", async () => {
    const answer = await service.answer("我们是企业,闺蜜的小程序是个人认证,我们的类目公募基金");
    expect(answer.answer).toContain("【闺蜜的小程序】");
    const ours = answer.answer.split("【闺蜜的小程序】")[0]!;
    expect(ours).toContain("「金融业-公募基金」类目可以使用微信原生组件标签");
  });
});

describe("programs described by their subjects alone", () => {
  it("answers each with its subject's rule, and 那我们呢 goes to the one the asker called its own", async () => {
    const { templates } = service.dependencies;
    const both = await service.answer("咱们单位是政府主体,合作伙伴那家是个人认证,合作伙伴能直接用我们的方式吗");
    expect(both.kind).toBe("verdict");
    expect(both.answer).toContain(templates.zh.verdict.government);
    expect(both.answer).toContain(templates.zh.verdict.personal);
    const ours = await service.answer("那我们呢", both.conversation);
    expect(ours.method).toBe("native");
    expect(ours.answer).not.toContain(templates.zh.verdict.personal);
  });
});

describe("an owner's subject glossed in brackets, asked about beside the asker's own category", () => {
  it("answers the owner's subject, and keeps the asker's category for the turn back", async () => {
    const { templates } = service.dependencies;
    const partner = await service.answer("我们单位是公募基金类目,合作伙伴(政府主体)的小程序该用哪种方式");
    expect(partner.answer).toContain(templates.zh.verdict.government);
    expect(partner.answer).not.toContain("公募基金");
    const ours = await service.answer("那我们自己的呢", partner.conversation);
    expect(ours.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    const english = await service.answer("We hold the insurance category. Our client (a city government bureau) wants to stream; which method can the client use?");
    expect(english.answer).toContain(templates.en.verdict.government);
    const back = await service.answer("and ours?", english.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["保险"]);
  });
});

describe("after reg147: what the last clause says another party does, and subjects weighed per program", () => {
  it("does not give the asker's program a category only the other party is said to stream", async () => {
    const classmate = await service.answer("室友那家小程序是社交-直播类目,我们是教育平台,室友能播萌宠日常吗");
    expect(classmate.method).toBe("native");
    const ours = await service.answer("那我们自己呢", classmate.conversation);
    expect(ours.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    const english = await service.answer("My cousin's mini program is in social live streaming; ours is in public funds. Can my cousin's program stream pets?");
    expect(english.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });

  it("answers each program by its own subject alone when both are asked", async () => {
    const { templates } = service.dependencies;
    const both = await service.answer("表姐单位的小程序是个人认证,我们是政府机关,分别能直播吗");
    const [cousin, ours] = both.answer.split("【我们小程序】");
    expect(cousin).toContain(templates.zh.verdict.personal);
    expect(cousin).not.toContain(templates.zh.verdict.government);
    expect(ours).toContain(templates.zh.verdict.government);
    expect(ours).not.toContain(templates.zh.verdict.personal);
  });
});

describe("after reg147: programs opened with a gloss, 也是, or an English plural asker", () => {
  it("answers the asker's own program when each party's subject is glossed and ours is asked", async () => {
    const rival = await service.answer("竞品(政府主体)选的是教育平台,咱们(企业)也是教育平台,咱们能用原生吗");
    expect(rival.method).toBe("plugin");
    const partner = await service.answer("合作商(个人认证)挂了社交直播,我们(企业)也选了社交直播,我们能播吗");
    expect(partner.method).toBe("native");
  });

  it("answers the relative's unit by its government subject when the last clause points at the relative", async () => {
    const cousin = await service.answer("表妹单位是市文旅局,我们是民营培训机构做课外辅导,表妹那边能直接用原生吗");
    expect(cousin.answer).toContain(service.dependencies.templates.zh.verdict.government);
  });

  it("reads 'we are in …' after another party's program, and 'my friend's?' goes back to it", async () => {
    const ours = await service.answer("My neighbour's mini program is under the trust category; we are in driving school training. Can we use live-pusher?");
    expect(ours.method).toBe("plugin");
    const neighbour = await service.answer("And my neighbour's?", ours.conversation);
    expect(neighbour.method).toBe("native");
    const personal = await service.answer("My classmate's app is personally certified, category insurance. We are a company with a bank category. Can we stream?");
    expect(personal.method).toBe("native");
  });

  it("does not call the category found from what is to be sold the one for the asker's scenario when another is asked for", async () => {
    const held = await service.answer("我们选的是房地产营销");
    const besides = await service.answer("想在直播里整套卖房,还需要额外申请什么类目", held.conversation);
    expect(besides.answer).not.toContain(service.dependencies.templates.zh.line.chooseHint.split("{")[0]!);
  });
});

describe("a party's company or shop standing for its program", () => {
  it("is another's program, so going back to the asker's own asks for its category and the party's stays to go back to", async () => {
    const cousin = await service.answer("表哥的店是个人认证的,能开直播不");
    expect(cousin.method).toBe("unsupported");
    const own = await service.answer("那我们自己呢", cousin.conversation);
    expect(own.kind).toBe("no-category");
    const named = await service.answer("我们是银行类目", own.conversation);
    const back = await service.answer("表哥那个呢", named.conversation);
    expect(back.method).toBe("unsupported");
  });
});

describe("after reg148", () => {
  it("reads the asker's own clause after 'and', and answers the party the question is put to", async () => {
    const brother = await service.answer("My brother's app is in the public fund category and we have the driving school platform category. Can my brother's app use live-pusher?");
    expect(brother.method).toBe("native");
  });

  it("answers both when one clause asks of the party and the next of the asker (「…能用原生吗,我们呢」)", async () => {
    const both = await service.answer("表姐是私募基金,我们是教育平台,表姐能用原生吗,我们呢");
    expect(both.answer).toContain("「金融业-私募基金」类目可以使用微信原生组件标签");
    expect(both.answer).toContain("「教育-教育平台」类目需通过 小程序·云直播插件");
  });

  it("answers a client named by a letter among others so named with the verdict, not a bare quote", async () => {
    const answer = await service.answer("客户A有电商平台,客户B只有社交直播,客户A能用原生吗");
    expect(answer.kind).toBe("verdict");
    expect(answer.answer).toContain("「电商平台」类目需通过 小程序·云直播插件");
  });

  it("still points to the category a description finds when another besides the held one is asked for", async () => {
    const held = await service.answer("我们是股票信息服务平台(港股/美股)");
    const trading = await service.answer("还想开通股票交易,另外需要什么类目", held.conversation);
    expect(trading.answer).toContain(service.dependencies.templates.zh.line.chooseHint.replace("{category}", "金融业-证券/期货"));
  });
});

describe("客户是 with a bare category word, asked of each", () => {
  it("opens the client's program when the message asks of each, and 客户那个 points at it after", async () => {
    const both = await service.answer("客户是保险,我们是教育平台,分别用啥接入");
    expect(both.answer).toContain("【客户小程序】");
    const client = await service.answer("客户那个资质几选几", both.conversation);
    expect(client.categories.map((category) => category.secondary)).toEqual(["保险"]);
  });
});

describe("a subject glossing an owner, whatever the asker holds", () => {
  it("is the owner's, so the asker's own category answers a question of the asker", async () => {
    const ours = await service.answer("Our partner (a city government office) runs its own mini program; we are in the driving school platform category. Which method can we use?");
    expect(ours.method).toBe("plugin");
  });
});

describe("after reg149", () => {
  it("reads an English question ending ', and ours?' as asking both, and 「…,还有我们的」 too", async () => {
    const english = await service.answer("My neighbour's app is in the trust category and ours is an education platform. Can my neighbour's app use live-pusher, and ours?");
    expect(english.answer).toContain("「金融业-信托 (Finance – Trust)」 category may stream");
    expect(english.answer).toContain("「教育-教育平台 (Education – Education platform)」 category must stream through");
    const chinese = await service.answer("堂弟是信托,我们是驾校培训,堂弟的能用原生吗,还有我们的");
    expect(chinese.answer).toContain("「金融业-信托」类目可以使用");
    expect(chinese.answer).toContain("「教育-驾校培训」类目需通过 小程序·云直播插件");
  });

  it("opens a kin's program at its copula, not at a unit word said after it", async () => {
    const ours = await service.answer("我姐是区政府单位的,我们是公司,类目驾校平台,我们能直接用原生吗");
    expect(ours.method).toBe("plugin");
  });
});

describe("after reg149: a gloss after the asker's unit word", () => {
  it("opens the asker's program, so a question of the relative gets the relative's subject", async () => {
    const sister = await service.answer("我妹(个人认证)也有电商平台类目,我们公司(政府主体)也有电商平台,我妹能直播吗");
    expect(sister.method).toBe("unsupported");
  });
});

describe("what the asker says it is, beside a program it builds for someone", () => {
  it("is no topic of a section: only the method asked is answered", async () => {
    // 电商平台's scope speaks of 个人 (「为企业或个人提供网上交易场所」): the asker's own word must not fetch it.
    const answer = await service.answer("我是个人开发者,替一家公司开发了个电商平台类目的小程序,可以走原生吗");
    expect(answer.method).toBe("plugin");
    expect(answer.answer).not.toContain("类目适用范围");
    // Nor does a party's subject glossed in brackets.
    const glossed = await service.answer("邻居(个人主体)的小程序也是电商平台,我们也有电商平台,还有社交直播,我们能用原生吗");
    expect(glossed.method).toBe("native");
    expect(glossed.answer).not.toContain("类目适用范围");
  });
});

describe("a party named by its kind, the kind written before the owner word", () => {
  it("is that party's program, and what the party goes on to sell is answered with it", async () => {
    const client = await service.answer("驾校平台客户想在直播间里顺便卖二手车,行吗");
    expect(client.method).toBe("plugin");
    expect(client.answer).toMatch(/二手车交易」\)?不在本文档开放直播/u);
    const friend = await service.answer("公募基金朋友问能用原生不");
    expect(friend.kind).toBe("verdict");
    expect(friend.method).toBe("native");
  });

  it("is the asker's own business when the asker's word stands before it", async () => {
    const own = await service.answer("我们是电商平台,银行客户也想来我们这直播");
    expect(secondaries(own)).toEqual(["电商平台"]);
  });
});

describe("an owner named again in the clause that asks, after what the asker says of its own", () => {
  it("is the one asked about, and the asker's own is answered when it asks of itself", async () => {
    const partner = await service.answer("My cousin's mini program holds the consumer finance category and ours is personal. Can my cousin's go live?");
    expect(partner.method).toBe("native");
    const own = await service.answer("My cousin's mini program holds the consumer finance category and ours is personal. Can we go live?");
    expect(own.method).toBe("unsupported");
  });
});

describe("one more program of the asker's, opened with 还有个 and named by its category", () => {
  it("is another program, answered on its own, not a category added to the one talked about", async () => {
    const courses = await service.answer("我们在线视频课程类目的小程序能直播吗");
    const second = await service.answer("另外我们还有一个驾校培训的小程序,它呢", courses.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    expect(second.method).toBe("plugin");
    const group = await service.answer("公司旗下还有个银行的,那个要几选一", courses.conversation);
    expect(group.categories.map((category) => category.secondary)).toEqual(["银行"]);
  });
});

describe("a program the asker builds for a client named with a client noun", () => {
  it("has the client's subject: a government client's program may use the native tags whatever its category", async () => {
    const answer = await service.answer("我们是外包团队,在给政府客户开发小程序,类目选的教育平台,能用原生组件吗");
    expect(answer.method).toBe("native");
    expect(answer.answer).toContain("政府主体认证的小程序");
  });
});

describe("programs each said to hold a category (有, not 是)", () => {
  it("are judged each on its own: the combination of two categories never spans two programs", async () => {
    const answer = await service.answer("公司两个小程序,甲有电商平台,乙有社交-直播");
    expect(answer.answer).not.toContain("同时具备「电商平台」和「社交-直播」类目,可以直接使用");
    expect(answer.answer).toContain("小程序·云直播插件");
  });

  it("reads a place that names a program as opening one", async () => {
    const answer = await service.answer("一个小程序有电商平台类目,另一个小程序有社交直播类目");
    expect(answer.answer).toContain("【另一个小程序】");
    expect(answer.answer).not.toContain("同时具备「电商平台」和「社交-直播」类目,可以直接使用");
  });

  it("keeps one program's categories together when the place counts a category", async () => {
    const answer = await service.answer("小程序有一个电商平台类目,还有一个社交直播类目,能用原生吗");
    expect(answer.method).toBe("native");
  });
});

describe("a summary asked after several programs were described", () => {
  it("sums up each program on its own, however long the request", async () => {
    const programs = await service.answer("甲方的小程序是信托类目,我们自己的是电商平台");
    const counts = await service.answer("资质分别几选几", programs.conversation);
    const summary = await service.answer("请把两家小程序的情况汇总下,我拿去开会用", counts.conversation);
    expect(summary.answer).toContain("【甲方的小程序】");
    expect(summary.answer).toContain("【我们自己的小程序】");
  });
});

describe("the asker's program and a related company's, asked of each", () => {
  it("answers each program by its own category when a subsidiary or branch is said to be one", async () => {
    const branch = await service.answer("我们是保险公司,分公司是驾校培训,都用啥接入");
    expect(branch.answer).toContain("【分公司小程序】");
    expect(branch.answer).toMatch(/「教育-驾校培训」类目需通过 小程序·云直播插件/u);
  });

  it("answers both categories when the message asks what each uses, whoever holds the other", async () => {
    const both = await service.answer("我们做信托的,子公司做电商平台,两个都想直播,分别用什么");
    const methods = both.answer.split("\n").filter((line) => line.startsWith("· "));
    expect(methods.some((line) => line.includes("电商平台") && line.includes("插件"))).toBe(true);
    expect(methods.some((line) => line.includes("信托") && line.includes("live-pusher"))).toBe(true);
  });
});

describe("categories another party's program is said to hold", () => {
  it("are that program's, so holding both 电商平台 and 社交-直播 gives the native tags", async () => {
    for (const question of ["朋友公司的小程序同时有电商平台和社交直播两个类目,他们怎么接入", "合作方的小程序具备电商平台,也有社交直播类目,用什么方式直播"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(secondaries(answer), question).toEqual(["电商平台", "直播"]);
    }
  });
});

describe("clients numbered by the asker", () => {
  it("are pointed at by their numbers after an answer about each", async () => {
    const both = await service.answer("客户1做信托,客户2是电商平台,分别怎么接入");
    const second = await service.answer("那客户2的资质呢", both.conversation);
    expect(secondaries(second)).toEqual(["电商平台"]);
    const english = await service.answer("Client 1 runs a trust, client 2 is an e-commerce platform. How does each stream?");
    const first = await service.answer("what about client 1's qualifications?", english.conversation);
    expect(secondaries(first)).toEqual(["信托"]);
  });
});

describe("clients described by their subject beside clients described by their category", () => {
  it("answers each, the one said to be a government body too", async () => {
    const answer = await service.answer("客户A是保险公司,客户B是县政府,分别怎么接入");
    expect(answer.answer).toContain("【B小程序】");
    expect(answer.answer).toMatch(/【B小程序】\n政府主体认证的小程序可以直接使用/u);
  });

  it("points at one of them by its subject: 个人那个, 政府那个, and 企业那个 for the one no subject rule was said of", async () => {
    const three = await service.answer("手上三个客户:一个个人开发者做才艺直播,一个企业做在线网课,一个镇政府做政策宣讲");
    const personal = await service.answer("个人那个能播吗", three.conversation);
    expect(personal.answer).not.toContain("【");
    expect(personal.answer).toContain("个人认证的微信小程序暂不支持直播业务");
    const company = await service.answer("企业那个资质要几选几", three.conversation);
    expect(company.answer).not.toContain("【");
    expect(secondaries(company)).toEqual(["在线视频课程"]);
  });
});

describe("clients counted by their measure words (一家 a business, 一位 a person)", () => {
  it("opens a program at each, shown by number, so a personal client is not dropped", async () => {
    const answer = await service.answer("手上俩客户,一位是个人认证的开发者,一家是期货公司,分别怎么说");
    expect(answer.answer).toContain("【第 1 个小程序】\n个人认证的微信小程序暂不支持直播业务");
    expect(answer.answer).toContain("【第 2 个小程序】\n「金融业-证券/期货」类目可以使用微信原生组件标签");
    expect(answer.answer).not.toContain("【一家小程序】");
  });

  it("reads a measure word right after a letter as what that program is, not a program of its own", async () => {
    const answer = await service.answer("两个客户:甲是一家信托公司,乙是一家区政府单位,怎么接入直播");
    expect(answer.answer).toContain("【甲小程序】\n「金融业-信托」类目可以使用");
    expect(answer.answer).toContain("【乙小程序】\n政府主体认证的小程序可以直接使用");
  });

  it("takes a described client as what its description ends with: the business, not an activity before it", async () => {
    const answer = await service.answer("服务两个客户:一家城商行,一家给自家学员做付费培训的驾校,分别用啥方式");
    expect(answer.answer).toContain("【第 2 个小程序】\n「驾校」下文档列出的类目");
    expect(answer.answer).not.toContain("在线视频课程");
  });
});

describe("a question beside several programs that the document does not cover", () => {
  it("is said once, after every program's answer", async () => {
    const answer = await service.answer("我们小程序是企业认证的,有电商平台类目;合作方的小程序是个人认证的。合作方能借用我们的类目开直播吗?");
    const line = "没有讲在小程序之间借用或共用类目";
    expect(answer.answer.split(line).length - 1).toBe(1);
    expect(answer.answer.indexOf(line)).toBeGreaterThan(answer.answer.indexOf("个人认证的微信小程序暂不支持直播业务"));
  });
});

describe("a gloss in brackets after one of several programs", () => {
  it("says more of that program, opening none of its own", async () => {
    const answer = await service.answer("手上两个小程序,一个是教驾驶的驾校培训,一个是做基金的(我们是私募),分别怎么接直播");
    expect(answer.answer).toContain("【第 2 个小程序】");
    expect(answer.answer).not.toContain("【第 3 个小程序】");
    expect(answer.conversation.programs?.map((program) => program.categories)).toEqual([["education-driving-school-training"], ["finance-private-fund"]]);
  });
});
