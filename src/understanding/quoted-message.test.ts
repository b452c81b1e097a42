import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { splitQuotedMessage } from "./quoted-message.js";

const { lexicon } = loadCoreData();

describe("splitQuotedMessage", () => {
  it("takes quote-marked lines, a 「…」 block that says it quotes, or one over WeChat's separator line as the quote", () => {
    expect(splitQuotedMessage("> 我们是信托公司\n> 想做直播\n那审核多久", lexicon)).toEqual({ quoted: "我们是信托公司\n想做直播", asked: "那审核多久" });
    // A marked line's own colon is no speaker's name.
    expect(splitQuotedMessage("> 公募基金:原生\n那资质呢", lexicon)?.quoted).toBe("公募基金:原生");
    expect(splitQuotedMessage("「引用 老刘：个人号播不了」那事业单位呢", lexicon)).toEqual({ quoted: "个人号播不了", asked: "那事业单位呢" });
    expect(splitQuotedMessage("「阿强：我们有社交直播类目」\n- - - - - - - - - -\n那能用原生吗", lexicon)).toEqual({ quoted: "我们有社交直播类目", asked: "那能用原生吗" });
    // A quoted answer that names categories in 「」 itself is one quote.
    expect(splitQuotedMessage("「回复:「电商平台」类目需通过插件接入」还有别的办法吗", lexicon)?.quoted).toBe("「电商平台」类目需通过插件接入");
  });

  it("takes a block in other quotation marks with a separator run right after it, on the same line, as the quote", () => {
    expect(splitQuotedMessage("“小李：我们挂的是信托类目” ----- 那审核要多久", lexicon)).toEqual({ quoted: "我们挂的是信托类目", asked: "那审核要多久" });
    expect(splitQuotedMessage('"Amy: we are a bank" ——— 那资质呢', lexicon)).toEqual({ quoted: "we are a bank", asked: "那资质呢" });
    // Quotation marks with no separator after them only name something.
    expect(splitQuotedMessage("“社交直播”这个类目审核要多久", lexicon)).toBe(null);
  });

  it("leaves a message that only names something in 「」, or quotes and asks nothing more, as it is", () => {
    expect(splitQuotedMessage("「电商平台」能用原生吗", lexicon)).toBe(null);
    expect(splitQuotedMessage("> 银行能直播吗", lexicon)).toBe(null);
    expect(splitQuotedMessage("社交直播审核要多久", lexicon)).toBe(null);
  });
});
