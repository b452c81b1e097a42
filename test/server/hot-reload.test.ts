import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerService } from "../../src/app/create-answer-service.js";
import { ReloadableAnswerService, type ReloadOutcome } from "../../src/app/reloadable-answer-service.js";
import { projectRoot, type CoreSettings } from "../../src/config/settings.js";
import { openAnswerContext } from "../../src/server/open-answer-context.js";
import { defaultServerSettings } from "../../src/server/server-settings.js";
import { seededCacheDirectory } from "../support/answer-service.js";
import { getJson, postJson, startTestServer, type TestServer } from "./test-server.js";

const bankNative = "具备金融-银行类目,可使用微信原生组件标签 <live-pusher><live-player> 进行接入。";
const bankPlugin = "具备金融-银行类目,可直接通过 小程序·云直播插件 进行接入小程序直播。";

/**
 * A temporary copy of the corpus, rules and prompts that the test may edit, with a cache of its own that starts
 * with the run's index of the (still identical) corpus: the tests are about reloading, so only reloads build.
 */
function copyDataFiles(): CoreSettings {
  const folder = mkdtempSync(join(tmpdir(), "hot-reload-"));
  cpSync(join(projectRoot, "corpus"), join(folder, "corpus"), { recursive: true });
  cpSync(join(projectRoot, "prompts"), join(folder, "prompts"), { recursive: true });
  return {
    corpusFile: join(folder, "corpus", "live-streaming-categories.md"),
    rulesFile: join(folder, "corpus", "rules.yaml"),
    lexiconFile: join(folder, "corpus", "lexicon.yaml"),
    glossesFile: join(folder, "corpus", "english-glosses.yaml"),
    promptsDirectory: join(folder, "prompts"),
    cacheDirectory: seededCacheDirectory({ localIndex: true }),
  };
}

/** Moves 金融业-银行 to the plugin (or back), in the rules and in the document's access sentence together. */
function setBankMethod(settings: CoreSettings, method: "native" | "plugin"): void {
  const rules = readFileSync(settings.rulesFile, "utf8");
  const bankRule = /(- id: finance-bank\n(?:.*\n)*?\s+method: )(native|plugin)/;
  expect(rules).toMatch(bankRule);
  const corpus = readFileSync(settings.corpusFile, "utf8");
  writeFileSync(settings.corpusFile, method === "plugin" ? corpus.replace(bankNative, bankPlugin) : corpus.replace(bankPlugin, bankNative));
  writeFileSync(settings.rulesFile, rules.replace(bankRule, `$1${method}`));
}

async function startReloadable(settings: CoreSettings, watch: boolean) {
  const reloadable = await ReloadableAnswerService.start({
    build: () => createAnswerService({ settings }),
    watched: { files: [settings.corpusFile, settings.rulesFile, settings.lexiconFile, settings.glossesFile], directories: [settings.promptsDirectory] },
    debounceMs: 100,
    watch,
  });
  if (!reloadable.ok) throw new Error(reloadable.error);
  const server = await startTestServer({ answers: reloadable.value, reloads: reloadable.value });
  return { reloadable: reloadable.value, server };
}

/** Waits for reload attempts until one is applied (a burst of writes may first produce a refused half-edit). */
async function nextAppliedReload(reloadable: ReloadableAnswerService): Promise<ReloadOutcome & { ok: true }> {
  for (;;) {
    const outcome = await reloadable.nextReload();
    if (outcome.ok) return outcome;
  }
}

const bankMethod = async (server: TestServer) => (await postJson(`${server.url}/v1/answer`, { question: "银行能直播吗" })).json.method;

describe("hot reload of the corpus and rules files", () => {
  let settings: CoreSettings;
  let reloadable: ReloadableAnswerService;
  let server: TestServer;
  beforeAll(async () => {
    settings = copyDataFiles();
    ({ reloadable, server } = await startReloadable(settings, true));
  });
  afterAll(async () => {
    reloadable.close();
    await server.close();
  });

  it("answers with an edited rule as soon as the change is live, and healthz names the new version", async () => {
    expect(await bankMethod(server)).toBe("native");
    // A channel that took the answer function once (as the group bot takes its core) gets later versions too.
    const core = reloadable.answer;
    const before = await getJson(`${server.url}/healthz`);
    const applied = nextAppliedReload(reloadable);
    setBankMethod(settings, "plugin");
    const outcome = await applied;
    expect(outcome.changed.length).toBeGreaterThan(0);
    expect(await bankMethod(server)).toBe("plugin");
    expect((await core("银行能直播吗")).method).toBe("plugin");
    const after = await getJson(`${server.url}/healthz`);
    expect(after.version).not.toBe(before.version);
    expect(after.version).toMatch(/^v\d+-[0-9a-f]{12}$/);
    expect(after.corpus.hash).not.toBe(before.corpus.hash);
    expect(after.reload.applied).toBeGreaterThanOrEqual(1);
  });

  it("refuses a broken rules file with the start-up error and keeps answering with the running version", async () => {
    const live = reloadable.live.id;
    const good = readFileSync(settings.rulesFile, "utf8");
    const refused = reloadable.nextReload();
    writeFileSync(settings.rulesFile, good.replace(/(- id: finance-bank\n(?:.*\n)*?\s+method: )plugin/, "$1sideways"));
    const outcome = await refused;
    expect(outcome.ok).toBe(false);
    const startUp = await createAnswerService({ settings: { ...settings, cacheDirectory: mkdtempSync(join(tmpdir(), "start-up-")) } });
    expect(startUp.ok).toBe(false);
    if (outcome.ok || startUp.ok) return;
    expect(outcome.error).toBe(startUp.error);
    expect(outcome.error).toContain(settings.rulesFile);
    expect(outcome.error).toContain("method");

    expect(reloadable.live.id).toBe(live);
    expect(await bankMethod(server)).toBe("plugin");
    const health = await getJson(`${server.url}/healthz`);
    expect(health.reload.refused).toBe(1);
    expect(health.reload.lastError).toBe(outcome.error);
    expect(await (await fetch(`${server.url}/metrics`)).text()).toContain('live_category_bot_reloads_total{outcome="refused"} 1');

    const repaired = nextAppliedReload(reloadable);
    writeFileSync(settings.rulesFile, good);
    await repaired;
    expect((await getJson(`${server.url}/healthz`)).reload.lastError).toBeNull();
  });
});

