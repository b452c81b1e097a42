import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

const secondaries = async (question: string) => (await service.answer(question)).categories.map((category) => category.secondary);

describe("a word that says the asker is not what a category is for", () => {
  it("takes that category out of a broad name it stands before", async () => {
    expect(await secondaries("我们是私营医院,想开直播")).toEqual(["互联网医院"]);
    expect(await secondaries("社会办医院可以在小程序里直播吗")).toEqual(["互联网医院"]);
    expect(await secondaries("Is live streaming open to a privately run hospital?")).toEqual(["互联网医院"]);
  });

  it("quotes the scope of the category taken out, which says whom it is for", async () => {
    const answer = await service.answer("民营医院能不能用 live-pusher 直播");
    expect(answer.parts.details.find((line) => line.startsWith("「医疗-公立医疗机构」类目适用范围:"))).toContain("公立医疗机构");
    expect(answer.citations.some((citation) => citation.heading === "医疗 > 公立医疗机构" && citation.quote.startsWith("类目适用范围"))).toBe(true);
  });

  it("leaves no category named when the other one is ruled out too, rather than the one the asker is not", async () => {
    const answer = await service.answer("我们是一家民营医院,也没有互联网医院的资质,小程序能直播吗");
    expect(answer.categories.map((category) => category.secondary)).not.toContain("公立医疗机构");
    expect(answer.method).not.toBe("native");
  });

  it("takes a category out of its own name that such a word runs into, and says no scope of a name not the asker's", async () => {
    for (const question of ["We are a non-public hospital, can we stream?", "我们是非公立医院,能开直播吗"]) {
      const answer = await service.answer(question);
      expect(answer.categories.map((category) => category.secondary), question).not.toContain("公立医疗机构");
      expect(answer.kind, question).toBe("no-category");
    }
    // Asked for its category, with the scope that says whom 公立医疗机构 is for.
    const english = await service.answer("We are a non-public hospital, can we stream?");
    expect(english.citations.some((citation) => citation.heading === "医疗 > 公立医疗机构")).toBe(true);
    // Named outright beside the word, the category is no reading of the answer's own.
    expect((await service.answer("我们是民营医院,有互联网医院类目,能直播吗")).parts.remarks.join("")).not.toContain("理解");
    const customer = await service.answer("我们是银行,客户有私立医院,能直播吗");
    expect(customer.parts.details.join("\n")).not.toContain("公立医疗机构");
  });

  it("quotes the scope of a category the asker names itself while saying it is not what it is for", async () => {
    const answer = await service.answer("我们民营医院,能不能用公立医疗机构这个类目直播");
    expect(answer.parts.details.find((line) => line.startsWith("「医疗-公立医疗机构」类目适用范围:"))).toBeDefined();
    expect(answer.parts.remarks.join("")).not.toContain("理解");
  });

  it("leaves the broad name whole without such a word, and a name it is not against", async () => {
    expect(await secondaries("医院的小程序能直播吗")).toEqual(["互联网医院", "公立医疗机构"]);
    expect(await secondaries("公立医院能直播吗")).toEqual(["公立医疗机构"]);
  });
});

describe("a fact of a category's scope the asker says it lacks", () => {
  it("says the category's scope does not match, not that the asker lacks the category", async () => {
    const answer = await service.answer("我们是做课外辅导的机构,压根没有实体教室,这个培训机构类目合适吗");
    expect(answer.answer).toContain("与「教育-学历教育(培训机构) - 职业培训/课外辅导」的适用范围不符");
    expect(answer.answer).not.toContain("不具备「教育-学历教育(培训机构)");
    expect(answer.answer).toContain("有线下教学场景");
    const english = await service.answer("We're a tutoring centre without any physical classroom. Is the training institution category right for us?");
    expect(english.answer).toContain("does not match the scope");
  });
});

describe("a broad name narrowed to the one category left", () => {
  it("says the method holds only if the program holds that category, not that it was read as held", async () => {
    const { templates } = service.dependencies;
    const answer = await service.answer("本院是一家民营医院,想开直播讲健康知识,能用原生吗");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    expect(answer.parts.remarks.some((line) => line.startsWith(templates.zh.line.narrowedTo.slice(0, 8)))).toBe(true);
    expect(answer.answer).not.toContain(templates.zh.line.understoodAs.slice(0, 8));
  });
});

describe("a not-for word with a short description before the name", () => {
  it("still rules the category out: 的 and a few characters, or one English word", async () => {
    expect(await secondaries("本院属于民营的综合医院,能用原生吗")).toEqual(["互联网医院"]);
    expect(await secondaries("We run a private dental hospital. Native tags allowed?")).toEqual(["互联网医院"]);
    // Another name between is no description of it, nor is a joiner.
    expect(await secondaries("公立医院跟私立诊所合办的平台能直播吗")).toContain("公立医疗机构");
    expect(await secondaries("民营的和公立医院都可以直播吗")).toContain("公立医疗机构");
    expect(await secondaries("Can private or public hospitals stream?")).toContain("公立医疗机构");
  });
});

