import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const verdictOf = async (question: string) => {
  const answer = await service.answer(question);
  return { method: answer.method, subject: answer.subject, categories: answer.categories.map((category) => category.secondary) };
};

describe("everyday wording of what is held and who holds it", () => {
  it("holds categories a question only asks the review of", async () => {
    expect((await verdictOf("电商平台和社交直播都有,走审核要多久,能用原生吗")).method).toBe("native");
  });

  it("reads a category still going through review, or not needed, as not held", async () => {
    expect(await verdictOf("我们电商平台已经有了,社交直播那个类目在走审核,现在能上 live-pusher 吗")).toEqual({ method: "plugin", subject: null, categories: ["电商平台"] });
    expect(await verdictOf("听说电商平台无需社交直播也能用原生组件,是吗")).toEqual({ method: "plugin", subject: null, categories: ["电商平台"] });
  });

  it("reads everyday English for unlisted categories, and a mistyped 行 as in 银行", async () => {
    expect((await verdictOf("Our mini game wants to stream matches, allowed?")).method).toBe("unsupported");
    expect((await verdictOf("We cover current affairs; is there a category for live streams?")).method).toBe("unsupported");
    expect(await verdictOf("我们是银航的小程序,能直播吗")).toMatchObject({ method: "native", categories: ["银行"] });
    expect(await verdictOf("保线类目可以直播吗")).toMatchObject({ method: "native", categories: ["保险"] });
  });

  it("answers a category supposed beside a word of what is streamed, the name deciding what that word is", async () => {
    expect(await verdictOf("假如就我们自己一所驾校,搞线上付费培训,可以直播不")).toEqual({ method: "plugin", subject: null, categories: ["驾校培训"] });
    expect(await verdictOf("Suppose it is one driving school doing online training for learners: which way to stream?")).toMatchObject({ method: "plugin", categories: ["驾校培训"] });
  });

  it("drops a category taken back when what the asker says it is stands between, or the words are 作废 or 'scratch that'", async () => {
    expect(await verdictOf("我们申请的是课外辅导,哎我弄错了,其实我们是一家互联网医院,能用原生吗")).toMatchObject({ method: "native", categories: ["互联网医院"] });
    expect(await verdictOf("银行那个类目作废了,改为信托,怎么接入")).toMatchObject({ method: "native", categories: ["信托"] });
    expect(await verdictOf("We hold 电商平台 — scratch that, we hold 音视频设备. Native tags?")).toMatchObject({ method: "native", categories: ["音视频设备"] });
    // A question whether something counts ("这算不算带货") takes nothing back.
    expect((await verdictOf("我们是在线视频课程类目,课上卖练习册这算不算带货")).categories).toContain("在线视频课程");
  });

  it("drops a category the asker takes back in the same message for the one it names next", async () => {
    expect(await verdictOf("类目是互联网医院,啊不好意思说错了,是驾校平台,能直接用 live-pusher 吗")).toEqual({ method: "plugin", subject: null, categories: ["驾校平台"] });
    expect(await verdictOf("Our category is e-commerce platform, my mistake, it's trust. Native tags?")).toMatchObject({ method: "native", categories: ["信托"] });
    // Only the name right before the cue is taken back, and only for one named right after it.
    expect((await verdictOf("我们有电商平台,社交直播说错了,是在线视频课程")).categories).toEqual(["电商平台", "在线视频课程"]);
    expect((await verdictOf("We are an e-commerce platform, and my bad for not saying it: we also hold social live. Native?")).method).toBe("native");
    // The typo of a name taken back is not said to have been read.
    expect((await service.answer("我们是卷商…打错了,是驾校培训")).parts.remarks.join("")).not.toContain("券商");
    // A cue with nothing named after it takes nothing back.
    expect((await verdictOf("社交直播是不是我说错了?能用原生吗")).categories).toEqual(["直播"]);
  });

  it("takes back a subject or category the asker corrects mid-message, in more words", async () => {
    expect(await verdictOf("我们是个人认证…哦不,应该说是企业认证,类目在线视频课程,直播行吗")).toMatchObject({ method: "native", subject: "enterprise" });
    expect((await verdictOf("类目是消费金融,啊发错了,是驾校平台,怎么接入直播")).categories).toEqual(["驾校平台"]);
  });

  it("holds a category whose lack is itself denied, after the name or before it", async () => {
    expect((await verdictOf("我们电商平台有,社交直播那个类目也不是说没有,能原生吗")).method).toBe("native");
    expect((await verdictOf("It's not true that we lack the social live category; e-commerce platform too. Native tags?")).method).toBe("native");
    expect((await verdictOf("我们电商平台有,社交直播类目没有,能原生吗")).method).toBe("plugin");
    expect((await verdictOf("并不是说我们没有社交直播,有的,电商平台也有,原生行吗")).method).toBe("native");
    expect((await verdictOf("We do not lack social live, and we hold e-commerce too. Native tags?")).method).toBe("native");
  });

  it("does not hold a category only compared with, or asked whether it is needed", async () => {
    expect((await verdictOf("我们电商平台类目提审会不会像社交直播那样要等7天")).categories).toEqual(["电商平台"]);
    expect((await verdictOf("电商平台的审核时间和社交直播比谁更长")).method).toBe("plugin");
    expect((await verdictOf("我们只是电商平台,是不是得有社交直播类目才能上原生组件")).method).toBe("plugin");
    // Held beside it, or compared with another name, it still counts.
    expect((await verdictOf("电商平台和社交直播我们都有,能原生吗")).method).toBe("native");
    expect((await verdictOf("我们电商平台和社交直播一样都有,能原生吗")).method).toBe("native");
    expect((await verdictOf("信托和保险一样吗")).categories).toEqual(["信托", "保险"]);
    // Words that only hold a cue are no cue: 不对外, 主要有, 主管机关那边审核 asked about.
    expect((await verdictOf("我们的社交直播不对外,电商平台也有,能原生吗")).method).toBe("native");
    expect((await verdictOf("我们有电商平台,主要有社交直播类目在用,能原生吗")).method).toBe("native");
    expect((await verdictOf("电商平台和社交直播都有,主管机关那边审核一般几天,能用原生吗")).method).toBe("native");
    expect((await service.answer("我们是家电维修保养公司,能直播吗")).answer).not.toContain("汽车");
    // "需要有…才能" asks whether it is needed; "像…一样", "和…比" compare; a lone 不对 between names corrects.
    expect((await verdictOf("我们是电商平台,必须要有社交直播才能用原生吗")).method).toBe("plugin");
    // …with 同时 before the name: the condition asked of, not both held.
    expect((await verdictOf("电商平台是不是得同时具备社交-直播,才可以走原生")).method).toBe("plugin");
    expect((await verdictOf("我们有电商平台,可以像社交直播一样直接用原生组件吗")).method).toBe("plugin");
    // Two names joined and measured one against the other are weighed: both asked, neither held with the other.
    const weighed = await service.answer("电商平台和社交直播比,谁的审核更快");
    expect(weighed.categories.map((category) => category.secondary)).toEqual(["电商平台", "直播"]);
    expect(weighed.answer).not.toContain("同时具备「电商平台」和「社交-直播」类目,可以直接使用");
    expect((await verdictOf("我们是信托,不对,是私募基金,能直播吗")).categories).toEqual(["私募基金"]);
    // All that is held, said with "除了…没有任何类目".
    expect((await verdictOf("除了教育平台以外我们没有任何类目,能直播吗")).categories).toEqual(["教育平台"]);
  });

  it("answers both of two names joined and measured against each other, and keeps what was held before them", async () => {
    const weighed = await service.answer("私募跟公募相比,哪个资质多一些");
    expect(weighed.answer).toContain("3选1");
    expect(weighed.answer).toContain("5选1");
    // Held in a clause of their own, the two stay held together; the one measured against them is not held.
    expect((await verdictOf("我们有电商平台和社交直播,跟信托比哪个审核快")).method).toBe("native");
  });

  it("does not count a category stuck in review", async () => {
    expect((await verdictOf("电商平台有了,社交直播还在等主管机关确认,这两天能上原生吗")).method).toBe("plugin");
  });

  it("reads a wait asked about as a step of the review, not as a category not held yet", async () => {
    for (const question of ["社交直播类目首次提审需不需要等当地主管机关确认", "社交直播是不是得等主管机关确认才能上线"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(answer.answer, question).not.toContain("目前还不具备");
    }
  });

  it("reads 保司 as an insurer and a star fan meeting as social live streaming, but a software developer as no real-estate developer", async () => {
    expect((await verdictOf("我们保司想搞理赔直播,能用原生吗")).categories).toEqual(["保险"]);
    expect((await verdictOf("想在小程序里做明星见面会直播,用啥接入")).categories).toEqual(["直播"]);
    expect((await verdictOf("我们是软件开发商,给驾校平台做的小程序,怎么接入直播")).categories).toEqual(["驾校平台"]);
  });

  it("reads more statuses: rejected in 繁體 (退件), not yet applied for, with the authority, approved on resubmission", async () => {
    expect((await verdictOf("我們有電商平台,社交直播類目被退件了,還能原生嗎")).method).toBe("plugin");
    expect((await verdictOf("电商平台有,社交直播还没去申请,原生能用吗")).method).toBe("plugin");
    expect((await verdictOf("电商平台有,社交直播还在主管机关那边审核,能用原生吗")).method).toBe("plugin");
    expect((await verdictOf("互联网医院类目上次被驳回,重新提交后已经通过了,能用原生吗")).method).toBe("native");
  });

  it("reads neighbours of listed categories as unlisted, and English names of listed ones and of subjects", async () => {
    for (const question of ["修车厂的小程序想直播修车", "我们是典当行,小程序能直播吗", "Our category is IT - telecom operator, can we stream?", "房仲可以直播带看吗"]) {
      expect((await verdictOf(question)).method, question).toBe("unsupported");
    }
    expect((await verdictOf("We are a stock advisory firm, online consulting only. Live tags?")).categories).toEqual(["证券、期货投资咨询"]);
    expect((await verdictOf("Our app sells business credit reports. Can it stream with live-pusher?")).categories).toEqual(["企业征信"]);
    expect((await verdictOf("It's the city council's mini program. Can we stream?")).method).toBe("native");
    expect((await verdictOf("Our shop sells AV equipment; can we stream camera feeds with live-player?")).categories).toEqual(["音视频设备"]);
  });

  it("reads a program registered to the asker as an individual, and a provincial government office", async () => {
    expect((await verdictOf("The mini program is registered as an individual; we picked the social live category. Can it stream?")).method).toBe("unsupported");
    expect(await verdictOf("我们是市政府办公厅,小程序想做政策解读直播")).toMatchObject({ method: "native", subject: "government" });
  });

  it("reads everyday names of camera devices, home viewings, car pre-orders, fan meetups and a program in one's own name", async () => {
    expect(await verdictOf("我们卖可视门铃,想在小程序里直播演示")).toMatchObject({ method: "native", categories: ["音视频设备"] });
    expect(await verdictOf("建商的線上賞屋可以直播嗎")).toMatchObject({ method: "native", categories: ["房地产营销"] });
    expect(await verdictOf("新车预购页面想加直播")).toMatchObject({ method: "native", categories: ["汽车预售服务"] });
    expect((await verdictOf("We host fan meetings with celebrities, which tags can we use?")).categories).toEqual(["直播"]);
    expect((await verdictOf("小程序是以自己名义注册的,保险类目能直播吗")).method).toBe("unsupported");
  });

  it("reads consumer instalment loans, company credit lookups, government-verified programs and the auto pre-sale name", async () => {
    expect(await verdictOf("做消费分期贷款的小程序能直播吗")).toMatchObject({ method: "native", categories: ["消费金融"] });
    expect(await verdictOf("我们提供企业信用报告查询,想开直播")).toMatchObject({ method: "native", categories: ["企业征信"] });
    expect((await verdictOf("Our mini program is government-verified; which live tags?")).subject).toBe("government");
    expect(await verdictOf("Is the Auto - pre-sale services category allowed to stream?")).toMatchObject({ method: "native", categories: ["汽车预售服务"] });
  });

  it("answers a streaming domain or concurrent viewer question as outside the document", async () => {
    expect((await service.answer("播放域名在哪配置")).kind).toBe("out-of-corpus");
    expect((await service.answer("How many concurrent viewers can one stream have?")).kind).toBe("out-of-corpus");
  });

  it("reads a platform that training institutions join as the education platform, not a training institution", async () => {
    expect((await verdictOf("小程序是给各家培训机构提供入驻的,他们要开直播课")).categories).toEqual(["教育平台"]);
    expect((await verdictOf("Many training institutions join our mini program to stream lessons. Which tags?")).categories).toEqual(["教育平台"]);
  });

  it("reads a single seller's own shop, company default records, and the automobile pre-sale name", async () => {
    expect((await verdictOf("我们的店只卖自家的货,直播带货用什么")).method).toBe("unsupported");
    expect((await verdictOf("我们帮客户查企业逾期记录,想直播讲解")).categories).toEqual(["企业征信"]);
    expect((await verdictOf("我们帮用户查个人贷款的逾期记录,想直播讲解")).categories).toEqual([]);
    expect((await verdictOf("Automobile pre-sale service mini program, native tags?")).categories).toEqual(["汽车预售服务"]);
  });

  it("answers enabling the plugin, and how it differs from the native tags, as outside the document", async () => {
    expect((await service.answer("How can we activate the cloud live plugin for our app?")).kind).toBe("out-of-corpus");
    expect((await service.answer("插件和用原生组件比,哪个更好")).kind).toBe("out-of-corpus");
  });

  it("holds a category set beside a question what else to add, and a department of a government body as that body", async () => {
    const social = await service.answer("我们直播间偶尔聊聊时事,除了社交直播还需要补什么类目");
    expect(social.method).toBe("native");
    expect(social.answer).toContain("需补充【时政信息】类目");
    expect((await verdictOf("我们除了电商平台,怎样才能用原生组件?")).categories).toEqual(["电商平台"]);
    expect(await verdictOf("我们是街道办的宣传科,小程序想直播居民议事会")).toMatchObject({ method: "native", subject: "government" });
    // A unit under a government body is not the body.
    expect((await verdictOf("我们是市政府的直属单位,小程序能直接用live-pusher吗")).subject).not.toBe("government");
  });
});

describe("another category's requirement, asked whether it applies to the asker", () => {
  it("does not hold that category: the asker's own is answered, with what the document gives of the other", async () => {
    const answer = await service.answer("我们做的是公立医疗机构类目,社交直播要走的那个7天审核我们是不是也要走");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
    expect(answer.answer).toContain("7天左右");
    // Holding it too is still holding it.
    expect((await verdictOf("我们是公立医疗机构,社交直播我们也有")).categories.sort()).toEqual(["公立医疗机构", "直播"].sort());
  });
});

describe("a fund company", () => {
  it("may run either fund category the document lists, so both are answered", async () => {
    expect((await verdictOf("我们这边是家基金公司,做产品推介直播用哪种方式")).categories.sort()).toEqual(["公募基金", "私募基金"].sort());
  });
});

describe("one driving-school platform, said with a word for one", () => {
  it("is the platform category, not the training one that a single school holds", async () => {
    expect((await verdictOf("咱们是一个驾校平台,想直播")).categories).toEqual(["驾校平台"]);
    expect((await verdictOf("我们就一所驾校,想直播")).categories).toEqual(["驾校培训"]);
  });

  it("is one school when the message opens with running one, its 'we' left out", async () => {
    expect((await verdictOf("经营驾校的,小程序想直播练车,走哪种")).categories).toEqual(["驾校培训"]);
    // …not when what it runs is the platform.
    expect((await verdictOf("做驾校平台的,小程序想直播")).categories).toEqual(["驾校平台"]);
  });
});

describe("a business described by what it offers", () => {
  it("reads instalment payments and buy-now-pay-later as consumer finance", async () => {
    expect((await verdictOf("我们帮用户分期付款买手机,小程序能开直播吗")).categories).toEqual(["消费金融"]);
    expect((await verdictOf("We run a buy now pay later service for furniture. Can we go live?")).categories).toEqual(["消费金融"]);
  });
});

describe("a second activity of another category, weighed beside the one named", () => {
  it("answers both when asked of each, and keeps a scenario word of the named category out", async () => {
    const both = await service.answer("我们是有门店的职业培训学校,另外还想专门做纯线上网课直播,两块分别用啥接入");
    expect(both.answer).toContain("教育-在线视频课程:微信原生组件标签");
    expect(both.answer).toContain("职业培训/课外辅导:小程序·云直播插件");
    // Not weighed, a scenario word beside a named category is that category's.
    expect((await verdictOf("我们电商平台想做直播带货,能用原生吗")).categories).toEqual(["电商平台"]);
  });
});

describe("a listed category's activity said the other way round", () => {
  it("reads 直播交友 as 社交-直播's, not an unlisted business beside it", async () => {
    const answer = await service.answer("我们是做直播交友的,社交直播这个类目审核多久");
    expect(answer.answer).not.toContain("社交-其他");
  });
});

describe("an online consultation business", () => {
  it("is read as the internet hospital's, not the medical group with a public hospital's scope", async () => {
    const answer = await service.answer("我们是一个互联网问诊平台,医生线上看诊,能开直播吗");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    expect(answer.answer).not.toContain("适用于公立医疗机构提供的");
    // A hospital doing online consultations is still read by what it is.
    expect((await service.answer("我们是县人民医院,也想做线上问诊,能直播吗")).answer).not.toContain("「医疗-互联网医院」类目可以使用");
  });
});

describe("stock trading said in English", () => {
  it("is the securities and futures category", async () => {
    expect((await verdictOf("Our mini program is where people buy and sell stocks. Can we go live?")).categories).toEqual(["证券/期货"]);
  });
});

describe("entertainment streams in other everyday words", () => {
  it("are 社交-直播's scenario", async () => {
    expect((await verdictOf("打算在小程序里直播娱乐八卦,能搞吗")).categories).toEqual(["直播"]);
  });
});

describe("a training school, in English", () => {
  it("is the training institutions' category, not the academic schools'", async () => {
    expect((await verdictOf("We are a vocational school with classrooms; can our mini program stream lessons?")).categories).toEqual(["学历教育(培训机构) - 职业培训/课外辅导"]);
  });
});

describe("meetings held over video, in everyday words", () => {
  it("are 多方通信", async () => {
    expect((await verdictOf("我们这个小程序就是给团队连麦开会用的,能直播不")).categories).toEqual(["多方通信"]);
  });
});

describe("others opening shops on the asker's program, in everyday words", () => {
  it("is a platform hosting sellers: 电商平台, also as a change of what the program is", async () => {
    expect((await verdictOf("小程序打算让附近果农都上来开店,可以直播不")).categories).toEqual(["电商平台"]);
    const first = await service.answer("我们只卖自己做的手工皂");
    const changed = await service.answer("那要是以后让别的手作人也进来开店呢", first.conversation);
    expect(changed.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});

describe("a platform for celebrity and influencer streams", () => {
  it("is 社交-直播's, while influencers selling goods stay 电商平台's", async () => {
    expect((await verdictOf("我们这个小程序专门做明星网红直播")).categories).toEqual(["直播"]);
    expect((await verdictOf("网红直播带货选哪个类目")).categories).toEqual(["电商平台"]);
  });
});

describe("pre-orders of a new car model", () => {
  it("are 汽车预售服务's, in Chinese and in English", async () => {
    expect((await verdictOf("新车型开放预订那几天想开个直播")).categories).toEqual(["汽车预售服务"]);
    expect((await verdictOf("我们是造电动车的,新款上市前想在小程序直播")).categories).toEqual(["汽车预售服务"]);
    expect((await verdictOf("We open pre-orders for our new model next month; can we livestream the launch?")).categories).toEqual(["汽车预售服务"]);
  });
});

describe("a fund company raising money from the public", () => {
  it("is a public fund's, and the private fund's note on public raising stays out", async () => {
    const answer = await service.answer("我们基金公司做的是面向公众公开募集的产品,想直播推广");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    expect(answer.answer).not.toContain("私募产品");
  });
});

describe("customer service named beside a category", () => {
  it("is a service of the asker's, not a customer holding the category", async () => {
    expect((await verdictOf("customer support streams under the insurance category, allowed?")).categories).toEqual(["保险"]);
    expect((await verdictOf("客服直播用银行类目可以吗")).categories).toEqual(["银行"]);
  });
});

describe("what a held category's streams talk about", () => {
  it("is no category the program holds", async () => {
    expect((await verdictOf("我们信托类目的直播间,讲师想讲讲公募基金,能用原生组件吗")).categories).toEqual(["信托"]);
    expect((await verdictOf("保险类目小程序,主播会科普一下银行理财,有问题吗")).categories).toEqual(["保险"]);
  });
});

describe("short names standing across two words", () => {
  let service: AnswerService;
  beforeAll(async () => {
    service = await createTestAnswerService();
  });

  it("reads no category from a two-character short name the words around it cut in two", async () => {
    // 社直 (社交-直播) stands across 补习社 and 直播: the asker runs a tutoring school and holds no 社交-直播.
    const answer = await service.answer("家里开了个补习社直播讲题用什么方式");
    expect(answer.categories.map((category) => category.secondary)).not.toContain("直播");
    expect(answer.method).toBe("plugin");
  });

  it("still reads the short name said as a word of its own", async () => {
    const answer = await service.answer("社直类目可以用原生组件吗");
    expect(answer.method).toBe("native");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });
});

describe("a category asked whether it must also be applied for, with 另外 before the applying", () => {
  it("is not held: the category held alone decides", async () => {
    for (const question of ["信托类目是不是还得另外申请社交直播才能用原生?", "银行需要另外申请社交直播吗,才能用live-pusher"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).toHaveLength(1);
      expect(answer.method, question).toBe("native");
    }
    // Beside 电商平台 the combination is what the question is about: still the plugin alone, native with both.
    expect((await service.answer("电商平台还要另外申请社交直播才能用原生组件吗")).method).toBe("plugin");
  });
});
