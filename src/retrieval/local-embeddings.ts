import { CorpusFeatureTable } from "./corpus-features.js";
import { pushGramHashes, wordFeatureHash } from "./feature-hashes.js";
import type { IndexedEmbeddings } from "./open-corpus-index.js";
import type { Tokenizer } from "./tokenizer.js";

/**
 * Kept at 768 by measurement: fewer dimensions make HNSW inserts proportionally cheaper (at 1000× the sections,
 * 384 cut a whole index build from 12.5 s to 8.6 s of CPU), but hashed features then collide more and retrieval
 * loses on the labelled set (recall@1, any expected section: vector 0.698 → 0.659, hybrid without boost
 * 0.808 → 0.791; 448, 512, 576 and 640 lose too). Changing it changes the embedder id, so caches rebuild.
 */
export const localEmbeddingDimensions = 768;

/**
 * Offline embeddings for Chinese: hashed character uni/bi/tri-grams plus jieba words,
 * weighted by their inverse document frequency over the corpus and L2-normalised.
 * Deterministic, so an index built once is valid until the corpus or this code changes.
 * Features are known by their 32-bit hash only (feature-hashes.ts). Two features with the same hash already shared
 * a vector slot and sign; since v2 they are one feature: their counts add before damping and they share one
 * document frequency (a query word the corpus lacks takes a colliding corpus feature's weight, not the unseen one).
 * On the shipped corpus no two of its 2,070 features collide.
 */
export class LocalHashEmbeddings implements IndexedEmbeddings {
  static readonly version = "local-hash-v2";
  readonly id = `${LocalHashEmbeddings.version}-d${localEmbeddingDimensions}`;
  readonly dimensions = localEmbeddingDimensions;
  /** Keyed by the feature hash as a signed 32-bit integer, which V8 keeps as a small integer. */
  private inverseDocumentFrequency = new Map<number, number>();
  private unseenWeight = 1;

  /** With corpus texts the weights are computed now; without, they come from `restoreState` (the cached index). */
  constructor(
    private readonly tokenizer: Tokenizer,
    corpusTexts?: readonly string[],
  ) {
    if (corpusTexts) this.fit(corpusTexts);
  }

  /** Computes the feature weights from the corpus. */
  fit(corpusTexts: readonly string[], wordsOf?: (position: number) => readonly string[]): void {
    const documentFrequency = new Map<number, number>();
    for (const [position, text] of corpusTexts.entries()) {
      for (const hash of new Set(this.featureHashes(text, wordsOf?.(position)))) {
        documentFrequency.set(hash, (documentFrequency.get(hash) ?? 0) + 1);
      }
    }
    this.restoreState({ documents: corpusTexts.length, hashes: [...documentFrequency.keys()], frequencies: [...documentFrequency.values()] });
  }

  /**
   * `fit` and then `embed` of every text, in two passes over interned feature ids instead of feature strings
   * (same vectors, same statistics; several times faster on a large corpus). Vectors are handed out in corpus order.
   */
  fitAndEmbed(corpusTexts: readonly string[], wordsOf: (position: number) => readonly string[], onVector: (vector: Float64Array, position: number) => void): void {
    const table = new CorpusFeatureTable();
    let documentFrequency: Int32Array = new Int32Array(1024);
    let seenIn: Int32Array = new Int32Array(1024);
    // Each text's runs are kept for the second pass rather than worked out again: that would normalise, split and
    // look up every line a second time. Mostly references to cached line arrays, so they cost little memory.
    const runsByPosition: Int32Array[][] = new Array(corpusTexts.length);
    corpusTexts.forEach((text, position) => {
      const runs = (runsByPosition[position] = table.runsOf(text, wordsOf(position)));
      if (table.size > documentFrequency.length) {
        documentFrequency = grow(documentFrequency, table.size);
        seenIn = grow(seenIn, table.size);
      }
      for (const ids of runs) {
        for (let index = 0; index < ids.length; index += 1) {
          const id = ids[index]!;
          if (seenIn[id] === position + 1) continue;
          seenIn[id] = position + 1;
          documentFrequency[id]! += 1;
        }
      }
    });
    this.restoreState({ documents: corpusTexts.length, hashes: [...table.hashes], frequencies: Array.from(documentFrequency.subarray(0, table.size)) });

    // The same weights as restoreState's, by id.
    const weights = Float64Array.from(documentFrequency.subarray(0, table.size), (frequency) => inverseDocumentFrequency(corpusTexts.length, frequency));
    const counts = new Int32Array(table.size);
    const distinct: number[] = [];
    const vector = new Float64Array(this.dimensions);
    corpusTexts.forEach((_, position) => {
      distinct.length = 0;
      for (const ids of runsByPosition[position]!) {
        for (let index = 0; index < ids.length; index += 1) if ((counts[ids[index]!]! += 1) === 1) distinct.push(ids[index]!);
      }
      vector.fill(0);
      // First-met order, as embed's Map iterates, so the sums round the same way.
      for (const id of distinct) {
        const hash = table.hashes[id]!;
        const count = counts[id]!;
        const damped = countWeight(count);
        vector[hash % this.dimensions]! += (hash & 0x80000000 ? -1 : 1) * damped * weights[id]!;
        counts[id] = 0;
      }
      const norm = lengthOf(vector);
      for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / norm;
      runsByPosition[position] = [];
      onVector(vector, position);
    });
  }

