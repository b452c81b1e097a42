import { finishParse, parseCommandArguments } from "./command-arguments.js";
import { indexCommand } from "./command-specs.js";
import { openService } from "./run-command.js";

/** `live-category-bot index`: rebuilds the index. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandArguments(indexCommand, argv);
  if (!parsed.ok) return finishParse(parsed);
  const service = await openService({ rebuildIndex: true, quiet: true });
  const { index } = service;
  process.stdout.write(
    `Rebuilt the vector index: ${index.index.size} chunks × ${index.manifest.dimensions} dimensions, embedder ${index.manifest.embedder}, in ${index.milliseconds} ms.\n` +
      `Location: ${index.directory}\nCorpus hash: ${index.manifest.corpusHash.slice(0, 12)}…\n`,
  );
  return 0;
}
