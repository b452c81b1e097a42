import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vitest keeps each file's last duration here and starts the slowest files first. Inside the checkout rather
  // than node_modules/.vite, which worktrees may share (hard-linked node_modules), so runs of other branches
  // do not reorder this one's files.
  cacheDir: ".cache/vite",
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The Q&A evaluation runs as `npm run eval`, apart from unit tests.
    exclude: ["test/eval/**", "node_modules/**"],
    // Bundles the commands and builds the index once per run; tests load both instead of rebuilding.
    globalSetup: ["test/support/global-setup.ts"],
    // The workers and spawned processes share two cores, often with other jobs: a CPU-heavy test can take three
    // times as long as it does alone (a 7 s keyword-index test went past 20 s at load ~7). A limit for a hang,
    // not a speed check.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Threads, not child processes: the main process hands every module and result to the workers, which costs
    // less over message ports than over IPC pipes (the whole run: about 6 s less CPU of ~73 s). Tests change no
    // process-wide state a thread could not have (no process.chdir, no signal handlers; processes are spawned).
    pool: "threads",
    // A worker runs file after file in one module graph instead of a fresh one per file: no test file stubs
    // modules, globals, the environment or timers, and each test builds its own services and servers, so
    // nothing leaks from file to file. Importing the answer path, LangChain and wechaty once per worker instead
    // of once per file took the 41 files without processes or big loops from 45 s of CPU to 16 s.
    isolate: false,
    // Vitest's default on a 2-core machine is one worker; many files wait on child processes, sockets and
    // file watchers, and a second worker keeps both cores busy meanwhile (the spawned processes use the rest).
    // A third imported LangChain, wechaty and the answer path once more without finishing sooner: five alternated
    // runs each, 2 workers 67 s CPU / 37 s wall on average, 3 workers 70 s / 40 s.
    maxWorkers: 2,
    // Each source file's transform is kept on disk between runs, keyed by its content and the config: a rerun
    // skips transforming the ~400 TypeScript modules again (transform 5.2 s → 1.2 s of the workers' time).
    experimental: { fsModuleCache: true, fsModuleCachePath: ".cache/vitest-modules" },
  },
});