describe("a reload under load", () => {
  it("answers 200 concurrent requests started while a new version is built and swapped in", async () => {
    const settings = copyDataFiles();
    const { reloadable, server } = await startReloadable(settings, false);
    try {
      setBankMethod(settings, "plugin");
      const reloading = reloadable.reload(["test"]);
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, index) => postJson(`${server.url}/v1/answer`, { question: "银行能直播吗", conversationId: `load-${index}` })),
      );
      const outcome = await reloading;
      expect(outcome.ok).toBe(true);
      expect(responses.map((response) => response.status)).toEqual(Array(200).fill(200));
      // Each answer came whole from one version: the old verdict or the new one, never a mixture or an error.
      for (const { json } of responses) expect(["native", "plugin"]).toContain(json.method);
      expect(await bankMethod(server)).toBe("plugin");
    } finally {
      reloadable.close();
      await server.close();
    }
  });
});

describe("serve's composition root", () => {
  it("watches the files that CORPUS_FILE, RULES_FILE, LEXICON_FILE and PROMPTS_DIR name", async () => {
    const settings = copyDataFiles();
    const environment = {
      CORPUS_FILE: settings.corpusFile,
      RULES_FILE: settings.rulesFile,
      LEXICON_FILE: settings.lexiconFile,
      PROMPTS_DIR: settings.promptsDirectory,
      CACHE_DIR: settings.cacheDirectory,
    };
    const context = await openAnswerContext(environment, defaultServerSettings({ reloadDebounceMs: 100 }), pino({ level: "silent" }));
    if (!context.ok) throw new Error(context.error);
    try {
      const first = context.value.answers.live.id;
      const rulesChanged = nextAppliedReload(context.value.answers);
      setBankMethod(settings, "plugin");
      expect((await rulesChanged).version.id).not.toBe(first);
      expect((await context.value.answers.answer("银行能直播吗")).method).toBe("plugin");

      // A reload still pending from the rules edit may come first; wait for the one the lexicon caused.
      const lexiconChanged = (async () => {
        for (;;) {
          const outcome = await context.value.answers.nextReload();
          if (outcome.changed.includes(settings.lexiconFile)) return outcome;
        }
      })();
      writeFileSync(settings.lexiconFile, "version: 1\naspects: [not, a, map]\n");
      const outcome = await lexiconChanged;
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.error).toContain(settings.lexiconFile);
      expect((await context.value.answers.answer("银行能直播吗")).method).toBe("plugin");
    } finally {
      await context.value.close();
    }
  });

  it("reports an edit that breaks prompts/mcp-tools.yaml at the reload it causes, keeping the tools' texts", async () => {
    const settings = copyDataFiles();
    const environment = { CORPUS_FILE: settings.corpusFile, RULES_FILE: settings.rulesFile, LEXICON_FILE: settings.lexiconFile, GLOSSES_FILE: settings.glossesFile, PROMPTS_DIR: settings.promptsDirectory, CACHE_DIR: settings.cacheDirectory };
    const reported = new PassThrough();
    const logged = new Promise<string>((resolve) => {
      let text = "";
      reported.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
        const line = text.split("\n").find((entry) => entry.includes("mcp-tools.yaml is invalid"));
        if (line) resolve(line);
      });
    });
    const context = await openAnswerContext(environment, defaultServerSettings({ reloadDebounceMs: 100 }), pino({ level: "info" }, reported));
    if (!context.ok) throw new Error(context.error);
    try {
      const started = context.value.mcpTools.answerQuestion.title;
      writeFileSync(join(settings.promptsDirectory, "mcp-tools.yaml"), "answerQuestion:\n  title: only a title\n");
      const line = JSON.parse(await logged) as { level: number; error: string };
      expect(line.level).toBe(50);
      expect(line.error).toContain("mcp-tools.yaml: answerQuestion.description: ");
      expect(context.value.mcpTools.answerQuestion.title).toBe(started);
    } finally {
      await context.value.close();
    }
  });
});
