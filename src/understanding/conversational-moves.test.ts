import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("laughter in a conversation", () => {
  it("gets a short reply and keeps the topic for the next question", async () => {
    const { templates } = service.dependencies;
    const first = await service.answer("消费金融类目能直播吗");
    for (const laugh of ["哈哈哈哈", "嘿嘿~", "233"]) {
      const reply = await service.answer(laugh, first.conversation);
      expect([reply.kind, reply.answer], laugh).toEqual(["help", templates.zh.line.noted]);
      const next = await service.answer("资质要几选一", reply.conversation);
      expect(next.categories.map((category) => category.secondary), laugh).toEqual(["消费金融"]);
    }
  });

  it("reads laughter with thanks as thanks, in either language", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("哈哈 多谢")).answer).toBe(templates.zh.line.thanks);
    expect((await service.answer("haha thanks!")).answer).toBe(templates.en.line.thanks);
    expect((await service.answer("lol")).answer).toBe(templates.en.line.noted);
  });

  it("is answered in the conversation's language, whatever script it laughs or thanks in", async () => {
    const { templates } = service.dependencies;
    const chinese = await service.answer("证券期货类目可以直播吗");
    const laugh = await service.answer("lol", chinese.conversation);
    expect(laugh.answer).toBe(templates.zh.line.noted);
    expect((await service.answer("ok thanks", laugh.conversation)).answer).toBe(templates.zh.line.thanks);
    const english = await service.answer("Can a trust company stream?");
    const chineseLaugh = await service.answer("哈哈", english.conversation);
    expect(chineseLaugh.answer).toBe(templates.en.line.noted);
    expect((await service.answer("谢谢", chineseLaugh.conversation)).answer).toBe(templates.en.line.thanks);
  });

  it("reads a longer laugh-and-thanks message as thanks, and 我老板说 alone as no dispute", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("haha thanks so much for all of your help")).answer).toBe(templates.en.line.thanks);
    const trust = await service.answer("信托类目能直播吗");
    expect((await service.answer("我老板说让我问下资质要几选一", trust.conversation)).parts.remarks.join("")).not.toContain("核对");
  });

  it("leaves a question that only holds a laughing character alone", async () => {
    const answer = await service.answer("哈尔滨的银行能直播吗");
    expect(answer.kind).toBe("verdict");
    expect(answer.categories.map((category) => category.secondary)).toEqual(["银行"]);
  });
});

describe("praise of the bot", () => {
  it("gets a short thank-you in the asker's language and keeps the topic", async () => {
    const { templates } = service.dependencies;
    const first = await service.answer("期货公司的小程序能开直播吗");
    for (const praise of ["嘿嘿 你还挺靠谱的", "这机器人真给力!", "666"]) {
      const reply = await service.answer(praise, first.conversation);
      expect([reply.kind, reply.answer], praise).toEqual(["help", templates.zh.line.praised]);
      expect((await service.answer("审核多久", reply.conversation)).categories.map((category) => category.secondary), praise).toEqual(["证券/期货"]);
    }
    expect((await service.answer("wow, you're really clever")).answer).toBe(templates.en.line.praised);
    // Praise by comparison with whom else the asker could ask.
    expect((await service.answer("比人工客服好使多了")).answer).toBe(templates.zh.line.praised);
    expect((await service.answer("you're much better than customer service")).answer).toBe(templates.en.line.praised);
    // Thanks with a word of how it helped is thanks, not a remark.
    expect((await service.answer("cheers, it's really helpful")).answer).toBe(templates.en.line.thanks);
  });

  it("is no praise when it asks or names something", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("靠谱吗")).answer).not.toBe(templates.zh.line.praised);
    expect((await service.answer("期货真牛")).categories.map((category) => category.secondary)).toEqual(["证券/期货"]);
    // A comparison that is no praise, or one between categories.
    expect((await service.answer("你比客服还慢")).answer).not.toBe(templates.zh.line.praised);
    expect((await service.answer("银行比保险强")).categories.map((category) => category.secondary)).toEqual(["银行", "保险"]);
  });
});