  /** The corpus statistics the weights come from; saved beside the index so a start needs no corpus pass. */
  persistentState(): LocalEmbeddingsState {
    return { documents: this.documents, hashes: [...this.frequencies.keys()].map((key) => key >>> 0), frequencies: [...this.frequencies.values()] };
  }

  restoreState(state: LocalEmbeddingsState): void {
    this.documents = state.documents;
    this.frequencies = new Map(state.hashes.map((hash, index) => [hash | 0, state.frequencies[index]!]));
    this.inverseDocumentFrequency = new Map();
    this.frequencies.forEach((frequency, key) => this.inverseDocumentFrequency.set(key, inverseDocumentFrequency(state.documents, frequency)));
    this.unseenWeight = inverseDocumentFrequency(state.documents, 0);
  }

  private documents = 0;
  private readonly scratch = new Float64Array(localEmbeddingDimensions);
  /** A zero for each dimension, held as doubles (filled with a fraction first): a query's values are stored into its copy as they are. */
  private readonly zeros: number[] = new Array<number>(localEmbeddingDimensions).fill(0.5).fill(0);
  /** Document frequency by feature hash (signed, as the weights are keyed), in the order first met. */
  private frequencies = new Map<number, number>();

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embed(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  /** Synchronous form for the hot path; `words` are the text's tokenizer words when already known (index builds). */
  embed(text: string, words?: readonly string[]): number[] {
    const counts = new Map<number, number>();
    // Indexed: until V8 optimises embed, each for…of step allocates an iterator result.
    const hashes = this.featureHashes(text, words);
    for (let index = 0; index < hashes.length; index += 1) {
      const key = hashes[index]! | 0;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // One scratch vector for every query, all zeros between calls: only the few dimensions a question's features
    // fall in (a few dozen of 768) are read, summed and cleared, not every dimension three times over.
    const vector = this.scratch;
    const slots: number[] = [];
    try {
      // forEach rather than for…of: no entry arrays for the garbage collector, on a path taken once per question.
      counts.forEach((count, key) => {
        const weight = countWeight(count) * (this.inverseDocumentFrequency.get(key) ?? this.unseenWeight);
        const slot = (key >>> 0) % this.dimensions;
        slots.push(slot);
        vector[slot]! += key < 0 ? -weight : weight;
      });
      // In ascending order, as lengthOf sums a whole vector: the other dimensions add nothing, so the norm is the same
      // number. Sorted natively, each dimension once (a repeat follows its first).
      const dimensions = new Int32Array(slots).sort();
      let squares = 0;
      for (let index = 0; index < dimensions.length; index += 1) {
        if (index > 0 && dimensions[index] === dimensions[index - 1]) continue;
        squares += vector[dimensions[index]!]! * vector[dimensions[index]!]!;
      }
      const norm = Math.sqrt(squares) || 1;
      // A copy of a zero vector of doubles (one native copy), written only where the question has features.
      const unit = this.zeros.slice();
      for (let index = 0; index < dimensions.length; index += 1) unit[dimensions[index]!] = vector[dimensions[index]!]! / norm;
      return unit;
    } finally {
      // The scratch vector is all zeros between calls, however this one ended.
      for (let index = 0; index < slots.length; index += 1) vector[slots[index]!] = 0;
    }
  }

  /** The hashes of the text's features, in the order met: its Han runs' character n-grams, then its words. */
  private featureHashes(text: string, words?: readonly string[]): number[] {
    const lower = this.tokenizer.normalizedForm(text);
    const hashes: number[] = [];
    pushGramHashes(lower, hashes);
    const featureWords = words ?? this.tokenizer.words(lower);
    for (let index = 0; index < featureWords.length; index += 1) hashes.push(wordFeatureHash(featureWords[index]!));
    return hashes;
  }
}

/** Saved as JSON: each feature hash (unsigned) and the number of corpus texts that have it, in the order first met. */
export interface LocalEmbeddingsState {
  readonly documents: number;
  readonly hashes: readonly number[];
  readonly frequencies: readonly number[];
}

/** A feature's weight from the number of corpus texts that have it (0 for a feature the corpus lacks). */
function inverseDocumentFrequency(documents: number, frequency: number): number {
  return Math.log((Math.max(1, documents) + 1) / (frequency + 0.5)) + 1;
}

// 1 + log(count) for the small counts nearly every feature has: the same numbers Math.log gives each time, for the
// corpus pass and the queries alike.
const countWeights = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

function countWeight(count: number): number {
  return count < countWeights.length ? countWeights[count]! : 1 + Math.log(count);
}

/** The vector's Euclidean length, or 1 for the zero vector (so dividing by it leaves zeros). */
function lengthOf(vector: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < vector.length; index += 1) sum += vector[index]! * vector[index]!;
  return Math.sqrt(sum) || 1;
}

function grow(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
