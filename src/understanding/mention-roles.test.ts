import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { QuestionUnderstander } from "./understand-question.js";

const { rules, lexicon } = loadCoreData();
const understander = new QuestionUnderstander(rules, lexicon);
const held = (question: string) => [...new Set(understander.understand(question).mentions.flatMap((mention) => mention.candidates))];
const subject = (question: string) => understander.understand(question).subject;

describe("a category counts as held only when the asker asserts it", () => {
  it.each([
    ["我们做电商平台,社交直播还没开通,可以用 live-pusher 吗", ["ecommerce-platform"]],
    ["电商平台类目,社交直播那个类目被驳回了", ["ecommerce-platform"]],
    ["电商平台,社交直播正在申请中", ["ecommerce-platform"]],
    ["我们电商平台,对手家有社交直播", ["ecommerce-platform"]],
    ["除了社交直播之外别的类目都有,是电商平台", ["ecommerce-platform"]],
    ["We run an e-commerce platform and do not have the social live category", ["ecommerce-platform"]],
    ["电商平台,我们不打算申请社交直播", ["ecommerce-platform"]],
    // A negation asking the bot why it does not do something negates no category.
    ["Why don't you show the trust category's qualification items?", ["finance-trust"]],
  ])("%s", (question, expected) => {
    expect(held(question)).toEqual(expected);
  });

  it.each([
    // Not held yet: it comes later, is still being processed, or lacks something.
    ["电商平台类目在手,社交直播要到月底才能批", ["ecommerce-platform"]],
    ["驾校培训有了,在线视频课程那边还在走流程", ["education-driving-school-training"]],
    ["电商平台,社交直播材料还没凑齐", ["ecommerce-platform"]],
    // Held once, not now: had before, lapsed, frozen or removed by the asker itself.
    ["电商平台在用,社交直播我们曾经有过", ["ecommerce-platform"]],
    ["电商平台在用,社交直播前年到期没续", ["ecommerce-platform"]],
    ["电商平台,社交直播被冻结了", ["ecommerce-platform"]],
    ["电商平台,社交直播原来有后来没了", ["ecommerce-platform"]],
    ["电商平台,社交直播被我们删了", ["ecommerce-platform"]],
    // Held once, said right before it; a status supposed ("到期以后") or by someone named ("被平台冻结").
    ["电商平台在用,之前有过社交直播", ["ecommerce-platform"]],
    ["社交直播到期以后,电商平台还能用原生组件吗", ["ecommerce-platform"]],
    ["社交直播到期以后续费了,电商平台也有", ["social-live", "ecommerce-platform"]],
    ["社交直播被平台冻结了,电商平台还在", ["ecommerce-platform"]],
    ["社交直播之前被驳回了,电商平台能用原生吗", ["ecommerce-platform"]],
    ["社交直播类目因为资质过期被下架了,电商平台还在", ["ecommerce-platform"]],
    // Held by another program than this one.
    ["社交直播是在另一个小程序上的,这个是电商平台", ["ecommerce-platform"]],
    // Held again after the status: the status is void.
    ["电商平台在用,社交直播上个月被暂停了,这周恢复了", ["ecommerce-platform", "social-live"]],
    ["社交直播之前审核没过,后来通过了,电商平台也有", ["social-live", "ecommerce-platform"]],
    // Lapsed and not renewed, said after it.
    ["电商平台在用,社交直播那个上周到期了没续上", ["ecommerce-platform"]],
    // Lost again, or with an emoji after the loss.
    ["电商平台在用,社交直播又被撤了", ["ecommerce-platform"]],
    ["电商平台在用,社交直播被拒了😮‍💨", ["ecommerce-platform"]],
    // A name said first in what others say of the rules, then said by the asker to be still to come or not added.
    ["群里说银行加信托就能原生,我们信托材料还在准备", ["finance-bank"]],
    ["我们是电商平台,社交直播还在排队审核", ["ecommerce-platform"]],
    ["我们是教育平台,社交直播还没加", ["education-platform"]],
    // Nothing else held, in everyday words.
    ["除了信托,别的类目我们一个都没有", ["finance-trust"]],
  ])("%s: only what is held now", (question, expected) => {
    expect(held(question)).toEqual(expected);
  });

  it.each([
    // A status word about something else than a category leaves the categories held.
    ["电商平台和社交直播都有,还差一个主播没招到", ["ecommerce-platform", "social-live"]],
    ["社交直播明年到期,电商平台也有", ["social-live", "ecommerce-platform"]],
    // A loss to come is not one now; one supposed is what the question asks about, unless it asks about now.
    ["社交直播明年不续了,电商平台还在", ["social-live", "ecommerce-platform"]],
    // "Not added" or "not started" of something else than the category: a feature, the stream itself.
    ["我们信托类目还没开始直播,能用原生吗", ["finance-trust"]],
    ["银行类目的小程序没加水印可以直播吗", ["finance-bank"]],
    ["社交直播到期的话怎么办,现在能用原生吗,电商平台也有", ["social-live", "ecommerce-platform"]],
    // A time to come left for later ("到时候再说") is not asked about, for a loss as for a category still to come.
    ["社交直播年底不续费了,到时候再说,电商平台这会儿能用原生吗", ["social-live", "ecommerce-platform"]],
    ["我们以前有过被投诉的经历,现在有社交直播和电商平台", ["social-live", "ecommerce-platform"]],
    // "Had" with an object is about the object: 信托以前有银行 holds 信托.
    ["我们信托以前有银行类目,后来被撤销了", ["finance-trust"]],
    // A "back again" word about something else: the loss stands.
    ["社交直播被驳回了,目前还有电商平台", ["ecommerce-platform"]],
    ["社交直播被驳回了,现在还有别的办法吗,我们有电商平台", ["ecommerce-platform"]],
  ])("%s: still held", (question, expected) => {
    expect(held(question)).toEqual(expected);
  });

  it("reads 除了X as the one held when nothing else is, and as besides when more is held", () => {
    expect(held("除了信托,其他都没有")).toEqual(["finance-trust"]);
    expect(held("除了信托之外我们还有银行")).toEqual(["finance-trust", "finance-bank"]);
    expect(held("除了信托以外别的都有")).toEqual([]);
    // A question about the others holds nothing.
    expect(held("除了信托以外还有没有其他类目能直播")).toEqual([]);
    expect(held("除了信托,没有其他类目能直播吗?")).toEqual([]);
  });

  it("keeps both categories when both are said to be held", () => {
    expect(held("电商平台和社交直播我们都有")).toEqual(["ecommerce-platform", "social-live"]);
  });

  it("asks about a category that is only pending or supposed when nothing else is held", () => {
    expect(held("假如我们申请了社交直播类目,能用原生组件吗")).toEqual(["social-live"]);
  });

  it("does not take a name given to something else, or a claimed renaming, for a category held", () => {
    expect(held("我们电商平台的直播间叫社交直播")).toEqual(["ecommerce-platform"]);
    expect(held("听说电商平台改名为社交直播了")).toEqual(["ecommerce-platform"]);
    expect(understander.understand("听说电商平台改名为社交直播了").claimed.map((mention) => mention.term)).toEqual(["社交直播"]);
  });

  it("narrows a broad word by the category ruled out next to it", () => {
    expect(held("我们是医院,但不是公立医院")).toEqual(["medical-internet-hospital"]);
  });
});

