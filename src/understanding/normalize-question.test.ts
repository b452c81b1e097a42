import { describe, expect, it } from "vitest";
import { maximumQuestionLength, normalizeQuestion } from "./normalize-question.js";

describe("normalizeQuestion", () => {
  it("folds full-width letters and punctuation to half-width", () => {
    expect(normalizeQuestion("能用ｌｉｖｅ－ｐｕｓｈｅｒ吗？").text).toBe("能用live-pusher吗?");
  });

  it("converts traditional characters to simplified without rewriting 小程序", () => {
    expect(normalizeQuestion("電商平台的小程序能直播嗎").text).toBe("电商平台的小程序能直播吗");
  });

  it("replaces regional words, and English ones in any case", () => {
    const regional = new Map([["小程式", "小程序"], ["livestream", "live stream"]]);
    expect(normalizeQuestion("朋友的小程式", [], regional).text).toBe("朋友的小程序");
    expect(normalizeQuestion("Our pet Livestreams and LIVESTREAMING", [], regional).lower).toBe("our pet live streams and live streaming");
  });

  it("strips @mentions followed by U+2005 or a space, and named mentions without one", () => {
    expect(normalizeQuestion("@直播助手\u2005银行能直播吗").text).toBe("银行能直播吗");
    expect(normalizeQuestion("@bot 银行能直播吗").text).toBe("银行能直播吗");
    expect(normalizeQuestion("@小助手银行能直播吗", ["小助手"]).text).toBe("银行能直播吗");
  });

  it("takes a pasted web address out, keeping the Chinese written against it", () => {
    expect(normalizeQuestion("https://developers.weixin.qq.com/miniprogram/dev/component/live-pusher.html 保险能直播吗").text).toBe("保险能直播吗");
    expect(normalizeQuestion("群公告里www.example.com/docs?id=3说信托要插件").text).toBe("群公告里 说信托要插件");
  });

  it("drops control and zero-width characters", () => {
    expect(normalizeQuestion("\u0007银\u200b行\u0000能直播吗\u001b").text).toBe("银行能直播吗");
  });

  it("turns an emoji before a space, joined parts and skin tone included, into a break, and takes one inside a sentence out", () => {
    const question = normalizeQuestion("信托被拒了😮‍💨 那现在呢👍🏻");
    expect(question.text).toBe("信托被拒了 那现在呢");
    expect(question.softBreaks).toEqual([5]);
    expect(normalizeQuestion("我们不是😂个人主体").text).toBe("我们不是个人主体");
    expect(normalizeQuestion("live-pusher 2️⃣ 个").text).toBe("live-pusher 2️⃣ 个");
  });

  it("reads the marks of a list of items as the words they stand for, variation selectors and all", () => {
    const marks = new Map([["✅", "有"], ["✔", "有"], ["❌", "没有"]]);
    // After its item the word ends the item's clause; before it, it opens one and joins the item.
    expect(normalizeQuestion("电商平台✅ 社交直播❌(没申请)", [], new Map(), marks).text).toBe("电商平台有, 社交直播没有,(没申请)");
    expect(normalizeQuestion("电商平台✔️ 社交直播✔️ 能直播吗", [], new Map(), marks).text).toBe("电商平台有, 社交直播有, 能直播吗");
    expect(normalizeQuestion("✅ 银行 ❌ 保险 能直播吗", [], new Map(), marks).text).toBe(",有银行 ,没有保险 能直播吗");
    // One run of marks is a feeling, not a list; without the marks, an emoji is an emoji.
    expect(normalizeQuestion("公立医疗机构够了吗❌❌", [], new Map(), marks).text).toBe("公立医疗机构够了吗");
    expect(normalizeQuestion("电商平台✅ 社交直播❌").text).toBe("电商平台 社交直播");
  });

  it("truncates to the maximum length and says so", () => {
    const question = normalizeQuestion("银".repeat(maximumQuestionLength + 10));
    expect(question.truncated).toBe(true);
    expect([...question.text]).toHaveLength(maximumQuestionLength);
  });

  it("writes every dash as a hyphen, so an English name reads the same with any of them", () => {
    expect(normalizeQuestion("Social – Live or Social — Live").text).toBe("Social - Live or Social - Live");
  });

  it("removes spaces and joining marks in the compact form", () => {
    expect(normalizeQuestion("社交 - 直播 / IT 科技").compact).toBe("社交直播it科技");
  });
});
