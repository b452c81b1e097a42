import { pushToList } from "./push-to-list.js";

/**
 * English entries (terms, cues) found in a text without testing each one: an entry whose literal starts with a
 * word character can only occur where a word starts, so it is kept under the literal's first two characters (one,
 * for a one-character literal) and looked up at each word start. Entries starting otherwise ("<live-pusher>") are
 * kept to the plain substring test.
 */
export class WordStartIndex<Entry> {
  private readonly byStart = new Map<string, Entry[]>();
  private readonly anywhere: Entry[] = [];
  /** A run of word characters: one exec finds the next word start, so a Chinese question costs one call. */
  private readonly wordRun: RegExp;
  private readonly startsWord: RegExp;

  /** `wordCharacters`: the code units a word is made of, as a character class body ("a-z0-9"). */
  constructor(
    private readonly literalOf: (entry: Entry) => string,
    wordCharacters: string,
  ) {
    this.wordRun = new RegExp(`[${wordCharacters}]+`, "g");
    this.startsWord = new RegExp(`^[${wordCharacters}]`);
  }

  add(entry: Entry): void {
    const literal = this.literalOf(entry);
    if (this.startsWord.test(literal)) pushToList(this.byStart, literal.slice(0, 2), entry);
    else this.anywhere.push(entry);
  }

  /** The entries whose literal stands in `text`: at a word start, or anywhere for the others; in the order found. */
  candidatesIn(text: string): Set<Entry> {
    const candidates = new Set<Entry>();
    // A word starts where a run of word characters does.
    this.wordRun.lastIndex = 0;
    for (let run = this.wordRun.exec(text); run !== null; run = this.wordRun.exec(text)) {
      const start = run.index;
      this.addFound(this.byStart.get(text.slice(start, start + 2)), text, start, candidates);
      this.addFound(this.byStart.get(text[start]!), text, start, candidates);
    }
    this.wordRun.lastIndex = 0;
    for (const entry of this.anywhere) if (text.includes(this.literalOf(entry))) candidates.add(entry);
    return candidates;
  }

  private addFound(entries: readonly Entry[] | undefined, text: string, start: number, candidates: Set<Entry>): void {
    if (entries === undefined) return;
    // Indexed: until V8 optimises this, each for…of step allocates an iterator result.
    for (let index = 0; index < entries.length; index += 1) if (text.startsWith(this.literalOf(entries[index]!), start)) candidates.add(entries[index]!);
  }
}