describe("a subject counts only when it is the asker's own", () => {
  it.each([
    ["我们的银行主要服务政府机关", null],
    ["给政府部门做直播培训的银行", null],
    ["我们是做个人理财的银行", null],
    ["会员都是个人的保险公司", null],
    ["We are a bank serving individual customers", null],
    ["我们不是个人主体,是保险公司", null],
    ["我是个人开发者,能直播吗", "personal"],
    // Said of the asker right after what it says it is, with the business named after it: an individual doing that business.
    ["我是个人钢琴家教,小程序能直播授课吗", "personal"],
    // The document's own word for it, in English.
    ["What if the second one were a personal-subject program?", "personal"],
    ["我们是个人在线课程工作室", "personal"],
    // …not a body a 的 goes on to describe something by.
    ["我们是税务局对面的一家银行", null],
    ["个人可以开直播吗", "personal"],
    ["我们属于政府机关", "government"],
    ["Can a government agency mini program stream?", "government"],
    ["个体户的小程序能直播吗", "enterprise"],
    // A body named for what it issues is no statement of the asker's subject.
    ["区教育局开的证明行不行", null],
    ["市场监管局发的许可证能用吗", null],
    // "主体是…" says the program's subject, outranking who built it — not an invoice's or a contract's.
    ["小程序是请个人开发者做的,主体是企业,类目信托", "enterprise"],
    ["开票主体是个人,我们小程序是信托类目", null],
    ["直播主体是个人,我们是公司,类目是信托", "enterprise"],
    ["Correction: it's registered to our company now", "enterprise"],
    ["我们是电商平台,商家的主体是个人", null],
    // The program registered with the asker's own ID card: personal.
    ["这个小程序是用我身份证注册的,能开直播吗", "personal"],
    // …not a streamer's or an administrator's account registered with it.
    ["主播用我身份证注册了直播账号,我们是银行能直播吗", null],
    ["管理员微信号是我身份证注册的,主体是公司", "enterprise"],
  ])("%s", (question, expected) => {
    expect(subject(question)).toBe(expected);
  });
});