describe("asking what the bot is for", () => {
  it("gets the help text for a greeting or a request to ask that names only the bot's subject in general", async () => {
    for (const opening of ["各位好,想请教一下小程序直播的问题", "hey 在吗", "我想咨询一下直播相关的类目"]) {
      expect((await service.answer(opening)).kind, opening).toBe("help");
    }
    // The subject with a question of its own is that question.
    expect((await service.answer("想请教一下,直播类目有哪几个")).kind).not.toBe("help");
  });

  it("gets the help text for several requests for help in one message, in the asker's language", async () => {
    const chinese = await service.answer("你好!这个机器人是干嘛的,我能问什么?");
    expect(chinese.kind).toBe("help");
    expect(chinese.language).toBe("zh");
    const english = await service.answer("Hello. What can this bot do?");
    expect(english.kind).toBe("help");
    expect(english.language).toBe("en");
    // A question beside a greeting is a question.
    expect((await service.answer("你好,信托能直播吗")).kind).toBe("verdict");
  });

  it("reads thanks with a greeting beside it as thanks, and a greeting alone still as a greeting", async () => {
    const { templates } = service.dependencies;
    expect((await service.answer("hey there, thanks for helping")).answer).toBe(templates.en.line.thanks);
    expect((await service.answer("大家好,多谢")).answer).toBe(templates.zh.line.thanks);
    expect((await service.answer("谢谢老师,讲得很清楚")).answer).toBe(templates.zh.line.thanks);
    // A request for help beside an acknowledgement is a request for help.
    expect((await service.answer("好的,你能做什么?")).answer).not.toBe(templates.zh.line.thanks);
    expect((await service.answer("ok, what can you do?")).answer).not.toBe(templates.en.line.thanks);
    // 好 is an acknowledgement too, but 你好 with nothing else greets.
    expect((await service.answer("你好,在吗?")).answer).not.toBe(templates.zh.line.thanks);
  });

  it("answers frustration at the bot with an apology and what it answers, keeping the topic for the next question", async () => {
    const { templates } = service.dependencies;
    const trust = await service.answer("信托类目能不能开直播");
    const upset = await service.answer("你这破机器人真没用", trust.conversation);
    expect(upset.answer).toBe(templates.zh.line.complained);
    expect((await service.answer("资质几选几", upset.conversation)).categories.map((category) => category.secondary)).toEqual(["信托"]);
    expect((await service.answer("this bot is pointless")).answer).toBe(templates.en.line.complained);
    // A question beside it is answered.
    expect((await service.answer("真没用,保险审核要多久")).categories.map((category) => category.secondary)).toEqual(["保险"]);
  });

  it("reads what the bot can do asked with 啥 or 嘛 as a request for help", async () => {
    for (const question of ["你会干啥呀", "这个助手可以干嘛"]) expect((await service.answer(question)).kind, question).toBe("help");
  });

  it("reads a greeting with a particle or a word of address as a greeting, not as a question outside the document", async () => {
    for (const greeting of ["您好哇", "各位好呀", "小助手,在吗", "晚上好啊", "老师好", "hey there!", "good evening, folks", "hi bot"]) {
      expect((await service.answer(greeting)).kind, greeting).toBe("help");
    }
    // The words of address alone ask nothing more, and a question after them is still a question.
    expect((await service.answer("大家好呀,证券期货类目能直播吗")).kind).toBe("verdict");
    expect((await service.answer("hi there, can a bank stream?")).kind).toBe("verdict");
  });

  it("reads a question about which questions the bot answers, put in pieces, as a request for help", async () => {
    for (const request of ["嗨,你能回答什么问题?", "老师好,请问可以帮我做什么", "Hello! What sort of questions do you answer?", "hey, how can you help me?", "您好,請問能回答哪類問題"]) {
      expect((await service.answer(request)).kind, request).toBe("help");
    }
    // Naming a category makes it a question about that category.
    expect((await service.answer("你能回答信托的什么问题")).kind).toBe("verdict");
  });

  it("reads a question about what the bot is for, in any words, as a request for help — not an aside or a request the document does not cover", async () => {
    for (const request of ["请问这个小助手一般负责回答哪类问题", "hey, what kind of stuff is this bot good at?", "機器人你好,你能幫我解答什麼?"]) {
      expect((await service.answer(request)).kind, request).toBe("help");
    }
    expect((await service.answer("题外话,你们午饭一般吃什么")).kind).toBe("out-of-corpus");
    expect((await service.answer("你能帮我写一段推流的代码吗")).kind).toBe("out-of-corpus");
  });

  it("reads thanks for the explanation, and a grudging acknowledgement, as thanks", async () => {
    const { templates } = service.dependencies;
    const first = await service.answer("信托审核多久");
    expect((await service.answer("感谢你的解答!", first.conversation)).answer).toBe(templates.zh.line.thanks);
    expect((await service.answer("那行,收到,谢谢", first.conversation)).answer).toBe(templates.zh.line.thanks);
  });
});

describe("a message of names and a word at most", () => {
  it("is answered in the conversation's language, which its own words cannot tell", async () => {
    const english = await service.answer("Which access method does a trust company use?");
    expect((await service.answer("Also 消费金融?", english.conversation)).language).toBe("en");
    expect((await service.answer("消费金融", english.conversation)).language).toBe("en");
    const chinese = await service.answer("信托公司用什么方式接入直播");
    expect((await service.answer("消费金融 ok?", chinese.conversation)).language).toBe("zh");
    // Its own words tell: 呢 is Chinese, "what about" English.
    expect((await service.answer("那消费金融呢", english.conversation)).language).toBe("zh");
    expect((await service.answer("What about 消费金融?", chinese.conversation)).language).toBe("en");
    // A name with brackets in it: its Han characters are the name's, the brackets no Chinese of the asker's own.
    const schools = await service.answer("Does academic education need the plugin?");
    expect((await service.answer("学历教育(学校)呢", schools.conversation)).language).toBe("zh");
    expect((await service.answer("那学历教育(培训机构)呢?", schools.conversation)).language).toBe("zh");
  });

  it("stays Chinese when it opens with the name and a stray English word or a tag follows, and English when all in English", async () => {
    for (const question of ["信托 vs 保险?", "公募基金 FAQ", "电商平台 live-player", "电商平台 plugin or native?"]) {
      expect((await service.answer(question)).language, question).toBe("zh");
    }
    const chinese = await service.answer("信托公司用什么方式接入直播");
    expect((await service.answer("trust qualifications?", chinese.conversation)).language).toBe("en");
  });
});

describe("a question about who the bot is", () => {
  it("gets the help text, in a conversation about a category too, and keeps the topic", async () => {
    const camera = await service.answer("智能摄像头类目能直播吗");
    const name = await service.answer("btw what's your name", camera.conversation);
    expect(name.kind).toBe("help");
    expect(name.language).toBe("en");
    expect((await service.answer("你到底是真人还是机器人")).kind).toBe("help");
  });
});
