import { beforeAll, describe, expect, it } from "vitest";
import { fill } from "./answer-templates.js";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("categories named one by one", () => {
  it("says whose review time the document gives, and that it gives none for the other", async () => {
    const answer = await service.answer("在线视频课程跟社交直播这两个类目,提审各自要等几天");
    const details = answer.parts.details.join("\n");
    expect(details).toContain("「社交-直播」审核:");
    expect(details).toContain("文档没有提到「教育-在线视频课程」的审核时长");
    // No review line without its category's name: the 7 days are 社交-直播's alone.
    expect(answer.parts.details.filter((line) => line.includes("7天"))).toHaveLength(1);
    expect(answer.parts.details.find((line) => line.includes("7天"))).toContain("社交-直播");
  });

  it("share one line when it says the same of three of them, naming all three and keeping the whole sentence", async () => {
    const details = (await service.answer("信托、保险还有银行,提审各要多久")).parts.details;
    const shared = details.filter((line) => line.startsWith("文档没有提到"));
    expect(shared).toEqual(["文档没有提到「金融业-信托」、「金融业-保险」、「金融业-银行」的审核时长;写明审核时长的只有 「社交-直播」:选择该类目后首次提交代码审核,需经当地互联网主管机关审核确认,预计审核时长7天左右。"]);
    expect(details.filter((line) => /[;;]$/u.test(line))).toEqual([]);
  });

  it("gives the review time the document does give, of the one category that has it, to a category without one", async () => {
    const answer = await service.answer("保险类目首次提审大概几天能过");
    expect(answer.answer).toContain("文档没有提到「金融业-保险」的审核时长;写明审核时长的只有 「社交-直播」:");
    expect(answer.answer).toContain("预计审核时长7天左右");
    expect(answer.citations.filter((citation) => citation.heading === "社交 > 直播")).toHaveLength(1);
    // Said once when the answer gives that category's own review line.
    const both = await service.answer("保险和社交直播提审分别要几天");
    expect(both.parts.details.filter((line) => line.includes("7天左右"))).toHaveLength(1);
  });

  it("are not called a group's list when they share a method", async () => {
    const verdict = (await service.answer("信托和消费金融可以直播吗")).parts.verdict;
    expect(verdict).toBe("「金融业-信托」和「金融业-消费金融」类目都可以使用微信原生组件标签 <live-pusher>/<live-player>接入直播。");
    const english = (await service.answer("Can trust companies and consumer finance programs stream?")).parts.verdict;
    expect(english).not.toContain("「金融业」 categories");
  });

  it("keep their form in a follow-up, as a broad word's group keeps its own", async () => {
    const named = await service.answer("社交直播和在线视频课程能直播吗");
    const review = await service.answer("那审核呢", named.conversation);
    expect(review.parts.details.join("\n")).toContain("文档没有提到「教育-在线视频课程」的审核时长");
    const group = await service.answer("金融类能直播吗");
    const groupReview = await service.answer("那审核要多久呢", group.conversation);
    expect(groupReview.parts.verdict).toMatch(/^「金融业」下文档列出的类目/u);
    expect(groupReview.parts.details.filter((line) => line.startsWith("文档没有提到"))).toHaveLength(1);
  });

  it("leave a broad word's answer listing what its group holds", async () => {
    expect((await service.answer("医疗类的能直播吗")).parts.verdict).toContain("「医疗」下文档列出的类目(「互联网医院」「公立医疗机构」)");
  });
});

describe("two categories to choose between", () => {
  it("gives each one's scope, which is what the choice turns on", async () => {
    const answer = await service.answer("Hmm, trust or e-commerce platform, which one should I pick?");
    const details = answer.parts.details.join("\n");
    expect(details).toContain("Scope of 「金融业-信托");
    expect(details).toContain("Scope of 「电商平台");
  });
});

