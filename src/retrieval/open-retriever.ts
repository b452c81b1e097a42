import type { CorpusChunk } from "../corpus/chunk-corpus.js";
import type { Clock } from "../shared/clock.js";
import { fail, ok, type Result } from "../shared/result.js";
import { HybridRetriever } from "./hybrid-retriever.js";
import { LocalHashEmbeddings } from "./local-embeddings.js";
import { openCorpusIndex, type IndexedEmbeddings, type OpenedIndex } from "./open-corpus-index.js";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { makeDirectory } from "../config/make-directory.js";
import { CompactDictionary } from "./compact-dictionary.js";
import { extraWordsOf, jiebaDictionaryIdentity, jiebaDictionaryText, Tokenizer } from "./tokenizer.js";

export interface OpenRetrieverOptions {
  readonly chunks: readonly CorpusChunk[];
  readonly corpusHash: string;
  /** Words the tokenizer keeps whole (category names, aliases). */
  readonly vocabulary: readonly string[];
  /** Replaces the local embeddings (a provider's, or a test's). */
  readonly embeddings?: (tokenizer: Tokenizer, corpusTexts: readonly string[]) => IndexedEmbeddings | Promise<IndexedEmbeddings>;
  readonly cacheDirectory: string;
  readonly clock: Clock;
  readonly rebuild?: boolean;
  readonly onProgress?: (message: string) => void;
}

/** The tokenizer, embeddings and the cached (or rebuilt) vector and keyword index, wired into the retriever. */
export async function openRetriever(options: OpenRetrieverOptions): Promise<Result<{ retriever: HybridRetriever; index: OpenedIndex }>> {
  // jieba's dictionary in compact form beside the index, so a start does not pay for it. The first start makes it
  // before building the index, which then segments with it too instead of also loading jieba's whole dictionary.
  // Where the cache folder cannot be made, the whole dictionary is used and the index build reports the folder.
  const extraWords = extraWordsOf(options.vocabulary);
  const dictionaryFile = join(options.cacheDirectory, "compact", `jieba-dictionary-${createHash("sha256").update(jiebaDictionaryIdentity()).update(JSON.stringify([...extraWords])).digest("hex").slice(0, 16)}.bin`);
  let dictionary = await CompactDictionary.read(dictionaryFile);
  if (!dictionary && (await makeDirectory(dirname(dictionaryFile)).then(() => true, () => false))) {
    dictionary = CompactDictionary.fromText(jiebaDictionaryText(), extraWords);
    await dictionary.write(dictionaryFile);
  }
  const tokenizer = new Tokenizer(options.vocabulary, dictionary);
  const corpusTexts = options.chunks.map((chunk) => chunk.text);
  let embeddings: IndexedEmbeddings;
  try {
    // The local embeddings take their corpus statistics from the cached index, or compute them while building it.
    embeddings = options.embeddings ? await options.embeddings(tokenizer, corpusTexts) : new LocalHashEmbeddings(tokenizer);
  } catch (error) {
    return fail(`embeddings: cannot reach the embeddings provider (${(error as Error).message}); fix: check EMBEDDINGS_* settings, or unset EMBEDDINGS_PROVIDER to use the local embeddings`);
  }
  let index: OpenedIndex;
  try {
    index = await openCorpusIndex({ ...options, embeddings, tokenizer });
  } catch (error) {
    // A file system error is the cache folder's; any other carries its own fix (a chunk without a vector, say).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) return fail(`${options.cacheDirectory}: cannot build the vector index: ${(error as Error).message.split("\n")[0]}`);
    return fail(`${options.cacheDirectory}: cannot build the vector index (${code}); fix: set CACHE_DIR to a folder this user can create and write`);
  }
  return ok({ retriever: new HybridRetriever(options.chunks, index.index, embeddings, index.keywords, (text) => tokenizer.segments(text)), index });
}
