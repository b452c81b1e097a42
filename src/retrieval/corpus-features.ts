/** A line's character n-grams are cached up to this many ids in all (4 bytes each), so memory stays bounded. */
const lineCacheLimit = 4_000_000;
const hanRuns = /\p{Script=Han}+/gu;
const surrogates = /[\uD800-\uDFFF]/;

/**
 * The local embedding's features over a whole corpus, each feature string interned once as a number, so a corpus
 * pass counts and weighs numbers instead of building and hashing strings twice per chunk. Character n-grams never
 * span a line break, so the n-grams of a line are worked out once however many chunks repeat that line.
 * Features come out in exactly the order `LocalHashEmbeddings` lists them (every Han run's 1-, 2- then 3-grams,
 * then the words), which keeps the vectors and the saved statistics identical to embedding chunk by chunk.
 */
export class CorpusFeatureTable {
  /** Feature strings by id, in the order first met: the order the saved statistics list them. */
  readonly names: string[] = [];
  /** fnv1a of each feature string. */
  readonly hashes: number[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly wordIdOf = new Map<string, number>();
  private readonly lineIds = new Map<string, Int32Array>();
  private cachedIds = 0;

  constructor(private readonly hash: (feature: string) => number) {}

  get size(): number {
    return this.names.length;
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
        this.lineGrams(line, grams);
        ids = Int32Array.from(grams);
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
        id = this.intern(`w:${word}`);
        this.wordIdOf.set(word, id);
      }
      wordIds[index] = id;
    });
    runs.push(wordIds);
    return runs;
  }

  private lineGrams(line: string, out: number[]): void {
    for (const run of line.match(hanRuns) ?? []) {
      // Characters outside the Basic Multilingual Plane take two code units: slice by code points then.
      const characters = surrogates.test(run) ? [...run] : null;
      const length = characters ? characters.length : run.length;
      for (let size = 1; size <= 3; size += 1) {
        for (let start = 0; start + size <= length; start += 1) {
          const gram = characters ? characters.slice(start, start + size).join("") : run.slice(start, start + size);
          out.push(this.intern(`c${size}:${gram}`));
        }
      }
    }
  }

  private intern(feature: string): number {
    let id = this.idOf.get(feature);
    if (id === undefined) {
      id = this.names.length;
      this.idOf.set(feature, id);
      this.names.push(feature);
      this.hashes.push(this.hash(feature));
    }
    return id;
  }
}
