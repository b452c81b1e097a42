import { beforeAll, describe, expect, it } from "vitest";
import { createTestAnswerService } from "../../test/support/answer-service.js";
import type { AnswerService } from "../app/create-answer-service.js";

let service: AnswerService;

beforeAll(async () => {
  service = await createTestAnswerService();
});

describe("letters typed for Chinese words inside a Chinese message", () => {
  it("are read as the words, so the answer is the one the words typed in full get", async () => {
    const pairs: Array<[string, string]> = [
      ["我是个人 zt 的 xcx,可以开 zb 吗", "我是个人主体的小程序,可以开直播吗"],
      ["保险中介 zz 几选一", "保险中介资质几选一"],
      ["公募基金 leimu 的 shenhe 要多久", "公募基金类目的审核要多久"],
      ["xdm,政府的xcx能不能直接用yuansheng", "兄弟们,政府的小程序能不能直接用原生"],
    ];
    for (const [typed, inFull] of pairs) {
      const [short, full] = [await service.answer(typed), await service.answer(inFull)];
      expect(short.answer, typed).toBe(full.answer);
    }
  });

  it("keep a Chinese question full of them answered in Chinese", async () => {
    const answer = await service.answer("xdm 信托的xcx能zb不");
    expect(answer.language).toBe("zh");
    expect(answer.method).toBe("native");
  });
});

describe("a group-chat opener before the question, and everyday words for a category chosen wrong", () => {
  it("say nothing more than the plain question: the general note on a category that does not fit answers", async () => {
    for (const question of ["求问类目填错了会咋样", "要是类目选得不对会咋样"]) {
      const answer = await service.answer(question);
      expect(answer.answer, question).toContain("所选类目需符合小程序的实际应用场景");
    }
  });
});

describe("something other than the category filled in wrong", () => {
  it("is not answered with the note on a category that must fit the program", async () => {
    const answer = await service.answer("小程序简介填错了咋办");
    expect(answer.answer).not.toContain("所选类目需符合小程序的实际应用场景");
  });
});

describe("stickers and emoji alone", () => {
  it("acknowledge the last answer, as 收到 does, and keep its topic", async () => {
    const { templates } = service.dependencies;
    for (const message of ["👍", "[强][OK]", "🙏🙏"]) {
      const bank = await service.answer("信托类目能直播吗");
      const ack = await service.answer(message, bank.conversation);
      expect(ack.answer, message).toContain(templates.zh.line.thanks.split("。")[0]!);
      expect((await service.answer("资质几选几", ack.conversation)).categories.map((category) => category.secondary), message).toEqual(["信托"]);
    }
  });

  it("say what the emoji say: a laugh or a frown thanks for nothing and keeps the topic, a wave greets", async () => {
    const { templates } = service.dependencies;
    const fund = await service.answer("私募基金可以开直播吗");
    for (const message of ["🤣", "😅😅"]) {
      const remark = await service.answer(message, fund.conversation);
      expect(remark.answer, message).not.toContain(templates.zh.line.thanks.split("。")[0]!);
      expect((await service.answer("审核要多久", remark.conversation)).categories.map((category) => category.secondary), message).toEqual(["私募基金"]);
    }
    expect((await service.answer("👋🏼")).kind).toBe("help");
  });
});

describe("a group said whole beside one of its categories", () => {
  it("answers every category of the group, not only the one named as an example", async () => {
    const whole = await service.answer("教育相关的全都能走原生吧,比如在线视频课程");
    expect(whole.categories.length).toBe(6);
    expect(whole.answer).toContain("教育-驾校培训:小程序·云直播插件");
    // Named alone beside a scenario word of the group, the category is what is asked.
    expect((await service.answer("教育行业做网课直播,在线视频课程类目用什么接入")).categories.map((category) => category.secondary)).toEqual(["在线视频课程"]);
  });
});
