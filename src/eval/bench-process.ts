import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../config/settings.js";

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

/** Runs node with the arguments from process start to exit, timing it from outside. */
export function runNode(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): ProcessRun {
  const folder = mkdtempSync(join(tmpdir(), "bench-run-"));
  const probe = join(folder, "rss-probe.cjs");
  const rssFile = join(folder, "rss");
  writeFileSync(probe, rssProbe);
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--require", probe, ...args], {
    cwd: projectRoot,
    input: options.input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile },
  });
  const milliseconds = performance.now() - started;
  let peakRssMiB = Number.NaN;
  try {
    peakRssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
  } catch {
    // the process died before exiting normally
  }
  rmSync(folder, { recursive: true, force: true });
  return { milliseconds, peakRssMiB, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);