describe("names, services and platforms", () => {
  it("reads anything quoted after a naming word as a name, whatever it contains", () => {
    expect(held("我们电商平台的会员等级叫「社交直播达人」")).toEqual(["ecommerce-platform"]);
    expect(subject("电商平台上有个栏目叫「政府采购专区」")).toBeNull();
  });

  it("reads a negation standing right against a word as ruling it out", () => {
    expect(held("我们非银行,是信托公司")).toEqual(["finance-trust"]);
  });

  it("keeps both categories when 除了 is followed by 还有", () => {
    expect(held("除了银行类目,我们还有保险类目")).toEqual(["finance-bank", "finance-insurance"]);
  });

  it("treats what the asker does for its customers as its own business", () => {
    expect(understander.understand("我们帮会员查个人信用报告").unlisted).toEqual(["金融业-个人征信"]);
  });

  it("gives a platform that hosts others the category made for such platforms", () => {
    expect(held("我们是个平台,好多驾校入驻")).toEqual(["education-driving-school-platform"]);
  });

  it("leaves out what is not said to be held when the asker says it only holds one", () => {
    expect(held("银行和信托?不对,我们只有信托")).toEqual(["finance-trust"]);
  });
});

describe("suppositions and classification questions", () => {
  it("reads 'if we also applied for it' as a supposition, not a pending category", () => {
    expect(understander.understand("要是我们也申请了社交直播呢").askedOnly).toBe("hypothetical");
  });

  it("does not take a question whether something counts as a subject for the asker's subject", () => {
    expect(subject("我们很多订单来自政府,这算政府主体吗")).toBeNull();
  });

  it("reads a program one person runs, said in everyday words, as the personal subject", () => {
    for (const question of ["个人开的基金资讯小程序能直播不", "就我一个人搞的保险小程序,能开直播吗"]) {
      expect(subject(question), question).toBe("personal");
    }
  });

  it("reads a body the asker contacts or reports to as another party, not the asker's subject", () => {
    for (const question of ["社交直播第一次提审,是不是得先去联系政府部门", "开播前需要跟政府报备吗,还是找政府部门备案", "Should we reach out to the government before the first review?"]) {
      expect(subject(question), question).toBeNull();
    }
  });

  it("reads 'is X a government subject?' and a guess to confirm as asking the subject, not stating it", () => {
    const questioned = (question: string) => understander.understand(question);
    for (const question of ["区卫健委下面的医院是政府主体吗,能不能直接上原生组件", "我们是不是政府主体", "街道办属于政府主体吧?", "我们是公立幼儿园,应该算政府主体吧,直播用啥", "市立醫院是政府主體嗎"]) {
      const frame = questioned(question);
      expect(frame.subject, question).toBeNull();
      expect(frame.questionedSubjects, question).toEqual(["government"]);
    }
    // 嘛 with a question mark after it asks.
    expect(questioned("我们是政府主体嘛?可以直接用原生吗").questionedSubjects).toEqual(["government"]);
    // English asks it by inversion.
    for (const question of ["Is the city library a government body?", "are we a government subject? we're a county hospital"]) {
      const frame = questioned(question);
      expect(frame.subject, question).toBeNull();
      expect(frame.questionedSubjects, question).toEqual(["government"]);
    }
    expect(subject("Is a government mini program allowed to use live-pusher?")).toBe("government");
    // Said, not asked: the clause goes on after the subject word, has no particle that asks, or insists (嘛).
    for (const question of ["我们是政府主体,想直播", "我们是政府主体能直播吗", "是不是政府主体就能直接用原生组件", "我们本身就是政府主体嘛,原生没问题吧"]) {
      expect(subject(question), question).toBe("government");
    }
  });
});

