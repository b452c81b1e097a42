import { openService, runMain } from "./run-command.js";

runMain(async () => {
  const service = await openService({ rebuildIndex: true, quiet: true });
  const { index } = service;
  process.stdout.write(
    `Rebuilt the vector index: ${index.index.size} chunks × ${index.manifest.dimensions} dimensions, embedder ${index.manifest.embedder}, in ${index.milliseconds} ms.\n` +
      `Location: ${index.directory}\nCorpus hash: ${index.manifest.corpusHash.slice(0, 12)}…\n`,
  );
  return 0;
});
