import { CorpusFeatureTable } from "./corpus-features.js";
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
 */
export class LocalHashEmbeddings implements IndexedEmbeddings {
  static readonly version = "local-hash-v1";
  readonly id = `${LocalHashEmbeddings.version}-d${localEmbeddingDimensions}`;
  readonly dimensions = localEmbeddingDimensions;
  private inverseDocumentFrequency = new Map<string, number>();
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
    const documentFrequency = new Map<string, number>();
    for (const [position, text] of corpusTexts.entries()) {
      for (const feature of new Set(this.features(text, wordsOf?.(position)))) {
        documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
      }
    }
    this.restoreState({ documents: corpusTexts.length, documentFrequency: Object.fromEntries(documentFrequency) });
  }

  /**
   * `fit` and then `embed` of every text, in two passes over interned feature ids instead of feature strings
   * (same vectors, same statistics; several times faster on a large corpus). Vectors are handed out in corpus order.
   */
  fitAndEmbed(corpusTexts: readonly string[], wordsOf: (position: number) => readonly string[], onVector: (vector: Float64Array, position: number) => void): void {
    const table = new CorpusFeatureTable(fnv1a);
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
    const state: LocalEmbeddingsState = { documents: corpusTexts.length, documentFrequency: {} };
    const record = state.documentFrequency as Record<string, number>;
    table.names.forEach((name, id) => (record[name] = documentFrequency[id]!));
    this.restoreState(state);

    // The same weights as restoreState's, by id.
    const count = Math.max(1, corpusTexts.length);
    const weights = Float64Array.from(documentFrequency.subarray(0, table.size), (frequency) => Math.log((count + 1) / (frequency + 0.5)) + 1);
    const counts = new Int32Array(table.size);
    // 1 + log(count) for the small counts nearly every feature has (the same numbers Math.log gives each time).
    const countWeights = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));
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
        const damped = count < countWeights.length ? countWeights[count]! : 1 + Math.log(count);
        vector[hash % this.dimensions]! += (hash & 0x80000000 ? -1 : 1) * damped * weights[id]!;
        counts[id] = 0;
      }
      let norm = 0;
      for (const value of vector) norm += value * value;
      norm = Math.sqrt(norm) || 1;
      for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / norm;
      runsByPosition[position] = [];
      onVector(vector, position);
    });
  }

  /** The corpus statistics the weights come from; saved beside the index so a start needs no corpus pass. */
  persistentState(): LocalEmbeddingsState {
    return { documents: this.documents, documentFrequency: Object.fromEntries(this.frequencies) };
  }

  restoreState(state: LocalEmbeddingsState): void {
    this.documents = state.documents;
    this.frequencies = new Map(Object.entries(state.documentFrequency));
    const count = Math.max(1, state.documents);
    this.inverseDocumentFrequency = new Map([...this.frequencies].map(([feature, frequency]) => [feature, Math.log((count + 1) / (frequency + 0.5)) + 1]));
    this.unseenWeight = Math.log((count + 1) / 0.5) + 1;
  }

  private documents = 0;
  private frequencies = new Map<string, number>();

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embed(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  /** Synchronous form for the hot path; `words` are the text's tokenizer words when already known (index builds). */
  embed(text: string, words?: readonly string[]): number[] {
    const vector = new Float64Array(this.dimensions);
    const counts = new Map<string, number>();
    for (const feature of this.features(text, words)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    for (const [feature, count] of counts) {
      const hash = fnv1a(feature);
      const sign = hash & 0x80000000 ? -1 : 1;
      const weight = (1 + Math.log(count)) * (this.inverseDocumentFrequency.get(feature) ?? this.unseenWeight);
      vector[hash % this.dimensions]! += sign * weight;
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vector, (value) => value / norm);
  }

  private features(text: string, words?: readonly string[]): string[] {
    const lower = text.normalize("NFKC").toLowerCase();
    const features: string[] = [];
    for (const run of lower.match(/\p{Script=Han}+/gu) ?? []) {
      const characters = [...run];
      for (let size = 1; size <= 3; size += 1) {
        for (let start = 0; start + size <= characters.length; start += 1) {
          features.push(`c${size}:${characters.slice(start, start + size).join("")}`);
        }
      }
    }
    for (const word of words ?? this.tokenizer.words(lower)) features.push(`w:${word}`);
    return features;
  }
}

export interface LocalEmbeddingsState {
  readonly documents: number;
  readonly documentFrequency: Record<string, number>;
}

function grow(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
