import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../config/settings.js";
import { writeFileAsideSync } from "../config/write-file-aside.js";
import { readScriptNodeFlags } from "./script-node-flags.js";

export const binFile = join(projectRoot, "bin", "live-category-bot.js");

export interface ProcessRun {
  readonly milliseconds: number;
  /** Peak resident memory of the process, as the operating system counted it. */
  readonly peakRssMiB: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

// A preload that reports the process's own peak RSS (getrusage) as it exits.
const rssProbe = `process.on("exit", () => { require("fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n`;

/** A temporary folder with the peak-RSS preload: the node arguments and environment to start a child with, and its reading. */
export interface RssProbe {
  /** Put before the script: `--require <probe>`. */
  readonly nodeArguments: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** The child's peak RSS in MiB, NaN when it died before exiting normally; removes the folder. */
  readPeakMiB(): number;
  /** A file in the probe's folder, for a child's input. */
  file(name: string): string;
}

export function createRssProbe(prefix: string): RssProbe {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const rssFile = join(folder, "rss");
  return {
    nodeArguments: ["--require", probeScript()],
    env: { BENCH_RSS_FILE: rssFile },
    file: (name) => join(folder, name),
    readPeakMiB: () => {
      let peakRssMiB = Number.NaN;
      try {
        peakRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
      } catch {
        // the process died before exiting normally
      }
      rmSync(folder, { recursive: true, force: true });
      return peakRssMiB;
    },
  };
}

/**
 * The preload, at one path for every run: the node flags key the commands' code cache (src/cli/run-with-code-cache.ts),
 * and a `--require` of a new path each run would have every measured run compile without it and write one.
 */
function probeScript(): string {
  const file = join(tmpdir(), `live-category-bot-rss-probe-${createHash("sha256").update(rssProbe).digest("hex").slice(0, 12)}.cjs`);
  if (!existsSync(file)) writeFileAsideSync(file, rssProbe);
  return file;
}

let nodeFlags: readonly string[] | null = null;

/** The node flags of the npm scripts (package.json), which every process the bench starts gets too. */
export function benchNodeFlags(): readonly string[] {
  if (!nodeFlags) {
    const flags = readScriptNodeFlags(projectRoot);
    if (!flags.ok) throw new Error(flags.error);
    nodeFlags = flags.value;
  }
  return nodeFlags;
}

/** Runs node with the npm scripts' flags and the arguments from process start to exit, timing it from outside. */
export function runNode(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): ProcessRun {
  const probe = createRssProbe("bench-run-");
  const flags = benchNodeFlags();
  const started = performance.now();
  const result = spawnSync(process.execPath, [...flags, ...probe.nodeArguments, ...args], {
    cwd: projectRoot,
    input: options.input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...options.env, ...probe.env },
  });
  const milliseconds = performance.now() - started;
  const peakRssMiB = probe.readPeakMiB();
  return { milliseconds, peakRssMiB, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);
