import type { Lexicon } from "../lexicon/load-lexicon.js";

// A sticker's code: a short name between square brackets ("[捂脸]", "[OK]", "[ThumbsUp]").
const bracketed = /\[([^[\]\s]{1,12})\]/gu;

/**
 * The message without WeChat's stickers written as text (lexicon stickerCodes): "[捂脸][OK]" says nothing of what is
 * asked, nor of the asker's language. A name in brackets that is no sticker ("[电商平台]") stays.
 */
export function withoutStickerCodes(text: string, lexicon: Lexicon): string {
  if (!text.includes("[")) return text;
  return text.replace(bracketed, (code, name: string) => (lexicon.stickerCodes.has(name.toLowerCase()) ? " " : code));
}
