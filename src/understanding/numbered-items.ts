import type { MatchableText } from "../lexicon/cue-set.js";

// An item number: 1 to 9 in brackets anywhere ("(2)"), or opening the message or following a space or a clause's
// punctuation, then a mark (".", "、", ")", ":") or a Chinese character right after it ("①银行" reads as "1银行"). A count
// inside a clause ("3选1") is neither.
const itemNumber = /[(（]([1-9])[)）]|(?:^|[\s;；,，。?？!！])([1-9])(?:[.、)）:：]|(?=\p{Script=Han}))/gu;

/**
 * "1. 在线视频课程用啥接入 2. 教育平台用啥接入": where each numbered item of a message starts, in the lower-case text,
 * when the message numbers its items 1, 2… in order; empty when it numbers fewer than two so.
 */
export function numberedItemStarts(text: MatchableText): number[] {
  const starts: number[] = [];
  itemNumber.lastIndex = 0;
  for (let found = itemNumber.exec(text.lower); found !== null; found = itemNumber.exec(text.lower)) {
    if (Number(found[1] ?? found[2]) !== starts.length + 1) continue;
    starts.push(found.index);
  }
  return starts.length >= 2 ? starts : [];
}

/** The numbered item (0 first) that holds the lower-case position `at`; -1 before the first. */
export function itemAt(starts: readonly number[], at: number): number {
  let item = -1;
  for (let index = 0; index < starts.length && starts[index]! <= at; index += 1) item = index;
  return item;
}

/** The numbered item around a lower-case position: from its number to the next one (the text's end after the last). */
export function itemSpan(starts: readonly number[], at: number, length: number): { start: number; end: number } {
  const item = itemAt(starts, at);
  return { start: item < 0 ? 0 : starts[item]!, end: starts[item + 1] ?? length };
}
