import type { CategoryId, Method } from "../rules/rules-schema.js";
import { memoized } from "../shared/memoize.js";
import type { SentenceAnalysis } from "./guard/analyze-sentence.js";
import { backingLines, buildBacking, readBackingLine, type Backing, type BackingSources } from "./guard/backing.js";
import { checkSentence, type CorpusKnowledge } from "./guard/check-sentence.js";
import { foldText, readableText } from "./guard/fold-text.js";
import type { GuardVocabulary } from "./guard/guard-vocabulary.js";
import { numberKeys } from "./guard/number-keys.js";
import { takeSentences, type WrittenSentence } from "./guard/split-sentences.js";

/** How much of the model's text reached the answer. */
export type GuardStatus = "passed" | "partial" | "rejected";

export type SentenceOutcome = { readonly text: string; readonly kept: true } | { readonly text: string; readonly kept: false; readonly reason: string };

export interface GuardReport {
  readonly status: GuardStatus;
  /** The kept sentences, joined as they were streamed. */
  readonly text: string;
  /** Every sentence read, in order, with why a dropped one was dropped (for logs). */
  readonly sentences: readonly SentenceOutcome[];
  /** The model wrote more than the cap; the rest was not read. */
  readonly capped: boolean;
}

export interface GuardRequest {
  /** The rules' method; "unknown" for answers that carry no verdict. */
  readonly method: Method;
  /** Categories the answer may name: the verdict's and any the template answer names itself. */
  readonly allowedCategories: ReadonlySet<CategoryId>;
  /** What the model may restate: the verdict sentence, the facts and the cited passages (see backingLines). */
  readonly backing: readonly string[];
}

export interface GuardLimits {
  /** Characters of model text read at all; a 1 MB reply is cut here before anything is checked. */
  readonly textCharacters: number;
  /** Longer sentences are dropped: an explanation is 1–3 short sentences. */
  readonly sentenceCharacters: number;
}

export const defaultGuardLimits: GuardLimits = { textCharacters: 600, sentenceCharacters: 200 };

/** Feeds a model's text in as it streams; kept sentences go out only after they passed. */
export interface GuardStream {
  push(piece: string): void;
  end(): GuardReport;
  /** The cap is reached: nothing more will be read, so the model may be stopped. */
  readonly full: boolean;
}

/**
 * The model guard, an allow-list: a model sentence is kept only when everything it says is
 * backed by the verdict, the facts and the cited sentences (see guard/check-sentence.ts).
 * Anything else is dropped sentence by sentence, with the reason.
 */
export class ModelTextGuard {
  private readonly corpus: CorpusKnowledge;
  private readonly sections: ReadonlyMap<CategoryId, readonly string[]>;
  /**
   * Backing lines come back answer after answer (the document's sections, the rules' words, the templates'
   * verdicts and facts), and reading one is most of the guard's work: each is read once. Readings are never
   * changed, so sharing them between answers gives the same backing.
   */
  private readonly readLine: (line: string) => readonly SentenceAnalysis[];

  constructor(
    readonly vocabulary: GuardVocabulary,
    /** The corpus document's sections ("电商平台 > 电商平台" and its lines): what any answer may quote. */
    sections: ReadonlyArray<{ readonly heading: string; readonly lines: readonly string[] }>,
    readonly limits: GuardLimits = defaultGuardLimits,
  ) {
    const corpusText = sections.flatMap((section) => [section.heading, ...section.lines]).join("\n");
    this.sections = new Map(
      sections.flatMap((section) => {
        const id = vocabulary.headings.get(section.heading);
        return id === undefined ? [] : [[id, section.lines] as const];
      }),
    );
    this.readLine = memoized((line) => readBackingLine(line, vocabulary), 5_000);
    const readable = readableText(corpusText);
    this.corpus = {
      folded: foldText(corpusText).text,
      readable,
      latinWords: new Set(readable.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []),
      numbers: new Set(numberKeys(readable, vocabulary).map((key) => key.bare)),
    };
  }

  /** What a model answering these sources may restate (see backing.ts). */
  backingLines(sources: BackingSources): string[] {
    return backingLines(sources, this.vocabulary, (id) => this.sections.get(id) ?? []);
  }

  /** Checks a finished text. */
  check(text: string, request: GuardRequest): GuardReport {
    const stream = this.stream(request, () => undefined);
    stream.push(text);
    return stream.end();
  }

  /** Checks a text as it arrives; `emit` receives each kept sentence (with the space before it) once it passed. */
  stream(request: GuardRequest, emit: (piece: string) => void): GuardStream {
    const backing: Backing = buildBacking(request.backing, this.vocabulary, request.allowedCategories, this.readLine);
    const context = { vocabulary: this.vocabulary, corpus: this.corpus, method: request.method, allowedCategories: request.allowedCategories, backing, sentenceLimit: this.limits.sentenceCharacters };
    const sentences: SentenceOutcome[] = [];
    let kept = "";
    let buffer = "";
    let read = 0;
    let capped = false;

    const judge = (sentence: WrittenSentence, cut: boolean) => {
      const reason = cut ? `cut off at the ${this.limits.textCharacters}-character cap` : checkSentence(sentence.text, context);
      if (reason !== null) {
        sentences.push({ text: sentence.text, kept: false, reason });
        return;
      }
      const piece = kept === "" ? sentence.text : `${separator(sentence.leading)}${sentence.text}`;
      kept += piece;
      sentences.push({ text: sentence.text, kept: true });
      emit(piece);
    };

    return {
      get full() {
        return capped;
      },
      push: (piece) => {
        if (capped) return;
        const room = this.limits.textCharacters - read;
        const characters = [...piece];
        if (characters.length > room) {
          capped = true;
          piece = characters.slice(0, room).join("");
        }
        read += Math.min(characters.length, room);
        buffer += piece;
        const taken = takeSentences(buffer, false);
        buffer = taken.rest;
        taken.sentences.forEach((sentence) => judge(sentence, false));
      },
      end: () => {
        const taken = takeSentences(buffer, true);
        buffer = "";
        // Under the cap, the last sentence is whole; over it, the text after the last complete sentence was cut.
        const last = taken.sentences.length - 1;
        taken.sentences.forEach((sentence, index) => judge(sentence, capped && index === last && !/[。!?!?;;….]$/u.test(sentence.text)));
        const keptCount = sentences.filter((sentence) => sentence.kept).length;
        const status: GuardStatus = keptCount === 0 ? "rejected" : keptCount === sentences.length ? "passed" : "partial";
        return { status, text: kept, sentences, capped };
      },
    };
  }
}

/** Between kept sentences: a line break where the model broke the line, a space where it left one. */
function separator(leading: string): string {
  if (leading.includes("\n")) return "\n";
  return leading === "" ? "" : " ";
}
