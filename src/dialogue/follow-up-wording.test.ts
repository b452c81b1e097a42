import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a follow-up asking whether an activity of the topic's category may be done", () => {
  it("quotes the category's scenario that speaks of it", async () => {
    const topic = await service.answer("我们是做楼盘销售的,类目选的房地产营销");
    const viewing = await service.answer("能不能搞线上带看", topic.conversation);
    expect(viewing.parts.details.some((line) => line.includes("在线音视频带看"))).toBe(true);
  });
});

describe("两个 pointing at the two categories talked about one after the other", () => {
  it("answers both, whatever it asks of them", async () => {
    const both = async (first: string, second: string, followUp: string) => {
      const one = await service.answer(first);
      const two = await service.answer(second, one.conversation);
      return (await service.answer(followUp, two.conversation)).categories.map((category) => category.secondary);
    };
    expect(await both("私募基金能不能直播", "那银行呢", "两个的资质对比下")).toEqual(["私募基金", "银行"]);
    expect(await both("教育平台用什么方式接入", "学校呢", "两个差别在什么地方")).toEqual(["教育平台", "学历教育(学校)"]);
    expect(await both("多方通信能直播吗", "音视频设备呢", "两个都能走原生吗")).toEqual(["多方通信", "音视频设备"]);
    expect(await both("公立医院能直播吗", "那互联网医院呢", "两个的适用范围比一比")).toEqual(["公立医疗机构", "互联网医院"]);
  });
});

