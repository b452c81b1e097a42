import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("a government mini program asked about more than its method", () => {
  it("hears that the document gives no qualifications or review time of the subject's own", async () => {
    const first = await service.answer("我们单位是政府机关,小程序能直播吗");
    const qualification = await service.answer("那资质要求呢", first.conversation);
    expect(qualification.method).toBe("native");
    expect(qualification.parts.details[0]).toMatch(/^文档没有单独写政府主体认证小程序的资质要求/u);
    expect(qualification.parts.absent.length).toBeGreaterThan(0);
    const review = await service.answer("提交审核一般多久", qualification.conversation);
    expect(review.parts.details.join("\n")).toContain("审核时长");
    expect(review.parts.details.join("\n")).toContain("「社交-直播」");
  });

  it("in English too, and not when a category is named beside the subject", async () => {
    const english = await service.answer("We are a government agency. What qualifications does our mini program need to stream?");
    expect(english.parts.details[0]).toMatch(/^The document gives no qualification requirements of its own/u);
    const withCategory = await service.answer("我们是政府机关,类目是银行,资质几选一");
    expect(withCategory.parts.details.join("\n")).not.toContain("政府主体认证小程序的资质要求");
  });
});

describe("a program that holds none of the document's categories", () => {
  it("is told the document ties every access method to one of them, not asked for its category again", async () => {
    const { templates } = service.dependencies;
    const none = await service.answer("我们是公司主体,这些类目我们都没有,还能做直播吗");
    expect(none.answer).toContain(templates.zh.verdict.noListedCategory);
    expect(none.answer).not.toContain(templates.zh.verdict.noCategory);
    expect(none.parts.sources.some((source) => source.quote.includes("政府主体认证的小程序"))).toBe(true);
    const english = await service.answer("We're a company and we have none of these categories - is streaming possible?");
    expect(english.answer).toContain(templates.en.verdict.noListedCategory);
  });

  it("answers the same to a claim or question that no category is needed to stream", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("听说小程序不用选类目也能开直播?")).answer).toContain(templates.zh.verdict.noListedCategory);
    expect((await service.answer("is it true a mini program does not need a category to go live?")).answer).toContain(templates.en.verdict.noListedCategory);
  });

  it("still gets its subject's rule when it is a government or personal one", async () => {
    expect((await service.answer("区政府的小程序,一个类目都没有,能直播吗")).method).toBe("native");
    expect((await service.answer("个人主体,没有任何类目,可以直播吗")).method).toBe("unsupported");
  });
});