describe("status words in the next clause", () => {
  it("reads a status opened by a break word as the previous mention's", () => {
    expect(held("电商平台有,社交直播也有,不过还在审核中")).toEqual(["ecommerce-platform"]);
  });

  it("reads a status opened by a word for all of them as every previous mention's", () => {
    expect(understander.understand("信托和保险都交了申请,两个都还没审核通过").roled.map((mention) => mention.role)).toEqual(["pending", "pending"]);
    // Not one said by itself later.
    expect(held("我们有银行和保险,都在用,还有个信托还没审核通过")).toEqual(["finance-bank", "finance-insurance"]);
  });

  it("does not read a question form or an everyday plan word as a status", () => {
    expect(held("我们有电商平台和社交直播类目,有没有什么要求")).toEqual(["ecommerce-platform", "social-live"]);
    expect(held("我们有电商平台和社交直播,要准备什么资料")).toEqual(["ecommerce-platform", "social-live"]);
  });

  it("keeps a subject word about the asker's users out of its subject", () => {
    expect(subject("我们是保险公司,客户大多是个人")).toBeNull();
    expect(subject("我们是一家信托,个人可以买吗")).toBeNull();
  });
});

describe("a negation of 'all' before the names", () => {
  it("asks whether every one of them does: the names are asked about, not negated", () => {
    expect(held("并不是每个保险中介都得走插件吧").length).toBeGreaterThan(0);
    expect(held("不是全部金融业类目都禁用原生组件吧")).toContain("finance-bank");
    expect(held("Surely not every education category is stuck with the plugin?")).toContain("education-online-video-courses");
    // A negation of the name itself still negates it.
    expect(held("我们不是保险公司,能直播吗")).toEqual([]);
  });
});

describe("a name between an English word of setting and a word for the stream", () => {
  it("is where another party is, the asker's stream — not the party's own business", () => {
    expect(held("Could buyers pay in full during a real estate marketing live stream?")).toEqual(["real-estate-marketing"]);
    expect(held("Our clients are in the insurance business and we are a bank; can we go live?")).toEqual(["finance-bank"]);
  });
});

describe("a name of where a person worked before", () => {
  it("is that person's career told as background, not the program's category", () => {
    expect(held("创始人是信托出身的,现在我们做在线视频课程,要用插件吗")).toEqual(["education-online-video-courses"]);
    expect(held("我以前在保险公司待过几年,如今开了家驾校培训,直播咋接")).toEqual(["education-driving-school-training"]);
    expect(held("Our CTO worked at a bank for years; our mini program is an online video course platform. Native tags?")).toEqual(["education-online-video-courses"]);
  });

  it("is still the asker's organisation where the asker works now", () => {
    expect(understander.understand("我在市文旅局上班,我们单位的小程序打算直播").subject).toBe("government");
  });
});

describe("a condition that says what is so already", () => {
  it.each([
    ["Since we'd need it anyway: is the live category required if we already hold the trust category?", "finance-trust"],
    ["假如本来就有银行类目了,还要不要申请社交直播", "finance-bank"],
  ])("holds the category it names: %s", (question, id) => {
    const frame = understander.understand(question);
    expect(frame.roled.find((mention) => mention.candidates.includes(id))?.role).toBe("held");
  });

  it("still supposes one said without it", () => {
    expect(understander.understand("如果有银行类目,还要不要申请社交直播").roled.find((mention) => mention.candidates.includes("finance-bank"))?.role).toBe("hypothetical");
  });
});