describe("a follow-up asking what happens on a rejection", () => {
  it("quotes the rule on rejection and keeps the category talked about for the next question", async () => {
    const topic = await service.answer("信托类目可以直播不");
    const rejected = await service.answer("要是我们审核被驳回了怎么办", topic.conversation);
    expect(rejected.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(rejected.answer).toContain("否则在提交审核后会被驳回申请");
    const scope = await service.answer("适用范围呢", rejected.conversation);
    expect(scope.categories.map((category) => category.secondary)).toEqual(["信托"]);
  });
});

describe("a short follow-up that asks whether streaming works, with 直播 first", () => {
  it("asks the method of the category talked about, not something outside the document", async () => {
    for (const followUp of ["那直播功能能不能用", "直播这块可以搞不", "直播能做吗"]) {
      const topic = await service.answer("我们小程序是信托类目");
      const answer = await service.answer(followUp, topic.conversation);
      expect(answer.kind, followUp).toBe("verdict");
      expect(answer.method, followUp).toBe("native");
    }
    // With nothing before, the category is asked for.
    expect((await service.answer("直播能用吗")).kind).toBe("no-category");
  });
});

describe("what the asker said it does, which the document does not list", () => {
  it("is carried to the category the next question names when that category's section speaks of it", async () => {
    const first = await service.answer("我们小程序是做时政新闻直播的");
    const next = await service.answer("那选社交直播类目行不行", first.conversation);
    expect(next.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(next.parts.details.join("\n")).toContain("时政信息");
  });

  it("is what a later question asking whether a named category fits is about: the answer says the document does not say it fits", async () => {
    const lawyers = await service.answer("咱们是开律师事务所的");
    const credit = await service.answer("能不能选企业征信类目", lawyers.conversation);
    expect(credit.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
    expect(credit.parts.details.join("\n")).toMatch(/之前说的业务.*没有说上面的类目是否适用/u);
    const dentist = await service.answer("We're a dental clinic.");
    const internet = await service.answer("Could we choose the internet hospital category?", dentist.conversation);
    expect(internet.parts.details.join("\n")).toMatch(/business you described before is not among/u);
    // Never by the rules' name of the business, which neither the document nor the asker gave.
    expect(internet.answer).not.toContain("其他");
  });

  it("leaves a group found by a word answered itself, its categories and their scopes, with the line that the document does not say they fit", async () => {
    const vet = await service.answer("我们开的是宠物诊所");
    const group = await service.answer("那医疗类目能选吗", vet.conversation);
    expect(group.categories.map((category) => category.secondary)).toEqual(["互联网医院", "公立医疗机构"]);
    expect(group.answer).toContain("适用于公立医疗机构提供的就医");
    expect(group.answer).toContain("你之前说的业务不在本文档开放直播的类目中");
    const gym = await service.answer("我们是开健身房的");
    const mixed = await service.answer("选教育类目行不行", gym.conversation);
    expect(mixed.answer).toContain("你之前说的业务不在本文档开放直播的类目中");
  });

  it("does not fit a category of its own group whose scope is written for others, asked in a later message", async () => {
    const agency = await service.answer("我们是做二手房中介的");
    const marketing = await service.answer("那房地产营销类目能选吗", agency.conversation);
    expect(marketing.parts.details.join("\n")).toContain("你之前说的业务与「房地产服务-房地产营销」的适用范围不符");
  });

  it("is not carried where that section says nothing of it, nor after a category of the topic's own", async () => {
    const game = await service.answer("我们是做游戏直播的");
    expect((await service.answer("那电商平台类目行不行", game.conversation)).answer).not.toContain("游戏");
    const trust = await service.answer("信托类目能直播吗");
    expect((await service.answer("那选社交直播类目行不行", trust.conversation)).answer).not.toContain("时政");
  });
});

describe("a follow-up about something the topic's note speaks of", () => {
  it("is answered from the topic's note, by any word of the unlisted name it uses", async () => {
    const first = await service.answer("电商平台类目有什么要注意的");
    const next = await service.answer("那商家卖医疗器械呢", first.conversation);
    expect(next.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(next.parts.details.join("\n")).toContain("需补充医疗相关类目");
  });
});

describe("a follow-up naming a kind the topic's category is for", () => {
  it("quotes the scope that says whether it fits, and only when nothing else is asked", async () => {
    const schools = await service.answer("学校类目的小程序用什么方式直播");
    const kind = await service.answer("那初高中也行吗", schools.conversation);
    expect(kind.parts.details.join("\n")).toContain("适用范围:适用于幼儿园、小学、初高中、大学");
    const asked = await service.answer("那初高中的资质几选一", schools.conversation);
    expect(asked.parts.details.join("\n")).not.toContain("适用范围");
  });
});

describe("a follow-up that asks about a method", () => {
  it("asks that, not the last question's aspect again", async () => {
    const first = await service.answer("教育平台类目资质是几选一");
    const next = await service.answer("那原生组件呢", first.conversation);
    expect(next.parts.details.join("\n")).not.toContain("资质要求");
  });

  it("reads an English follow-up about a government program as the government subject", async () => {
    const first = await service.answer("Can a personal mini program stream?");
    expect((await service.answer("What if it's a government mini program?", first.conversation)).method).toBe("native");
  });
});

describe("a follow-up comparing the topic with another category", () => {
  it("weighs the two, each with its scope, and keeps the asker's own as the topic", async () => {
    const first = await service.answer("我们是证券期货投资咨询类目");
    const compare = await service.answer("跟证券/期货类目有什么不同", first.conversation);
    expect(compare.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询", "证券/期货"]);
    expect(compare.parts.details.filter((line) => line.includes("适用范围")).length).toBe(2);
    // Compared with, the other category is not taken on: the next question is about the asker's own.
    const next = await service.answer("那资质呢", compare.conversation);
    expect(next.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
  });
});

describe("a follow-up after a question about another product", () => {
  it("is not taken as about the topic it left waiting", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const channels = await service.answer("视频号能开直播吗", trust.conversation);
    expect((await service.answer("要什么资质", channels.conversation)).categories).toEqual([]);
    // Pointing back ("那…呢"), it is about the waiting topic.
    const back = await service.answer("那适用范围呢", (await service.answer("视频号能开直播吗", trust.conversation)).conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["信托"]);
  });
});

describe("what a topic needs, and an approval said while asking", () => {
  it("answers 'which category do we still need' from the topic's own rules", async () => {
    const first = await service.answer("我们是电商平台");
    const next = await service.answer("那还需要什么类目才能用原生组件", first.conversation);
    expect(next.kind).toBe("verdict");
    expect(next.parts.details.join("\n")).toContain("若同时具备「社交-直播」类目");
  });

  it("reads a need, a category word and what lies between them as asking which category to add, and gives the notes that name one", async () => {
    const shop = await service.answer("我们做电商平台,还缺哪些类目?");
    expect(shop.answer).toContain("需补充医疗相关类目");
    expect(shop.answer).not.toContain("催情");
    const social = await service.answer("Does a social live program need any extra category?");
    expect(social.answer).toContain("current affairs information");
    // Its other note speaks of the category itself (the first review), not of one to add.
    expect(social.answer).not.toContain("7 days");
    const afterTopic = await service.answer("那要不要另外再加类目", (await service.answer("我们是企业征信")).conversation);
    expect(afterTopic.answer).toContain("【金融业-个人征信】");
  });

  it("does not carry the notes that answered which category it needs into a follow-up about another category", async () => {
    const shop = await service.answer("我们是电商平台");
    const needs = await service.answer("那需要什么类目才能用原生", shop.conversation);
    expect(needs.answer).toContain("需补充医疗相关类目");
    const bank = await service.answer("那银行呢", needs.conversation);
    expect(bank.method).toBe("native");
    expect(bank.answer).not.toContain("注意事项");
  });

  it("answers an activity one held category's note speaks of with that note alone, not every note of the others", async () => {
    const medicines = await service.answer("电商平台上有商家卖非处方药,能直播吗");
    const held = await service.answer("社交直播我们也开通了", medicines.conversation);
    const selling = await service.answer("那卖催情香水呢", held.conversation);
    expect(selling.answer).toContain("不得提供如催情香水");
    expect(selling.answer).not.toContain("时政信息");
    // Asked for the notes of both, each gets its own.
    const both = await service.answer("这两个类目分别有什么注意事项", held.conversation);
    expect(both.answer).toContain("时政信息");
  });

  it("brings in the note on selling medicines when the asker says it sells them in everyday words", async () => {
    const answer = await service.answer("电商平台上卖药的话能开直播吗");
    expect(answer.answer).toContain("需补充医疗相关类目");
  });

  it("does not read a category word after a need as asking for one when other words stand between", async () => {
    const answer = await service.answer("企业征信需要直播类目的资质吗");
    expect(answer.answer).not.toContain("个人征信");
  });

  it("answers a message that only tells what is still to come with the verdict now, not the last question again", async () => {
    const shop = await service.answer("我们小程序类目是电商平台");
    const count = await service.answer("资质几选一", shop.conversation);
    const told = await service.answer("社交直播要下个月才能批下来", count.conversation);
    expect(told.method).toBe("plugin");
    expect(told.answer).not.toContain("资质要求");
  });

  it("weighs every category a supposition names with 既…又…, each by its own method", async () => {
    const both = await service.answer("要是我们既有信托类目又有教育平台类目,直播该怎么接");
    expect(new Set(both.categories.map((category) => category.secondary))).toEqual(new Set(["信托", "教育平台"]));
  });

  it("holds a category said to be approved in a message that also asks", async () => {
    const first = await service.answer("我们有电商平台,社交直播还在申请中");
    const approved = await service.answer("已经批下来了,能用原生组件吗?", first.conversation);
    const now = await service.answer("现在呢", approved.conversation);
    expect(now.method).toBe("native");
  });

  it("does not take a dispute after another product as about the waiting topic", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const channels = await service.answer("视频号能开直播吗", trust.conversation);
    expect((await service.answer("你确定?", channels.conversation)).categories).toEqual([]);
  });

  it("does not answer a dispute of 'the document does not say' with the waiting topic's verdict", async () => {
    const ours = await service.answer("我们小程序有在线视频课程类目");
    const lend = await service.answer("能不能把我们的小程序租给别的机构直播?", ours.conversation);
    expect(lend.kind).toBe("out-of-corpus");
    const pressed = await service.answer("别绕弯子,到底行不行", lend.conversation);
    expect([pressed.kind, pressed.method]).toEqual(["out-of-corpus", "unknown"]);
    // A question of the category still takes the waiting topic up.
    expect((await service.answer("那资质几选一", pressed.conversation)).categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a correction in everyday words", () => {
  it("takes what an activity word says the program is instead, when the asker corrects or says it is all they do", async () => {
    const tutoring = await service.answer("我们是课外辅导机构,想给学生直播上课");
    const online = await service.answer("说错了,其实我们只做线上课程", tutoring.conversation);
    expect(online.method).toBe("native");
    expect(online.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });

  it("answers how to get a method after a name the document does not list with the categories of that method", async () => {
    const unlisted = await service.answer("我们是做同城跑腿的小程序,想直播");
    const how = await service.answer("那怎样才能用原生组件?", unlisted.conversation);
    expect(how.kind).toBe("list");
    expect(how.answer).toContain("「在线视频课程」");
    expect(how.answer).not.toContain("「驾校平台」");
  });

  it("reads lessons and training taught online as online video courses in English", async () => {
    expect((await service.answer("A client of ours sells recorded online lessons; are they allowed to stream?")).method).toBe("native");
    expect((await service.answer("Can an online training program go live?")).method).toBe("native");
  });

  it("reads classrooms of its own as a training institution's, not online courses", async () => {
    const answer = await service.answer("做技能培训的,学员来我们线下教室上课,也想直播");
    expect(answer.method).toBe("plugin");
  });
});

describe("a dispute that names another category", () => {
  it("quotes that category's note where it sends the asker to the one answered", async () => {
    const consulting = await service.answer("我们只提供期货投资咨询服务,不碰交易,选哪个类目");
    const disputed = await service.answer("真的吗?不是证券/期货吗", consulting.conversation);
    expect(disputed.answer).toContain("「金融业-证券/期货」注意:若小程序仅提供证券、期货投资等在线咨询服务");
    expect(disputed.citations.some((citation) => citation.heading === "金融业 > 证券/期货")).toBe(true);
    // A dispute naming a category whose notes say nothing of the answered one adds no note.
    const bank = await service.answer("你确定?不是银行吗", consulting.conversation);
    expect(bank.answer).not.toContain("「金融业-银行」注意");
  });

  it("keeps the topic when the other category is put back as a doubting question, and moves on when it is asked about", async () => {
    const consulting = await service.answer("我们只提供期货投资咨询服务,不碰交易,选哪个类目");
    for (const doubt of ["确定吗?难道不该是证券/期货?", "不对吧,应该是证券/期货吧?"]) {
      const disputed = await service.answer(doubt, consulting.conversation);
      expect(disputed.categories.map((category) => category.secondary), doubt).toEqual(["证券、期货投资咨询"]);
      expect(disputed.answer, doubt).toContain("建议选【金融业-证券/期货投资咨询】类目");
    }
    // After a subject's answer, a category put back in doubt gets the subject's rule again, whatever the category.
    const personal = await service.answer("个人认证的小程序可以直播吗");
    const government = await service.answer("那政府单位的呢", personal.conversation);
    const doubted = await service.answer("你确定?政府也要申请社交直播类目吧", government.conversation);
    expect(doubted.method).toBe("native");
    expect(doubted.answer).toContain("与所选类目无关");
    // A doubt that says a category is held as well adds it.
    const shop = await service.answer("我们是电商平台,能用原生组件吗");
    expect((await service.answer("你确定?我们同时具备社交直播", shop.conversation)).method).toBe("native");
    const asked = await service.answer("你确定?那证券/期货呢", consulting.conversation);
    expect(asked.categories.map((category) => category.secondary)).toEqual(["证券/期货"]);
  });
});

describe("a follow-up whose words rule the topic's category out", () => {
  it("is about what the word is left naming, not the topic's category", async () => {
    const publicHospital = await service.answer("公立医院可以用原生组件直播吗");
    const privateHospital = await service.answer("那私立医院呢", publicHospital.conversation);
    expect(privateHospital.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    const english = await service.answer("We are a public hospital, can we stream?");
    expect((await service.answer("what about a private hospital?", english.conversation)).categories.map((category) => category.secondary)).not.toContain("公立医疗机构");
  });

  it("rules the topic's category out when the asker says it is what the category is not for, asking nothing else", async () => {
    const { templates } = service.dependencies;
    const publicHospital = await service.answer("公立医院能不能开直播");
    const ours = await service.answer("不过我们是私立性质的,这个类目能选吗", publicHospital.conversation);
    expect(ours.kind).toBe("no-category");
    expect(ours.parts.details).toContain(templates.zh.line.unfitScope.replace("{word}", "私立").replace("{category}", "医疗-公立医疗机构"));
    const english = await service.answer("Can a public hospital stream live?");
    expect((await service.answer("we are privately owned though, does that still work?", english.conversation)).kind).toBe("no-category");
    // So does one more thing the asker runs, said to be what the category is not for, asked whether it may stream too.
    for (const more of ["我们还有个民营的分院,也想开直播", "我们集团另外还有个民营的康复中心,能不能也直播"]) {
      const another = await service.answer(more, publicHospital.conversation);
      expect(another.kind, more).toBe("no-category");
      expect(another.parts.details, more).toContain(templates.zh.line.unfitScope.replace("{word}", "民营").replace("{category}", "医疗-公立医疗机构"));
    }
    // Answered again when disputed, the category still does not fit what the asker said it is.
    const pushed = await service.answer("不过我们是私立性质的,就用公立医疗机构类目吧,行不行", publicHospital.conversation);
    const again = await service.answer("你好好想想", pushed.conversation);
    expect(again.answer).toContain(templates.zh.line.unfitScopeBefore.replace("{category}", "医疗-公立医疗机构"));
    // Not a word inside a question of its own, nor one said of someone else.
    expect((await service.answer("直播的时候可以提到病人的私人情况吗", publicHospital.conversation)).kind).not.toBe("no-category");
    // Ruled out, the category is no longer the topic: a follow-up after it does not answer it.
    const after = await service.answer("那直播接入走哪种方式", ours.conversation);
    expect(after.categories.map((category) => category.secondary)).not.toContain("公立医疗机构");
    // Only supposed, it stays the topic.
    const supposed = await service.answer("要是我们是私立性质的呢", publicHospital.conversation);
    expect((await service.answer("那直播接入走哪种方式", supposed.conversation)).categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });

  it("does not say the category left is the one for the asker's scenario: only that it is what is left", async () => {
    const { templates } = service.dependencies;
    const choosing = await service.answer("我们医院打算搞义诊直播,用哪个类目合适");
    const privateOne = await service.answer("不过我们是民营医院", choosing.conversation);
    expect(privateOne.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    expect(privateOne.parts.details).not.toContain(templates.zh.line.chooseHint.replace("{category}", "医疗-互联网医院"));
    expect(privateOne.parts.remarks).toContain(templates.zh.line.narrowedTo.replace("{categories}", "「医疗-互联网医院」"));
  });

  it("says the topic's category does not fit a word alone that it is not for, and asks for the category", async () => {
    const { templates } = service.dependencies;
    const publicHospital = await service.answer("公立医院可以用原生组件直播吗");
    const privateOne = await service.answer("如果是民办的呢", publicHospital.conversation);
    expect(privateOne.kind).toBe("no-category");
    expect(privateOne.parts.details.join("\n")).toContain("适用于公立医疗机构");
    expect(privateOne.answer).toContain("「民办」");
    const english = await service.answer("We are a public hospital, can we stream?");
    const privatelyRun = await service.answer("and if it were privately run?", english.conversation);
    expect(privatelyRun.kind).toBe("no-category");
    expect(privatelyRun.answer).toContain(templates.en.verdict.noCategory);
  });

  it("stays with the topic's category when the asker says it is not what the category is not for", async () => {
    const publicHospital = await service.answer("公立医院可以用原生组件直播吗");
    const notPrivate = await service.answer("我们并非民营的,那资质呢", publicHospital.conversation);
    expect(notPrivate.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
    const english = await service.answer("We are a public hospital, can we stream?");
    expect((await service.answer("we're not private, so how many qualifications?", english.conversation)).categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });

  it("still reads a scenario of the topic's field as what the topic's category streams", async () => {
    const publicHospital = await service.answer("公立医院可以用原生组件直播吗");
    const talk = await service.answer("那做健康讲座直播呢", publicHospital.conversation);
    expect(talk.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });

  it("rules the topic's category out for such a word a supposition opens with, also asking something of it", async () => {
    const publicHospital = await service.answer("公立医院可以用原生组件直播吗");
    expect((await service.answer("要是民营的,审核要多长时间", publicHospital.conversation)).kind).toBe("no-category");
  });

  it("does not rule the topic's category out for such a word inside a question of its own", async () => {
    const publicHospital = await service.answer("公立医院可以用原生组件直播吗");
    expect((await service.answer("直播时能展示患者的私人信息吗", publicHospital.conversation)).kind).not.toBe("no-category");
  });
});

describe("a follow-up about how long the review takes, in everyday words", () => {
  it("is answered with the review line, which says it is the first submission's", async () => {
    const social = await service.answer("社交直播类目提审要多久");
    const again = await service.answer("那以后每次提交都要那么久吗", social.conversation);
    expect(again.parts.details.join("\n")).toContain("首次提交代码审核");
  });
});

describe("a switch to a category described on the way, then the two weighed", () => {
  it("replaces the topic, compares the two when asked how they differ, and answers the one pointed at by its place", async () => {
    const first = await service.answer("我们只在网上卖编程课,直播选哪个类目");
    expect(first.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    const switched = await service.answer("那如果改成带线下教室的补习机构呢", first.conversation);
    expect(switched.method).toBe("plugin");
    expect(switched.categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
    const compared = await service.answer("二者差在哪儿", switched.conversation);
    expect(compared.categories.map((category) => category.secondary)).toEqual(["在线视频课程", "学历教育(培训机构) - 职业培训/课外辅导"]);
    const latter = await service.answer("后面那个资质几选一", compared.conversation);
    expect(latter.categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
    const former = await service.answer("前面那个呢", compared.conversation);
    expect(former.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a follow-up asking what else besides the last answer", () => {
  it("asks again what was asked last, of the topic's category", async () => {
    const first = await service.answer("公募基金的资质要几选一");
    const besides = await service.answer("除了这个以外还要啥", first.conversation);
    expect(besides.parts.details.join("\n")).toContain("5选1");
    const english = await service.answer("How many qualifications does a trust need?");
    const more = await service.answer("Do we need anything on top of that?", english.conversation);
    expect(more.parts.details.join("\n")).toContain("choose 1 of 2");
  });
});

describe("follow-ups that change what the program is or does, in everyday words", () => {
  it("says a category whose scope fact is dropped no longer fits, points at a pre-sale activity's category, and reads a Taiwanese word for medical devices", async () => {
    const tutoring = await service.answer("We run an English tutoring school with physical classrooms. Plugin or native?");
    const dropped = await service.answer("And if we got rid of the physical classrooms?", tutoring.conversation);
    expect(dropped.answer).toContain("does not match the scope");
    const dealer = await service.answer("We're an auto dealer, can we do live streams?");
    // Pre-selling said without the category's own words: the dealer is pointed at the pre-sale category.
    const presale = await service.answer("Well, really it's presales of upcoming models", dealer.conversation);
    expect(presale.answer).toContain("汽车预售服务");
    const platform = await service.answer("我們是網購平台,很多賣家進駐,能直播嗎");
    const devices = await service.answer("有賣家要賣醫材可以嗎", platform.conversation);
    expect(devices.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(devices.answer).toContain("醫療器械");
  });
});

describe("an activity the program would also take on, supposed after its category", () => {
  it("adds the activity's category beside the topic's, not the topic's answer again", async () => {
    const quotes = await service.answer("我们是做港美股行情资讯的小程序");
    const trading = await service.answer("那要是以后我们也做实盘交易呢", quotes.conversation);
    expect(trading.categories.map((category) => category.secondary)).toEqual(["股票信息服务平台(港股/美股)", "证券/期货"]);
  });
});

describe("consulting widened to trading, and consulting said in English", () => {
  it("is 证券/期货 once trading is done, and 投资咨询 alone while only advice is given", async () => {
    const advice = await service.answer("我们是做期货投资咨询的");
    const trading = await service.answer("要是我们还做开户交易呢", advice.conversation);
    expect(trading.categories.map((category) => category.secondary)).toContain("证券/期货");
    const english = await service.answer("Our app gives securities investment advice. Can we stream?");
    expect(english.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
  });
});

describe("what applying takes, asked in few words", () => {
  it("asks the qualification of the topic's category", async () => {
    const credit = await service.answer("消费金融类目可以直播吗");
    const needs = await service.answer("那申请的话需要什么", credit.conversation);
    expect(needs.answer).toContain("「金融业-消费金融」资质要求:需同时提供。");
  });
});

describe("a place in the list just given", () => {
  it("points at the category at that place, the last one too", async () => {
    const list = await service.answer("金融业下面能直播的类目有哪些");
    const second = await service.answer("排第二的那个要几选一", list.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["信托"]);
    const last = await service.answer("最后那个呢", list.conversation);
    expect(last.categories.map((category) => category.secondary)).toEqual(["消费金融"]);
    const third = await service.answer("第三个呢", list.conversation);
    expect(third.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    // After a group's options, in the order the answer showed them: those of the asked method first.
    const plugin = await service.answer("Which education categories need the plugin?");
    const firstShown = await service.answer("and the first one?", plugin.conversation);
    expect(firstShown.method).toBe("plugin");
    // After two categories, the last is the second.
    const first = await service.answer("银行审核要多久");
    const then = await service.answer("那保险呢", first.conversation);
    expect((await service.answer("最后那个的资质呢", then.conversation)).categories.map((category) => category.secondary)).toEqual(["保险"]);
  });
});

describe("a business done as well, which the topic's note sends to another category", () => {
  it("keeps the topic and its note, and reads a client served before the category as no category held", async () => {
    const first = await service.answer("我们为券商提供企业征信查询,小程序能直播吗");
    expect(first.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
    const also = await service.answer("要是以后也想做个人信用报告呢", first.conversation);
    expect(also.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
    expect(also.answer).toContain("个人征信");
  });
});

describe("a message that only asks for the last answer again", () => {
  it("gets the topic's answer again, in the message's language, whatever words it is asked in", async () => {
    const first = await service.answer("我们做的是多家驾校入驻的平台,直播用什么方式接入");
    for (const again of ["还是没太明白呢", "麻烦再讲一遍吧", "你上面说的我没太懂", "sorry, I didn't get that", "Say it again please?"]) {
      const next = await service.answer(again, first.conversation);
      expect(next.method, again).toBe(first.method);
      expect(next.categories.map((category) => category.secondary), again).toEqual(first.categories.map((category) => category.secondary));
    }
    // A typographic apostrophe, as phones type it.
    const curly = await service.answer("sorry, I didn’t get that", first.conversation);
    expect(curly.language).toBe("en");
    expect(curly.method).toBe(first.method);
  });

  it("is not read inside a question of its own, and with no topic gets what the bot answers", async () => {
    const first = await service.answer("我们是电商平台类目");
    const scope = await service.answer("多方通信是啥意思", first.conversation);
    expect(scope.categories.map((category) => category.secondary)).toEqual(["多方通信"]);
    const alone = await service.answer("看不懂");
    expect(alone.kind).toBe("help");
  });
});

describe("a message pointing at the last answer, naming and asking nothing else", () => {
  it("gets the topic's answer again, not the reply for questions outside the document", async () => {
    const first = await service.answer("区里的公办小学做小程序直播,怎么接入");
    for (const pointer of ["那结论是啥?", "你刚刚说的最后一句是什么", "等等,你刚才不是说能用原生的吗"]) {
      const next = await service.answer(pointer, first.conversation);
      expect(next.kind, pointer).not.toBe("out-of-corpus");
      expect(next.method, pointer).toBe(first.method);
      expect(next.categories.map((category) => category.secondary), pointer).toEqual(first.categories.map((category) => category.secondary));
    }
  });

  it("asks for it shorter or plainer, and is not read as asking whether anything is easy to get", async () => {
    const first = await service.answer("互联网医院类目想开直播");
    for (const shorter of ["长话短说", "说简单点", "精简一下就行"]) {
      const next = await service.answer(shorter, first.conversation);
      expect(next.method, shorter).toBe(first.method);
      expect(next.answer, shorter).not.toContain("审核时长");
    }
  });

  it("asks for the items again, or says some were left out, and gets the topic's qualification answer again", async () => {
    const first = await service.answer("社交直播的资质要哪些");
    for (const again of ["少了吧,是不是漏掉了,再列一遍", "你之前不是说过了吗,重新列一下"]) {
      const next = await service.answer(again, first.conversation);
      expect(next.kind, again).not.toBe("out-of-corpus");
      expect(next.categories.map((category) => category.secondary), again).toEqual(["直播"]);
      expect(next.answer, again).toContain("3选1");
    }
  });

  it("checks what was just answered in a word or two, and gets the topic's answer again", async () => {
    const first = await service.answer("教育平台类目能走原生组件吗");
    for (const check of ["确定?", "都不行吗", "真的不能?"]) {
      const next = await service.answer(check, first.conversation);
      expect(next.kind, check).not.toBe("out-of-corpus");
      expect([next.method, next.categories.map((category) => category.secondary)], check).toEqual(["plugin", ["教育平台"]]);
    }
  });

  it("keeps the conversation's language when it is one Latin token", async () => {
    const first = await service.answer("城商行的小程序可以直播吗");
    const next = await service.answer("TL;DR?", first.conversation);
    expect(next.language).toBe("zh");
    expect(next.method).toBe(first.method);
  });

  it("with no topic, a trust question gets what the answers rest on", async () => {
    const trust = await service.answer("你这些说法靠谱吗");
    expect(trust.answer).toContain("类目申请资质要求");
    expect(trust.kind).not.toBe("out-of-corpus");
  });
});

describe("a follow-up opened by an acknowledgement with no mark after it", () => {
  it("is read as the follow-up it is, subject words included", async () => {
    const first = await service.answer("We are a county government department. Can our mini program do live streams?");
    const next = await service.answer("alright and what about a personal one?", first.conversation);
    expect(next.method).toBe("unsupported");
    const chinese = await service.answer("个人认证的小程序可以直播吗");
    expect((await service.answer("好嘞那政府的呢", chinese.conversation)).method).toBe("native");
  });
});

describe("a follow-up pointing at the topic's category and naming another category's activity", () => {
  it("keeps the topic's category and points to the category whose scenario the activity is", async () => {
    const trust = await service.answer("信托类目接入方式是什么");
    const selling = await service.answer("这个类目可以搞直播卖货吗", trust.conversation);
    expect(selling.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(selling.method).toBe("native");
    expect(selling.answer).toContain("电商平台");
    const pets = await service.answer("那它能做个宠物直播吗", trust.conversation);
    expect(pets.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(pets.answer).toContain("社交-直播");
    const english = await service.answer("can that category do live selling?", trust.conversation);
    expect(english.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(english.answer).toContain("电商平台");
  });

  it("still starts afresh when the pointer only describes the activity's own category", async () => {
    const trust = await service.answer("信托类目接入方式是什么");
    const described = await service.answer("那个直播带货的类目呢", trust.conversation);
    expect(described.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    // Said after the activity, the pointer points back at the activity's category.
    const after = await service.answer("我们打算做宠物直播,那个类目首次提审多久", trust.conversation);
    expect(after.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });
});

describe("a place counted from the end of a list", () => {
  it("points at that place from the end, not from the start nor at the last", async () => {
    const finance = await service.answer("金融这块有哪些能开直播的类目");
    const fromEnd = await service.answer("倒数第二个的资质要求呢", finance.conversation);
    expect(fromEnd.categories.map((category) => category.secondary)).toEqual(["股票信息服务平台(港股/美股)"]);
    const education = await service.answer("list the education categories that can stream");
    const english = await service.answer("and the third from the end?", education.conversation);
    expect(english.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    const hyphenated = await service.answer("what about the second-to-last one?", education.conversation);
    expect(hyphenated.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
  });

  it("is no place when what follows has places of its own", async () => {
    const education = await service.answer("教育类哪些类目能直播");
    const month = await service.answer("倒数第二个月提交的审核,现在还能用插件吗", education.conversation);
    expect(month.categories.map((category) => category.secondary)).not.toEqual(["驾校培训"]);
    // A span of the list, or a place on something else, points at no one category.
    for (const followUp of ["go through them from first to last please", "what is second from the bottom of the page?"]) {
      expect((await service.answer(followUp, education.conversation)).categories.length, followUp).not.toBe(1);
    }
  });
});

describe("a follow-up naming another category of the topic's group by a part of its name", () => {
  it("is that category when only it has that part", async () => {
    const hospital = await service.answer("公立医院那个类目可以直播吗");
    const internet = await service.answer("那互联网的呢", hospital.conversation);
    expect(internet.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    const platform = await service.answer("驾校平台的资质几选一");
    const training = await service.answer("那在线视频的呢", platform.conversation);
    expect(training.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a place beyond the list shown", () => {
  it("says how many there are, and shows them again", async () => {
    const { templates } = service.dependencies;
    const education = await service.answer("教育下面都有哪些类目能直播");
    const beyond = await service.answer("那第九个的资质呢", education.conversation);
    expect(beyond.parts.verdict).toBe(templates.zh.line.placeMissing.replace("{count}", "6").replace("{place}", "9"));
    expect(beyond.answer).toContain("教育平台");
    const english = await service.answer("and the 8th one?", education.conversation);
    expect(english.parts.verdict).toBe(templates.en.line.placeMissing.replace("{count}", "6").replace("{place}", "8"));
    // The list is still there to point into.
    expect((await service.answer("那第六个呢", beyond.conversation)).categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    // After the document's list by a method, that list again, not the whole document's.
    const plugin = await service.answer("哪些类目得走云直播插件");
    const eighth = await service.answer("第八个呢", plugin.conversation);
    expect(eighth.answer).not.toContain("金融业");
  });
});

describe("a place said with a word that is no thing of its own", () => {
  it("still points into the list", async () => {
    const finance = await service.answer("金融这块有哪些能直播的类目");
    expect((await service.answer("第三个行不行", finance.conversation)).categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    expect((await service.answer("what about the third of the list?", finance.conversation)).categories.map((category) => category.secondary)).toEqual(["公募基金"]);
  });
});

describe("a follow-up saying the program lacks what the topic's category is for", () => {
  it("hears the category does not fit, with its scope, instead of being told it holds no category", async () => {
    const school = await service.answer("我们是做职业技能培训的机构,有线下校区,想开直播");
    const online = await service.answer("要是以后没有线下教学了,全改成线上呢,还能用这个类目吗", school.conversation);
    expect(online.answer).toContain("「没有线下教学」");
    expect(online.answer).toContain("适用范围不符");
    expect(online.answer).not.toContain("不具备");
    // Said as closed down.
    const closed = await service.answer("假如线下校区关掉了呢", school.conversation);
    expect(closed.answer).toContain("适用范围不符");
  });
});

describe("a pointer at a category said after an activity", () => {
  it("is the activity's category, and holds nothing besides", async () => {
    const asked = await service.answer("明星直播得选哪个类目,这个类目首次审核多长时间");
    expect(asked.categories.map((category) => category.secondary)).toEqual(["直播"]);
    const platform = await service.answer("我们是电商平台类目");
    const pets = await service.answer("宠物直播的话,该类目能用吗", platform.conversation);
    expect(pets.answer).not.toContain("同时具备");
  });
});

describe("a pointer after a group's options listed by a method", () => {
  it("points at the one option that takes the method, when only one does", async () => {
    const listed = await service.answer("教育下面有哪个类目是支持live-pusher的");
    const pointed = await service.answer("它要几选一的资质", listed.conversation);
    expect(pointed.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    expect(pointed.answer).toContain("5选1");
  });

  it("answers a row asked right after with no pointer, or with a bare 这个 before it, of that one option", async () => {
    const group = await service.answer("教育这块能直播的类目一共几个");
    const native = await service.answer("里面哪一个可以直接用原生标签", group.conversation);
    for (const question of ["审核大概多久", "这个的适用范围写的啥"]) {
      expect((await service.answer(question, native.conversation)).categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    }
  });

  it("points at none that takes the method when the list asked which do not, nor at the one set aside", async () => {
    const without = await service.answer("教育里面哪个没法用原生组件");
    expect((await service.answer("它要几选一的资质", without.conversation)).categories.map((category) => category.secondary)).not.toEqual(["在线视频课程"]);
    const listed = await service.answer("教育下面有哪个类目是支持live-pusher的");
    expect((await service.answer("它之外的资质呢", listed.conversation)).categories.map((category) => category.secondary)).not.toEqual(["在线视频课程"]);
    // A remark about it asks nothing of it.
    expect((await service.answer("它跟我们不太搭", listed.conversation)).categories.map((category) => category.secondary)).not.toEqual(["在线视频课程"]);
    expect((await service.answer("它不合适,我们得走插件", listed.conversation)).categories.map((category) => category.secondary)).not.toEqual(["在线视频课程"]);
  });

  it("points at none of them when several take it", async () => {
    const listed = await service.answer("教育类里面哪些得走插件");
    const pointed = await service.answer("它要几选一的资质", listed.conversation);
    expect(pointed.categories.length).not.toBe(1);
  });
});

describe("a group's categories asked in everyday words, then among them by a method, then by place", () => {
  it("lists the group, keeps to it for the method, and answers the place pointed at without calling it a choice", async () => {
    const { templates } = service.dependencies;
    const education = await service.answer("教育类都有什么类目");
    // A list of the group, not a question of which one the program holds.
    expect(education.parts.verdict).toBe(templates.zh.verdict.groupList.replace("{term}", "教育"));
    const plugin = await service.answer("这里面哪些走插件", education.conversation);
    expect(plugin.answer).not.toContain("电商平台");
    const second = await service.answer("第二个呢", plugin.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["学历教育(学校)"]);
    expect(second.parts.details.join("\n")).not.toContain(templates.zh.line.chooseHint.split("{")[0]!);
  });
});

describe("one category of a group just listed, asked about by name", () => {
  it("is asked about on its own, and a pointer after it points at it, not at the group", async () => {
    const finance = await service.answer("金融这一块都有哪些类目");
    const insurance = await service.answer("其中保险的注意事项呢", finance.conversation);
    expect(insurance.categories.map((category) => category.secondary)).toEqual(["保险"]);
    const fund = await service.answer("那私募的资质几选几", insurance.conversation);
    expect(fund.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    expect((await service.answer("它走哪种方式接入", fund.conversation)).categories.map((category) => category.secondary)).toEqual(["私募基金"]);
  });
});

describe("which one of a group's options takes a method", () => {
  it("names the one or two that do in a line of their own after the list, not the many", async () => {
    const { templates } = service.dependencies;
    const options = await service.answer("教育方面哪些需要走插件");
    const native = await service.answer("那哪一个能上原生标签", options.conversation);
    expect(native.parts.details).toContain(templates.zh.line.groupListOfMethod.replace("{method}", templates.zh.method.native).replace("{categories}", "「教育-在线视频课程」"));
    expect(options.parts.details.some((line) => line.startsWith("其中可以使用"))).toBe(false);
    // Which few (哪几个) of a group take a method is the group's list too, not which one is held.
    expect((await service.answer("教育下面哪几个得走插件")).parts.verdict).not.toContain("请确认");
  });
});

describe("which of a group take a method, the group named without a verb of taking", () => {
  it("is the group's list, saying which one or two do — or, where all but one or two do, which do not", async () => {
    const { templates } = service.dependencies;
    const native = await service.answer("医疗类哪几个能原生");
    expect(native.parts.verdict).not.toContain("请确认");
    const plugin = await service.answer("教育类目哪些是插件的");
    expect(plugin.parts.verdict).not.toContain("请确认");
    expect(plugin.parts.details).toContain(templates.zh.line.groupListOfMethodExcept.replace("{categories}", "「教育-在线视频课程」").replace("{method}", templates.zh.method.plugin));
    // Among a group's list just shown, in English.
    const group = await service.answer("What are the categories in education?");
    const ofThem = await service.answer("which of these have to use the plugin?", group.conversation);
    expect(ofThem.parts.details.join("\n")).toContain(templates.en.line.groupListOfMethodExcept.split("{categories}")[0]!);
  });
});

describe("readings kept to what they are for", () => {
  it("reads a per-program category limit only of one program's categories", async () => {
    expect((await service.answer("最多几个类目要等7天审核")).kind).not.toBe("out-of-corpus");
    expect((await service.answer("单个小程序最多能添加几个类目")).kind).toBe("out-of-corpus");
  });

  it("does not take these or those after a list as pointing at it when they point at other things or say what is lacking", async () => {
    const native = await service.answer("原生标签能用的类目有哪些");
    for (const message of ["我们有两个主播,它们要单独认证吗", "我们没有这些类目,还能直播吗", "那些大平台一般选啥"]) {
      const answer = await service.answer(message, native.conversation);
      expect(answer.categories.length, message).toBeLessThan(19);
    }
    const plugin = await service.answer("哪些类目需要用插件");
    expect((await service.answer("what notes do they each have?", plugin.conversation)).categories).toHaveLength(6);
  });

  it("does not set a group aside from a list when the asker says what it is not, nor filter a list by a count said of itself", async () => {
    const plugin = await service.answer("插件那边有哪些类目");
    expect((await service.answer("我们不做教育,用什么接入", plugin.conversation)).kind).not.toBe("list");
    const { templates } = service.dependencies;
    expect((await service.answer("我们资质选的是2选1里的一项,哪些类目走插件")).parts.verdict).toBe(templates.zh.line.listHeader.replace("{method}", templates.zh.method.plugin).replace("{count}", "6"));
  });

  it("does not list the document's categories when asked for the asker's own, but does when asked which it may use", async () => {
    for (const question of ["我们的类目列一下", "how many categories does my mini program already have?"]) expect((await service.answer(question)).kind, question).not.toBe("list");
    for (const question of ["我们有啥类目能走原生", "小程序现在有哪些类目可以开播"]) expect((await service.answer(question)).kind, question).toBe("list");
    // The asker, then having, with nothing of choosing or being allowed: what its program holds.
    for (const question of ["咱们这个小程序目前一共有哪些类目", "我们店铺小程序都有啥类目"]) expect((await service.answer(question)).kind, question).not.toBe("list");
    // Which categories may be chosen is the document's whole list, not those that have a scope row.
    const choosable = await service.answer("咱们都有哪些类目能选");
    expect(choosable.kind).toBe("list");
    expect(choosable.parts.verdict).toContain("25");
  });

  it("reads adding something to a mini program as the category limit only when categories are added", async () => {
    for (const question of ["一个小程序能添加云直播插件吗", "每个小程序可以添加几个运营账号"]) expect((await service.answer(question)).answer, question).not.toContain("最多可添加的类目数量");
    expect((await service.answer("一个小程序能加多个类目吗")).answer).toContain("最多可添加的类目数量");
  });

  it("does not read the pronoun it as the IT group", async () => {
    const bank = await service.answer("银行类目怎么接入");
    expect((await service.answer("is it sector specific?", bank.conversation)).answer).not.toContain("IT 科技");
    // "the IT …" is the group: no pronoun follows "the".
    const group = await service.answer("which categories fall under the IT field?");
    expect(group.categories.map((category) => category.secondary).sort()).toEqual(["多方通信", "音视频设备"]);
  });

  it("reads a negated activity as not done unless a word for categories follows, and a bare says-who as a source request", async () => {
    const social = await service.answer("社交直播类目要补什么");
    expect((await service.answer("我们没有时政内容,要加时政信息类目吗", social.conversation)).answer).toContain("只在涉及时适用");
    expect((await service.answer("says who?", social.conversation)).kind).toBe("about");
    expect((await service.answer("says who can apply for it?", social.conversation)).kind).not.toBe("about");
  });
});

describe("a correction opened by an interjection", () => {
  it("asks again what was asked, of the category it names", async () => {
    const fund = await service.answer("公募的资质要几选一");
    const corrected = await service.answer("啊说错了,我问的是私募", fund.conversation);
    expect(corrected.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    expect(corrected.answer).toContain("3选1");
  });
});

describe("the same question asked of another category", () => {
  it("asks of it what the last turn asked, in either language", async () => {
    const bank = await service.answer("银行这个类目直播走哪种方式");
    const count = await service.answer("资质几选一啊", bank.conversation);
    const same = await service.answer("一样的问题,换成信托", count.conversation);
    expect([same.categories.map((category) => category.secondary), same.answer.includes("2选1")]).toEqual([["信托"], true]);
    const samePublic = await service.answer("同样的问题 换成公募基金", count.conversation);
    expect(samePublic.answer).toContain("5选1");
    const english = await service.answer("what are the qualifications for insurance?");
    expect((await service.answer("same question for a trust company", english.conversation)).answer).toContain("choose 1 of 2");
  });
});

describe("an English follow-up whose words only the topic's English renderings know", () => {
  it("stays on the topic instead of being called outside the document", async () => {
    const firm = await service.answer("we're a brokerage looking to stream in our mini program");
    const consulting = await service.answer("actually we just offer consulting, 不做交易", firm.conversation);
    expect(consulting.kind).not.toBe("out-of-corpus");
    // The topic's field completes the word: securities consulting (证券、期货投资咨询), a category of its own.
    expect(consulting.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
  });
});

describe("a follow-up asking which category a new activity of the topic's field takes", () => {
  it("names that activity's own category, in either language, rather than the topic's", async () => {
    const meetings = await service.answer("我们小程序主要做多人视频会议,直播能用原生吗");
    const hardware = await service.answer("另外我们还打算网上卖硬件产品,这块该选什么类目", meetings.conversation);
    expect(hardware.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
    const english = await service.answer("Our mini program hosts group video calls. Can we use live-pusher?");
    const devices = await service.answer("And for selling hardware online, what category should that be?", english.conversation);
    expect(devices.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
  });

  it("still reads a scenario of the topic's field asked without a choice as what the topic's category streams", async () => {
    const hospital = await service.answer("公立医院的小程序能直播吗");
    const lecture = await service.answer("想做健康讲座直播,用什么标签", hospital.conversation);
    expect(lecture.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });
});

describe("a comparison naming both sides after another topic", () => {
  it("weighs the two named, not the topic beside them, and 'these two' then points at them", async () => {
    const insurance = await service.answer("保险类目资质几选一");
    const differ = await service.answer("另外问下,学校和培训机构这两个类目有啥不同", insurance.conversation);
    expect(differ.categories.map((category) => category.secondary).sort()).toEqual(["学历教育(培训机构) - 职业培训/课外辅导", "学历教育(学校)"]);
    const native = await service.answer("这俩哪个能走原生", differ.conversation);
    expect(native.categories.map((category) => category.primary)).toEqual(["教育", "教育"]);
    expect(native.method).toBe("plugin");
    // Opened by a word of comparing, the names are weighed against the topic.
    const against = await service.answer("和银行、信托有什么区别", insurance.conversation);
    expect(against.categories.map((category) => category.secondary)).toContain("保险");
  });
});

describe("a category applied for, turned down, then approved", () => {
  it("is not lost by the turn-down, and held once it comes through", async () => {
    const pending = await service.answer("在线视频课程这个类目我们刚提交申请,还没下来");
    const rejected = await service.answer("结果被驳回了,咋整", pending.conversation);
    expect(rejected.answer).not.toContain("请告诉我小程序的服务类目");
    const approved = await service.answer("后来重新提交已经批下来了,能直接用live-pusher不", rejected.conversation);
    expect(approved.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    expect(approved.method).toBe("native");
  });
});

describe("a classroom the asker means to close, after the training institution", () => {
  it("says the institution's scope no longer fits, as a classroom lacked does", async () => {
    const institution = await service.answer("我们是有线下教室的职业培训机构,直播用啥");
    const closing = await service.answer("要是以后取消线下教室呢", institution.conversation);
    expect(closing.answer).toContain("适用范围不符");
    // The one it no longer fits and the one pointed to instead are "the two".
    const both = await service.answer("这俩比起来选哪个", closing.conversation);
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["在线视频课程", "学历教育(培训机构) - 职业培训/课外辅导"]);
  });
});

describe("分别, respectively, after one category of two talked about", () => {
  it("asks of both, as 这两个 does", async () => {
    const both = await service.answer("学校和教育平台都能直播吗?什么方式");
    const first = await service.answer("学校那个的适用范围是啥", both.conversation);
    const second = await service.answer("那教育平台呢?", first.conversation);
    const each = await service.answer("资质要求各自是几选一", second.conversation);
    expect(each.categories.map((category) => category.secondary).sort()).toEqual(["学历教育(学校)", "教育平台"]);
  });
});

describe("why not another category, after one was answered", () => {
  it("keeps the answered category and quotes what the document gives of each to tell them apart", async () => {
    const courses = await service.answer("我们要做讲座直播,办那种公益讲座");
    const whyNot = await service.answer("为啥不是社交直播呢?", courses.conversation);
    expect(whyNot.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    expect(whyNot.answer).toContain("「社交-直播」小程序直播场景");
    expect(whyNot.answer).toContain("「教育-在线视频课程」小程序直播场景");
    // Said as not choosing the other one, with what the other offers.
    const bank = await service.answer("我们是城商行,直播怎么接入");
    const notTrust = await service.answer("为什么不能选信托,信托也能用原生", bank.conversation);
    expect(notTrust.categories.map((category) => category.secondary)).toEqual(["银行"]);
    expect(notTrust.answer).toContain("「金融业-信托」类目适用范围");
    // In English, picking the other one instead.
    const englishBank = await service.answer("we are a rural commercial bank, native or plugin?");
    const pickTrust = await service.answer("so why not just go with trust?", englishBank.conversation);
    expect(pickTrust.categories.map((category) => category.secondary)).toEqual(["银行"]);
    expect(pickTrust.answer).toContain("Scope of 「金融业-信托");
  });
});

describe("a supposition of what the asker itself is", () => {
  it("replaces the topic's category, 自己 or 本身 between the words", async () => {
    const platform = await service.answer("我们是驾校入驻平台,直播用什么");
    const itself = await service.answer("要是我们本身是一家培训机构呢", platform.conversation);
    expect(itself.categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
    const firm = await service.answer("我们是期货公司,直播怎么接入");
    const broker = await service.answer("那要是我们本身就是一家保险中介呢", firm.conversation);
    expect(broker.categories.map((category) => category.secondary)).toEqual(["保险"]);
  });
});

describe("a category supplemented, asked after holding 电商平台", () => {
  it("keeps 电商平台's own verdict: only 社交-直播 changes its method", async () => {
    const shop = await service.answer("我们是电商平台,商家有卖医疗器械的,直播要注意啥");
    const added = await service.answer("那补齐医疗相关的类目以后,是不是就能走原生了", shop.conversation);
    expect(added.categories.map((category) => category.secondary)).toContain("电商平台");
    expect(added.answer).toContain("若同时具备「社交-直播」类目");
    expect(added.answer).not.toContain("如果你们不是");
  });
});

describe("an acknowledgement run into a follow-up, no mark between", () => {
  it("carries what was asked to the category named next, as with a comma", async () => {
    const bank = await service.answer("bank category, how many qualification options?");
    const insurer = await service.answer("ok thanks and what about insurance", bank.conversation);
    expect(insurer.answer).toContain("choose 1 of 3");
    const chinese = await service.answer("银行资质几选一");
    expect((await service.answer("好的那信托呢", chinese.conversation)).answer).toContain("2选1");
  });
});

describe("a business the document does not list, asked whether it may use the topic's category pointed at", () => {
  it("is answered by that category's scope beside the name not listed, not as a category of its own", async () => {
    const first = await service.answer("我们是楼盘开发商,小程序想直播带看");
    const agency = await service.answer("那二手房中介能用这个类目吗", first.conversation);
    expect(agency.categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
    expect(agency.parts.details.join("\n")).toContain("「房地产服务-房地产营销」类目适用范围");
  });
});

describe("a broad word said again that holds the topic's category", () => {
  it("names the topic's category, not its whole group, in either language", async () => {
    const chinese = await service.answer("私募基金可以开直播吗");
    const shares = await service.answer("那直播间里能卖基金份额不", chinese.conversation);
    expect(shares.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    const english = await service.answer("Can a private fund stream on its mini program?");
    const units = await service.answer("and could we sell fund units during it?", english.conversation);
    expect(units.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
  });

  it("still names the whole group when its categories are asked for", async () => {
    const first = await service.answer("私募基金可以开直播吗");
    const all = await service.answer("所有基金类目都能吗", first.conversation);
    expect(all.categories.map((category) => category.secondary).sort()).toEqual(["公募基金", "私募基金"]);
    // The topic's whole field meant whole, not only the topic's category.
    const bank = await service.answer("银行类目可以直播吗");
    const finance = await service.answer("那金融类的全部都能吗", bank.conversation);
    expect(finance.categories.length).toBe(11);
  });
});

describe("a name followed by a pointer that only repeats it (X这个类目)", () => {
  it("asks about that name, not the topic the pointer would otherwise point at", async () => {
    const first = await service.answer("做宠物娱乐直播,用社交直播类目可以吧");
    const asked = await service.answer("那时政信息这个类目需要啥资质", first.conversation);
    expect(asked.parts.details.join("\n")).not.toContain("「社交-直播」资质要求");
    expect(asked.parts.details.join("\n")).toContain("文档没有给出「时政信息」的资质要求");
  });
});

describe("a message pointing at an earlier answer when there is none", () => {
  it("gets what the bot answers, in the language asked for, never 'outside the document'", async () => {
    const { templates } = service.dependencies;
    for (const [message, language] of [["Reply in English please", "en"], ["说中文", "zh"], ["第二个", "zh"], ["倒数第一个呢", "zh"]] as const) {
      const answer = await service.answer(message);
      expect(answer.kind, message).toBe("help");
      expect(answer.language, message).toBe(language);
      expect(answer.answer, message).not.toContain(templates[language].verdict.outOfCorpus.slice(0, 12));
    }
  });
});


describe("a client's program described as working online, then the asker's own, then the client's pointed back at", () => {
  it("answers the client's category each time it is the one asked about", async () => {
    const client = await service.answer("甲方是做在线网课的,问我能不能开直播");
    expect(client.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    const own = await service.answer("那我们自己是做课外辅导的培训机构呢", client.conversation);
    expect(own.categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
    const back = await service.answer("前面那个甲方的资质要几选几", own.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    expect(back.parts.details.join("\n")).toContain("5选1");
  });
});

describe("a name asked about with 也行吗 after the topic", () => {
  it("asks about that name, as 呢 does: a category the topic's note sends elsewhere is that category", async () => {
    const first = await service.answer("企业征信这个类目能不能开直播");
    const personal = await service.answer("那个人征信也可以吗", first.conversation);
    expect(personal.categories).toEqual([]);
    expect(personal.answer).toContain("金融业-个人征信");
    expect(personal.answer).toContain("没有写它能否直播");
  });
});

describe("which options a count has, asked with another row's turn between", () => {
  it("answers the qualifications asked before on the program, not 'outside the document'", async () => {
    let conversation = (await service.answer("私募基金类目能直播吗")).conversation;
    conversation = (await service.answer("资质要求呢", conversation)).conversation;
    conversation = (await service.answer("那路演能播吗", conversation)).conversation;
    const which = await service.answer("那三个分别是哪三个", conversation);
    expect(which.kind).toBe("verdict");
    expect(which.parts.details.join("\n")).toContain("3选1");
  });
});

describe("English everyday words for a category and for the pair talked about", () => {
  it("reads a new model's pre-sale streams and a credit agency's business checks as their categories", async () => {
    const auto = await service.answer("Our client is a carmaker planning streams for the pre-sale of our next model. What category fits?");
    expect(auto.categories.map((category) => category.secondary)).toEqual(["汽车预售服务"]);
    const credit = await service.answer("We're a small credit agency that runs business credit checks; may we go live?");
    expect(credit.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
    const back = await service.answer("and the qualifications for the business credit one?", (await service.answer("what about personal credit reports?", credit.conversation)).conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
    // "credit agency" alone names no category: what the business does decides (reg143).
    const personal = await service.answer("We're a credit agency that sells personal credit reports. Can we stream?");
    expect(personal.categories).toEqual([]);
    // An automaker's pre-sale is that category, as 车企's is (reg144).
    const automaker = await service.answer("Our client is an automaker taking pre-orders in livestreams. Which category?");
    expect(automaker.categories.map((category) => category.secondary)).toEqual(["汽车预售服务"]);
  });

  it("compares the two categories just talked about when asked to compare 'the two' or 'them'", async () => {
    const first = await service.answer("Is the insurance category fine for streaming?");
    const second = await service.answer("And public funds?", first.conversation);
    for (const ask of ["compare the two", "could you compare them?"]) {
      const compared = await service.answer(ask, second.conversation);
      expect(compared.categories.map((category) => category.secondary), ask).toEqual(["保险", "公募基金"]);
    }
  });
});

describe("another category asked for besides the one held", () => {
  it("does not present the held category as the one chosen for the asker's scenario, and keeps the note that names the one to add", async () => {
    const { templates } = service.dependencies;
    const held = await service.answer("我们是企业征信类目");
    const besides = await service.answer("那另外还得申请什么类目吗", held.conversation);
    expect(besides.parts.details.join("\n")).not.toContain(templates.zh.line.chooseHint.split("{")[0]!);
    expect(besides.parts.details.join("\n")).toContain("个人征信");
    // Which one to choose, with nothing held besides, still points to it.
    const pets = await service.answer("我们想播猫咖日常");
    const which = await service.answer("那应该选哪个类目", pets.conversation);
    expect(which.parts.details.join("\n")).toContain(templates.zh.line.chooseHint.split("{")[0]!);
  });
});

describe("more of what was just answered, asked in everyday words", () => {
  it("says the rows given are all the document writes, or that the list shown was all of it", async () => {
    const allOfRows = service.dependencies.templates.zh.line.allOfRows.split("{")[0]!;
    const notes = await service.answer("私募基金有啥限制");
    for (const more of ["还有呢", "还有没有要注意的"]) {
      const again = await service.answer(more, notes.conversation);
      expect(again.answer, more).toContain(allOfRows);
    }
    const list = await service.answer("哪些类目走原生");
    const rest = await service.answer("还有呢", list.conversation);
    expect(rest.answer).toContain("上文已全部列出");
    // After a verdict alone, "还有呢" is no request for the other categories.
    const verdict = await service.answer("银行能播吗");
    const after = await service.answer("还有呢", verdict.conversation);
    expect(after.kind).toBe("verdict");
    expect(after.categories.map((category) => category.secondary)).toEqual(["银行"]);
  });
});

describe("a lone English word in a Chinese conversation", () => {
  it("is answered in the conversation's language, as 为什么 would be; in English ones it stays English", async () => {
    const chinese = await service.answer("驾校平台能用原生吗");
    const why = await service.answer("why?", chinese.conversation);
    expect(why.language).toBe("zh");
    expect(why.answer).toContain("没有说明原因");
    const english = await service.answer("Is the trust category allowed to stream?");
    expect((await service.answer("really?", english.conversation)).language).toBe("en");
  });
});

describe("a follow-up asking a row of the topic's category beside a near-by topic the document does not cover", () => {
  it("answers the row of the topic's category, and says the document does not cover the near-by topic", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const licence = await service.answer("资质里要不要ICP许可证", trust.conversation);
    expect(licence.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(licence.answer).toContain("2选1");
    expect(licence.answer).toContain("ICP");
    const fund = await service.answer("公募基金能直播吗");
    const fastTrack = await service.answer("审核大概几天,可以走绿色通道吗", fund.conversation);
    expect(fastTrack.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
  });

  it("answers the row in English too when it is asked in a clause of its own, and not a question word of the topic's", async () => {
    const bank = await service.answer("Does the bank category stream natively?");
    const both = await service.answer("How about review time, and can it be expedited?", bank.conversation);
    expect(both.categories.map((category) => category.secondary)).toEqual(["银行"]);
    const filing = await service.answer("How long does ICP filing usually take?", bank.conversation);
    expect(filing.categories).toEqual([]);
  });

  it("asks of the near-by topic alone when the row is told as done before it in English", async () => {
    const trust = await service.answer("Is the trust category native?");
    const done = await service.answer("Qualifications are all set; do we still need an ICP licence?", trust.conversation);
    expect(done.answer).not.toMatch(/choose 1 of/u);
    expect(done.answer).toMatch(/ICP/u);
  });

  it("asks of the near-by topic alone when the row is told as done before it", async () => {
    const fund = await service.answer("公募基金类目可以直播吗");
    const done = await service.answer("资质都准备好了,ICP备案还要弄吗", fund.conversation);
    expect(done.answer).not.toContain("5选1");
    expect(done.answer).toContain("ICP");
  });

  it("asks of the near-by topic alone when the row's word is the topic's own, after it", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const filing = await service.answer("那ICP备案要准备什么材料", trust.conversation);
    expect(filing.categories).toEqual([]);
    expect(filing.answer).not.toContain("2选1");
  });
});

describe("a follow-up asking what the topic's category may be used for, naming nothing", () => {
  it("is answered by that category's scope and scenario", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const roadshow = await service.answer("可以用来办线上路演吗", trust.conversation);
    expect(roadshow.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(roadshow.answer).toContain("适用范围");
    expect(roadshow.answer).toContain("小程序直播场景");
  });
});

describe("a change of category only planned, in a follow-up", () => {
  it("is answered of the new category, and the one held stays for the present", async () => {
    const course = await service.answer("我们小程序类目是在线视频课程,用什么方式接入");
    const planned = await service.answer("老板说准备改成课外辅导", course.conversation);
    expect(planned.categories.map((category) => category.secondary)).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
    expect(planned.method).toBe("plugin");
    const now = await service.answer("那现在呢", planned.conversation);
    expect(now.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a follow-up saying which qualification group of the topic's category the asker is, denying the other", () => {
  it("keeps the category and answers the count of the group said, for the turns after too", async () => {
    const insurance = await service.answer("保险类目的小程序能直播吗");
    const group = await service.answer("我们只是中介,不是保险公司,几选一", insurance.conversation);
    expect(group.categories.map((category) => category.secondary)).toEqual(["保险"]);
    expect(group.answer).toContain("保险中介机构主体:④选①");
    const review = await service.answer("那审核多久", group.conversation);
    expect(review.categories.map((category) => category.secondary)).toEqual(["保险"]);
  });
});

describe("a dispute of the last answer in everyday words, naming no method", () => {
  it("is answered with the topic's verdict again, checked against the document", async () => {
    const disputes = ["你刚说错了吧,产品说可以直接用原生的", "同事说能直接上,你重新回答"];
    for (const dispute of disputes) {
      const platform = await service.answer("电商平台接入直播用什么");
      const again = await service.answer(dispute, platform.conversation);
      expect(again.categories.map((category) => category.secondary), dispute).toEqual(["电商平台"]);
      expect(again.method, dispute).toBe("plugin");
    }
  });
});

describe("what to add asked as the whole message after a note that sends the asker to another category", () => {
  it("answers with the topic's note naming that category, not that the question is outside the document", async () => {
    const news = await service.answer("社交直播类目的直播间会点评时事热点,行不行");
    for (const asked of ["要补啥", "补哪个"]) {
      const add = await service.answer(asked, news.conversation);
      expect(add.categories.map((category) => category.secondary), asked).toEqual(["直播"]);
      expect(add.answer, asked).toContain("时政信息");
      expect(add.answer, asked).not.toContain("不在《类目申请资质要求》文档的范围内");
    }
  });
});

describe("a refusal of the topic's program told as a statement, then what to do next", () => {
  it("quotes the rule on refusal and says the refusal's reason and next steps are not in the document, each time", async () => {
    const bank = await service.answer("银行类目的资质几选一");
    const refused = await service.answer("我们的类目审核被打回了", bank.conversation);
    expect(refused.categories.map((category) => category.secondary)).toEqual(["银行"]);
    expect(refused.answer).toContain("否则在提交审核后会被驳回申请");
    expect(refused.answer).not.toContain("2选1");
    const next = await service.answer("那接下来咋整", refused.conversation);
    expect(next.answer).toContain("之后怎么处理,文档没有写");
    const english = await service.answer("Our trust category submission was rejected.");
    const plan = await service.answer("so whats the plan now", english.conversation);
    expect(plan.answer).toMatch(/what to do next/u);
  });
});

describe("the items of the qualification options asked in everyday words after the count", () => {
  it("answers the qualifications again, saying the items did not survive", async () => {
    const cases: Array<[string, string]> = [
      ["银行类目要几选一", "那几个选项具体要准备哪些东西"],
      ["How many qualification options does the trust category have?", "what goes in each option?"],
    ];
    for (const [first, next] of cases) {
      const count = await service.answer(first);
      const items = await service.answer(next, count.conversation);
      expect(items.answer, next).toMatch(/没有保留下来|did not survive/u);
    }
  });
});

describe("what to do next after a refusal told with no category talked about", () => {
  it("is about that refusal, not the help text", async () => {
    const refused = await service.answer("我们提交的类目被驳回了");
    const next = await service.answer("接下来咋办", refused.conversation);
    expect(next.answer).toContain("之后怎么处理,文档没有写");
  });
});

describe("a follow-up telling that the program will also sell something", () => {
  it("is answered by what the topic's category says of selling: its notes on trading, or the scope that speaks of it", async () => {
    const devices = await service.answer("音视频设备类目用啥接入");
    const headsets = await service.answer("领导说后面还要在线上卖耳麦", devices.conversation);
    expect(headsets.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
    expect(headsets.answer).toContain("线下硬件在线销售");
    const mall = await service.answer("电商平台能直播吗");
    const supplements = await service.answer("我们还要卖些保健品", mall.conversation);
    expect(supplements.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(supplements.answer).toContain("非处方药品");
  });
});

describe("which category a name takes, asked after the topic whose note sends that name elsewhere", () => {
  it("answers with the note's category, never the topic as the one to pick", async () => {
    const first = await service.answer("咱们挂的是企业征信");
    const which = await service.answer("那做个人征信应该挂啥类目", first.conversation);
    expect(which.categories).toEqual([]);
    expect(which.answer).toContain("需选择【金融业-个人征信】类目");
    expect(which.answer).not.toContain("对应的类目是「金融业-企业征信」");
  });
});

describe("a bare which-word with a method, after two categories", () => {
  it("asks which of the two streams so, not the document's whole list", async () => {
    const first = await service.answer("私募基金跟教育平台的注意事项分别是啥");
    const which = await service.answer("哪一个可以用live-pusher", first.conversation);
    expect(which.categories.map((category) => category.secondary).sort()).toEqual(["教育平台", "私募基金"]);
    expect(which.answer).not.toContain("的类目(");
  });

  it("still lists the document's categories when the question says categories", async () => {
    const first = await service.answer("私募基金跟教育平台的注意事项分别是啥");
    const list = await service.answer("哪些类目可以用live-pusher", first.conversation);
    expect(list.answer).toContain("的类目(");
  });
});

describe("两个都 after one of two was picked", () => {
  it("asks of both again, not of the one picked", async () => {
    let conversation = (await service.answer("公募基金跟消费金融各要几选一")).conversation;
    conversation = (await service.answer("第二个呢", conversation)).conversation;
    const both = await service.answer("两个都是几选一?", conversation);
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["公募基金", "消费金融"]);
  });
});

describe("a language asked for in a clause of its own beside going back", () => {
  it("answers the category gone back to in that language", async () => {
    let conversation = (await service.answer("信托类目直播怎么接入")).conversation;
    conversation = (await service.answer("那保险呢", conversation)).conversation;
    const back = await service.answer("回到刚才的信托吧,换英文", conversation);
    expect(back.language).toBe("en");
    expect(back.categories.map((category) => category.secondary)).toEqual(["信托"]);
  });

  it("keeps Chinese when English is only part of another clause", async () => {
    const answer = await service.answer("主播全程说英文的话,信托类目能直播吗");
    expect(answer.language).toBe("zh");
    // A translation of some other text asked for is no request for the answer's language.
    expect((await service.answer("把下面这段翻译成英文:「欢迎来到直播间」。顺便问下信托类目审核要多久")).language).toBe("zh");
    expect((await service.answer("翻译成英文", (await service.answer("信托类目直播怎么接入")).conversation)).language).toBe("en");
  });
});

describe("a category supposed beside one held, in the same message", () => {
  it("leaves what is held for a question about now", async () => {
    const first = await service.answer("假如年底把社交直播也申请下来,我们电商平台的小程序就能走原生组件了吧");
    expect(first.method).toBe("native");
    for (const now of ["那在那之前呢", "目前还没批,先按现在的来"]) {
      const answer = await service.answer(now, first.conversation);
      expect(answer.method, now).toBe("plugin");
    }
  });
});

describe("an activity of a category said to be pending", () => {
  it("is asked of what the program holds, and the pending one approved later is held beside it", async () => {
    const first = await service.answer("我们社交直播已经拿到了,电商平台类目还在等审核");
    const selling = await service.answer("那目前可以直播卖货吗", first.conversation);
    expect(selling.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(selling.method).toBe("native");
    const approved = await service.answer("等电商平台也批下来以后呢", selling.conversation);
    expect(approved.categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"]);
    expect(approved.method).toBe("native");
  });
});

describe("what tells two categories apart, asked after a row of one", () => {
  it("is every row the document gives, not only the row asked before", async () => {
    const first = await service.answer("公募基金类目的资质是几选一");
    const apart = await service.answer("那它和私募基金差别在哪", first.conversation);
    expect(apart.answer).toContain("类目适用范围");
    expect(apart.answer).toContain("暂不支持涉及私募产品公开募集");
  });
});

describe("one of the categories held together, kept alone or taken away by its place", () => {
  it("supposes the program with that one alone, or without it, and goes back for now", async () => {
    const both = await service.answer("我们小程序挂了电商平台和社交直播两个类目");
    const without = await service.answer("假如把后一个删了呢", both.conversation);
    expect(without.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(without.method).toBe("plugin");
    const kept = await service.answer("要是只留第二个呢", both.conversation);
    expect(kept.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect((await service.answer("那现在呢", without.conversation)).method).toBe("native");
  });

  it("reads having only one of them, in either language, as keeping that one", async () => {
    const both = await service.answer("Our mini program has both the e-commerce platform and the social live categories");
    const first = await service.answer("what if we just had the first one?", both.conversation);
    expect(first.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(first.method).toBe("plugin");
    const chinese = await service.answer("我们小程序挂了电商平台和社交直播两个类目");
    expect((await service.answer("假如只有前一个呢", chinese.conversation)).method).toBe("plugin");
  });
});

describe("a follow-up asking whether the program may do another category's activity, with no pointer", () => {
  it("is asked of what the program holds, the activity's category only beside it", async () => {
    const held = await service.answer("我们小程序的类目是房地产营销");
    const selling = await service.answer("直播的时候可以顺便卖货吗", held.conversation);
    expect(selling.categories.map((category) => category.secondary)).toContain("房地产营销");
    expect(selling.method).toBe("native");
    // Which category the activity takes is another question: that category answers it.
    const which = await service.answer("直播带货得用哪个类目", held.conversation);
    expect(which.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });

  it("points to the activity's category whatever its method, and a choice asked next is that category", async () => {
    const devices = await service.answer("音视频设备类目能直播吗");
    const classes = await service.answer("那可以用来上网课吗", devices.conversation);
    expect(classes.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
    expect(classes.answer).toContain("按场景可参考「教育-在线视频课程」");
    const choice = await service.answer("那我该选哪个类目", classes.conversation);
    expect(choice.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("which category to switch to, asked after a note sent the asker to another", () => {
  it("is the category the note names, not the one held", async () => {
    const credit = await service.answer("企业征信类目能直播吗");
    const personal = await service.answer("我们其实也查个人征信,这样行吗", credit.conversation);
    expect(personal.answer).toContain("【金融业-个人征信】");
    const hongKong = await service.answer("港美股行情的小程序");
    const trading = await service.answer("要是还做股票交易呢", hongKong.conversation);
    for (const [turn, after] of [["那该换成哪个类目", trading], ["what should we switch to?", trading]] as const) {
      const answer = await service.answer(turn, after.conversation);
      expect(answer.categories.map((category) => category.secondary), turn).toEqual(["证券/期货"]);
    }
  });
});

describe("pressure after an answer, in words that name nothing", () => {
  it("is the last answer checked again, not a question outside the document", async () => {
    for (const pressure of ["你讲得不对,我手上有证据的", "就给句痛快话吧", "你不吭声我就当你默认了"]) {
      const held = await service.answer("我们是电商平台,能用live-pusher吗");
      const again = await service.answer(pressure, held.conversation);
      expect(again.method, pressure).toBe("plugin");
      expect(again.categories.map((category) => category.secondary), pressure).toEqual(["电商平台"]);
    }
  });
});

describe("which category, asked again in everyday words right after the business is told", () => {
  it("names the category the business came to, whether it asks its name or what it corresponds to", async () => {
    const idols = await service.answer("我们平台主要做明星网红的直播");
    for (const turn of ["这类目叫啥", "对应的是哪个类目"]) {
      const answer = await service.answer(turn, idols.conversation);
      expect(answer.categories.map((category) => category.secondary), turn).toEqual(["直播"]);
      expect(answer.answer, turn).not.toContain("不在《类目申请资质要求》文档的范围内");
    }
  });

  it("switches to the category the business's streams point to, not the one held, when asked what to change to", async () => {
    const lessons = await service.answer("我们在小程序里上网课,当初类目挑了电商平台");
    const answer = await service.answer("那得改成啥", lessons.conversation);
    expect(answer.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a length of time said back after a review answer, naming nothing else", () => {
  it("is a claim about that review time, told plainly when the document says otherwise", async () => {
    const review = await service.answer("社交直播这个类目第一次提审大概等几天");
    for (const claim of ["印象中是五天啊", "不是两周吗"]) {
      const answer = await service.answer(claim, review.conversation);
      expect(answer.categories.map((category) => category.secondary), claim).toEqual(["直播"]);
      expect(answer.answer, claim).toMatch(/^不是(五天|两周):/mu);
    }
  });

  it("is no claim when it is a time from now", async () => {
    const review = await service.answer("社交直播这个类目第一次提审大概等几天");
    const plan = await service.answer("我们五天后要上线", review.conversation);
    expect(plan.answer).not.toContain("不是五天");
  });
});

describe("what to do next, asked after a category", () => {
  it("gives the steps the document has for it — where the category is chosen, its qualifications, its review — and says the rest is not in it", async () => {
    const lessons = await service.answer("我们做的是在线网课");
    const next = await service.answer("好的,那接下来我们该做什么呢", lessons.conversation);
    expect(next.method).toBe("native");
    expect(next.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
    const lines = next.answer.split("\n");
    expect(lines.some((line) => line.includes("资质要求"))).toBe(true);
    expect(lines.some((line) => line.includes("审核时长"))).toBe(true);
    expect(lines.some((line) => line.includes("设置 > 基本设置 > 服务类目"))).toBe(true);
    expect(next.answer).toContain("没有讲类目、资质和审核以外的开通步骤");
  });

  it("gives the rows of the category that would change the method too, for a category that streams by the plugin", async () => {
    const platform = await service.answer("我们小程序挂的是电商平台类目");
    const next = await service.answer("下一步该做什么", platform.conversation);
    // Said as what the native tags take, not as the held category's own requirement.
    expect(next.answer).toMatch(/要用微信原生组件标签 <live-pusher>\/<live-player>,还需同时具备「社交-直播」类目[^\n]*\n「社交-直播」资质要求:3选1/u);
  });

  it("leaves a process only said in passing, and one after approval, to what they are", async () => {
    const pending = await service.answer("电商平台已经有了,社交直播还在走申请流程,现在能用原生吗");
    expect(pending.answer).not.toContain("开通步骤");
    const approved = await service.answer("社交直播审核过了以后下一步做什么");
    expect(approved.answer).toContain("审核通过后的上线与开播流程");
    expect(approved.answer).not.toContain("开通步骤");
  });
});

describe("a category chosen before, set aside for what the asker actually does", () => {
  it("answers the category of what the asker says it actually is, in the same message", async () => {
    const pets = await service.answer("当初选的是电商平台,其实我们是做宠物直播的,该用哪个类目");
    expect(pets.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(pets.method).toBe("native");
    const english = await service.answer("We originally chose the bank category but in fact we do celebrity live streams. Which category fits?");
    expect(english.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });

  it("keeps a category chosen before when the message goes on adding, not correcting", async () => {
    const both = await service.answer("之前选的电商平台,其实也打算加社交直播,能用原生吗");
    expect(both.categories.map((category) => category.secondary)).toContain("电商平台");
  });

  it("names the category the last answer pointed the business to when asked which to pick next", async () => {
    const lessons = await service.answer("我们小程序主要讲网课,类目用的电商平台");
    const pick = await service.answer("那到底该选哪个", lessons.conversation);
    expect(pick.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("content to be streamed that a note of the topic's category names", () => {
  it("is answered with that note, not only the category's scenario", async () => {
    const idols = await service.answer("我们签了几个网红,小程序想做明星直播");
    const news = await service.answer("直播里也会聊时事新闻,行吗", idols.conversation);
    expect(news.categories.map((category) => category.secondary)).toEqual(["直播"]);
    expect(news.answer).toContain("需补充【时政信息】类目");
  });
});

describe("where the last answer comes from, or whether it holds, asked in everyday words", () => {
  it("gets the document it rests on and the lines it quoted, not a question outside the document", async () => {
    const bank = await service.answer("信托类目可以直播吗");
    for (const ask of ["这个出自文档哪一段", "原文是怎么写的", "把原文发我", "出处?"]) {
      const source = await service.answer(ask, bank.conversation);
      expect(source.answer, ask).toContain(service.dependencies.templates.zh.line.aboutDocument.split("{")[0]!);
      expect(source.parts.sources.map((citation) => citation.heading), ask).toContain("金融业 > 信托");
    }
  });

  it("answers a subject or category asked beside a doubt about the document, with what the answer rests on after it", async () => {
    const basis = service.dependencies.templates.zh.line.aboutDocument.split("{")[0]!;
    const personal = await service.answer("这文档都哪年的了?个人主体的小程序究竟能不能开播");
    expect([personal.subject, personal.method]).toEqual(["personal", "unsupported"]);
    expect(personal.answer).toContain(basis);
    const trust = await service.answer("文档是不是旧版本啊,信托现在用啥接入");
    expect([trust.method, trust.answer.includes(basis)]).toEqual(["native", true]);
  });

  it("reads the line asked for as the one the bot quoted, and a question of what a judgement rests on", async () => {
    const hospital = await service.answer("公立医院的小程序能直播吗");
    for (const ask of ["你引的原文是哪一句", "你是根据什么判断的"]) {
      const source = await service.answer(ask, hospital.conversation);
      expect(source.answer, ask).toContain(service.dependencies.templates.zh.line.aboutDocument.split("{")[0]!);
      expect(source.parts.sources.map((citation) => citation.heading), ask).toContain("医疗 > 公立医疗机构");
    }
  });

  it("checks the last answer again when the asker doubts it, and says what the document is when asked if it is official", async () => {
    const bank = await service.answer("信托类目可以直播吗");
    const doubt = await service.answer("你会不会搞错了", bank.conversation);
    expect(doubt.method).toBe("native");
    expect(doubt.categories.map((category) => category.secondary)).toEqual(["信托"]);
    const official = await service.answer("这是微信官方的规定吗", bank.conversation);
    expect(official.answer).toContain("以微信官方最新的《服务类目说明》为准");
  });
});

describe("the topic's category measured against another in an English follow-up", () => {
  it("stays the topic's, and a count claimed for it is checked against its own row", async () => {
    const trust = await service.answer("Which way does the trust category stream?");
    const like = await service.answer("Is it one of three like private funds?", trust.conversation);
    expect(like.categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect(like.answer).toMatch(/^Not one of three: qualifications for 「金融业-信托/mu);
  });
});

describe("what to add, asked after an answer pointed what is streamed to another category than the one held", () => {
  it("is that category beside the one held, and they stay held together for what follows", async () => {
    const idols = await service.answer("我们用插件直播卖货,类目是电商平台。领导问能不能搞偶像直播");
    const add = await service.answer("那要加什么", idols.conversation);
    expect(add.categories.map((category) => category.secondary)).toEqual(["电商平台", "直播"]);
    expect(add.method).toBe("native");
    // Named as the one to add, with its own requirements — not the notes that send to other categories.
    expect(add.answer).toMatch(/要加的是「社交-直播」类目;它本身的要求如下:\n「社交-直播」资质要求:3选1/u);
    expect(add.answer).not.toContain("需补充医疗相关类目");
    const after = await service.answer("补上以后卖货还得走插件吗", add.conversation);
    expect(after.method).toBe("native");
  });
});

describe("whether there is time enough before a date", () => {
  it("gets the review time the document gives, and a date said is no length claimed", async () => {
    const added = await service.answer("社交直播类目第一次审核要多久");
    const date = await service.answer("今天3月2号,五一之前能搞定吗", added.conversation);
    expect(date.answer).toContain("预计审核时长7天左右");
    expect(date.answer).not.toMatch(/不是\d+[月号]/u);
    // Whether the time makes the date is not the document's to say.
    expect(date.answer).toContain("能否赶上你们的日期,文档没有写");
    const english = await service.answer("Our event is next Monday and we just applied for 社交-直播. Will we make it in time?");
    expect(english.answer).toContain("about 7 days");
    expect(english.answer).toContain("Whether that makes your date the document does not say");
  });
});

describe("one of two categories kept or dropped by its place, said as it is", () => {
  it("leaves the program with what is kept, whose verdict answers", async () => {
    const both = await service.answer("我们小程序同时挂着电商平台和社交直播两个类目");
    const first = await service.answer("哦不,只留第一个,那用什么接入", both.conversation);
    expect(first.method).toBe("plugin");
    expect(first.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    const english = await service.answer("We hold 公募基金 and 私募基金.");
    const second = await service.answer("Only the second one now. How many qualification options?", english.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
  });
});

describe("which category asked with a word of how to ask (推荐, 首先, 优先)", () => {
  it("is answered for the scenario just described, as 该选哪个类目 is", async () => {
    for (const asked of ["首先申请哪个类目", "优先开哪个类目", "建议开通哪个类目"]) {
      const first = await service.answer("我们打算做网课直播");
      const which = await service.answer(asked, first.conversation);
      expect(which.categories.map((category) => category.secondary), asked).toEqual(["在线视频课程"]);
    }
  });
});

describe("a count of the categories just asked about one by one", () => {
  it("points at all of them when as many were asked, not at the last two", async () => {
    let conversation = (await service.answer("多方通信能直播吗")).conversation;
    for (const next of ["那音视频设备呢", "汽车预售服务呢"]) conversation = (await service.answer(next, conversation)).conversation;
    for (const asked of ["3个分别要几个资质", "那三个各自几选几"]) {
      const each = await service.answer(asked, conversation);
      expect(each.categories.map((category) => category.secondary), asked).toEqual(["多方通信", "音视频设备", "汽车预售服务"]);
    }
  });
});

describe("entertainment content asked of a category that does not stream it", () => {
  it("points to 社交-直播 by its scene, and a follow-up asking what to add gets it", async () => {
    const first = await service.answer("我们是教育平台,能不能播一些娱乐节目");
    expect(first.answer).toContain("按场景可参考「社交-直播」");
    const added = await service.answer("那要加哪个类目", first.conversation);
    expect(added.categories.map((category) => category.secondary)).toContain("直播");
  });
});