describe("pointing to the category of a description", () => {
  it("points to it when the asker described an activity, not when it named the category itself", async () => {
    expect((await service.answer("我们搞线上看房直播,该选什么类目")).answer).toContain("对应的类目是「房地产服务-房地产营销」");
    expect((await service.answer("电商平台类目这边想改用原生组件,还得补什么类目")).answer).not.toContain("对应的类目是");
  });

  it("backs it with the line of the document that holds the words it was found by", async () => {
    // 大学 stands in 学历教育(学校)'s scope; 摄像头 only in 音视频设备's scenario.
    const school = (await service.answer("大学招生办想开直播介绍专业,申请哪个类目")).parts.details.join("\n");
    expect(school).toContain("「教育-学历教育(学校)」类目适用范围:适用于幼儿园、小学、初高中、大学");
    const camera = (await service.answer("智能家居App要在小程序里控制摄像头看直播画面,选什么类目")).parts.details.join("\n");
    expect(camera).toContain("小程序直播场景:为多方提供电话会议/视频会议等服务;智能家居场景下控制摄像头");
    // Asked nothing else, the scenario holding the words backs it, its review sentence and all.
    expect((await service.answer("搞萌宠日常的宠物直播,属于哪个类目")).parts.details.join("\n")).toContain("小程序直播场景:涉及娱乐性质,如明星直播、生活趣事直播、宠物直播等");
    // A scenario holding another row's sentence (社交-直播's holds its review note) leaves that row whole when it is asked
    // too: the scope backs it.
    const notes = (await service.answer("我们想搞宠物直播,选哪个类目,要注意点啥")).parts.details.join("\n");
    expect(notes).toContain("类目适用范围:适用于提供在线直播等服务");
    expect(notes).toMatch(/注意:.*时政信息.*审核时长7天左右/u);
    // Asked the scope already, it is said once.
    const asked = (await service.answer("大学招生直播该用什么类目,适用范围是什么")).answer;
    expect(asked.split("类目适用范围:适用于幼儿园").length).toBe(3); // once in the answer, once among the sources
  });
});

describe("the document's own choice", () => {
  it("points to no category of its own when a note on the question's topic names the category to choose", async () => {
    const answer = await service.answer("做美股行情资讯的小程序,还想让用户直接买卖股票,该选什么类目");
    expect(answer.answer).toContain("需选择【金融业-证券/期货】");
    expect(answer.answer).not.toContain("对应的类目是「金融业-股票信息服务平台");
  });
});

describe("a category asked whether it fits, by an asker who says it is what the category is not for", () => {
  it("says after its scope that what the asker is does not match it, and says nothing of the kind otherwise", async () => {
    const clinic = await service.answer("我们是一家民营诊所,可以申请公立医疗机构类目做直播吗");
    expect(clinic.answer).toContain("你说的「民营」与「医疗-公立医疗机构」的适用范围不符");
    const english = await service.answer("We are a privately owned hospital. Can we pick the public medical institution category?");
    expect(english.answer).toContain("does not match the scope of");
    expect((await service.answer("我们是区里的公立医院,能选公立医疗机构类目吗")).answer).not.toContain("不符");
  });

  it("says so too when the asker's business is one the document lists as none of its categories, and says it first", async () => {
    const agency = await service.answer("我们是二手房中介,能不能选房地产营销类目开直播");
    expect(agency.parts.verdict).toBe("你说的「二手房中介」与「房地产服务-房地产营销」的适用范围不符,所选类目需符合小程序的实际应用场景。");
    // A business the document points to the category by scenario may fit it, and one of another group the document says
    // nothing of: nothing of the kind.
    expect((await service.answer("我们开宠物店的,能选电商平台类目吗")).answer).not.toContain("不符");
    expect((await service.answer("我们专门卖血压计这些医疗器械,能用电商平台类目吗")).answer).not.toContain("不符");
    expect((await service.answer("我们是家连锁火锅店,能用社交直播类目吗")).answer).not.toContain("不符");
  });

  it("says so, quoting the scope, when the only shop on the program sells its own goods and asks after 电商平台", async () => {
    const shop = await service.answer("咱们就一个品牌,商城只卖咱自己家的东西,打算直播卖货,电商平台这个类目能申请吗");
    // The first of its words that says what it is: 就一个品牌.
    expect(shop.parts.verdict).toBe("你说的「就一个品牌」与「电商平台」的适用范围不符,所选类目需符合小程序的实际应用场景。");
    expect(shop.parts.details.join("\n")).toContain("即为多个经营者提供交易的平台");
    // A one-shop or self-run business in its shortest words too.
    expect((await service.answer("我们是自营的连锁便利店,电商平台类目能用吗")).parts.verdict).toContain("与「电商平台」的适用范围不符");
  });

  it("quotes the scope when asked in English whether a category named first is the one to use", async () => {
    expect((await service.answer("Is the trust category appropriate for us?")).parts.details.join("\n")).toMatch(/^Scope of 「金融业-信托/mu);
  });

  it("says so when the asker lacks what the category is for", async () => {
    const answer = await service.answer("我们纯线上教数学,没有线下校区,能申请课外辅导这个类目吗");
    expect(answer.parts.verdict).toMatch(/^你说的「没有线下校区」与「教育-学历教育\(培训机构\)/u);
  });

  it("says so in English too, when the category is named first and the business only supposed", async () => {
    const supposed = await service.answer("Suppose we offered personal credit reports — would enterprise credit reporting be the right category for live?");
    expect(supposed.parts.verdict).toMatch(/^What you say you are \(「personal credit/u);
  });

  it("says nothing of the kind when the asker says it is not what the category is not for", async () => {
    expect((await service.answer("我们不是民营诊所,能选公立医疗机构类目吗")).answer).not.toContain("不符");
    expect((await service.answer("We are not a private hospital. Can we pick the public medical institution category?")).answer).not.toContain("does not match");
  });
});

describe("a named category asked about one of its own scenarios", () => {
  it("quotes its scenario line when the line speaks of it, and only then", async () => {
    const viewings = await service.answer("房地产营销类目能做直播带看吗");
    expect(viewings.parts.details.join("\n")).toContain("在线音视频带看");
    expect((await service.answer("房地产营销类目可以搞线上带看吗")).parts.details.join("\n")).toContain("在线音视频带看");
    // 证券/期货's scenario line speaks of promotion and claims, not of stock trading.
    expect((await service.answer("证券期货类目做股票交易直播用什么方式")).parts.details.join("\n")).not.toContain("小程序直播场景");
  });
});

describe("categories named one by one beside their group's word", () => {
  it("are answered by name, with no line about the whole group", async () => {
    for (const question of ["教育平台和教育-培训机构哪个能用原生组件", "教育类里的教育平台和培训机构哪个能用原生"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).toEqual(["教育平台", "学历教育(培训机构) - 职业培训/课外辅导"]);
      expect(answer.answer, question).not.toContain("「教育」下的类目不能直接使用");
    }
    // The group's word alone still answers for the group.
    expect((await service.answer("金融类能用原生组件吗")).answer).toContain("「金融");
  });
});

describe("categories weighed to choose between", () => {
  it("are answered with the scope of each, which says which fits", async () => {
    const answer = await service.answer("入驻的既有驾校又有补习机构,选驾校平台好还是教育平台好");
    expect(answer.parts.details.join("\n")).toContain("为驾校主体提供入驻渠道");
    expect(answer.parts.details.join("\n")).toContain("培训机构提供入驻渠道");
  });
});

describe("a broad word named beside a category of its own", () => {
  it("asks which of the word's categories is held and still gives the other category's method", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("我们有培训、电商平台这两个类目,可以直播吗");
    expect(answer.method).toBe("unknown");
    expect(answer.parts.details).toContain(fill(templates.zh.line.heldBeside, { category: "电商平台", method: templates.zh.method.plugin }));
    expect(answer.parts.sources.some((source) => source.heading.includes("电商平台"))).toBe(true);
  });

  it("not for a category read from what the asker streams", async () => {
    const answer = await service.answer("我们属于教育这一块的,另外也会直播带货,可以直播吗");
    expect(answer.method).toBe("unknown");
    expect(answer.answer).not.toContain("你还提到了");
  });
});

