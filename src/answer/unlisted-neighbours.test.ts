import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a business the document does not list, pointed to a category by its scenario", () => {
  it("says in the answer itself that the document does not say where it belongs, and where to look", async () => {
    const { templates } = service.dependencies;
    const gaming = await service.answer("做电竞赛事的小程序可以开播吗");
    expect(gaming.parts.details.some((line) => line.startsWith("按场景可参考"))).toBe(true);
    expect(gaming.parts.details).toContain(templates.zh.line.suggestionUnsure.replace("{names}", "游戏"));
    const english = await service.answer("can a movie streaming mini program go live?");
    expect(english.parts.details.at(-1)).toContain("please check WeChat's 服务类目说明");
    // With no pointer, the line that no category fits says it already.
    expect((await service.answer("殡仪馆的小程序能直播吗")).parts.details).not.toContain(templates.zh.line.suggestionUnsure.replace("{names}", "殡葬服务"));
  });
});

describe("a well-known category beside a listed one of its group", () => {
  it("is not read as the listed one: the document does not open it to live streaming", async () => {
    for (const question of ["汽车租赁公司的小程序可以开直播吗", "做法律咨询的小程序能直播吗", "Our property management mini program: can it stream?", "二手房中介想在小程序里直播讲房源", "家电维修的小程序可以直播吗", "我们是新闻资讯小程序", "社区团购小程序能开直播吗", "Our mini program is in the tools category; can it stream?"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unsupported");
      expect(answer.categories, question).toEqual([]);
    }
  });

  it("reads a community clinic as a medical business, not a 社区 (online community) one", async () => {
    const clinic = await service.answer("我们是小区里的社区诊所,小程序想开直播");
    expect(clinic.answer).not.toContain("社交");
    expect(clinic.method).toBe("unsupported");
    // A community hospital may be public or private: the document does not say, so it is no 公立 verdict alone.
    const hospital = await service.answer("私立的社区医院可以做直播吗");
    expect(hospital.answer).not.toContain("社交");
    expect(hospital.categories.map((category) => category.secondary)).not.toEqual(["公立医疗机构"]);
  });

  it("is not read into a listed category's own words (股票资讯 is 股票信息服务平台's, not news)", async () => {
    expect((await service.answer("做港股美股资讯的平台能直播吗")).answer).not.toContain("新闻资讯");
  });

  it("leaves the listed one its own, and says the other is not listed when both are named", async () => {
    const answer = await service.answer("我们是房产中介,能不能选房地产营销类目来直播");
    expect(answer.method).toBe("native");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["房地产营销"]);
    // In the asker's words; the rules' name for it is no name the document writes, so none is shown as if it were.
    expect(answer.answer).toContain("「房产中介」不在本文档开放直播的类目中");
    expect(answer.answer).not.toContain("房地产服务-房地产中介");
  });

  it("answers a listed category's activity the unlisted business says it does, and says the business is not listed", async () => {
    const dealer = await service.answer("我们4S店打算在小程序里直播,做预售新车");
    expect(dealer.categories.map((category) => category.secondary)).toEqual(["汽车预售服务"]);
    expect(dealer.answer).toContain("「4S店」不在本文档开放直播的类目中");
    expect(dealer.conversation.unlisted).toEqual(["汽车-汽车销售"]);
    const english = await service.answer("An auto dealer wants to livestream pre-sales of new cars");
    expect(english.method).toBe("native");
    // Selling cars alone is still no listed category.
    expect((await service.answer("4S店卖车能直播吗")).method).toBe("unsupported");
  });

  it("reads a shop selling only its own goods, said in everyday words, as 商家自营, which the document does not list", async () => {
    const shop = await service.answer("我们就自己一家卖自己的茶叶,不是平台,能直播吗");
    expect(shop.method).toBe("unsupported");
    expect(shop.answer).toContain("「商家自营」");
  });

  it("reads a charity foundation as no fund, and a platform sellers open shops on as 电商平台", async () => {
    const charity = await service.answer("慈善基金会的小程序可以直播筹款吗");
    expect(charity.method).toBe("unsupported");
    expect(charity.categories).toEqual([]);
    const sellers = await service.answer("我们这个网购平台有上百个卖家进驻,能直播吗");
    expect(sellers.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect((await service.answer("Hundreds of sellers open shops on our platform; can we stream?")).method).toBe("plugin");
  });

  it("points a car dealer at the listed pre-sale category when its activity is said in other words", async () => {
    const reservations = await service.answer("我们是一家汽车经销商,想给还没上市的车型做预约订车直播,可以吗");
    expect(reservations.method).toBe("unsupported");
    expect(reservations.answer).toContain("「汽车-汽车预售服务」");
    const english = await service.answer("Auto dealer here: we'd like to stream pre-orders for new cars. OK?");
    expect(english.categories.map((category) => category.secondary)).toEqual(["汽车预售服务"]);
  });

  it("reads dental and chain clinics as 医疗-其他, which the document does not list, whatever they stream", async () => {
    for (const question of ["我們是牙醫診所,想直播衛教講座", "We run a chain of dental clinics and want to stream talks", "连锁诊所的小程序能直播吗"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unsupported");
      expect(answer.categories, question).toEqual([]);
    }
    // 衛教 (Taiwan) is health education: a public hospital's lecture, not an online course.
    expect((await service.answer("公立醫院想做衛教講座直播")).categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });

  it("reads a shop selling its own products as 商家自营, not the platform category for several merchants", async () => {
    for (const question of ["我们只卖自己的产品,直播带货选什么类目", "We sell our own products and want to do live selling"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unsupported");
      expect(answer.answer, question).toContain("商家自营");
    }
  });

  it("does not read a bank promoting its own products as 商家自营", async () => {
    expect((await service.answer("我们是银行,想直播推广自己的产品")).answer).not.toContain("商家自营");
  });
});

describe("a single seller pointed at a category by what it streams", () => {
  it("is no e-commerce platform, and hears that category's scope beside the pointer", async () => {
    // Not a platform that has no other sellers yet: that is still what it is.
    expect((await service.answer("我们是电商平台,目前还没有别的商家入驻,能直播吗")).answer).not.toContain("商家自营");
    const answer = await service.answer("咱们小程序商城没有别的商家 全是卖咱们自己家的 想开直播带货");
    expect(answer.method).toBe("unsupported");
    expect(answer.parts.details.join("\n")).toContain("多个经营者");
    const english = await service.answer("It's our own shop, no outside merchants at all, only our own brand. Can we livestream sales?");
    expect(english.method).toBe("unsupported");
    expect(english.parts.details.join("\n")).toContain("multiple merchants");
  });
});

describe("a shop of pet goods", () => {
  it("is not read as pets streamed (社交-直播), but as a business the document does not list", async () => {
    const answer = await service.answer("我们公司是做宠物食品的,小程序想开直播");
    expect(answer.method).toBe("unsupported");
    expect(answer.parts.details.join("\n")).toContain("电商平台");
    expect((await service.answer("想做宠物日常直播,撸猫那种")).categories.map((category) => category.secondary)).toEqual(["直播"]);
    // Pet goods a platform sells are no business of their own beside it.
    const platform = await service.answer("我们是电商平台,主要卖宠物食品,能直播吗");
    expect(platform.method).toBe("plugin");
    expect(platform.answer).not.toContain("宠物");
  });
});

describe("a word a named category is not for, asked about after it with 呢 in the same message", () => {
  it("is weighed against that category's scope, beside the category's own verdict", async () => {
    const answer = await service.answer("公立医疗机构可以直播吗?那民办医院的呢");
    expect(answer.method).toBe("native");
    expect(answer.answer).toMatch(/「民办」与「医疗-公立医疗机构」的适用范围不符/u);
  });
});

describe("one small shop of the asker's own", () => {
  it("is the self-run business the document does not list, beside the platform category's scope", async () => {
    const answer = await service.answer("电商平台这个类目,我自己开的小店能用吗");
    expect(answer.answer).toContain("商家自营");
    expect(answer.answer).toContain("多个经营者");
  });

  it("is what a correction after the platform category says the asker is, not that category again", async () => {
    const first = await service.answer("电商平台类目直播怎么接");
    const corrected = await service.answer("搞错了,我们不是平台,只是个单一商家卖自家的东西", first.conversation);
    expect(corrected.categories).toEqual([]);
    expect(corrected.answer).toContain("商家自营");
    expect(corrected.answer).toContain("多个经营者");
  });
});

describe("a shop selling its own goods, said in everyday words", () => {
  it("is the self-run business, which 电商平台's scope does not fit when asked, and streaming its daily life is 社交-直播's", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("我们是做单一品牌的,可以直接申请电商平台类目吗")).answer).toContain(
      templates.zh.line.unfitScope.replace("{word}", "单一品牌").replace("{category}", "电商平台"),
    );
    const shop = await service.answer("卖自家腊肉的小店想直播卖货,该选啥");
    expect(shop.answer).toContain("「商家自营」");
    expect((await service.answer("这个小程序只卖咱们自己的东西,也想开直播卖")).answer).toContain("「商家自营」");
    // A mall for members is the asker's own: 会员 there names no other party whose business it would be.
    expect((await service.answer("我们的会员商城只卖咱们自己的货,想加个直播")).answer).toContain("「商家自营」");
    const daily = await service.answer("那只拍拍日常不卖东西呢", shop.conversation);
    expect(daily.categories.map((category) => category.secondary)).toEqual(["直播"]);
  });
});

describe("a shop that would let other merchants in", () => {
  it("is a platform for many merchants, 电商平台, in either language", async () => {
    const shop = await service.answer("我们是自己开的零食店");
    const others = await service.answer("后面打算让别的商家进来一起卖,直播用啥", shop.conversation);
    expect([others.categories.map((category) => category.secondary), others.method]).toEqual([["电商平台"], "plugin"]);
    // …said as letting them in to sell alongside ("让…进来一起卖").
    expect((await service.answer("我们茶叶铺想让别的茶农进来一起卖,怎么直播")).categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    const bakery = await service.answer("We run our own bakery.");
    const sellers = await service.answer("And if other sellers join us later?", bakery.conversation);
    expect(sellers.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
  });
});

describe("a business the document does not list, asked about again in a follow-up naming nothing", () => {
  it("is named without the rules' group, which would read as a category of the document, unless the rest names nothing", async () => {
    const dealer = await service.answer("我们是做汽车经销商的,想在小程序里直播");
    const count = await service.answer("那要准备几份材料", dealer.conversation);
    expect(count.answer).toContain("「汽车销售」");
    expect(count.answer).not.toContain("「汽车-汽车销售」");
    const clinic = await service.answer("我们是私立口腔诊所,能直播吗");
    expect((await service.answer("审核多久", clinic.conversation)).answer).toContain("「医疗-其他」");
  });
});

describe("pets sold", () => {
  it("are goods a business sells, not pets streamed (社交-直播): the document lists no such business", async () => {
    for (const question of ["直播间里能卖小狗吗", "Can we sell kittens during a live stream?"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unsupported");
      expect(answer.categories, question).toEqual([]);
      expect(answer.parts.details.join("\n"), question).toContain("电商平台");
    }
  });

  it("are not read in a word for pet goods the name runs into", async () => {
    const platform = await service.answer("我们是电商平台,卖猫砂和狗粮,能直播吗");
    expect(platform.method).toBe("plugin");
    expect(platform.answer).not.toContain("宠物买卖");
  });
});

describe("the asker's own unlisted business said beside a category asked about", () => {
  it("is said not to be listed when streaming is asked, not when only the category's review or count is", async () => {
    const notListed = service.dependencies.templates.zh.line.alsoListed.split("{names}")[1]!.slice(0, 8);
    expect((await service.answer("我们公司是做手游的,社交直播类目能直播吗")).answer).toContain(notListed);
    for (const question of ["我们公司是做手游的,社交直播类目审核要几天", "我们公司是做手游的,社交直播的资质几选几"]) {
      expect((await service.answer(question)).answer, question).not.toContain(notListed);
    }
  });
});

describe("the asker's unlisted business of the same group as the category its activity finds", () => {
  it("is said not to be listed, and the document not to say whether such a business may hold the category", async () => {
    const dealer = await service.answer("汽车经销商想搞新款车型预订直播,走原生组件可以吗");
    expect(dealer.method).toBe("native");
    expect(dealer.answer).toContain("文档也没有写这类业务能否申请「汽车-汽车预售服务」类目");
    expect(dealer.answer).not.toContain("能否直播请以");
    // The follow-up stays with that category, not the business.
    const rows = await service.answer("那资质要什么", dealer.conversation);
    expect(rows.categories.map((category) => category.secondary)).toEqual(["汽车预售服务"]);
    // A business added later is said not to be listed, whatever the follow-up carries over.
    const added = await service.answer("如果同时还做二手车买卖呢", rows.conversation);
    expect(added.answer).toMatch(/「二手车买卖」\(即「二手车交易」\)不在本文档开放直播的/u);
    // Not a business the rules point nowhere, whose category's scope is written for others (房产中介 beside 带看).
    expect((await service.answer("我们房产中介公司想做线上带看直播")).method).toBe("unsupported");
  });
});

describe("a shop whose name holds another business's word", () => {
  it("is not read as that business (烟酒店 is no hotel)", async () => {
    const answer = await service.answer("我家开烟酒店的,小程序能开直播吗");
    expect(answer.answer).not.toContain("旅游");
  });
});

describe("a business outside the scope of the category asked about", () => {
  it("hears it does not fit, even when the asker's own words name that category again", async () => {
    const answer = await service.answer("咱们本身就是家征信机构,打算上线个人信用报告查询,能选企业征信类目吗");
    expect(answer.answer.split("\n")[0]).toContain("适用范围不符");
    expect(answer.parts.details.join("\n")).toContain("个人征信");
  });
});

describe("a business outside the scope said not to be done", () => {
  it("raises no mismatch", async () => {
    const answer = await service.answer("我们只做企业征信,个人征信那块不做,选企业征信类目可以吧");
    expect(answer.answer).not.toContain("适用范围不符");
  });
});

describe("a car dealer's repair and maintenance business", () => {
  it("is named as the unlisted repair category, not only as car sales", async () => {
    const answer = await service.answer("我们是汽车4S店,主要做车辆保养,小程序能开直播吗");
    expect((await service.answer("我们做汽车4S店维修保养的,能申请直播吗")).conversation.unlisted).toContain("汽车-汽车维修保养");
    // Repair of anything else is no car repair.
    expect((await service.answer("我们做空调维修保养的,能直播吗")).answer).not.toContain("汽车");
    expect(answer.method).toBe("unsupported");
    expect(answer.conversation.unlisted).toContain("汽车-汽车维修保养");
  });
});

describe("a category asked whether it may be used for another category's business", () => {
  it("quotes the scopes that say whom each is for", async () => {
    const answer = await service.answer("多方通信这个类目可以用来卖会议硬件吗");
    expect(answer.parts.details.join("\n")).toContain("仅适用于为多方提供电话会议");
    expect(answer.parts.details.join("\n")).toContain("线下硬件在线销售");
  });
});

describe("a business weighing two categories by whether they fit", () => {
  it("hears the document's advice between them", async () => {
    const answer = await service.answer("公司只做证券投资咨询,能选证券/期货类目吗");
    expect(answer.parts.details.join("\n")).toContain("建议选【金融业-证券/期货投资咨询】");
  });
});

describe("singing and chat rooms, entertainment streams", () => {
  it("are read as 社交-直播's scenario, and one client's scenario is not another's", async () => {
    const singing = await service.answer("我们家是做在线唱K的小程序,想开直播,走哪个类目");
    expect([singing.method, singing.categories.map((category) => category.secondary)]).toEqual(["native", ["直播"]]);
    expect((await service.answer("a karaoke mini program wants to add live rooms, what's the review time?")).answer).toContain("7 days");
    expect((await service.answer("our mini program posts pet videos, can we go live too?")).categories.map((category) => category.secondary)).toEqual(["直播"]);
    // Three clients, one each: none left out — a word of two categories gets its options — and no scenario of one
    // pointed at another's.
    const clients = await service.answer("替三家客户问下 一个是驾校 一个是保险公司 一个是唱K的app 直播分别怎么接");
    for (const name of ["驾校平台", "驾校培训", "金融业-保险", "社交-直播"]) expect(clients.answer).toContain(name);
    expect(clients.parts.details.some((line) => line.startsWith("按场景可参考"))).toBe(false);
  });
});

describe("a business pointed to a category the document writes no scenario or scope for", () => {
  it("is pointed to it only as the one its group lists, saying the document writes no scenario for it", async () => {
    const { templates } = service.dependencies;
    const auction = await service.answer("二手车拍卖的小程序能做直播吗,走哪个类目");
    expect(auction.parts.details.some((line) => line.startsWith("按场景可参考"))).toBe(false);
    expect(auction.parts.details).toContain(templates.zh.line.suggestionUnsureGroup.replace("{names}", "二手车交易"));
  });
});

describe("an asker who says it is no platform, found only by what a platform category streams", () => {
  it("is the kind the rules name outside that category's scope, with the category only as a reference", async () => {
    const soap = await service.answer("做手工香皂的 不是平台 想开直播卖货");
    expect(soap.answer).toContain("「商家自营」不在本文档");
    expect(soap.answer).toContain("按场景可参考「电商平台」");
    expect(soap.answer).not.toContain("「电商平台」类目需通过");
    const shop = await service.answer("我们只有一家店 卖茶具 直播带货选什么类目");
    // Named by the asker's words for it when they are a term of it ("「只有一家店」(即「商家自营」)").
    expect(shop.answer).toMatch(/「商家自营」\)?不在本文档/u);
    expect(shop.answer).not.toContain("对应的类目是「电商平台」");
  });

  it("is not, when the message speaks of becoming a platform or names a category of its own", async () => {
    expect((await service.answer("我们就一家书店,准备做成平台让别的书店入驻,直播带货选什么类目")).answer).not.toContain("商家自营");
    expect((await service.answer("我们是保险公司,不是平台,可以直播吗")).answer).not.toContain("商家自营");
  });
});

describe("which category, asked with nothing described", () => {
  it("asks what the program does and streams, rather than listing every category or calling it outside the document", async () => {
    const { templates } = service.dependencies;
    const english = await service.answer("Which category would we need for going live?");
    expect(english.kind).toBe("no-category");
    expect(english.answer).toContain(templates.en.verdict.noCategoryToChoose);
    const chinese = await service.answer("那得再加个类目不");
    expect(chinese.answer).toContain(templates.zh.verdict.noCategoryToChoose);
    // With a method asked, the method's list answers.
    expect((await service.answer("得有什么类目才可以用插件")).kind).toBe("list");
  });

  it("says a streamers' agency is not listed, with the entertainment category as a reference", async () => {
    const agency = await service.answer("我们是做网红孵化的公司,签约主播想在小程序里直播,选啥类目");
    expect(agency.answer).toContain("(即「MCN机构」)不在本文档");
    expect(agency.answer).toContain("按场景可参考「社交-直播」");
  });
});

describe("a business the document does not list, named beside a listed category", () => {
  it("is said to be not listed and where to look, not left to read as cannot stream", async () => {
    const answer = await service.answer("银行能开直播吗?另外旅行社的小程序呢");
    expect(answer.answer).toMatch(/你还提到的.*旅行社.*不在本文档开放直播的类目中,能否直播请以微信《服务类目说明》为准/u);
  });
});

describe("tool as an everyday word", () => {
  it("is what a product is, not the unlisted tools category", async () => {
    const answer = await service.answer("我们在做一个在线开电话会议的工具,小程序能直播吗");
    expect(answer.answer).not.toContain("「工具类」不在本文档");
    expect((await service.answer("工具类目的小程序能直播吗")).answer).toContain("「工具类」不在本文档");
  });
});

describe("outdoor trips", () => {
  it("are the unlisted travel business, in Chinese and English", async () => {
    expect((await service.answer("我们组织户外徒步,小程序能直播吗")).answer).toContain("「户外徒步」(即「旅游」)不在本文档");
    expect((await service.answer("We run camping trips; can our mini program stream them?")).answer).toContain("(that is, 「旅游」) is not among");
  });
});

describe("a listed category pointed to by its scenario, for a business the document does not list", () => {
  it("is quoted by what it streams, without the review sentence its scenario row shares with its notes", async () => {
    const answer = await service.answer("我们做手游的,小程序能开直播么");
    expect(answer.answer).toContain("涉及娱乐性质");
    expect(answer.parts.details.join("\n")).not.toContain("7天");
    const english = await service.answer("We make mobile games; can our mini program host streams?");
    expect(english.parts.details.join("\n")).toContain("Involves entertainment");
    expect(english.parts.details.join("\n")).not.toContain("7 days");
  });
});

describe("second-hand cars, in English words for them", () => {
  it("are the unlisted used-car trade, never the pre-sale category outright", async () => {
    for (const question of ["Our shop deals in second-hand cars; which category lets us stream test drives?", "We resell pre-owned vehicles. Can our mini program go live?"]) {
      const answer = await service.answer(question);
      expect(answer.categories, question).toEqual([]);
      expect(answer.answer, question).toContain("二手车交易");
    }
  });
});

describe("a business selling what it grows or makes itself", () => {
  it("is the unlisted self-operated seller, with 电商平台 only as a reference", async () => {
    for (const question of ["我们家自己的茶园,想在小程序上直播卖茶", "小程序想直播卖自家做的手工酱", "We run our own orchard and want to sell the fruit on a live stream"]) {
      const answer = await service.answer(question);
      expect(answer.categories, question).toEqual([]);
      expect(answer.answer, question).toContain("商家自营");
    }
  });
});

describe("a seller that says no other merchants sell on its program", () => {
  it("is the unlisted self-operated seller, not 电商平台 with a caveat after it", async () => {
    for (const question of ["我们小程序就卖自家厂里的毛巾,没有其他商家,直播带货选什么类目", "店里不对外招商,就我们自己卖,想做直播带货"]) {
      const answer = await service.answer(question);
      expect(answer.categories, question).toEqual([]);
      expect(answer.parts.verdict, question).toContain("商家自营");
    }
  });
});

describe("car businesses the document does not list", () => {
  it("are not answered as its one car category, pre-sale", async () => {
    for (const question of ["我们开了家改装车的店,小程序想直播改装过程", "We sell car accessories online and want to stream"]) {
      const answer = await service.answer(question);
      expect(answer.categories, question).toEqual([]);
      expect(answer.kind, question).toBe("verdict");
    }
  });
});

describe("combat sports and martial arts gyms", () => {
  it("are the unlisted sports, not a training institution quoted as the answer", async () => {
    for (const question of ["我们是一家散打格斗馆,想直播上课,可以吗", "Our kickboxing studio wants to livestream classes, allowed?"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("verdict");
      expect(answer.categories, question).toEqual([]);
      expect(answer.answer, question).toContain("体育");
    }
  });
});

describe("a business described in words the document has none of", () => {
  it("hears that the document names no category for it, and where to look — not only 'tell me your category'", async () => {
    for (const question of ["我们是做陶艺手作体验的,小程序能开直播吗", "We run a pottery studio. Can our mini program go live?"]) {
      const answer = await service.answer(question);
      expect(answer.parts.verdict, question).toMatch(/服务类目说明/u);
      expect(answer.categories, question).toEqual([]);
    }
    // Nothing described, a category is still asked for.
    expect((await service.answer("我们想直播,用什么方式")).parts.verdict).not.toContain("你们所说业务");
  });
});

describe("a category the document names only in another category's note", () => {
  it("says, besides that note, that the document does not say whether or how it streams, and where to look", async () => {
    for (const question of ["做个人征信查询的小程序可以直播不", "Can a mini program with the 时政信息 category go live?"]) {
      const answer = await service.answer(question);
      const lines = answer.parts.details.join("\n");
      expect(lines, question).toMatch(/注意|Notes/u);
      expect(lines, question).toMatch(/没有写它能否直播、用哪种方式接入;请以微信《服务类目说明》为准|does not say whether or how it may stream/u);
    }
  });

  it("says so beside a listed category whose note names it, when both are asked whether they stream", async () => {
    const both = await service.answer("企业征信和个人征信这俩能开直播吗");
    expect(both.parts.details.join("\n")).toContain("文档只在上面的注意事项里提到「金融业-个人征信」");
    // Asked only what the listed one may do, its note answers.
    expect((await service.answer("企业征信类目能不能查个人征信")).parts.details.join("\n")).not.toContain("文档只在上面的注意事项里提到");
  });

  it("not of a name read from the note's words, which the note does not write", async () => {
    const answer = await service.answer("直播间能卖处方药吗");
    expect(answer.parts.details.join("\n")).not.toContain("文档只在上面的注意事项里提到");
  });
});

describe("a thing named that a note speaks of, among others of its kind", () => {
  it("quotes only the note that has the asker's own word, not one sharing another word of its kind", async () => {
    const lines = (await service.answer("我们直播间想卖点医疗器械,行吗")).parts.details.join("\n");
    expect(lines).toContain("医疗器械");
    expect(lines).not.toContain("催情");
  });

  it("says a note that has the word only negated does not speak of it, once beside a category that holds the note", async () => {
    const lines = (await service.answer("我们想直播卖处方药,可以不")).parts.details.join("\n");
    expect(lines).toContain("这条注意事项写的是「非处方药」,没有写「处方药」");
    expect(lines).not.toContain("催情");
    const beside = (await service.answer("电商平台的小程序能直播卖处方药吗")).parts.details;
    expect(beside.filter((line) => line.includes("没有写「处方药」"))).toHaveLength(1);
  });

  it("reads the note as the answer gives it in English, with the same caveat and only the note that has the word", async () => {
    const lines = (await service.answer("Could we sell prescription drugs during our live stream?")).parts.details.join("\n");
    expect(lines).toContain("not of 「prescription drugs」");
    expect(lines).not.toContain("aphrodisiac");
  });
});

describe("an activity a held category's note speaks of, in everyday words", () => {
  it("brings that note, not an answer that the question is outside the document", async () => {
    const first = await service.answer("我们做宠物娱乐直播的小程序,用社交直播类目");
    const news = await service.answer("主播有时候会聊几句热点新闻,这个要紧吗", first.conversation);
    expect(news.parts.details.join("\n")).toContain("如提供时政信息服务,需补充【时政信息】类目");
  });
});

describe("a business the document does not list, whose selling the asker rules out", () => {
  it("is pointed to no category for selling, only to one for what it does stream", async () => {
    for (const question of ["我们是一家宠物用品公司,直播不带货,只播猫猫日常,用啥接入", "我们开宠物店的,不卖东西,就想直播狗狗日常"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("社交-直播");
      expect(answer.answer, question).not.toContain("按场景可参考「电商平台」");
    }
  });

  it("is still pointed to one for selling when selling is not ruled out", async () => {
    const answer = await service.answer("我们是宠物用品公司,想直播,选什么类目");
    expect(answer.answer).toContain("电商平台");
  });
});

describe("a business the document does not list, named in the asker's own words", () => {
  it("is said not to be listed in those words first — with the rules' name after them only where the document writes it", async () => {
    const clinic = await service.answer("口腔诊所的小程序能直播吗");
    expect(clinic.answer).toMatch(/^「口腔诊所」不在本文档/u);
    expect(clinic.answer).not.toContain("医疗-其他");
    expect(clinic.conversation.unlisted).toEqual(["医疗-其他"]);
    expect((await service.answer("Can a dentist's mini program stream?")).answer).toMatch(/^「dentist」 is not among/u);
    // A plain word for the business glosses the asker's: 瑜伽 is 体育.
    expect((await service.answer("瑜伽馆可以开直播吗")).answer).toMatch(/^「瑜伽」\(即「体育」\)不在本文档/u);
    // Its own name, group aside, is said as the name.
    expect((await service.answer("个人征信类目能开直播吗")).answer).toMatch(/^「金融业-个人征信」不在本文档/u);
  });
});

describe("a business the document does not list, whose goods only a platform's note speaks of", () => {
  it("is quoted that note and, asked whether it may stream, told where to look", async () => {
    const answer = await service.answer("我们开的是大药房,小程序可以开直播吗");
    expect(answer.answer).toContain("非处方药品");
    expect(answer.answer).toMatch(/能否直播.*我不确定,请以微信《服务类目说明》为准/u);
  });

  it("asked only whether the goods may be sold, is answered by the note alone", async () => {
    const answer = await service.answer("那非处方药能卖吗");
    expect(answer.answer).not.toMatch(/能否直播、该选哪个类目/u);
  });
});

describe("news media and self-media", () => {
  it("are a business the document does not list, not the 时政信息 note alone nor a question outside the document", async () => {
    for (const question of ["我们是一家报社,小程序能直播吗", "我们公司运营一个新闻自媒体号,想在小程序开直播", "We run a small news website, can we livestream in our mini program?"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unsupported");
      expect(answer.answer, question).toMatch(/不在本文档开放直播的服务类目中|is not among the categories this document opens/u);
      expect(answer.answer, question).toMatch(/服务类目说明/u);
    }
  });
});

describe("a word the question itself writes negated as a note does", () => {
  it("is what it asks about: no line that the note does not write the bare word", async () => {
    const answer = await service.answer("电商平台入驻的店想在直播里卖药,只卖非处方的,行吗");
    expect(answer.answer).toContain("非处方药品");
    expect(answer.answer).not.toContain("没有写「处方");
  });
});

describe("an internet hospital in the short word the trade uses", () => {
  it("is 医疗-互联网医院, not a request for the category", async () => {
    const answer = await service.answer("我们做互医的,直播能用原生组件吗");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
  });
});

describe("a category people assume exists, which the document does not have", () => {
  it("is said not to be among the document's, with the scenario that writes what it streams as a reference", async () => {
    const paid = await service.answer("咱们是知识付费类目的小程序,可以开播吗");
    expect(paid.answer).toContain("「知识付费」不在本文档开放直播的服务类目中");
    expect(paid.answer).toContain("按场景可参考「教育-在线视频课程」");
  });

  it("is not read from 直播带货 said of a category held", async () => {
    expect((await service.answer("电商平台类目做直播带货用什么接入")).answer).not.toContain("不在本文档开放直播");
  });
});

describe("the two 学历教育 categories written without their brackets", () => {
  it("are each read as the one named, not both, also weighed against the topic", async () => {
    expect((await service.answer("学历教育学校类目直播怎么接")).categories.map((category) => category.secondary)).toEqual(["学历教育(学校)"]);
    const first = await service.answer("驾校平台可以开直播吗");
    const weighed = await service.answer("那和学历教育学校相比,接入方式一样不", first.conversation);
    expect(weighed.answer).not.toContain("培训机构");
  });
});

describe("goods a platform's merchants sell, said in English", () => {
  it("is the platform category, with its note on what they sell, not an unlisted business", async () => {
    const answer = await service.answer("Vendors on our platform sell some over-the-counter drugs. Are we allowed to livestream?");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(answer.answer).toContain("medical-related categories must be added");
    expect(answer.answer).not.toContain("is not among the categories");
  });
});

describe("fan culture, the entertainment the document's star streams stand for", () => {
  it("is read as 社交-直播's scenario and gets its verdict, not a bare quote", async () => {
    for (const question of ["给追星女孩做的小程序,想开直播", "我们做偶像应援的,能搞直播不"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).toEqual(["直播"]);
      expect(answer.method, question).toBe("native");
    }
  });
});

describe("a business in words the document lacks, asked only which category it takes", () => {
  it("gets no quote of another category's passage its words happen to share, but that the document names none", async () => {
    const answer = await service.answer("我们是卖手机壳充电宝的,小程序直播展示产品,应该选什么类目");
    expect(answer.answer).not.toMatch(/^文档在「/u);
    expect(answer.answer).toContain("找不到与你们所说业务对应的类目");
  });
});
