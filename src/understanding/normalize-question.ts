import { endOfFirstCodePoints } from "../shared/end-of-first-code-points.js";
import { toSimplified } from "../shared/to-simplified.js";
import { containsHan } from "../shared/han-script.js";

export const maximumQuestionLength = 2_000;

export interface NormalizedQuestion {
  /** Cleaned text kept for display: simplified, half-width, no mentions or control characters. */
  readonly text: string;
  /** Lower-cased `text`, for matching English terms. */
  readonly lower: string;
  /** `lower` without spaces and joining marks, for matching Chinese terms ("社交 - 直播" = "社交直播"). */
  readonly compact: string;
  /** Positions in `compact` where a space stood between two Chinese characters: a clause may end there. */
  readonly softBreaks: readonly number[];
  readonly truncated: boolean;
  /** The question was written in traditional characters (some changed when simplified): it is answered in them. */
  readonly traditional: boolean;
}

// Leading @mentions as WeChat writes them: "@name" then U+2005 (four-per-em space) or a space.
const mentionPattern = /(^|[\s\u2005])@[^\s\u2005@]{1,40}(?=[\u2005\s]|$)/gu;
// A web address pasted in ("看了 https://cloud.tencent.com/document/… 这篇"): none of its words are the question's — its
// letters would make a Chinese question English, and its path's words ("document") read as what is asked. Only the
// characters a URL may hold, so Chinese written against it stays.
const urlPattern = /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/giu;
// Keeps \n and \t out of the text as spaces; drops other controls, zero-width and bidi marks.
const controlPattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
const joiningMarks = /[\s\-‐‑‒–—―/·・、_|]+/gu;
// Hyphens and dashes other than "-" ("Social – Live", "社交——直播"): names are matched with "-" between their words.
const dashPattern = /[\u2010-\u2015]/gu;
// A typographic apostrophe inside an English word ("didn’t", "we’re") is the one cues are written with. Not a Chinese
// closing quote (「‘社交’直播」), which stands beside no letters.
const apostrophePattern = /(?<=[a-z])[\u2019\u02BC](?=[a-z])/giu;
// An emoji (with its skin tones, variation selectors and joined parts) before a space or at the end ends a chat sentence
// ("社交直播被拒了😮‍💨", "又被撤了😭 那现在只能?"): it becomes a space, which between Chinese characters is a soft break.
// Inside a sentence it is taken out: "我们不是😂个人主体" still says 不是 of 个人主体.
const emojiPattern = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{FE0F}\u{1F3FB}-\u{1F3FF}]|\u200D(?:\p{Extended_Pictographic}))*/gu;
const endsSentence = (text: string, after: number) => after >= text.length || /\s/u.test(text[after]!);
// A regional word of lower-case letters only, which may stand in a text in any case (lexicon keys have no pattern characters).
const latinWord = /^[a-z]+$/u;

/**
 * `regionalWords`: words written otherwise outside the mainland, replaced once the text is simplified ("小程式"), and
 * English words run together that the vocabulary writes apart ("livestream", in any case).
 * `expandShorthands`: English chat shorthand read as the word in full ("govt").
 * `statusMarks`: marks said of what stands beside them ("电商平台✅ 社交直播❌"), read as the words they stand for before
 * emoji are taken out.
 */
export function normalizeQuestion(
  raw: string,
  extraMentionNames: readonly string[] = [],
  regionalWords: ReadonlyMap<string, string> = new Map(),
  statusMarks: ReadonlyMap<string, string> = new Map(),
  notMarkedItems: readonly string[] = [],
  expandShorthands: (text: string) => string = (text) => text,
): NormalizedQuestion {
  // Code points never outnumber code units: only a long string needs counting.
  const cut = raw.length > maximumQuestionLength ? endOfFirstCodePoints(raw, maximumQuestionLength) : raw.length;
  const truncated = cut < raw.length;
  let text = (truncated ? raw.slice(0, cut) : raw).normalize("NFKC");
  const marks = markPlaces(text, statusMarks);
  if (markedItems(text, marks) >= 2 && !marksAnyOf(text, marks, notMarkedItems)) {
    // Each mark's word ends or opens its item's clause, by the side the list puts its marks on: "电商平台✅ 社交直播❌"
    // reads "电商平台有, 社交直播没有,", "✅ 银行 ❌ 保险" reads ",有 银行 ,没有 保险".
    // Before its item, the word joins it across the space ("✅ 银行" is "有银行"), so nothing reads it as a clause of its own.
    const before = marksBeforeItems(text, marks);
    for (const [mark, word] of statusMarks) {
      if (!text.includes(mark)) continue;
      const [head = "", ...items] = text.split(mark);
      text = before ? head + items.map((item) => `,${word}${item.replace(/^[\s\uFE0F]+/u, "")}`).join("") : items.reduce((joined, item) => `${joined}${word},${item}`, head);
    }
    // A mark's variation selector ("✔️") would stay behind the word it became.
    text = text.replace(/\uFE0F/gu, "");
  }
  // Emoji first: the control pattern would take the zero-width joiner out of the middle of one.
  text = text
    .replace(emojiPattern, (emoji: string, at: number, whole: string) => (endsSentence(whole, at + emoji.length) ? " " : ""))
    .replace(controlPattern, "")
    .replace(dashPattern, "-")
    .replace(apostrophePattern, "'");
  for (const name of extraMentionNames) {
    if (name.trim()) text = text.split(`@${name.normalize("NFKC")}`).join(" ");
  }
  text = text.replace(mentionPattern, "$1").replace(urlPattern, " ");
  const simplified = toSimplified(text);
  const traditional = simplified !== text;
  text = simplified.replace(/\s+/gu, " ").trim();
  // forEach, not for…of over entries: no entry array and iterator result per word, before V8 optimises this.
  // An English word is found in any case ("Livestreams"); the text is lower-cased for that only when it holds letters.
  let lowered: string | null = null;
  regionalWords.forEach((mainland, regional) => {
    if (text.includes(regional)) text = text.split(regional).join(mainland);
    else if (latinWord.test(regional) && (lowered ??= text.toLowerCase()).includes(regional)) {
      text = text.replace(new RegExp(regional, "giu"), mainland);
      lowered = null;
    }
  });
  text = expandShorthands(text);
  const lower = text.toLowerCase();
  return { text, lower, compact: compactForMatching(lower), softBreaks: softBreaksOf(lower), truncated, traditional };
}