describe("an organisation the document does not place under a subject (事业单位)", () => {
  it("hears that the document does not say which bodies count as government, not the government rule as its own", async () => {
    const institution = await service.answer("我们单位是事业单位,小程序能直播吗");
    expect(institution.method).toBe("unknown");
    expect(institution.answer).toContain("文档没有界定哪些单位算政府主体");
    const government = await service.answer("区政府的小程序能直播吗");
    const followUp = await service.answer("那事业单位的呢", government.conversation);
    expect(followUp.method).toBe("unknown");
    expect(followUp.answer).toContain("文档没有界定哪些单位算政府主体");
    expect((await service.answer("We are a public institution. Can our mini program stream?")).method).toBe("unknown");
  });

  it("leaves a question whether none of the categories have something to the rest of the answer", async () => {
    const { templates } = service.dependencies;
    for (const question of ["这些类目都没有审核时间吗", "Do none of the categories need a review?"]) {
      const { answer } = await service.answer(question);
      expect(answer, question).not.toContain(templates.zh.verdict.noListedCategory.slice(0, 12));
      expect(answer, question).not.toContain(templates.en.verdict.noListedCategory.slice(0, 30));
    }
  });

  it("says so also beside a business the document does not list, and for a 'state unit' said in everyday words", async () => {
    const gallery = await service.answer("我们是事业单位下面的美术馆,小程序直播能不能跟政府一样直接用原生");
    expect(gallery.method).toBe("unsupported");
    expect(gallery.answer).toContain("文档没有界定哪些单位算政府主体");
    const school = await service.answer("公立中学的小程序能直播吗");
    const stateUnit = await service.answer("学校也算国家单位吧,能直接用原生吗", school.conversation);
    expect(stateUnit.method).toBe("plugin");
    expect(stateUnit.answer).toContain("文档没有界定哪些单位算政府主体");
    expect((await service.answer("We are a public sector unit. Do we stream like a government body?")).method).toBe("unknown");
  });

  it("counts social organisations and associations among them, not as a charity category the asker never named", async () => {
    for (const question of ["我们属于社会组织,小程序想搞直播", "民办非企业单位做的小程序可以直播吗", "行业协会的小程序可以直播吗", "We're a chamber of commerce, can we go live?"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("unknown");
      expect(answer.answer, question).not.toContain("公益-慈善组织");
      expect(answer.parts.details.join("\n") + answer.parts.verdict, question).toMatch(/文档没有界定哪些单位算政府主体|does not define which bodies count as government/u);
    }
    expect((await service.answer("我们是商会,类目是在线视频课程,能直播吗")).method).toBe("native");
  });

  it("reads 事业单位 as a client like the asker's own: whether it counts as government is not said", async () => {
    expect((await service.answer("我们给事业单位做小程序,类目是电商平台,能直播吗")).method).toBe("plugin");
  });
});

describe("an asker whose subject the document has no rule for", () => {
  it("hears that the document has no rule for it and its categories decide, without the personal rule quoted", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("我们注册的是个体工商户,想开直播,可以吗");
    expect(answer.parts.verdict).toBe(templates.zh.line.otherSubject);
    expect(answer.answer).toContain(templates.zh.verdict.noCategory);
    // Not the personal rule: a sole proprietor would read its "暂不支持" as its own answer.
    expect(answer.answer).not.toContain("暂不支持");
    const english = await service.answer("Our mini program is registered to a private company. Is live streaming allowed?");
    expect(english.parts.verdict).toBe(templates.en.line.otherSubject);
  });

  it("reads a foreign-invested or joint-venture company as such a subject, in either language", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("Our WFOE runs a mini program - is streaming possible for us?")).parts.verdict).toBe(templates.en.line.otherSubject);
    expect((await service.answer("我们是一家中外合资企业,小程序可以开播吗")).parts.verdict).toBe(templates.zh.line.otherSubject);
  });

  it("says the document names no subject registered outside mainland China either, when the asker's is", async () => {
    const { templates } = service.dependencies;
    const macao = await service.answer("我们是澳门注册的公司,小程序想开直播,有什么要求");
    expect(macao.answer).toContain(templates.zh.line.otherSubjectAbroad);
    const english = await service.answer("Our company is registered in Japan. Can its mini program go live?");
    expect(english.answer).toContain(templates.en.line.otherSubjectAbroad);
    // Foreign capital is a company registered in mainland China.
    expect((await service.answer("我们是一家外资企业,小程序可以开播吗")).answer).not.toContain(templates.zh.line.otherSubjectAbroad);
  });

  it("also beside a category read only from what is streamed, which is no category the asker named", async () => {
    const { templates } = service.dependencies;
    const shop = await service.answer("个体工商户的网店小程序想开直播带货,行不行");
    expect(shop.method).toBe("plugin");
    expect(shop.parts.details).toContain(templates.zh.line.otherSubject);
  });

  it("not when a category decides, nor beside the question whether it counts as a government subject", async () => {
    const { templates } = service.dependencies;
    const withCategory = await service.answer("我们是民营企业,做电商平台,能直播吗");
    expect(withCategory.method).toBe("plugin");
    expect(withCategory.answer).not.toContain(templates.zh.line.otherSubject);
    const counts = await service.answer("央企的小程序算不算政府主体");
    expect(counts.answer).toContain(templates.zh.line.governmentUndefined);
    expect(counts.answer).not.toContain(templates.zh.line.otherSubject);
  });
});

describe("a government body said to have a mini program", () => {
  it("makes that program a government one, in either language", async () => {
    const chinese = await service.answer("我们区税务局有一个小程序,想做政策直播,用什么接入");
    expect(chinese.method).toBe("native");
    expect(chinese.rule).toBe("subject-government");
    const english = await service.answer("The district environmental protection bureau has its own mini program. Native tags?");
    expect(english.method).toBe("native");
  });

  it("not when what the body has is no mini program", async () => {
    const answer = await service.answer("政府有要求,我们电商平台直播要用什么接入");
    expect(answer.method).toBe("plugin");
  });
});

