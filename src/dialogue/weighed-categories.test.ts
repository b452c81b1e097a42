import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("categories weighed against each other", () => {
  it("stay the topic, still weighed, and a follow-up answers each of them", async () => {
    const { templates } = service.dependencies;
    const first = await service.answer("信托和驾校平台各自怎么接入直播");
    expect(first.parts.verdict).toBe(templates.zh.verdict.alternatives);
    const followUp = await service.answer("那资质要几选一", first.conversation);
    expect(followUp.parts.verdict).toBe(templates.zh.verdict.alternatives);
    const details = followUp.parts.details.join("\n");
    expect(details).toContain("「金融业-信托」资质要求");
    expect(details).toContain("「教育-驾校平台」资质要求");
    expect(details).toContain("接上文");
    // Neither is said to be held: no verdict of holding both (信托's native tags do not come with 驾校平台).
    expect(followUp.method).toBe("unknown");
  });

  it("give way to one of them named on its own", async () => {
    const first = await service.answer("信托和驾校平台各自怎么接入直播");
    const one = await service.answer("那驾校平台呢", first.conversation);
    expect(one.method).toBe("plugin");
    expect(one.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });
});

describe("two categories named, asked how they differ", () => {
  it("are told apart by every row the document gives them: scope, count and notes", async () => {
    // Of different methods too, weighed one against the other: each one's method, then the rows.
    const methods = (await service.answer("社交直播跟电商平台区别在哪")).parts.details.join("\n");
    expect(methods).toMatch(/3选1/u);
    expect(methods).toContain("时政信息");
    for (const question of ["信托跟私募基金有啥差别", "how do trust and private fund differ?"]) {
      const details = (await service.answer(question)).parts.details.join("\n");
      expect(details, question).toMatch(/3选1|choose 1 of 3/u);
      expect(details, question).toMatch(/2选1|choose 1 of 2/u);
      expect(details, question).toMatch(/公开募集|public offering/u);
    }
  });
});

describe("two categories named, asked which to pick", () => {
  it("are told apart by their scopes, with 'and' between them as with 'or'", async () => {
    for (const question of ["公募基金跟私募基金我们挑哪个", "public fund and private fund: which one should we go for?"]) {
      const details = (await service.answer(question)).parts.details.join("\n");
      for (const name of ["公募基金", "私募基金"]) expect(details, question).toMatch(new RegExp(`(?:「金融业-${name}」类目适用范围|Scope of 「金融业-${name})`, "u"));
    }
  });
});

describe("one of two categories talked about, pointed at in English", () => {
  it("is the one a distinctive word of its name stands before 'one' for, in a long question too", async () => {
    const devices = await service.answer("We sell webcams and conference speakers online");
    const calls = await service.answer("what if it were a video conferencing service instead?", devices.conversation);
    expect(calls.categories.map((category) => category.secondary)).toEqual(["多方通信"]);
    const pointed = await service.answer("how long is the review for the equipment one, roughly?", calls.conversation);
    expect(pointed.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
  });
});

describe("two names of one category asked how they differ", () => {
  it("says the other name is filed under the category asked by its own name, then its scope", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("驾校培训和学车算两个类目还是一个,有啥差别");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    expect(answer.parts.details[0]).toBe(templates.zh.line.sameCategory.replace("{terms}", "「学车」").replace("{category}", "教育-驾校培训"));
    // Two other names only, neither the category's own, are what the asker does: no such line.
    expect((await service.answer("小学和初中有什么区别")).parts.details.join("\n")).not.toContain("不是单独的类目");
    // Two categories are no one category.
    expect((await service.answer("信托和银行有啥差别")).parts.details.join("\n")).not.toContain("不是单独的类目");
    // "The same thing as" asks how they differ, in English too.
    const devices = await service.answer("We sell webcams and conference speakers online");
    expect((await service.answer("is that the same thing as multi-party communication?", devices.conversation)).categories.map((category) => category.secondary)).toEqual(["音视频设备", "多方通信"]);
    // Nor is a scenario two categories share, said beside them.
    expect((await service.answer("音视频设备跟多方通信差在哪,不都能开视频会议吗")).parts.details.join("\n")).not.toContain("不是单独的类目");
  });
});

describe("a category measured against the topic's", () => {
  it("is weighed with it when the message only asks how it measures up (「那跟X比呢」)", async () => {
    const dentist = await service.answer("我们是线上问诊的互联网医院");
    const measured = await service.answer("那跟公立医疗机构比起来怎么样", dentist.conversation);
    expect(measured.categories.map((category) => category.secondary)).toEqual(["互联网医院", "公立医疗机构"]);
    const details = measured.parts.details.join("\n");
    // The document gives the internet hospital no scope, and the answer says so rather than leave it out.
    expect(details).toContain("文档没有给出「医疗-互联网医院」的适用范围");
    expect(details).toContain("「医疗-公立医疗机构」类目适用范围");
  });
});

describe("the two categories talked about last", () => {
  it("are weighed against each other when asked how the two differ, and stay the topic, each answered", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const bank = await service.answer("那银行呢", trust.conversation);
    const pair = await service.answer("这俩有啥不同", bank.conversation);
    expect(pair.categories.map((category) => category.secondary)).toEqual(["信托", "银行"]);
    const details = pair.parts.details.join("\n");
    expect(details).toContain("「金融业-信托」类目适用范围");
    expect(details).toContain("「金融业-银行」类目适用范围");
    expect((await service.answer("审核要多久", pair.conversation)).categories.map((category) => category.secondary)).toEqual(["信托", "银行"]);
    const english = await service.answer("Can an insurance company stream?");
    const trustAfter = await service.answer("and a trust company?", english.conversation);
    expect((await service.answer("what's the difference between the two?", trustAfter.conversation)).categories.map((category) => category.secondary)).toEqual(["保险", "信托"]);
  });

  it("are both answered when asked what each needs, also when the other was another program's", async () => {
    const trust = await service.answer("信托类目能直播吗");
    const bank = await service.answer("银行呢", trust.conversation);
    const each = await service.answer("这俩分别要几选一的资质", bank.conversation);
    expect(each.categories.map((category) => category.secondary)).toEqual(["信托", "银行"]);
    // Or one said before, named again to be measured against, with words pointing back between.
    const middleSchool = await service.answer("我们是一所中学,直播家长会用啥方式接");
    const institution = await service.answer("说错了,其实是课外辅导机构,有线下教室", middleSchool.conversation);
    const measured = await service.answer("和前面说的中学那个比一比,资质各是几选一", institution.conversation);
    expect(measured.categories.map((category) => category.secondary).sort()).toEqual(["学历教育(培训机构) - 职业培训/课外辅导", "学历教育(学校)"].sort());
    // Or asked to weigh them, "the two" right before the weighing word.
    const hospital = await service.answer("公立医院开直播走哪种接入");
    const online = await service.answer("互联网医院又如何", hospital.conversation);
    const weighed = await service.answer("两个比较下来谁的审核快", online.conversation);
    expect(weighed.categories.map((category) => category.secondary)).toEqual(["公立医疗机构", "互联网医院"]);
    const english = await service.answer("Can an insurer stream?");
    const trustAfter = await service.answer("what about a trust company?", english.conversation);
    expect((await service.answer("qualifications for both?", trustAfter.conversation)).categories.map((category) => category.secondary)).toEqual(["保险", "信托"]);
    const courses = await service.answer("我们是做网课的");
    const school = await service.answer("我们还运营一家小学,它的小程序呢", courses.conversation);
    const which = await service.answer("这两个哪个能用原生组件", school.conversation);
    expect(which.categories.map((category) => category.secondary).sort()).toEqual(["在线视频课程", "学历教育(学校)"].sort());
  });

  it("are told apart by their place or by a part of a name only one of them has", async () => {
    const pair = await service.answer("信托和银行分别用什么方式直播");
    expect((await service.answer("前者的适用范围呢", pair.conversation)).categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect((await service.answer("and the latter?", pair.conversation)).categories.map((category) => category.secondary)).toEqual(["银行"]);
    // "The one we started with", across turns that named one each.
    const trust = await service.answer("信托做直播用哪种接入");
    const fund = await service.answer("公募基金呢", (await service.answer("资质要几选一", trust.conversation)).conversation);
    expect((await service.answer("说回一开始那个,它的直播场景是什么", fund.conversation)).categories.map((category) => category.secondary)).toEqual(["信托"]);
    const driving = await service.answer("驾校培训和驾校平台有什么区别");
    const platform = await service.answer("平台的那个要几选一", driving.conversation);
    expect(platform.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    // The other stays talked about: its part still points at it.
    expect((await service.answer("培训的呢", platform.conversation)).categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
  });

  it("say which of them the activity asked about belongs to, and what holding both together allows", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("卖货直播的话,该报电商平台还是社交直播");
    const details = answer.parts.details.join("\n");
    expect(details).toContain(templates.zh.line.scenarioOf.replace("{word}", "卖货").replace("{category}", "电商平台").replace("{text}", "适用于电商类直播带货。"));
    expect(details).toMatch(/若同时具备「(电商平台|社交-直播)」、「(电商平台|社交-直播)」类目,可以直接使用微信原生组件标签/u);
    // Weighing two that combine to nothing says nothing of holding both.
    expect((await service.answer("银行还是信托,选哪个")).parts.details.join("\n")).not.toContain("若同时具备");
  });

  it("of one method, say which one what the asker does belongs to when its scope speaks of it, and pick none by their own names", async () => {
    const { templates } = service.dependencies;
    const meetings = await service.answer("我们主要做电话会议服务,选音视频设备还是多方通信");
    expect(meetings.parts.details).toContain(templates.zh.line.chooseHint.replace("{category}", "IT 科技-多方通信"));
    expect((await service.answer("选银行还是信托")).answer).not.toContain(templates.zh.line.chooseHint.split("{")[0]!);
  });

  it("point at any place of a list by its number, also after one of it was picked", async () => {
    const list = await service.answer("金融业下面哪些类目能开直播");
    const fourth = await service.answer("排第4个的有啥注意事项", list.conversation);
    expect(fourth.categories.map((category) => category.secondary)).toEqual([list.categories[3]!.secondary]);
    const seventh = await service.answer("ok and the seventh one?", fourth.conversation);
    expect(seventh.categories.map((category) => category.secondary)).toEqual([list.categories[6]!.secondary]);
  });

  it("point at the other of two by 'the other one', whichever of the two was picked last", async () => {
    const pair = await service.answer("消费金融和保险,这俩接入方式一样吗");
    const insurance = await service.answer("后者资质几选一", pair.conversation);
    expect(insurance.categories.map((category) => category.secondary)).toEqual(["保险"]);
    for (const other of ["那另外那个呢", "ok, what about the other one?"]) {
      expect((await service.answer(other, insurance.conversation)).categories.map((category) => category.secondary), other).toEqual(["消费金融"]);
    }
    // Another thing altogether is no pointer at the other category.
    expect((await service.answer("另一个问题,文档什么时候更新的", insurance.conversation)).kind).toBe("about");
  });

  it("are told apart in a short English message by a word of one's English name that the other's lacks", async () => {
    const hospitals = await service.answer("We operate several hospitals. Can we stream?");
    expect((await service.answer("we're public", hospitals.conversation)).categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
    // Both offered (not "We are a driving school", one business of the kind: 驾校培训 alone).
    const driving = await service.answer("Driving school live streaming, which category?");
    expect((await service.answer("the platform one", driving.conversation)).categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    // A longer message is not read for a word of a name ("can I trust that answer?" after 信托 and 银行).
    const finance = await service.answer("Which method do a trust company and a bank each use?");
    expect((await service.answer("can I trust that answer?", finance.conversation)).categories.map((category) => category.secondary)).toEqual(["信托", "银行"]);
  });

  it("keep the order they were talked about in while one of them is pointed at", async () => {
    const first = await service.answer("私募基金类目能直播吗");
    const second = await service.answer("公募的呢", first.conversation);
    const former = await service.answer("前者要几选一", second.conversation);
    expect(former.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    const latter = await service.answer("后者呢", former.conversation);
    expect(latter.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
  });

  it("are not told apart when held together, corrected away, or named only by a word of a name that is a word of its own", async () => {
    const heldBoth = await service.answer("我们同时有电商平台和社交直播类目");
    expect((await service.answer("第一个的资质呢", heldBoth.conversation)).categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"].sort());
    // …and with nothing more asked, still answered as held, not as outside the document.
    const both = await service.answer("电商平台和社交直播都有,走原生行吗");
    expect((await service.answer("第一个呢", both.conversation)).method).toBe("native");
    const social = await service.answer("社交直播类目能直播吗");
    const commerce = await service.answer("电商平台呢", social.conversation);
    expect((await service.answer("那我们做直播的话要准备什么资质", commerce.conversation)).categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    const wrong = await service.answer("电商平台能直播吗");
    const corrected = await service.answer("不对,我们是驾校培训", wrong.conversation);
    expect((await service.answer("我们平台的资质要几选一", corrected.conversation)).categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
  });

  it("are held together when supposed both held, and are not the two tags", async () => {
    const social = await service.answer("社交直播类目能直播吗");
    const commerce = await service.answer("电商平台呢", social.conversation);
    expect((await service.answer("这两个都有的话用什么方式", commerce.conversation)).method).toBe("native");
    // Also after the two were asked about each on its own; and "这两个都有什么资质" asks, supposes nothing.
    const weighed = await service.answer("社交直播和电商平台分别用什么接入");
    expect((await service.answer("这两个都有的话用什么方式", weighed.conversation)).method).toBe("native");
    expect((await service.answer("这两个都有什么资质要求", commerce.conversation)).method).not.toBe("native");
    const school = await service.answer("学校能直播吗");
    const courses = await service.answer("那在线视频课程呢", school.conversation);
    expect((await service.answer("那这两个标签可以直接用吗", courses.conversation)).categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });

  it("are also the topic's category and the one its answer pointed to by what is streamed, and are held together when both are supposed", async () => {
    const life = await service.answer("打算播一些猫狗日常,不带货,申请什么类目");
    const selling = await service.answer("那以后要是也搞直播带货呢", life.conversation);
    // Pointed to by its scenario beside 社交-直播: the two are what "这俩类目" means.
    const both = await service.answer("这俩类目都有的话能用原生吗", selling.conversation);
    expect(both.method).toBe("native");
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"].sort());
    // Named as a pair and asked what each has: both answered, held together only where supposed.
    const social = await service.answer("社交直播走什么接入");
    const shop = await service.answer("电商平台呢", social.conversation);
    const asked = await service.answer("那两个类目都有的话呢", shop.conversation);
    expect(asked.method).toBe("native");
  });

  it("are not the last one alone and one only added to it", async () => {
    const commerce = await service.answer("我们是电商平台");
    const both = await service.answer("我们还有社交直播类目", commerce.conversation);
    // Held together, the two are the topic already: no category the topic replaced comes back.
    expect((await service.answer("这两个有什么区别", both.conversation)).categories.map((category) => category.secondary).sort()).toEqual(["电商平台", "直播"].sort());
  });
});

describe("a comparison with the category talked about before the topic", () => {
  it("weighs the topic against the one it followed, each with its scope", async () => {
    const first = await service.answer("客户是做银行的,小程序能直播不");
    const second = await service.answer("要是换成信托公司呢", first.conversation);
    const compared = await service.answer("跟前面那个比有啥不一样", second.conversation);
    expect(compared.categories.map((category) => category.secondary).sort()).toEqual(["信托", "银行"]);
    expect(compared.parts.details.filter((line) => line.includes("适用范围"))).toHaveLength(2);
  });
});

describe("two categories weighed by a pointer back at them or at the topic", () => {
  it("answers both: 它们 after two talked about, and 它和 with one named", async () => {
    const first = await service.answer("公募基金可以直播吗");
    const second = await service.answer("私募基金呢", first.conversation);
    const both = await service.answer("它们的资质要求一样吗", second.conversation);
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["公募基金", "私募基金"]);
    const car = await service.answer("汽车预售服务怎么接入直播");
    const joined = await service.answer("它跟房地产营销接入方式一样不", car.conversation);
    expect(joined.categories.map((category) => category.secondary).sort()).toEqual(["房地产营销", "汽车预售服务"]);
  });
});

describe("several categories asked about in turn, then pointed at together", () => {
  it("answers each of them, not only the last", async () => {
    const first = await service.answer("公募基金的小程序可以直播吗");
    const second = await service.answer("那信托呢", first.conversation);
    const third = await service.answer("保险呢", second.conversation);
    const all = await service.answer("上面这几个分别用什么方式接入", third.conversation);
    expect(all.categories.map((category) => category.secondary).sort()).toEqual(["保险", "信托", "公募基金"]);
    // On another program, those of the one before are not among them.
    const other = await service.answer("另外帮一个客户问:他们是驾校平台", third.conversation);
    const pointed = await service.answer("这几个都用插件吗", other.conversation);
    expect(pointed.categories.map((category) => category.secondary)).not.toContain("公募基金");
  });
});

describe("one of the categories talked about in turn, by its place, once the topic is a name the document does not list", () => {
  it("counts among those talked about, in the order first talked about", async () => {
    const bank = await service.answer("银行类目能不能直播");
    const trust = await service.answer("信托的呢", bank.conversation);
    const unlisted = await service.answer("那网络小贷呢", trust.conversation);
    const first = await service.answer("之前问的第一个要几选一", unlisted.conversation);
    expect(first.categories.map((category) => category.secondary)).toEqual(["银行"]);
  });
});

describe("these after one was picked from a longer list", () => {
  it("are the whole list it was picked from, not the last few talked about", async () => {
    const finance = await service.answer("金融那一块有哪些类目可以开直播");
    const third = await service.answer("第三个呢", finance.conversation);
    const these = await service.answer("这几个当中哪个不允许在线交易", third.conversation);
    expect(these.categories).toHaveLength(11);
    expect(these.answer).toContain("暂不支持涉及私募产品公开募集或在线交易");
  });
});

describe("the several categories talked about, set aside or said of something else", () => {
  it("leaves them out of a list asked besides them, and is no pointer at them before a word of time or people", async () => {
    const first = await service.answer("银行可以直播吗");
    const second = await service.answer("信托呢", first.conversation);
    const third = await service.answer("保险呢", second.conversation);
    const besides = await service.answer("除了这几个,还有哪些能用原生", third.conversation);
    expect(besides.kind).toBe("list");
    expect(besides.parts.details.join("\n")).not.toMatch(/「银行」|「信托」|「保险」/u);
    const months = await service.answer("这几个月审核是不是变慢了", third.conversation);
    expect(months.categories.length).toBeLessThan(3);
    // One taken away is no longer among them.
    const dropped = await service.answer("信托我们不要了", third.conversation);
    const rest = await service.answer("这几个都用原生组件吗", dropped.conversation);
    expect(rest.categories.map((category) => category.secondary)).not.toContain("信托");
  });
});

describe("several categories talked about, asked which of them a note or scope speaks to", () => {
  it("details those whose section speaks of the question first, so the limit does not cut the answer", async () => {
    let conversation = (await service.answer("保险类目能直播不")).conversation;
    for (const next of ["那信托呢", "银行呢", "私募基金呢"]) conversation = (await service.answer(next, conversation)).conversation;
    const which = await service.answer("上面这几个,哪个不支持公开募集", conversation);
    expect(which.parts.details.join("\n")).toContain("暂不支持涉及私募产品公开募集");
  });
});

describe("categories asked of in numbered items of one message", () => {
  it("are told apart, so 第一个/第二个 later point at one of them", async () => {
    const first = await service.answer("请教两个问题:(1)企业征信怎么接入 (2)驾校培训怎么接入");
    const second = await service.answer("第二个审核要多久", first.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    const back = await service.answer("那第一个的资质呢", second.conversation);
    expect(back.categories.map((category) => category.secondary)).toEqual(["企业征信"]);
  });
});

describe("one of the categories weighed, pointed at by its method", () => {
  it("is the one that streams by it, and the follow-up keeps asking what was asked", async () => {
    const first = await service.answer("公募基金跟驾校培训分别怎么接入");
    const plugin = await service.answer("走插件的那个资质几选几", first.conversation);
    expect(plugin.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    const native = await service.answer("原生的那个呢", plugin.conversation);
    expect(native.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    expect(native.parts.details.join("\n")).toContain("5选1");
    const english = await service.answer("Which access does the native one use, and its review time?", first.conversation);
    expect(english.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
  });
});

describe("the other of two, asked a row of right away", () => {
  it("is the other one, not the one answered last", async () => {
    const first = await service.answer("消费金融和教育平台分别走什么方式");
    const one = await service.answer("消费金融的注意事项呢", first.conversation);
    const other = await service.answer("另一个几选几", one.conversation);
    expect(other.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    const english = await service.answer("the other one: how many qualifications?", one.conversation);
    expect(english.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
  });
});

describe("one of two asked about together, pointed at outright", () => {
  it("is told apart: 前者/后者 and 第一个 answer that one", async () => {
    const both = await service.answer("私募基金和证券期货投资咨询能直播吗");
    const latter = await service.answer("后者资质几选几", both.conversation);
    expect(latter.categories.map((category) => category.secondary)).toEqual(["证券、期货投资咨询"]);
    const former = await service.answer("前者呢", latter.conversation);
    expect(former.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    expect(former.kind).toBe("verdict");
    // "有什么" asks; it says nothing is held.
    const asked = await service.answer("信托和消费金融有什么资质要求");
    expect((await service.answer("后者呢", asked.conversation)).categories.map((category) => category.secondary)).toEqual(["消费金融"]);
  });
});

describe("one of a group's options shown, pointed at by its method", () => {
  it("is the only option that streams by it", async () => {
    const education = await service.answer("教育这块哪些类目能直播");
    const native = await service.answer("走原生的那个适用范围是什么", education.conversation);
    expect(native.categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});

describe("a place pointed at in a correction", () => {
  it("asks again what the turn corrected asked", async () => {
    const pair = await service.answer("私募基金和新三板信息服务平台分别怎么接入");
    const second = await service.answer("第二个的注意事项", pair.conversation);
    const first = await service.answer("搞错了,我问的是第一个", second.conversation);
    expect(first.categories.map((category) => category.secondary)).toEqual(["私募基金"]);
    expect(first.parts.details.join("\n")).toContain("公开募集");
  });
});

describe("the two talked about last, pointed at in English", () => {
  it("are both answered: 'which of the two' weighs them", async () => {
    const first = await service.answer("Can a trust mini program stream?");
    const second = await service.answer("And a driving school platform?", first.conversation);
    const both = await service.answer("Which of the two needs the plugin?", second.conversation);
    expect(both.categories.map((category) => category.secondary).sort()).toEqual(["信托", "驾校平台"].sort());
  });
});

describe("categories asked of each in English", () => {
  it("are told apart, so 'the second one' later points at one", async () => {
    const each = await service.answer("We have a trust mini program and a consumer finance one. What does each need to go live?");
    const second = await service.answer("How many qualifications for the second one?", each.conversation);
    expect(second.categories.map((category) => category.secondary)).toEqual(["消费金融"]);
  });
});

describe("a row asked of each of a group's categories", () => {
  it("answers every one of them, not a request to pick one", async () => {
    const answer = await service.answer("教育这块的类目资质要求各自是几选几");
    const lines = answer.parts.details.join("\n");
    for (const name of ["教育-在线视频课程", "教育-学历教育(学校)", "教育-驾校培训", "教育-教育平台"]) expect(lines, name).toContain(`「${name}」`);
    expect(lines).toContain("5选1");
    expect(lines).not.toContain("请确认");
  });

  it("names the surviving item as its own category's where count lines are merged", async () => {
    const lines = (await service.answer("What does each education category need to submit?")).parts.details.join("\n");
    expect(lines).toContain("Named in the document for 「教育-学历教育(培训机构)");
  });
});

describe("two categories measured one against the other in English ('X stricter than Y')", () => {
  it("weighs them, not as held together", async () => {
    const answer = await service.answer("Is the bank category stricter than e-commerce on qualifications?");
    expect(answer.parts.verdict).toMatch(/use different access methods/u);
  });
});

describe("the review time of categories weighed, one of which has none", () => {
  it("quotes the review sentence once, as the one that has it", async () => {
    // Of different methods (电商平台 plugin, 社交-直播 native), weighed as options.
    const lines = (await service.answer("Is the e-commerce platform category quicker to review than social live?")).parts.details.join("\n");
    expect(lines.match(/regulatory authority/gu)).toHaveLength(1);
    expect(lines).toContain("The document gives no review time for 「电商平台");
  });
});

describe("two categories compared, then the topic's taken up again", () => {
  it("are still the two that 这俩 points at", async () => {
    const turns = ["消费金融能直播吗", "企业征信也一样吗", "回到消费金融,资质几选一", "这俩哪个选项多"];
    let answer = await service.answer(turns[0]!);
    for (const turn of turns.slice(1)) answer = await service.answer(turn, answer.conversation);
    expect(answer.categories.map((category) => category.secondary).sort()).toEqual(["企业征信", "消费金融"]);
  });
});

describe("a category put forward in a question of which to choose, beside the one what is streamed names", () => {
  it("weighs the two, each with its own method and scope, instead of holding them together", async () => {
    for (const question of ["明星直播该开哪个类目?电商平台行不行", "讲座直播应该选什么类目,是不是教育平台就可以"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).not.toMatch(/^同时具备/u);
      expect(answer.parts.details.filter((line) => line.includes("类目适用范围")).length, question).toBe(2);
    }
  });
});

describe("one of the categories held, asked of on its own", () => {
  it("answers it alone, not the verdict of all held", async () => {
    const first = await service.answer("我们有电商平台,也有社交直播");
    for (const asked of ["那电商平台本身能用原生吗", "电商平台单独的话用什么接入"]) {
      const alone = await service.answer(asked, first.conversation);
      expect([alone.method, ...alone.categories.map((category) => category.secondary)], asked).toEqual(["plugin", "电商平台"]);
    }
    // Without such a word, the verdict is still all held's.
    expect((await service.answer("电商平台能用原生吗", first.conversation)).method).toBe("native");
  });
});
