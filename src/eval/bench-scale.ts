import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parse, stringify } from "yaml";
import { createAnswerService } from "../app/create-answer-service.js";
import type { CoreSettings } from "../config/settings.js";
import { binFile, median, percentile, runNode } from "./bench-process.js";

/**
 * Writes a corpus with `times` × the category sections into `folder`: each section copied under a renamed
 * heading ("电商平台副本2"). The copies are retrieval-only sections; with `withRules` each also gets a matching
 * rules entry (same method and facts, no aliases, so the vocabulary stays unambiguous), which scales the
 * rules engine and question understanding too. Either way the files pass the same validation as the real ones.
 */
export function writeScaledCorpus(settings: CoreSettings, times: number, folder: string, withRules = false): { corpusFile: string; rulesFile: string; sections: number } {
  const corpus = readFileSync(settings.corpusFile, "utf8");
  const rules = parse(readFileSync(settings.rulesFile, "utf8")) as { categories: Array<Record<string, unknown>> };
  const blocks: Array<{ primary: string; secondary: string; body: string }> = [];
  let primary = "";
  let current: { primary: string; secondary: string; lines: string[] } | null = null;
  const close = () => current && blocks.push({ primary: current.primary, secondary: current.secondary, body: current.lines.join("\n") });
  for (const line of corpus.split("\n")) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading) {
      close();
      current = null;
      if (heading[1] === "##") primary = heading[2]!.trim();
      else current = { primary, secondary: heading[2]!.trim(), lines: [] };
    } else current?.lines.push(line);
  }
  close();
  const extraText: string[] = [];
  const extraRules: Array<Record<string, unknown>> = [];
  for (let copy = 2; copy <= times; copy += 1) {
    for (const block of blocks) {
      const secondary = `${block.secondary}副本${copy}`;
      extraText.push(`## ${block.primary}\n\n### ${secondary}\n${block.body}`);
      const rule = rules.categories.find((category) => category["primary"] === block.primary && category["secondary"] === block.secondary);
      if (rule && withRules) extraRules.push({ ...rule, id: `${String(rule["id"])}-copy-${copy}`, secondary, english: `${String(rule["english"])} copy ${copy}`, formerNames: [], aliases: [], scenarios: [], englishTerms: [] });
    }
  }
  rules.categories.push(...extraRules);
  const corpusFile = join(folder, "corpus.md");
  const rulesFile = join(folder, "rules.yaml");
  writeFileSync(corpusFile, `${corpus.trimEnd()}\n\n${extraText.join("\n\n")}\n`);
  // No anchors: copies share objects, and a YAML reader limits aliases.
  writeFileSync(rulesFile, stringify(rules, { aliasDuplicateObjects: false }));
  return { corpusFile, rulesFile, sections: blocks.length * times };
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Per size: index build time, index size, cold ask with the cached index, answer() p50/p99, retrieve()'s p50 within it, and RSS. */
export async function benchScale(settings: CoreSettings, sizes: readonly number[], questions: readonly string[], write: (line: string) => void, withRules = false): Promise<void> {
  write(withRules ? "copies have rules entries: retrieval, rules and understanding all scale" : "copies are retrieval-only sections (the rules stay as shipped); --scale-rules adds a rules entry per copy");
  write("size   chunks   build ms   index MiB   cold ask ms   ask peak RSS MiB   answer() p50 ms   p99 ms   retrieve() p50 ms");
  for (const times of sizes) {
    const folder = mkdtempSync(join(tmpdir(), `bench-scale-${times}-`));
    try {
      const generated = writeScaledCorpus(settings, times, folder, withRules);
      const env = { CORPUS_FILE: generated.corpusFile, RULES_FILE: generated.rulesFile, CACHE_DIR: join(folder, "cache") };
      const build = runNode([binFile, "index"], { env });
      if (build.status !== 0) throw new Error(`index failed at ${times}×: ${build.stderr.split("\n")[0]}`);
      const buildMs = Number(/in (\d+) ms/.exec(build.stdout)?.[1] ?? Number.NaN);
      const indexMiB = folderBytes(join(folder, "cache", "index")) / 1024 / 1024;
      const cold = [0, 1, 2].map(() => runNode([binFile, "ask", "--json", "电商平台类目能用 live-pusher 吗"], { env }));
      if (cold.some((run) => run.status !== 0)) throw new Error(`ask failed at ${times}×: ${cold.find((run) => run.status !== 0)!.stderr.split("\n")[0]}`);

      const service = await createAnswerService({ settings: { ...settings, corpusFile: generated.corpusFile, rulesFile: generated.rulesFile, cacheDirectory: env.CACHE_DIR } });
      if (!service.ok) throw new Error(service.error);
      for (const question of questions) await service.value.answer(question);
      // The retriever's share of each answer, timed around its own calls.
      const retriever = service.value.dependencies.retriever;
      const retrieve = retriever.retrieve.bind(retriever);
      let retrieving = 0;
      retriever.retrieve = async (...args) => {
        const started = performance.now();
        try {
          return await retrieve(...args);
        } finally {
          retrieving += performance.now() - started;
        }
      };
      const samples: number[] = [];
      const retrievals: number[] = [];
      for (const question of questions) {
        retrieving = 0;
        const started = performance.now();
        await service.value.answer(question);
        samples.push(performance.now() - started);
        retrievals.push(retrieving);
      }
      write(
        `${`${times}×`.padEnd(6)} ${String(generated.sections).padStart(6)} ${buildMs.toFixed(0).padStart(10)} ${indexMiB.toFixed(1).padStart(11)} ${median(cold.map((run) => run.milliseconds)).toFixed(0).padStart(13)} ${median(cold.map((run) => run.peakRssMiB)).toFixed(0).padStart(18)} ${median(samples).toFixed(3).padStart(17)} ${percentile(samples, 0.99).toFixed(3).padStart(8)} ${median(retrievals).toFixed(3).padStart(19)}`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