describe("a not-for word said of one of the asker's names", () => {
  it("takes its category out of an activity the asker names too, which leaves none when the asker lacks the other one", async () => {
    const answer = await service.answer("我们是民营医院,没拿到互联网医院资质,想搞健康讲座直播");
    expect(answer.categories.map((category) => category.secondary)).not.toContain("公立医疗机构");
    expect(answer.method).not.toBe("native");
  });

  it("stands before a name with two or three characters of description and no 的 between", async () => {
    expect(await secondaries("我们是民营眼科医院,小程序可以开直播不")).toEqual(["互联网医院"]);
    // Not across a copula: "民营" is not what describes the hospital there.
    expect(await secondaries("民营就是医院吗,能直播不")).toContain("公立医疗机构");
  });
});

describe("the asker ruling out each category a broad name holds", () => {
  it("names none of them, rather than all of them again", async () => {
    const answer = await service.answer("我们这家医院不是公立的,互联网医院资质也没有,可以直播吗");
    expect(answer.categories).toEqual([]);
    expect(answer.method).not.toBe("native");
  });
});

describe("asked whether a category fits, by one it is not for", () => {
  it("leads with the mismatch, before the category's method", async () => {
    const clinic = await service.answer("本所是民营门诊部,能用公立医疗机构类目吗");
    expect(clinic.parts.verdict).toContain("「民营」与");
    const english = await service.answer("We are a privately owned clinic. Can we pick the public medical institution category?");
    expect(english.parts.verdict).toMatch(/privately owned/iu);
  });
});

describe("a program described as not what a category is for, and that category named in a later turn", () => {
  const scopeOfPublic = (lines: readonly string[]) => lines.some((line) => line.startsWith("「医疗-公立医疗机构」类目适用范围:"));

  it("quotes that category's scope then too, several turns on, in either language", async () => {
    const described = await service.answer("我们是社会办医院,想在小程序上做直播");
    const between = await service.answer("顺便问下信托能直播吗", described.conversation);
    const named = await service.answer("那公立医疗机构这个类目呢", between.conversation);
    expect(named.categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
    expect(scopeOfPublic(named.parts.details)).toBe(true);
    const english = await service.answer("Could the public medical institution category go live?", (await service.answer("Our clinic is a privately owned hospital.")).conversation);
    expect(english.parts.details.some((line) => line.startsWith("Scope of 「医疗-公立医疗机构"))).toBe(true);
  });

  it("does not when it was only supposed, said of another program, or corrected since", async () => {
    const supposed = await service.answer("假如是私营医院的话呢");
    expect(scopeOfPublic((await service.answer("公立医疗机构类目可以直播吗", supposed.conversation)).parts.details)).toBe(false);
    const friend = await service.answer("帮朋友问一下,他们是一家民办医院");
    expect(scopeOfPublic((await service.answer("那我们呢,我们是公立医疗机构类目,能直播吗", friend.conversation)).parts.details)).toBe(false);
    const described = await service.answer("我们是私立医院");
    const corrected = await service.answer("说错了,我们是公立医院", described.conversation);
    expect(scopeOfPublic((await service.answer("公立医疗机构类目能用原生组件吗", corrected.conversation)).parts.details)).toBe(false);
  });
});

describe("what else to choose, asked after the program was said not to fit the category talked about", () => {
  it("answers the rest of that category's group, said to be what is left, in either language", async () => {
    const unfit = await service.answer("我们属于民营性质的医院,公立医疗机构这个类目我们能申请吗");
    const other = await service.answer("这个用不了的话有没有别的选择", unfit.conversation);
    expect(other.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    expect(other.answer).toContain("可考虑的只剩");
    const english = await service.answer("Any alternative then?", (await service.answer("We are a privately run hospital. Can we take the public medical institution category?")).conversation);
    expect(english.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
  });

  it("after a business the document does not list said not to fit, with no row saying what is left fits it", async () => {
    const unfit = await service.answer("我们是一家民营诊所,能不能选公立医疗机构类目");
    const other = await service.answer("那可以选什么", unfit.conversation);
    expect(other.categories.map((category) => category.secondary)).toEqual(["互联网医院"]);
    expect(other.answer).not.toContain("对应的类目是");
  });

  it("keeps the category talked about when nothing ruled it out", async () => {
    const fits = await service.answer("公立医疗机构类目能直播吗");
    expect((await service.answer("还可以选什么", fits.conversation)).categories.map((category) => category.secondary)).toEqual(["公立医疗机构"]);
  });
});

describe("a word a category is not for, said beside the category the asker names as its own", () => {
  it("quotes no scope of the category it rules out: the one named answers", async () => {
    for (const question of ["我们是私立的妇产医院,小程序是互联网医院类目,能开问诊直播吗", "We're a private hospital with the Internet hospital category; can we stream consultations?"]) {
      const answer = await service.answer(question);
      expect(answer.method, question).toBe("native");
      expect(answer.answer, question).not.toMatch(/公立医疗机构」类目适用范围|Scope of 「医疗-公立医疗机构/u);
    }
  });

  it("still quotes it when the asker names nothing else it is", async () => {
    const answer = await service.answer("我们是民营医院,能直播吗");
    expect(answer.answer).toMatch(/公立医疗机构/u);
  });
});
