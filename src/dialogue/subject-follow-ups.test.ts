import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import { emptyConversation } from "../answer/answer-types.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a subject asked about, then a category asked whether it is needed", () => {
  it("keeps the program's subject: a government program uses the native tags whatever the category", async () => {
    const first = await service.answer("区里的政务小程序想搞直播,用原生组件行吗");
    expect(first.subject).toBe("government");
    const needed = await service.answer("那还需不需要先申请个社交直播类目", first.conversation);
    expect([needed.method, needed.subject]).toEqual(["native", "government"]);
    const english = await service.answer("Can a government-run mini program stream?");
    const englishNeeded = await service.answer("do we need the education platform category for that?", english.conversation);
    expect([englishNeeded.method, englishNeeded.subject]).toEqual(["native", "government"]);
  });

  it("keeps the subject asked about with a category only weighed for it, through the follow-ups after", async () => {
    const first = await service.answer("区政府的小程序是不是得先加个电商平台类目才能开播");
    const plugin = await service.answer("那得用插件接入吧", first.conversation);
    expect([plugin.method, plugin.subject]).toEqual(["native", "government"]);
    const socialFirst = await service.answer("街道办的小程序直播,要先申请社交-直播类目吗");
    const wait = await service.answer("那是不是也要审核一周", socialFirst.conversation);
    expect([wait.method, wait.subject]).toEqual(["native", "government"]);
  });

  it("keeps a government subject supposed again when a category is then asked to be chosen too, and an overseas registration is an enterprise's", async () => {
    const bureau = await service.answer("我们是县文旅局的小程序,想直播景区活动,要什么类目");
    const city = await service.answer("那如果换成市政府呢", bureau.conversation);
    const also = await service.answer("那还要选社交直播类目吗", city.conversation);
    expect([also.method, also.subject]).toEqual(["native", "government"]);
    const trust = await service.answer("信托小程序能直播吗");
    const abroad = await service.answer("如果是注册在境外的公司呢", trust.conversation);
    expect([abroad.kind, abroad.method, abroad.categories.map((category) => category.secondary)]).toEqual(["verdict", "native", ["信托"]]);
  });

  it("reads a category whose need is asked as not held", async () => {
    const asked = await service.answer("电商平台需要社交直播类目吗");
    expect(asked.method).toBe("plugin");
    expect(asked.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});

describe("whether the program counts as a subject", () => {
  it("says the document does not define who counts, gives the subject's rule, and leaves the rest to the categories", async () => {
    const state = await service.answer("国有独资企业算不算政府主体?");
    expect(state.subject).not.toBe("government");
    expect(state.parts.verdict).toContain("文档没有界定哪些单位算政府主体");
    // "能不能当…主体": whether it may be taken as that subject is asked too.
    const institute = await service.answer("我们是市属事业单位,可不可以当政府主体用原生组件?");
    expect(institute.subject).not.toBe("government");
    expect(institute.answer).toContain("文档没有界定哪些单位算政府主体");
    const school = await service.answer("我们是区属公办初中,类目是学历教育(学校),我们应该算政府主体吧?");
    expect([school.method, school.subject]).toEqual(["plugin", null]);
    expect(school.parts.details.join("\n")).toContain("文档没有界定哪些单位算政府主体");
  });

  it("asked after a government program together with a business, does not carry the government subject over", async () => {
    const government = await service.answer("我们是县政府办公室,小程序想开直播");
    expect(government.subject).toBe("government");
    const museum = await service.answer("假如是事业单位呢,例如公立博物馆", government.conversation);
    expect(museum.subject).not.toBe("government");
    expect(museum.method).not.toBe("native");
    expect(museum.answer).toContain("文档没有界定哪些单位算政府主体");
  });

  it("does the same for individual certification, in English too, and reads 打算 as no counts-as word", async () => {
    const english = await service.answer("Would a one-person sole proprietorship be treated as an individual?");
    expect(english.method).not.toBe("unsupported");
    expect(english.answer).toContain("does not define what counts as individual certification");
    const plan = await service.answer("小程序打算用个人名义注册,可以直播吗");
    expect(plan.method).toBe("unsupported");
  });
});

describe("a category applied for after a personal program", () => {
  it("is added to the same program, which still cannot stream", async () => {
    const personal = await service.answer("我个人注册的小程序,想播一下自己做的陶艺");
    const added = await service.answer("那我申请一个电商平台类目呢", personal.conversation);
    expect([added.subject, added.method]).toEqual(["personal", "unsupported"]);
  });
});

describe("a subject the asker takes back", () => {
  it("no longer holds once the asker says the program is not it, naming what it is instead", async () => {
    const government = await service.answer("咱们是县政府办的小程序,能直接用原生组件吗");
    const school = await service.answer("说错了,是县教育局下面的一所公办小学,并不是政府", government.conversation);
    expect([school.subject, school.method]).toEqual([null, "plugin"]);
    const english = await service.answer("Our mini program belongs to the county government. Native tags OK?");
    const college = await service.answer("correction: it's actually a college owned by the county, not the government", english.conversation);
    expect(college.subject).toBeNull();
  });
});

describe("whether a personal program may apply for or choose a category", () => {
  it("says the document does not say, beside the rule that it cannot stream anyway", async () => {
    const { templates } = service.dependencies;
    const chinese = await service.answer("个人名义注册的小程序,能不能申请教育平台这个类目");
    expect(chinese.method).toBe("unsupported");
    expect(chinese.answer).toContain(templates.zh.line.personalCategoryNotSaid.replace("{category}", "教育-教育平台"));
    const english = await service.answer("Our mini program is registered to a person. Can it apply for the bank category?");
    expect(english.answer).toContain("the document does not say; even with it, such a program cannot stream");
    // Asked how it streams, not whether it may have the category: the rule alone.
    expect((await service.answer("个人认证的电商平台小程序用插件能播吗")).answer).not.toContain("文档没有写;即使具备该类目");
  });
});

describe("the government rule, then the asker who is not a government body", () => {
  it("answers the rule for every other program instead of the government's again", async () => {
    const { templates } = service.dependencies;
    const rule = await service.answer("政府认证的小程序是不是直接就能用live-pusher");
    const notUs = await service.answer("可我们并不是政府主体呢", rule.conversation);
    expect(notUs.subject).toBeNull();
    expect(notUs.answer).toContain(templates.zh.verdict.noListedCategory);
    // Asked alone, with no conversation: the same rule.
    expect((await service.answer("非政府主体的小程序可以直接用原生标签吗")).answer).toContain(templates.zh.verdict.noListedCategory);
    // A denial said of something else keeps the program's subject.
    const content = await service.answer("我们直播讲的内容跟政府没关系,不是政府的事", rule.conversation);
    expect(content.answer).not.toContain(templates.zh.verdict.noListedCategory);
  });
});

describe("a government body, then a body under it with a program of its own", () => {
  it("does not carry the government subject to the subordinate's program: its category decides", async () => {
    const bureau = await service.answer("我们是卫健委,小程序是政府主体认证的,想直播防疫宣传");
    expect(bureau.subject).toBe("government");
    const school = await service.answer("那下属卫校自己的小程序呢,选学历教育(学校)类目", bureau.conversation);
    expect([school.subject, school.method]).toEqual([null, "plugin"]);
    // Its own however it came by it: registered, built.
    const centre = await service.answer("那下属培训中心自己开发的小程序呢,做职业培训", bureau.conversation);
    expect([centre.subject, centre.method]).toEqual([null, "plugin"]);
  });
});

describe("the subject alone, said after a category with how the program is registered", () => {
  it("qualifies the topic's program: its category still decides", async () => {
    const courses = await service.answer("我们做的是在线网课,录播为主,想加直播");
    const registered = await service.answer("我们实际上是个体工商户注册的", courses.conversation);
    expect([registered.subject, registered.method, registered.categories.map((category) => category.secondary)]).toEqual(["enterprise", "native", ["在线视频课程"]]);
  });
});

describe("a subject change supposed in everyday Chinese", () => {
  it("reads registering a company for the program as the enterprise subject", async () => {
    const personal = await service.answer("小程序是我自己个人名义注册的,想做直播");
    expect(personal.method).toBe("unsupported");
    const company = await service.answer("那我们注册一家公司以后再来弄呢", personal.conversation);
    expect(company.subject).toBe("enterprise");
    expect(company.method).not.toBe("unsupported");
  });
});

describe("a subject change supposed in English", () => {
  it("reads moving or re-registering the program under a company as the enterprise subject", async () => {
    const personal = await service.answer("Our trust mini program is registered to me as an individual");
    expect(personal.method).toBe("unsupported");
    const moved = await service.answer("What if we transfer it to the company next quarter?", personal.conversation);
    expect([moved.method, moved.subject]).toEqual(["native", "enterprise"]);
  });
});

describe("subjects in everyday English and in follow-ups", () => {
  it("reads 'personally verified' as individual certification and 'individual business' as none", async () => {
    expect((await service.answer("Our app is verified personally and holds the trust category. Is live streaming possible?")).method).toBe("unsupported");
    expect((await service.answer("As an individual business holding the e-commerce platform category, can we go live?")).method).toBe("plugin");
  });

  it("reads a company subject asked in a plural or 'ones' follow-up as no rule of its own, not the subject before", async () => {
    for (const followUp of ["and what about companies?", "and regular enterprise ones?"]) {
      const government = await service.answer("Is a mini program of a government department allowed to stream?");
      const company = await service.answer(followUp, government.conversation);
      expect(company.subject, followUp).toBe("enterprise");
      expect(company.method, followUp).not.toBe("native");
    }
  });

  it("keeps the subject asked about when a category is added to the same program", async () => {
    const first = await service.answer("个人认证的小程序可以开直播吗");
    const added = await service.answer("那再加个保险类目呢", first.conversation);
    expect([added.method, added.subject]).toEqual(["unsupported", "personal"]);
  });

  it("answers a private person's program after a government one as personal, not with the government subject carried over", async () => {
    const government = await service.answer("Is live streaming open to a mini program run by a city bureau?");
    expect(government.method).toBe("native");
    const person = await service.answer("What about one registered in a private individual's name?", government.conversation);
    expect([person.method, person.subject]).toEqual(["unsupported", "personal"]);
    // Another party's claim about its own personal program is still about a personal program.
    const claim = await service.answer("A classmate says her personal mini program streams without trouble, so that's fine, isn't it?", government.conversation);
    expect([claim.method, claim.subject]).toEqual(["unsupported", "personal"]);
  });

  it("does not carry a friend's personal subject to the asker's own program when the asker turns back to it with a category", async () => {
    const friend = await service.answer("表哥的小程序是个人主体,能开直播吗");
    expect(friend.method).toBe("unsupported");
    const ours = await service.answer("那咱们的呢?咱们有信托类目", friend.conversation);
    expect([ours.method, ours.subject]).toEqual(["native", null]);
    const english = await service.answer("My cousin's mini program was registered as an individual. Can he stream?");
    expect(english.method).toBe("unsupported");
    const back = await service.answer("What about ours? We hold the trust category.", english.conversation);
    expect([back.method, back.subject]).toEqual(["native", null]);
  });

  it("reads 我的企业小程序 after a friend's personal program as the asker's enterprise program", async () => {
    const friend = await service.answer("我同学的小程序是个人主体的");
    const mine = await service.answer("那我的企业小程序有在线视频课程类目呢", friend.conversation);
    expect([mine.method, mine.subject]).toEqual(["native", "enterprise"]);
  });
});

describe("a state-owned organisation supposed after a government one, in English", () => {
  it("is an enterprise-type subject whatever words stand between, so the government rule is not given again", async () => {
    const office = await service.answer("Our app belongs to a district government office, can it go live?");
    const hotel = await service.answer("what if it were a state-owned hotel group instead?", office.conversation);
    expect(hotel.subject).not.toBe("government");
    expect(hotel.method).not.toBe("native");
  });
});

describe("a government named with where it is (「市里政府」)", () => {
  it("is the program's government subject, whose rule leads, not the category asked about", async () => {
    const answer = await service.answer("市里政府的小程序想开直播,用不用先申请社交直播类目");
    expect([answer.subject, answer.method]).toEqual(["government", "native"]);
  });

  it("is the asker's own body with where it is or a measure word before it, between the asker and the body", async () => {
    for (const question of ["我们是县里的人社局,打算在小程序上直播招聘会", "我们是本地的一家派出所,小程序能直播防诈宣传吗"]) {
      const answer = await service.answer(question);
      expect([question, answer.subject, answer.method]).toEqual([question, "government", "native"]);
    }
  });
});

describe("a program registered under a government body's name", () => {
  it("has the government subject, said with or without a word for the program", async () => {
    const registered = await service.answer("我们小程序是拿县卫健委的名义注册的,能直播吗");
    expect([registered.subject, registered.method]).toEqual(["government", "native"]);
    const school = await service.answer("我们是县里一所公办高中,想直播开学典礼");
    const under = await service.answer("要是借用县教育局的主体来注册呢", school.conversation);
    expect(under.subject).toBe("government");
    // Money from a body is not its name.
    expect((await service.answer("用政府给的补贴做直播行不行")).subject).toBeNull();
  });
});

describe("a change of subject supposed with 要是 or 假如", () => {
  it("is the subject changed into, not left unread", async () => {
    const { templates } = service.dependencies;
    const supposed = await service.answer("要是回头把主体从个人转成企业,就能开直播了吧");
    expect(supposed.subject).toBe("enterprise");
    expect(supposed.answer).toContain(templates.zh.line.otherSubject);
    // Not done, said so: no subject of it.
    expect((await service.answer("要是还没改成公司主体,能直播吗")).subject).not.toBe("enterprise");
  });
});

describe("a restriction answered without being asked by name", () => {
  it("is answered again when the asker presses for a yes or no", async () => {
    const first = await service.answer("私募基金类目的小程序,直播的时候产品能在线交易吗");
    expect(first.parts.details.join("\n")).toContain("在线交易");
    const pressed = await service.answer("别绕弯子,到底能不能", first.conversation);
    expect(pressed.parts.details.join("\n")).toContain("在线交易");
  });
});

describe("an English supposed change of subject", () => {
  it("reads switching to or registering a company as the enterprise subject supposed", async () => {
    const personal = await service.answer("I'm a solo developer with a personal account, can I stream?");
    const company = await service.answer("and if we register a company and get the social live category?", personal.conversation);
    expect(company.subject).toBe("enterprise");
    expect(company.method).toBe("native");
  });
});

describe("an English correction of the subject said before", () => {
  it("replaces the subject, so the categories decide again", async () => {
    const government = await service.answer("Our app belongs to a county government office and holds the online video courses category.");
    expect(government.subject).toBe("government");
    const company = await service.answer("oops, we are actually a private company", government.conversation);
    expect(company.subject).toBe("enterprise");
    const personal = await service.answer("The mini program is a personal one.");
    const corrected = await service.answer("my bad, I mean it's an enterprise one, trust category", personal.conversation);
    expect(corrected.method).toBe("native");
  });
});

describe("a move of the program from a personal subject to a company", () => {
  it("is answered for after the move when the question asks about then", async () => {
    for (const question of ["小程序眼下挂在个人名下,月底转成公司,之后做电商平台该怎么接直播", "计划把这个个人小程序迁到企业主体,迁移完了用电商平台类目怎么直播"]) {
      const answer = await service.answer(question);
      expect(answer.subject, question).toBe("enterprise");
      expect(answer.method, question).toBe("plugin");
    }
  });
});

describe("a move of the program to a company that has not happened", () => {
  it("leaves the personal subject: not yet, failed, or refused", async () => {
    for (const question of ["个人名下的小程序,还没转成公司主体,电商平台类目可以直播吗", "我们个人小程序升级成企业那一步失败了,现在银行类目能直播不", "个人主体迁移到公司被驳回了,电商平台怎么直播"]) {
      const answer = await service.answer(question);
      expect(answer.subject, question).toBe("personal");
      expect(answer.method, question).toBe("unsupported");
    }
    // "转发" is no change of subject.
    expect((await service.answer("我们是政府单位,转发企业的直播可以吗")).subject).toBe("government");
  });
});

describe("a move to a company said done", () => {
  it("is the company's, also said with a bare 转, and a later 没有 of something else undoes nothing", async () => {
    for (const question of ["个人号已经转企业了,电商平台怎么开直播", "这个个人小程序升级为企业之后就没再改过,信托类目能直播吗"]) {
      expect((await service.answer(question)).subject, question).toBe("enterprise");
    }
    expect((await service.answer("个人主体,转企业之前可以直播吗")).subject).toBe("personal");
  });
});

describe("a move to a company not completed", () => {
  it("leaves the program personal", async () => {
    expect((await service.answer("个人小程序转企业的流程还没办完,现在能直播吗")).subject).toBe("personal");
  });
});

describe("a subject word whose 的 stands for the program", () => {
  it("is the program's subject, so a category named with it does not make a personal program stream", async () => {
    const { templates } = service.dependencies;
    const alone = await service.answer("个人的只需要开通社交直播类目就能播了对吧");
    expect(alone.subject).toBe("personal");
    expect(alone.method).not.toBe("native");
    expect(alone.parts.verdict).toBe(templates.zh.verdict.personal);
    // Hearsay of the same after the rule was given holds it.
    const rule = await service.answer("个人主体的小程序可以开直播吗");
    const hearsay = await service.answer("可群里有人说个人的也能用社交直播类目,你是不是弄错了", rule.conversation);
    expect(hearsay.parts.verdict).toBe(templates.zh.verdict.personal);
    // A friend said to have said it of the subject: the claim is about the subject, not the friend's program.
    const friend = await service.answer("我同学说个人主体加个社交直播类目就能开播,是你搞错了吧", rule.conversation);
    expect(friend.parts.verdict).toBe(templates.zh.verdict.personal);
    // 的 before a noun describes that noun: "个人的保险产品" names no subject.
    expect((await service.answer("个人的保险产品能在保险类目直播里推广吗")).subject).toBeNull();
  });
});

describe("the program's subject said with 我们小程序是", () => {
  it("is said of the topic's program, whose category stays for a later change of subject", async () => {
    const school = await service.answer("我们是驾校培训类目,直播接入用哪个");
    const personal = await service.answer("我们小程序是个人认证的,还能播不", school.conversation);
    expect(personal.method).toBe("unsupported");
    const company = await service.answer("那改成公司认证以后呢,怎么接入", personal.conversation);
    expect(company.categories.map((category) => category.secondary)).toEqual(["驾校培训"]);
    expect(company.method).toBe("plugin");
  });
});

describe("a subject that decides the method, asked after a category's rows", () => {
  it("is answered alone, without the category's qualifications or review carried to it", async () => {
    const review = await service.answer("社交直播首次提审大概几天");
    const government = await service.answer("那政府主体的呢", review.conversation);
    expect(government.subject).toBe("government");
    expect(government.answer).not.toContain("7天");
    const counts = await service.answer("What qualifications does a public hospital need?");
    const eligible = await service.answer("ok what about a government one?", counts.conversation);
    expect(eligible.answer).not.toContain("Qualifications for");
  });
});

describe("a subject supposed by a switch, then the asker's program now", () => {
  it("supposes 换成…呢 and goes back to what is held when asked about now", async () => {
    const held = await service.answer("我们小程序是银行类目,企业认证的");
    const supposed = await service.answer("换成个人认证呢", held.conversation);
    expect(supposed.method).toBe("unsupported");
    const now = await service.answer("那咱们现在到底能用原生不", supposed.conversation);
    expect(now.method).toBe("native");
  });
});

describe("an individual subject supposed, then a company one, in English", () => {
  it("answers the category again once the program is said to be registered to the asker's company", async () => {
    const first = await service.answer("We livestream our pets on our mini program. Which category fits?");
    const individual = await service.answer("What if it were registered to me as an individual?", first.conversation);
    expect(individual.method).toBe("unsupported");
    const company = await service.answer("And if it's registered under my firm instead?", individual.conversation);
    expect(company.method).toBe("native");
  });
});

describe("a change of subject the asker would make, in English", () => {
  it("replaces the personal subject held before", async () => {
    const first = await service.answer("The mini program is registered to me personally. Can we stream?");
    for (const change of ["What if we register it as a company?", "And with enterprise certification?"]) {
      expect((await service.answer(change, first.conversation)).subject, change).toBe("enterprise");
    }
    // Going back to the personal one brings its rule back, whatever category is added.
    const company = await service.answer("What if we register it as a company?", first.conversation);
    const back = await service.answer("Back to the personal one: would adding social live help?", company.conversation);
    expect(back.subject).toBe("personal");
    expect(back.method).toBe("unsupported");
  });
});

describe("a subject stated of another party's program, then that program's category", () => {
  it("keeps the subject for the category named next, with or without a copula", async () => {
    for (const [first, then] of [
      ["合作方那个小程序是个人认证的", "他那个类目是信托,可以直播不"],
      ["我表弟的小程序个人认证", "他那个类目是信托,可以直播不"],
      ["甲方是个人认证的小程序", "他类目是消费金融,可以开播吗"],
    ] as const) {
      const stated = await service.answer(first);
      expect(stated.method, first).toBe("unsupported");
      expect((await service.answer(then, stated.conversation)).method, `${first} / ${then}`).toBe("unsupported");
    }
  });

  it("does not give it to the asker's own program after", async () => {
    const stated = await service.answer("合作方那个小程序是个人认证的");
    expect((await service.answer("那我们自己的呢,我们是信托类目", stated.conversation)).method).toBe("native");
  });
});

describe("a personal certification said of those who run or represent a company's program", () => {
  it("is theirs, not the program's: the category decides", async () => {
    expect((await service.answer("公司的小程序类目是证券投资咨询,负责运营的是个人实名认证的,能开直播吗")).method).toBe("native");
    expect((await service.answer("Our company's mini program is in the trust category; the admin account is personally verified. Can we stream?")).method).toBe("native");
    // Registered in an employee's own name, it is the program's.
    expect((await service.answer("小程序是员工个人名义注册的,能开播吗")).method).toBe("unsupported");
  });
});

describe("another party's subject changed, while the conversation is on their program", () => {
  it("is their program's subject: the category decides once it is no longer personal", async () => {
    const own = await service.answer("我们是企业,做的是房地产营销类目");
    const partner = await service.answer("甲方的小程序是个人认证的,他们也想搞在线带看", own.conversation);
    expect(partner.method).toBe("unsupported");
    const changed = await service.answer("要是甲方改成企业主体呢", partner.conversation);
    expect(changed.method).toBe("native");
    expect(changed.categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
  });
});

describe("after the regression review reg136", () => {
  it("keeps a personal program personal: a client's in English, or registered under an admin's or a representative's identity", async () => {
    expect((await service.answer("Our client's mini program is personally certified and it holds the 信托 category; can they go live?")).method).toBe("unsupported");
    expect((await service.answer("小程序是负责人用个人身份注册的,类目信托,可以开播吗")).method).toBe("unsupported");
  });

  it("refuses a client's program said to be personally certified beside its category, asked nothing else", async () => {
    expect((await service.answer("合作方是个人认证的小程序,类目是证券")).method).toBe("unsupported");
    // Nor is any mention of the mini program a statement of what it is.
    expect((await service.answer("小程序里面可以放证券的直播吗")).method).not.toBe("unsupported");
  });

  it("does not give the asker's personal subject to a partner's program said to be a company's", async () => {
    const own = await service.answer("我们小程序个人认证,类目信托");
    expect(own.method).toBe("unsupported");
    expect((await service.answer("合作方企业主体,类目证券", own.conversation)).method).toBe("native");
  });

  it("explains no 「/」 a category's row does not hold", async () => {
    const { templates } = service.dependencies;
    const bank = await service.answer("信托的资质要求");
    expect((await service.answer("那个斜杠表示什么", bank.conversation)).answer).not.toContain(templates.zh.line.countMeaningSlash);
  });
});

describe("a subject the asker only supposes", () => {
  it("is not carried to another category asked next, in either language", async () => {
    for (const turns of [
      ["我们是保险公司", "要是我们是个人认证的小程序呢", "那证券期货呢"],
      ["We run a futures brokerage", "what if we were registered as an individual instead?", "and consumer finance?"],
    ]) {
      let conversation = emptyConversation;
      const answers = [];
      for (const turn of turns) {
        const answer = await service.answer(turn, conversation);
        answers.push(answer);
        conversation = answer.conversation;
      }
      expect(answers[1]!.method, turns[1]).toBe("unsupported");
      expect(answers[2]!.method, turns[2]).toBe("native");
    }
  });

  it("goes on for another aspect of the same category", async () => {
    const held = await service.answer("我们是保险公司");
    const supposed = await service.answer("如果我们是个人主体呢", held.conversation);
    const next = await service.answer("那审核要多久", supposed.conversation);
    expect(next.method).toBe("unsupported");
  });
});

describe("a program one person opened by themselves, named by who they are", () => {
  it("is a personal program, whoever the person is and wherever 个人 stands", async () => {
    for (const question of ["有位讲师个人做的小程序,想直播上课可以吗", "个人医生开的问诊小程序能直播吗", "宠物店个人搞的小程序能直播吗"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unsupported");
    }
    const course = await service.answer("在线视频课程能直播吗");
    const teacher = await service.answer("个人讲师开的呢", course.conversation);
    expect(teacher.method).toBe("unsupported");
  });

  it("is not one made for people, who are served by it", async () => {
    for (const question of ["我们是信托公司,专门给个人投资者做的小程序能直播吗", "我们是银行,为个人用户开的小程序能直播吗"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
    }
  });
});

describe("a government certification applied for and not approved yet", () => {
  it("is not the program's subject: the categories decide, and the answer says the government rule waits for approval", async () => {
    const withCategory = await service.answer("我们小程序申请的政府认证还没批下来,类目是公募基金,能直播吗");
    expect(withCategory.method).toBe("native");
    expect(withCategory.categories.map((category) => category.secondary)).toEqual(["公募基金"]);
    expect(withCategory.answer).toContain("认证还没通过时");
    const alone = await service.answer("Our government certification is still being reviewed. Can we stream meanwhile?");
    expect(alone.method).not.toBe("native");
    expect(alone.answer).toContain("until the certification is approved");
  });

  it("is not read into applying for something else the message names", async () => {
    const answer = await service.answer("市政府的小程序要先申请哪个类目才能开直播");
    expect(answer.answer).not.toContain("认证还没通过时");
    expect(answer.answer).toContain("政府主体认证的小程序可直接使用");
  });
});

describe("a program an organisation opened, asked after one a person opened", () => {
  it("is no personal program: the personal subject asked about before goes, and the categories decide", async () => {
    const turns = ["社交直播类目能直播吗", "博主个人搞的呢", "那公司搞的呢"];
    let answer = await service.answer(turns[0]!);
    for (const turn of turns.slice(1)) answer = await service.answer(turn, answer.conversation);
    expect(answer.method).toBe("native");
    const course = await service.answer("在线视频课程能直播吗");
    const person = await service.answer("个人讲师开的呢", course.conversation);
    const school = await service.answer("那如果是学校开的呢", person.conversation);
    expect(school.method).not.toBe("unsupported");
  });

  it("leaves a personal program the asker said is its own as it is, whatever business or category it asks of next", async () => {
    for (const turns of [
      ["我们小程序是个人实名的", "那信托呢"],
      ["我是个人认证的小程序", "我在购物平台开的网店能直播吗"],
      ["我们是个人主体", "那单位呢"],
    ]) {
      const first = await service.answer(turns[0]!);
      const next = await service.answer(turns[1]!, first.conversation);
      expect(next.method, turns.join(" / ")).toBe("unsupported");
    }
  });
});

describe("a follow-up supposing the program is something else, after a subject only asked about", () => {
  it("answers what the program is supposed to be, not the subject asked before", async () => {
    const personal = await service.answer("个人认证的小程序能开直播吗");
    const bank = await service.answer("那如果是银行的小程序呢", personal.conversation);
    expect(bank.categories.map((category) => category.secondary)).toEqual(["银行"]);
    expect(bank.method).toBe("native");
  });

  it("also when the program is supposed by a word that finds a group", async () => {
    const personal = await service.answer("个人认证的小程序能直播不");
    const hospital = await service.answer("那如果是医院的呢", personal.conversation);
    expect(hospital.method).toBe("native");
    expect(hospital.answer).not.toContain("个人认证的微信小程序暂不支持直播业务");
  });

  it("keeps a subject the asker stated of its own program", async () => {
    const stated = await service.answer("我们小程序是个人认证的");
    const bank = await service.answer("那如果是银行的小程序呢", stated.conversation);
    expect(bank.method).toBe("unsupported");
  });
});

describe("a subject only asked about beside the categories talked about", () => {
  it("answers that turn; the questions after it are the categories' again", async () => {
    const course = await service.answer("在线视频课程这个类目直播用什么接入");
    const personal = await service.answer("那个人认证的号行不行", course.conversation);
    expect(personal.subject).toBe("personal");
    const count = await service.answer("好吧,那它资质要几选一", personal.conversation);
    expect(count.subject).toBeNull();
    expect(count.answer).toContain("5选1");
  });

  it("goes with the category gone back to, and the one after it stays there", async () => {
    const devices = await service.answer("音视频设备类目都适用哪些业务");
    const aside = await service.answer("插一句,银行审核要多久", devices.conversation);
    const back = await service.answer("说回刚才那个,个人主体可以开吗", aside.conversation);
    expect(back.subject).toBe("personal");
    expect(back.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
    const method = await service.answer("它走什么方式接入", back.conversation);
    expect(method.categories.map((category) => category.secondary)).toEqual(["音视频设备"]);
    expect(method.method).toBe("native");
  });
});

describe("an overseas company subject said with its category, asked what it changes", () => {
  it("gets the line that the document has no rule of its own for it, in either language", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("我们是境外公司,类目是银行,有没有限制")).answer).toContain(templates.zh.line.otherSubject);
    expect((await service.answer("Our program belongs to an offshore company and holds the bank category; any extra restrictions?")).answer).toContain(templates.en.line.otherSubject);
  });
});

describe("a foreign-invested subject asked about", () => {
  it("is a company: the document has no rule of its own for it, the categories decide", async () => {
    const held = await service.answer("小程序是信托类目,想开直播");
    const foreign = await service.answer("我们是外资主体,会不会多一些限制", held.conversation);
    expect(foreign.subject).toBe("enterprise");
    expect(foreign.method).toBe("native");
    expect(foreign.answer).toContain(service.dependencies.templates.zh.line.otherSubject);
  });
});

describe("whether a category must be added before streaming", () => {
  it("answers that every way the document gives comes with a category, the government's aside", async () => {
    const { templates } = service.dependencies;
    for (const question of ["非得先把类目加上才能开播吗", "还没有类目的话可以先播着吗"]) {
      expect((await service.answer(question)).answer, question).toContain(templates.zh.verdict.noListedCategory);
    }
    expect((await service.answer("Do we have to add a category first before we can stream?")).answer).toContain(templates.en.verdict.noListedCategory);
  });
});

describe("a personal subject said of the asker's own program in passing", () => {
  it("stays the program's through follow-ups that name a category or the tags", async () => {
    const own = await service.answer("我一个人做的小程序,个人认证,想做猫咪日常直播,可以吗");
    const social = await service.answer("那我选社交直播类目可以吗", own.conversation);
    expect(social.method).toBe("unsupported");
    const tags = await service.answer("直接用live-pusher也不行?", social.conversation);
    expect(tags.method).toBe("unsupported");
  });
});

describe("which subject would do, asked after a subject's rule", () => {
  it("quotes the document's note on subjects, not the rule said before again", async () => {
    const personal = await service.answer("个人主体的小程序可以开直播吗");
    const which = await service.answer("那得是什么主体才行", personal.conversation);
    expect(which.kind).toBe("general");
    expect(which.answer).toContain("政府主体认证的小程序可直接使用微信原生组件标签");
  });
});

describe("a subject said in someone else's claim the asker checks", () => {
  it("is asked about, not the program's: the category still decides", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("我们是公立中学,听同事说学校直接用原生组件就可以,理由是算政府单位,真的假的");
    expect(answer.method).toBe("plugin");
    expect(answer.subject).toBeNull();
    expect(answer.answer).toContain(templates.zh.line.governmentUndefined);
  });
});

describe("another organisation supposed in place of the one whose subject was stated", () => {
  it("is another owner: the subject stated before does not hold for it", async () => {
    const bureau = await service.answer("客户是市民政局,想在小程序直播政策解读");
    expect(bureau.method).toBe("native");
    const trust = await service.answer("那要是客户换成一家信托呢", bureau.conversation);
    expect(trust.answer).not.toContain("政府主体认证的小程序");
    expect(trust.categories.map((category) => category.secondary)).toEqual(["信托"]);
    const personal = await service.answer("我们是个人主体的小程序");
    const platform = await service.answer("如果是电商平台呢", personal.conversation);
    expect(platform.answer).toContain("个人认证的微信小程序暂不支持直播业务");
  });
});

describe("a new client described after one whose subject was stated", () => {
  it("is answered by its own category, not by the first client's subject", async () => {
    const personal = await service.answer("有个客户的小程序是个人认证的");
    const second = await service.answer("还有一个客户是公司,做在线网课,能用原生吗", personal.conversation);
    expect(second.answer).not.toContain("个人认证的微信小程序暂不支持直播业务");
    expect(second.method).toBe("native");
    const government = await service.answer("有个客户是县政府");
    const other = await service.answer("另一个客户是企业,有驾校培训类目,怎么接", government.conversation);
    expect(other.method).toBe("plugin");
  });
});

describe("a subject corrected after a category", () => {
  it("keeps the category, so a later change of subject is answered for it", async () => {
    for (const correction of ["不对,我们其实是个人认证的小程序", "说错了,我们是个人主体", "哦不对 是个人认证"]) {
      const insurance = await service.answer("做保险的小程序能开直播吗");
      const corrected = await service.answer(correction, insurance.conversation);
      expect([corrected.method, corrected.subject]).toEqual(["unsupported", "personal"]);
      const changed = await service.answer("那换成企业认证呢", corrected.conversation);
      expect(changed.categories.map((category) => category.secondary)).toEqual(["保险"]);
      expect(changed.method).toBe("native");
    }
  });
});

describe("a public broadcaster that asks how to stream", () => {
  it("hears the government rule as a condition: the document does not say whether it counts", async () => {
    for (const question of ["我们市融媒体中心的小程序想做直播,怎么接入", "我们是县广播电视台,小程序能直播吗", "We are a county media center. Can our mini program stream?"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toMatch(/文档没有界定哪些单位算政府主体|The document does not define which bo/u);
    }
  });
});
