import type { CategoryId, Method } from "../../rules/rules-schema.js";
import { analyzeSentence, type SentenceAnalysis } from "./analyze-sentence.js";
import { backingHolds, fold, withoutEnd, type Backing } from "./backing.js";
import { foldText, readableText } from "./fold-text.js";
import type { GuardVocabulary } from "./guard-vocabulary.js";
import { checkLicences } from "./licence-names.js";
import { numberKeys } from "./number-keys.js";
import type { PhraseHit } from "./phrase-set.js";
import { checkLive, checkMethods } from "./check-claims.js";
import { contactShape, fillerShape, mixedScriptShape, moneyShape, tableShape } from "./sentence-patterns.js";

/** The document itself, read once: what any answer may quote. */
export interface CorpusKnowledge {
  readonly folded: string;
  readonly readable: string;
  readonly latinWords: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

export interface SentenceContext {
  readonly vocabulary: GuardVocabulary;
  readonly corpus: CorpusKnowledge;
  readonly method: Method;
  readonly allowedCategories: ReadonlySet<CategoryId>;
  readonly backing: Backing;
  readonly sentenceLimit: number;
}

/**
 * Whether one model sentence is backed. Returns null to keep it, or why it is dropped. The
 * order runs from shape (length, tables, contacts) to meaning (names, methods), so the reason
 * given is the plainest one.
 */
export function checkSentence(sentence: string, context: SentenceContext): string | null {
  const { vocabulary, backing, corpus } = context;
  const readable = readableText(sentence);
  // A whole sentence of the verdict, the facts or the cited passages, repeated as it stands, says nothing beyond them —
  // whatever its length (an English scope quote runs past the limit meant for a model's own sentences).
  const repeated = backing.sentences.has(withoutEnd(foldText(sentence).text));
  if (!repeated && [...sentence].length > context.sentenceLimit) return `longer than ${context.sentenceLimit} characters`;
  if (fillerShape(readable)) return "filler";
  if (tableShape(readable, vocabulary)) return "a table or a check-mark grid";
  if (mixedScriptShape(readable)) return "letters of a script the answer does not use";
  const contact = contactShape(readable, vocabulary);
  if (contact) return `gives ${contact}`;
  const analysis = analyzeSentence(sentence, vocabulary);
  const folded = analysis.folded;
  if (repeated) return null;
  const quotes = (hit: PhraseHit) => quotesBacking(folded.text, hit, backing);
  if (vocabulary.contacts.test(folded)) return "invites contact outside the answer (WeChat id, QR code, group, phone, email)";

  const notFees = vocabulary.notFees.findAll(folded);
  const fee = vocabulary.fees.find(folded).find((hit) => !notFees.some((mask) => hit.start < mask.end && mask.start < hit.end) && !quotes(hit));
  if (fee || moneyShape(readable, vocabulary)) return "speaks of fees or prices";

  for (const match of readable.matchAll(/《([^》]{1,60})》/gu)) {
    const title = fold(match[1]!);
    if (!corpus.folded.includes(title) && !backingHolds(backing, title) && !vocabulary.knownDocuments.includes(title)) return `names a document the corpus does not: 《${match[1]}》`;
  }
  const licence = checkLicences(readable, vocabulary, corpus.readable);
  if (licence) return `names a licence the corpus does not: ${licence}`;

  const names = checkNames(analysis, readable, context, quotes);
  if (names) return names;
  // "个人主体同样可以": a subject or unlisted name the document rules out is only ever repeated with its ruling.
  const ruledOut = [...analysis.entities].find((entity) => !entity.startsWith("category:") && backing.claims.get(entity)?.has("unsupported"));
  if (ruledOut && !vocabulary.negation.test(folded) && !analysis.live.some((mention) => mention.stance === "negative")) {
    return `speaks of ${ruledOut.split(":")[1]} without the document's ruling that it cannot stream`;
  }
  const words = checkLatinWords(readable, context);
  if (words) return words;
  const numbers = checkNumbers(readable, context);
  if (numbers) return numbers;
  return checkMethods(analysis, context) ?? checkLive(analysis, context);
}

/** The model repeats the document's words around a hit ("驾校在线付费培训"), not a claim of its own. */
function quotesBacking(text: string, hit: PhraseHit, backing: Backing): boolean {
  const left = text.slice(Math.max(0, hit.start - 2), hit.end);
  const right = text.slice(hit.start, Math.min(text.length, hit.end + 2));
  const length = hit.end - hit.start;
  return (left.length > length && backingHolds(backing, left)) || (right.length > length && backingHolds(backing, right));
}

function checkNames(analysis: SentenceAnalysis, readable: string, context: SentenceContext, quotes: (hit: PhraseHit) => boolean): string | null {
  const { backing, vocabulary, corpus } = context;
  const shown = (hit: PhraseHit) => analysis.folded.text.slice(hit.start, hit.end);
  for (const name of analysis.names) {
    const allowed = name.things.some((thing) => {
      // A group named by the backing ("补充医疗相关类目") may be repeated ("an additional medical category").
      if (thing.kind === "category") return thing.ids.some((id) => context.allowedCategories.has(id)) || (thing.group ?? []).some((term) => backingHolds(backing, term));
      if (thing.kind === "unlisted") return backing.mentioned.has(`unlisted:${thing.name}`);
      return backing.mentioned.has(`subject:${thing.subject}`);
    });
    if (allowed || quotes(name)) continue;
    const subject = name.things.every((thing) => thing.kind === "subject");
    return subject ? `speaks of a subject the answer does not: ${shown(name)}` : `names a category outside the answer: ${shown(name)}`;
  }
  // "文化娱乐类目", "the Karaoke category": a category word after something that is neither a name nor a pointer.
  const deictics = vocabulary.categoryDeictics.find(analysis.folded);
  // "类目" inside a document title ("《类目申请资质要求》") names no category.
  const titles = vocabulary.knownDocuments.flatMap((title) => {
    const spans: Array<{ start: number; end: number }> = [];
    for (let from = analysis.folded.text.indexOf(title); from !== -1; from = analysis.folded.text.indexOf(title, from + 1)) spans.push({ start: from, end: from + title.length });
    return spans;
  });
  for (const word of vocabulary.categoryWords.find(analysis.folded)) {
    if (word.start === 0 || quotes(word) || titles.some((title) => word.start >= title.start && word.end <= title.end)) continue;
    if (analysis.names.some((name) => name.end === word.start) || deictics.some((deictic) => deictic.end === word.start)) continue;
    const before = analysis.folded.text.slice(Math.max(0, word.start - 10), word.start);
    if (/[,,;;::。!?!?…]$/u.test(before)) continue;
    return `names a category the rules do not list: ${before}${shown(word)}`;
  }
  for (const match of readable.matchAll(/[「【『]([^」】』]{1,40})[」】』]/gu)) {
    const inside = fold(match[1]!);
    const isName = vocabulary.named.has(inside);
    if (!isName && !corpus.folded.includes(inside) && !backingHolds(backing, inside)) return `quotes a name the document does not use: ${match[1]}`;
  }
  return null;
}

/** Latin words the document never uses ("TRTC", "SDK", "ICP") name products and terms outside it. */
function checkLatinWords(readable: string, context: SentenceContext): string | null {
  const known = (word: string) =>
    context.corpus.latinWords.has(word) || context.backing.latinWords.has(word) || context.vocabulary.latinWords.has(word) || methodWord(word, context);
  // A sentence mostly in English (it may quote Chinese names) is read as English.
  const chinese = (readable.match(/\p{Script=Han}/gu)?.length ?? 0) >= (readable.match(/[A-Za-z]/g)?.length ?? 0);
  const candidates = chinese
    ? readable.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []
    : [...(readable.match(/\b[A-Z][A-Z0-9]+\b/g) ?? []), ...(readable.match(/\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[A-Z][a-z]+[A-Z][A-Za-z0-9]*\b/g) ?? [])];
  // Two-letter words ("AI", "OK") are too short to name a product reliably.
  const unknown = candidates.find((word) => word.length >= 3 && !known(word.toLowerCase()));
  return unknown ? `uses a term the document does not: ${unknown}` : null;
}

function methodWord(word: string, context: SentenceContext): boolean {
  const folded = { text: word, wordStart: [...word].map(() => true), wordEnd: [...word].map(() => true) };
  return context.vocabulary.methods.native.test(folded) || context.vocabulary.methods.plugin.test(folded);
}

/** Numbers must be the backing's ("7天", "5选1"); a bare number at least the document's. */
function checkNumbers(readable: string, context: SentenceContext): string | null {
  const withoutMarkers = readable.replace(/^\s*(?:\d{1,2}[.、))]|[((]\d{1,2}[))])\s*/u, "");
  for (const key of numberKeys(withoutMarkers, context.vocabulary)) {
    if (key.withUnit ? !context.backing.numbers.has(key.withUnit) : !context.backing.numbers.has(key.bare) && !context.corpus.numbers.has(key.bare)) {
      return `gives a number the answer does not: ${key.withUnit ?? key.bare}`;
    }
  }
  return null;
}
