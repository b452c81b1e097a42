/**
 * Shapes, not words: contacts, money and tables are recognised by their form, in any language.
 * Checked on the readable text (NFKC, simplified).
 */
const url = /https?:\/\/|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|io|me|cc|top|xyz|info|co|ly|gg|app|dev|tech|site|online|vip|club|shop|link|tv|hk|tw)\b/i;
const email = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;
const messengerId = /(?:微信|wechat|weixin|vx|v信|qq)\s*(?:号|id)?\s*[::]\s*\S/i;
// Digits with spaces, hyphens, dots or brackets between them read as one number ("138 0013 8000").
const digitJoiners = /(?<=\d)[\s\-–—.()]+(?=\d)/g;
// A phone number written in Chinese numerals ("一三八零零一三八零零零").
const hanDigitRun = /[零〇一二三四五六七八九]{7,}/u;
const phones = [/(?<!\d)1[3-9]\d{9}(?!\d)/, /(?<!\d)(?:400|800)\d{7}(?!\d)/, /(?<!\d)0\d{2,3}\d{7,8}(?!\d)/, /\+\d{7,}/, /\d{9,}/];
const money = /\d+(?:\.\d+)?\s*(?:元|块|万元|美元|rmb|usd|cny)|[¥$￥€£]\s*\d/i;
const tableMarks = /[✅❌✔✖☑✓✗✘⭕❎🟢🔴🟥🟩]/u;
const tableRule = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function contactShape(readable: string): string | null {
  if (email.test(readable)) return "an email address";
  if (url.test(readable)) return "a web address";
  if (messengerId.test(readable)) return "a messenger id";
  const joined = readable.replace(digitJoiners, "");
  if (phones.some((pattern) => pattern.test(joined)) || hanDigitRun.test(readable)) return "a phone number";
  return null;
}

/** Greek or Cyrillic letters: look-alikes that hide a word ("lіve-pusher" with a Cyrillic і). */
export function mixedScriptShape(readable: string): boolean {
  return /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(readable);
}

export function moneyShape(readable: string): boolean {
  return money.test(readable);
}

export function tableShape(readable: string): boolean {
  return (readable.match(/\|/g)?.length ?? 0) >= 2 || tableMarks.test(readable) || tableRule.test(readable);
}

/** Long runs of one character, or a long text of very few characters: padding, not an explanation. */
export function fillerShape(readable: string): boolean {
  const characters = [...readable.replace(/\s/g, "")];
  if (/(.)\1{7,}/u.test(readable.replace(/[.。…·\-—_=*]/g, ""))) return true;
  return characters.length >= 40 && new Set(characters).size / characters.length < 0.2;
}