/**
 * Whether the list's marks stand before their items ("✅ 银行 ❌ 保险", "类目:✅ 驾校培训 ❌ 在线视频课程", "✅电商平台") rather
 * than after them ("电商平台✅", "电商平台:✅", "社交直播(❌ 还在申请)", "电商平台 ❌ 社交直播 ✅ 能用原生吗"). A mark written
 * against a word belongs to it; spaced on both sides, the list's first mark decides: at the start of the text or a line, or
 * after a heading's colon, it opens its item.
 */
function marksBeforeItems(text: string, places: readonly MarkPlace[]): boolean {
  const letter = (character: string | undefined) => character !== undefined && wordCharacterPattern.test(character);
  // An item may end with a bracket of its own name ("学历教育(学校):✅").
  const endsItem = (character: string | undefined) => letter(character) || character === ")" || character === "）";
  const afterItem = ({ at }: { at: number }) => endsItem(text[at - 1]) || (itemCloser.test(text[at - 1] ?? "") && endsItem(text[at - 2]));
  const beforeItem = ({ end }: { end: number }) => letter(text[end] === "\uFE0F" ? text[end + 1] : text[end]);
  if (places.every(afterItem)) return false;
  if (places.some(beforeItem) && !places.some(({ at }) => letter(text[at - 1]))) return true;
  const first = places[0]!;
  return first.at === 0 || text[first.at - 1] === "\n" || itemCloser.test(text[first.at - 1] ?? "");
}

const wordCharacterPattern = /[\p{L}\p{N}]/u;
// A colon or an opening bracket between an item and its mark ("电商平台:✅", "社交直播(❌").
const itemCloser = /[:(（：]/u;

/**
 * Whether a mark stands right after one of `words` (compact, lower-case): "用原生组件❌ 用插件✅" marks ways to stream, not
 * categories held, and is read as no list.
 */
function marksAnyOf(text: string, places: readonly MarkPlace[], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return places.some(({ at }) => {
    const before = compactForMatching(text.slice(Math.max(0, at - 24), at).toLowerCase());
    return words.some((word) => before.endsWith(word));
  });
}

/** Where a mark stands in the text: from `at` up to `end`. */
interface MarkPlace {
  readonly at: number;
  readonly end: number;
}

/** Every mark of the text, in order (none for most questions: one `includes` per mark decides). */
function markPlaces(text: string, statusMarks: ReadonlyMap<string, string>): MarkPlace[] {
  const places: MarkPlace[] = [];
  statusMarks.forEach((_, mark) => {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) places.push({ at, end: at + mark.length });
  });
  return places.sort((a, b) => a.at - b.at);
}

/**
 * How many items of a list the text marks: runs of marks with other text between ("电商平台✅ 社交直播❌" has two). One run
 * ("够了吗❌❌") is a feeling, not a list; variation selectors and spaces inside a run keep it one.
 */
function markedItems(text: string, places: readonly MarkPlace[]): number {
  return places.filter((place, index) => index === 0 || outsideRun.test(text.slice(places[index - 1]!.end, place.at))).length;
}

// Anything but a space or a variation selector between two marks ends a run.
const outsideRun = /[^ \uFE0F]/u;


/**
 * Where in the compact form a run of joining marks with a space in it stood between two Chinese characters. Chat
 * messages separate sentences with a space as often as with a comma ("取消了插件的订阅 电商平台和社交直播都有").
 */
function softBreaksOf(lower: string): number[] {
  const breaks: number[] = [];
  let removed = 0;
  for (const run of lower.matchAll(joiningMarks)) {
    const at = run.index;
    if (/\s/u.test(run[0]) && at > 0 && containsHan(lower[at - 1]!) && containsHan(lower[at + run[0].length] ?? "")) breaks.push(at - removed);
    removed += run[0].length;
  }
  return breaks;
}

export function compactForMatching(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(joiningMarks, "");
}

/** A term as the term matcher keys and reports it: Chinese in the compact form, English lower-case and trimmed. */
export function termKey(term: string): string {
  return containsHan(term) ? compactForMatching(term) : term.toLowerCase().trim();
}