describe("a government body named with the body above it", () => {
  it("is one name, whose program is the government's", async () => {
    const answer = await service.answer("县公安局交警大队的小程序想搞个直播普法 用啥接入");
    expect(answer.method).toBe("native");
    expect(answer.rule).toBe("subject-government");
  });
});

describe("a request for the source of the last answer", () => {
  it("quotes the lines that answer rested on first, in either language", async () => {
    const first = await service.answer("信托公司的小程序能直播么");
    const source = await service.answer("给个出处呗 老板要看", first.conversation);
    expect(source.kind).toBe("about");
    expect(source.parts.sources[0]).toEqual(first.parts.sources[0]);
    expect(source.answer).toContain(service.dependencies.templates.zh.line.aboutLastAnswer);
    const english = await service.answer("where is that from?", first.conversation);
    expect(english.parts.sources[0]).toEqual(first.parts.sources[0]);
  });

  it("reads the word for a source followed by a question closing the message as that request", async () => {
    const first = await service.answer("消费金融公司做直播需要几选一");
    for (const request of ["这个说法的根据是什么?", "来源呢", "你这依据在哪里啊", "这是文档哪里写着的"]) {
      expect((await service.answer(request, first.conversation)).kind).toBe("about");
    }
    // Asked where it comes from or who said it, in other words.
    for (const request of ["这个结论是出自哪份文件", "你的根据来自哪里?", "那这是谁说的", "what's that based on?", "where's this from?", "ok, give me the source for that"]) {
      expect((await service.answer(request, first.conversation)).kind, request).toBe("about");
    }
    // Naming a category, the question is about it; the source word only opening a question is no request.
    expect((await service.answer("根据文档,信托审核要多久", first.conversation)).kind).toBe("verdict");
  });

  it("says there is no link to give when one is asked, making none up, and reads a link in a live room as no such request", async () => {
    const { zh, en } = service.dependencies.templates;
    for (const [request, noLink] of [["依据在哪 能给个链接不", zh.line.noLink], ["有没有官方链接给我看下", zh.line.noLink], ["Got a link to the source?", en.line.noLink]] as const) {
      const answer = await service.answer(request);
      expect(answer.kind, request).toBe("about");
      expect(answer.answer, request).toContain(noLink);
      expect(answer.answer, request).not.toMatch(/https?:\/\//u);
    }
    expect((await service.answer("直播的时候能给观众发商品链接吗")).answer).not.toContain(zh.line.noLink);
  });
});

describe("a category's original text asked for", () => {
  it("is every row the document gives it, quoted", async () => {
    for (const request of ["把信托那段的原文贴出来", "保险的原文发我一下"]) {
      const answer = await service.answer(request);
      expect(answer.answer, request).toContain("资质要求");
      expect(answer.answer, request).toContain("适用范围");
      expect(answer.answer, request).toContain("直播场景");
    }
  });
});

describe("a subject with no rule of its own said after a category, asking whether it matters", () => {
  it("keeps the category's verdict and says the document has no rule for that subject", async () => {
    const first = await service.answer("我们小程序是电商平台类目");
    const next = await service.answer("我们其实是个体工商户注册的,这个有没有影响", first.conversation);
    expect(next.method).toBe("plugin");
    expect(next.categories.map((category) => category.secondary)).toEqual(["电商平台"]);
    expect(next.parts.details).toContain(service.dependencies.templates.zh.line.otherSubject);
  });
});

describe("a subject the asker says its program is not", () => {
  it("does not hold in English when written with non- or as not being registered to it", async () => {
    for (const question of ["We run a non-government mini program in the 电商平台 category — can it use live-pusher?", "The app is not registered to a government body; it is in the driving school training category. Native tags allowed?"]) {
      const answer = await service.answer(question);
      expect(answer.subject, question).toBeNull();
      expect(answer.method, question).toBe("plugin");
    }
  });

  it("is personal when registered in the asker's own name, not when a person only runs or uses it", async () => {
    const own = await service.answer("小程序用我自己名字注册的,没挂公司,社交直播能开播吗");
    expect(own.subject).toBe("personal");
    expect(own.method).toBe("unsupported");
    for (const question of ["It's just me who runs the stream; the app belongs to our company and has 电商平台.", "就我自己用,不对外,电商平台类目,公司主体"]) {
      expect((await service.answer(question)).subject, question).not.toBe("personal");
    }
  });
});

describe("a category said not to do something", () => {
  it("is still held", async () => {
    const answer = await service.answer("银行不做直播带货的话,还要额外申请类目吗");
    expect(answer.kind).not.toBe("list");
  });
});

describe("a government program's method asked again after a category question", () => {
  it("says nothing of being about that category, which the subject's rule does not depend on", async () => {
    const { templates } = service.dependencies;
    const bureau = await service.answer("我们是市人社局的小程序,打算直播讲政策");
    const social = await service.answer("要加社交直播类目吗", bureau.conversation);
    const again = await service.answer("言归正传,政府的能用插件吗", social.conversation);
    expect(again.rule).toBe("subject-government");
    expect(again.answer).not.toContain(templates.zh.line.inherited.split("{")[0]!);
    // A source asked with a word for a link is a source request.
    expect((await service.answer("这个文档有没有链接", again.conversation)).kind).toBe("about");
  });
});

describe("a government program asking which category it needs", () => {
  it("says the document names none, quotes its note on choosing one, and says nothing of notes", async () => {
    const asked = await service.answer("我们是县政府的小程序,开直播还得额外申请啥类目吗");
    expect(asked.answer).toContain("至于政府主体认证的小程序要不要选、选哪个类目,文档没有写");
    expect(asked.answer).toContain("所选类目需符合小程序的实际应用场景");
    expect(asked.answer).not.toContain("注意事项");
    // Asked only how to stream, no such line.
    expect((await service.answer("我们是县政府的小程序,能开直播吗")).answer).not.toContain("选哪个类目");
  });
});

describe("a subject and a category weighed each on its own", () => {
  it("answers the category's program by its own rule beside the subject's", async () => {
    const both = await service.answer("信托公司的小程序和个人认证的小程序,各自能不能开播");
    expect(both.answer).toContain("个人认证的微信小程序暂不支持直播业务");
    expect(both.answer).toContain("「金融业-信托」类目可以使用微信原生组件标签");
    // One program of both, the subject decides alone.
    expect((await service.answer("我们信托小程序是个人认证的,能开播吗")).answer).not.toContain("「金融业-信托」类目可以使用");
  });

  it("answers each of several numbered questions, categories of different methods beside the subject's rule", async () => {
    const numbered = await service.answer("1、消费金融怎么接入直播\n2、教育平台怎么接入\n3、个人号行不行");
    expect(numbered.answer).toContain("个人认证的微信小程序暂不支持直播业务");
    expect(numbered.answer).toContain("「金融业-消费金融」类目可以使用微信原生组件标签");
    expect(numbered.answer).toContain("「教育-教育平台」类目需通过 小程序·云直播插件");
  });
});

describe("a subject asked about in a clause of its own after a category question", () => {
  it("is a second question: the category still gets its own verdict beside the subject's rule", async () => {
    for (const question of ["保险类目可以开直播吗?那要是个人认证的号呢?", "1、电商平台能直播不 2、政府主体的呢", "Can a trust company stream on its mini program? And a personal one?"]) {
      const answer = await service.answer(question);
      expect(answer.parts.details.some((line) => /「(金融业-保险|电商平台|金融业-信托)」|「金融业-信托 /u.test(line)), question).toBe(true);
    }
  });

  it("keeps the category's condition line beside the subject's rule, so its verdict does not read as absolute", async () => {
    const answer = await service.answer("电商平台类目能直播吗?那个人认证的号呢?");
    expect(answer.parts.details.join("\n")).toContain("若同时具备「社交-直播」类目,可以直接使用微信原生组件标签");
  });

  it("not when the asker says the subject is its own, before or after the category", async () => {
    for (const question of ["我们小程序是个人认证的。保险类目能直播吗", "保险类目能直播吗?我们是个人主体的"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("个人认证的微信小程序暂不支持直播业务");
      expect(answer.answer, question).not.toContain("「金融业-保险」类目可以使用");
    }
  });
});

describe("a subject in everyday English", () => {
  it("is read when the program is said to be set up under an individual, after a category", async () => {
    const first = await service.answer("We run a trust company's mini program. Can it stream?");
    const changed = await service.answer("and if the account was set up under an individual instead?", first.conversation);
    expect(changed.parts.verdict).toMatch(/individual \(个人\) do not support live streaming/u);
  });

  it("is the claim's when someone is said to have told the asker, and the claim is corrected", async () => {
    const personal = await service.answer("My colleague told me individuals can stream via the plugin. Is that true?");
    expect(personal.parts.verdict).toMatch(/individual \(个人\) do not support live streaming/u);
    const government = await service.answer("Someone told me government mini programs need the plugin. True?");
    expect(government.parts.details.join("\n")).toMatch(/^Not the 小程序·云直播插件/mu);
  });
});

describe("the document's subjects weighed against each other", () => {
  it("answers each by its own rule, or by having none, not the first one alone", async () => {
    const personalAndCompany = await service.answer("个人认证跟公司主体做直播有啥不同");
    expect(personalAndCompany.answer).toContain("个人认证的微信小程序暂不支持直播业务");
    expect(personalAndCompany.parts.details).toContain("文档没有对企业、个体工商户等主体单独规定,能否直播、用哪种方式按小程序具备的类目判定。");
    const english = await service.answer("Can personal and government mini programs both stream?");
    expect(english.answer).toMatch(/individual \(个人\) do not support/u);
    expect(english.parts.details.join("\n")).toMatch(/government body \(政府主体\) may use the native/u);
  });

  it("not a subject the asker says it is beside another party's", async () => {
    const answer = await service.answer("我们是政府主体,客户里有个人");
    expect(answer.parts.details.join("\n")).not.toContain("个人认证的微信小程序暂不支持直播业务");
  });
});

describe("a government body the asker names itself, beside a name the document does not list", () => {
  it("is the asker's subject: the government rule answers", async () => {
    expect((await service.answer("我们镇政府想直播社区运动会,可以吗")).method).toBe("native");
    // One acting on a category named after it is not the asker ("海关可以查电商平台直播卖的货吗").
    expect((await service.answer("税务局能管电商平台直播卖货吗")).method).not.toBe("native");
  });
});

describe("a government body the asker names itself, then what it plans", () => {
  it("is the asker's subject whatever word of intent follows: the government rule answers", async () => {
    for (const question of ["我们乡政府打算用小程序直播春耕现场", "咱们县政府准备在小程序上直播招商会", "区政府计划开个小程序直播"]) {
      expect((await service.answer(question)).method, question).toBe("native");
    }
    expect((await service.answer("Our county government plans to stream the harvest fair in a mini program")).method).toBe("native");
  });

  it("still reads a plan told of a body, not by it, as no subject of the asker's", async () => {
    expect((await service.answer("政府要求我们做助农直播,电商平台怎么接")).subject).not.toBe("government");
  });
});

describe("the document's rules on subjects, asked as a whole", () => {
  it("are its general note on 个人认证 and 政府主体, in Chinese and English", async () => {
    for (const question of ["这份文档里对小程序主体都有哪些要求", "What subject types does the document say anything about?"]) {
      const answer = await service.answer(question);
      expect(answer.kind, question).toBe("general");
      expect(answer.citations.some((citation) => citation.quote.includes("个人认证") && citation.quote.includes("政府主体")), question).toBe(true);
    }
  });
});

describe("how the program is certified, in English", () => {
  it("is its subject, and asks nothing of the qualifications", async () => {
    const government = await service.answer("Our mini program has government certification. Can we stream?");
    expect(government.method).toBe("native");
    expect(government.parts.details.join("\n")).not.toMatch(/Qualifications/u);
    const asked = await service.answer("Does a public hospital count toward government certification?");
    expect(asked.parts.details.join("\n")).not.toMatch(/Qualifications/u);
  });
});

describe("a subject's rule the asker says it already knows, before asking of another program", () => {
  it("is set aside: the program asked about gets its category's verdict", async () => {
    for (const [question, method] of [
      ["个人认证不能直播这个我知道了,企业认证的消费金融小程序用什么接入", "native"],
      ["个人的肯定不行,那公司做驾校平台的能直播吗", "plugin"],
      ["I'm aware individual ones can't go live; a company holding the trust category, which way?", "native"],
    ] as const) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe(method);
      expect(answer.answer, question).not.toContain("个人认证的微信小程序暂不支持直播业务");
      expect(answer.answer, question).not.toContain("do not support live streaming");
    }
  });

  it("is still the asker's own when the clause says so, when nothing else is asked, or when whether it is so is asked", async () => {
    for (const question of ["我知道咱们个人主体的小程序不能播,有别的路子吗", "个人的不能直播我知道", "个人号肯定不能开直播吗?有没有特殊情况"]) {
      expect((await service.answer(question)).method, question).toBe("unsupported");
    }
  });
});

describe("a message naming the asker's subject and another party's program", () => {
  it("gives the verdict of the program the asking clause is about", async () => {
    const partner = await service.answer("我们单位是政府机关,合作伙伴是企业主体,做电商平台,合作伙伴能不能用原生组件");
    expect(partner.method).toBe("plugin");
    const cousin = await service.answer("我这边是政府单位,表姐的小程序是个人注册的,她能开直播吗");
    expect(cousin.method).toBe("unsupported");
    const builtFor = await service.answer("我是个人开发者,给县教育局做了个小程序,类目驾校培训,能直播吗");
    expect(builtFor.method).toBe("native");
  });

  it("in English, the owner's program said to be personally certified beside its category", async () => {
    const answer = await service.answer("Our partner's mini program is individually verified and carries the insurance category. Can they go live?");
    expect(answer.method).toBe("unsupported");
    // Customers who verify themselves are no program's subject.
    const customers = await service.answer("我们是保险公司,客户个人实名以后才能进直播间");
    expect(customers.method).toBe("native");
  });

  it("answers the category of another's program named with no copula, beside what the asker says it is", async () => {
    const answer = await service.answer("本单位是政府机关,朋友的小程序类目保险,能直播不");
    expect(answer.method).toBe("native");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["保险"]);
  });

  it("does not take a subject the program could not get as its own", async () => {
    const answer = await service.answer("小程序个人实名认证不下来,就用了公司认证,类目信托,能直播吗");
    expect(answer.method).toBe("native");
  });
});

