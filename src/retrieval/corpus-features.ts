import { pushGramHashes, wordFeatureHash } from "./feature-hashes.js";

/** A line's character n-grams are cached up to this many ids in all (4 bytes each), so memory stays bounded. */
const lineCacheLimit = 4_000_000;

/**
 * The local embedding's features over a whole corpus, each feature hash interned once as a dense id, so a corpus
 * pass counts and weighs array slots instead of looking features up twice per chunk. Character n-grams never
 * span a line break, so the n-grams of a line are worked out once however many chunks repeat that line.
 * Features come out in exactly the order `LocalHashEmbeddings` lists them (every Han run's 1-, 2- then 3-grams,
 * then the words), which keeps the vectors and the saved statistics identical to embedding chunk by chunk.
 */
export class CorpusFeatureTable {
  /** Each feature's hash (feature-hashes.ts) by id, in the order first met: the order the saved statistics list them. */
  readonly hashes: number[] = [];
  /** Ids by hash as a signed 32-bit integer, a small integer key. */
  private readonly idOf = new Map<number, number>();
  private readonly wordIdOf = new Map<string, number>();
  private readonly lineIds = new Map<string, Int32Array>();
  private cachedIds = 0;

  get size(): number {
    return this.hashes.length;
  }

  /**
   * A text's feature ids (repeats kept) as consecutive runs: each line's character n-grams, then the words. A
   * repeated line's run is the cached array itself, so nothing is copied per chunk.
   */
  runsOf(text: string, words: readonly string[]): Int32Array[] {
    const runs: Int32Array[] = [];
    for (const line of text.normalize("NFKC").toLowerCase().split("\n")) {
      let ids = this.lineIds.get(line);
      if (!ids) {
        const grams: number[] = [];
        pushGramHashes(line, grams);
        ids = Int32Array.from(grams, (hash) => this.intern(hash));
        if (this.cachedIds + ids.length <= lineCacheLimit) {
          this.lineIds.set(line, ids);
          this.cachedIds += ids.length;
        }
      }
      if (ids.length > 0) runs.push(ids);
    }
    const wordIds = new Int32Array(words.length);
    words.forEach((word, index) => {
      let id = this.wordIdOf.get(word);
      if (id === undefined) {
        id = this.intern(wordFeatureHash(word));
        this.wordIdOf.set(word, id);
      }
      wordIds[index] = id;
    });
    runs.push(wordIds);
    return runs;
  }

  private intern(hash: number): number {
    let id = this.idOf.get(hash | 0);
    if (id === undefined) {
      id = this.hashes.length;
      this.idOf.set(hash | 0, id);
      this.hashes.push(hash);
    }
    return id;
  }
}