describe("a platform of the asker's own hosting others", () => {
  it("holds the category made for such platforms, however many it hosts, and of the group of what it hosts", async () => {
    const chinese = await service.answer("咱们平台现在入驻了数十家培训机构,原生能用吗");
    expect(chinese.categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    expect(chinese.method).toBe("plugin");
    // Not a school that competes with others: only a platform of the asker's hosts them.
    const school = await service.answer("我们是一家培训机构,本市还有几十家培训机构,能直播吗");
    expect(school.categories.map((category) => category.secondary)).not.toContain("教育平台");
  });

  it("is also the platform a message opens with", async () => {
    const answer = await service.answer("平台里现在进驻了二十几家驾校,走原生还是插件");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    // …after a count or an intent to build it.
    expect((await service.answer("一个平台,入驻了十几家驾校,能直播吗")).categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
    // In English, however many it hosts.
    expect((await service.answer("Our learning app hosts hundreds of training institutions, plugin or native?")).categories.map((category) => category.secondary)).toEqual(["教育平台"]);
    expect((await service.answer("We let several driving schools sell lessons in our app; which category?")).categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });

  it("reads what is onboarded after the platform's name as those it hosts, not as what the program is", async () => {
    const answer = await service.answer("Our customer's app is a driving school platform, about thirty schools signed up so far. Plugin or native?");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["驾校平台"]);
  });
});

describe("one business of its kind on its own", () => {
  it("is not the platform a broad name also stands for, and names no self-run shop", async () => {
    const answer = await service.answer("咱是个驾校,没有分店,想开直播教科目二");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    const alone = await service.answer("我们这边就一家驾校而已,只有我们一家,直播用什么方式");
    expect(alone.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    expect(alone.answer).not.toContain("商家自营");
  });
});

describe("a name the document does not list, said beside a listed category", () => {
  it("is named by the asker's own words, once, in the message that said it", async () => {
    const first = await service.answer("汽车4S店的小程序,做新车预售直播,能用原生吗");
    expect(first.answer).toContain("你还提到的「汽车4S店」不在");
    expect(first.answer).not.toContain("汽车-汽车销售");
    const next = await service.answer("那审核要多久", first.conversation);
    expect(next.answer).not.toContain("汽车4S店");
  });
});

describe("categories held together that stream in different ways", () => {
  it("name every one that streams the way the verdict says, not the first of them", async () => {
    const answer = await service.answer("我们同时有互联网医院、房地产营销和驾校培训三个类目,能直播吗");
    const headline = answer.parts.verdict;
    expect(headline).toContain("互联网医院");
    expect(headline).toContain("房地产营销");
    expect(headline).not.toContain("驾校培训");
  });
});

describe("words for managing money, which name no one category", () => {
  it("are the finance group's, whose listed categories answer together", async () => {
    for (const question of ["我们公司做财富管理,小程序能开直播吗", "We're a wealth management firm, can our mini program go live?"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(answer.answer, question).toMatch(/「金融业」/u);
    }
  });
});

describe("an English scenario word two categories share", () => {
  it("names neither alone, as its Chinese word does not", async () => {
    const answer = await service.answer("our hospital wants its doctors to give health lectures over live stream, what do we need?");
    expect(answer.categories.map((category) => category.secondary).sort()).toEqual(["互联网医院", "公立医疗机构"]);
  });
});

describe("a whole group asked whether a row is alike across it", () => {
  it("is answered of every category of the group, not only the first few detailed", async () => {
    const answer = await service.answer("金融业这些类目,直播场景都一样吗");
    expect(answer.answer).toMatch(/一样:.*消费金融」的直播场景相同/u);
  });

  it("is asked so with 都 between the question's words too", async () => {
    const answer = await service.answer("银行和信托的资质要求是不是都一样");
    expect(answer.answer).toMatch(/的资质要求写法一样/u);
  });
});

describe("two categories that together change the method, asked which one streams so", () => {
  it("says each one's own method beside what holding both allows", async () => {
    const answer = await service.answer("社交直播跟电商平台,到底哪个能走原生组件");
    const details = answer.parts.details.join("\n");
    expect(answer.verdictSentence).toContain("同时具备");
    expect(details).toContain("· 电商平台:小程序·云直播插件");
    expect(details).toContain("· 社交-直播:微信原生组件标签");
  });

  it("keeps the one line of what both allow when what is asked of them is not their method", async () => {
    const answer = await service.answer("社交直播跟电商平台,哪些地方要注意");
    expect(answer.parts.details.some((line) => line.startsWith("· "))).toBe(false);
  });
});

describe("which category to choose, when the category's own note advises another for what is described", () => {
  it("does not say the category is the one for it, whatever marks the note writes the other's name with", async () => {
    const first = await service.answer("证券投资这个类目能做直播吗");
    const choose = await service.answer("假如只提供咨询、不做交易的话,选啥类目", first.conversation);
    expect(choose.answer).toContain("建议选【金融业-证券/期货投资咨询】类目");
    expect(choose.answer).not.toContain("对应的类目是「金融业-证券/期货」");
  });
});

describe("another category's scenario beside a category held", () => {
  it("says its method holds only if the program holds that category, after the held one's verdict", async () => {
    const answer = await service.answer("我们挂的是驾校培训,想搞网课直播,接入用啥");
    expect(answer.verdictSentence).toContain("驾校培训");
    expect(answer.answer).toContain("按场景可参考「教育-在线视频课程」(微信原生组件标签 <live-pusher>/<live-player>,需小程序具备该类目)");
  });
});

describe("online courses sold by a school or a driving school", () => {
  it("are what it streams, and its own category decides, in either language", async () => {
    for (const question of ["我们一所驾校,平时也在线上卖在线课程,直播用哪种方式", "A single driving school that also sells online courses: native or plugin?"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).toEqual(["驾校培训"]);
      expect(answer.method, question).toBe("plugin");
    }
    expect((await service.answer("做在线课程的小程序可以用原生组件吗")).method).toBe("native");
    // Said as a category held beside another, it is that category.
    const held = await service.answer("Our categories are e-commerce plus the education online course one; native tags?");
    expect(held.categories.map((category) => category.secondary)).toEqual(["电商平台", "在线视频课程"]);
    expect(held.method).toBe("native");
  });
});

describe("idol and influencer streams", () => {
  it("are star streams, 社交-直播's, as 明星直播 is", async () => {
    for (const question of ["我们想做爱豆直播,走哪个类目", "偶像直播用原生组件行吗"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).toEqual(["直播"]);
    }
  });
});

describe("several activities each asked its category", () => {
  it("points to none of them as the one to choose, while one described beside two names still is", async () => {
    const { templates } = service.dependencies;
    const hint = templates.zh.line.chooseHint.split("「")[0]!;
    const each = await service.answer("明星直播、在线讲座、楼盘带看各自该用哪个类目");
    expect(each.categories.length).toBe(3);
    expect(each.answer).not.toContain(hint);
    const weighed = await service.answer("我们做视频会议,该选音视频设备还是多方通信");
    expect(weighed.answer).toContain(`${hint}「IT 科技-多方通信」`);
  });
});
