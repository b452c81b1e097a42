import { describe, expect, it } from "vitest";
import { loadCoreData } from "../../test/support/core-data.js";
import { withoutStickerCodes } from "./sticker-codes.js";

const { lexicon } = loadCoreData();

describe("withoutStickerCodes", () => {
  it("reads WeChat's stickers written as text as spaces, in either language's names", () => {
    expect(withoutStickerCodes("[偷笑]信托能直播吗[强]", lexicon).trim()).toBe("信托能直播吗");
    expect(withoutStickerCodes("[ThumbsUp][ok]", lexicon).trim()).toBe("");
  });

  it("keeps a name in brackets that is no sticker", () => {
    expect(withoutStickerCodes("[社交直播]审核多久", lexicon)).toBe("[社交直播]审核多久");
  });
});