describe("a bare word the asker only calls itself by, beside what it streams", () => {
  it("says no subject: no line that the document has no rule for enterprises", async () => {
    const answer = await service.answer("我们公司只给用户做炒股指导,不碰交易,想直播");
    expect(answer.answer).not.toContain("文档没有对企业、个体工商户等主体单独规定");
    const soleTrader = await service.answer("个体工商户开的小卖部想直播卖零食");
    expect(soleTrader.answer).toContain("文档没有对企业、个体工商户等主体单独规定");
  });
});

describe("a personal program with a category, asked a row of the category", () => {
  it("gives the personal rule, then the row asked of the category itself", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("小程序是个人认证的,类目选的银行,那银行类目的资质是几选几");
    expect(answer.method).toBe("unsupported");
    expect(answer.answer).toContain(templates.zh.line.personalCategoryRows.replace("{category}", "金融业-银行"));
    expect(answer.parts.details.join("\n")).toContain("2选1");
    // Only what this message asks: a subject supposed after rows were asked answers the rule alone.
    const review = await service.answer("社交直播审核多久");
    const supposed = await service.answer("那如果是个人认证的呢", review.conversation);
    expect(supposed.answer).not.toContain(templates.zh.line.personalCategoryRows.split("「")[0]!);
  });
});

describe("a numbered list asking a category's row and a subject's rule apart", () => {
  it("answers the row of the category beside the subject's rule", async () => {
    const personal = await service.answer("两件事:1.信托资质几选一 2.个人认证的号能不能开直播");
    expect(personal.answer).toContain("个人认证的微信小程序暂不支持直播业务");
    expect(personal.answer).toContain("「金融业-信托」资质要求:2选1");
    const government = await service.answer("1.私募基金资质几选几 2.政府主体能直接用live-pusher吗");
    expect(government.answer).toContain("「金融业-私募基金」资质要求:3选1");
  });
});

describe("a government program described by what it streams", () => {
  it("gets the government rule and no row of the categories its activity names", async () => {
    const answer = await service.answer("客户是县政府,打算直播健康讲座");
    expect(answer.answer).toContain("政府主体认证的小程序可以直接使用");
    expect(answer.answer).not.toContain("直播场景");
  });
});
