import { toSimplified } from "../../shared/to-simplified.js";
import { memoized } from "../../shared/memoize.js";

/**
 * A text in the one form every guard word is matched on: NFKC (full-width letters become
 * ASCII), simplified Chinese, lower case, without spaces, underscores, hyphens, slashes,
 * quotes and brackets — so "Live_Pusher", "ｌｉｖｅ－ｐｕｓｈｅｒ", "<live-pusher>" and
 * "livepusher" read the same. Word edges of the original are kept per character, so an English
 * word is not found inside another ("native" in "alternative") but is in camelCase identifiers
 * ("wx.createLivePusherContext").
 */
export interface FoldedText {
  readonly text: string;
  /** Per character of `text`: an English word (or camelCase part) starts here; always true for other scripts. */
  readonly wordStart: readonly boolean[];
  /** Per character of `text`: an English word (or camelCase part) ends here; always true for other scripts. */
  readonly wordEnd: readonly boolean[];
}

// Also invisible characters (zero-width, soft hyphen) that would hide a word ("live\u200Bpusher").
const dropped = /[\s_\-‐‑‒–—―·・/\\、「」『』【】《》〈〉<>"'“”‘’`()()\[\]{}*#|~^\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/u;
const latin = /[a-z0-9]/i;
const upper = /[A-Z]/;
const lowerOrDigit = /[a-z0-9]/;

// The guard reads the same texts again and again: every cue and name of each service's vocabulary, a sentence's
// readable form for its shape and again for its words, the same model sentences answer after answer. Both forms
// depend on the text alone and are never changed, so each text is converted once (up to the limit). Texts longer
// than a paragraph (the whole corpus, an answer's backing joined) are converted each time: kept, each would hold
// megabytes for the life of the process, and a new one after every corpus edit.
const textsKept = 10_000;
const longestTextKept = 2_000;

/** NFKC and simplified Chinese: the readable form patterns (URLs, numbers, titles) are checked on. */
export const readableText: (raw: string) => string = memoized((raw) => toSimplified(raw.normalize("NFKC")), textsKept, longestTextKept);

export const foldText: (raw: string) => FoldedText = memoized(foldOnce, textsKept, longestTextKept);

function foldOnce(raw: string): FoldedText {
  const source = [...readableText(raw)];
  let text = "";
  const wordStart: boolean[] = [];
  const wordEnd: boolean[] = [];
  source.forEach((character, index) => {
    if (dropped.test(character)) return;
    const lowered = character.toLowerCase();
    // A character whose lower case is longer (rare) is kept as it is, so positions stay aligned.
    const kept = lowered.length === character.length ? lowered : character;
    text += kept;
    if (!latin.test(character)) {
      // One flag per UTF-16 unit, so positions from indexOf index the flags.
      for (let unit = 0; unit < kept.length; unit += 1) {
        wordStart.push(true);
        wordEnd.push(true);
      }
      return;
    }
    const before = source[index - 1] ?? "";
    const after = source[index + 1] ?? "";
    wordStart.push(!latin.test(before) || (upper.test(character) && lowerOrDigit.test(before)));
    wordEnd.push(!latin.test(after) || (lowerOrDigit.test(character) && upper.test(after)));
  });
  return { text, wordStart, wordEnd };
}

/** The folded form of one cue or name, as plain text (for substring checks on backing text). */
export function foldWord(raw: string): string {
  return foldText(raw).text;
}
