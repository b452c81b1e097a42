import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Answer, AnswerRequest, ConversationState } from "../answer/answer.js";
import type { Result } from "../shared/result.js";
import type { AnswerService } from "./create-answer-service.js";
import { watchFiles, type FileWatcher, type WatchedFiles } from "./watch-files.js";

/** One loaded version of the corpus, rules and prompts. */
export interface LiveVersion {
  /** Changes whenever a watched file's content changes: `v<sequence>-<content hash>`. */
  readonly id: string;
  readonly service: AnswerService;
  readonly loadedAt: string;
}

export type ReloadOutcome =
  | { readonly ok: true; readonly version: LiveVersion; readonly changed: readonly string[] }
  | { readonly ok: false; readonly error: string; readonly changed: readonly string[]; readonly live: LiveVersion };

/** What channels need: answer with whatever version is live, and see which one that is. */
export interface LiveAnswerService {
  answer(question: string, conversation?: ConversationState, options?: Pick<AnswerRequest, "mentionNames" | "command" | "onToken">): Promise<Answer>;
  readonly live: LiveVersion;
}

export interface ReloadableOptions {
  /** Builds a whole new service from the files, validating them as at start-up. */
  readonly build: () => Promise<Result<AnswerService>>;
  readonly watched: WatchedFiles;
  readonly debounceMs: number;
  /** Told after every attempt, applied or refused; tests wait on it instead of sleeping. */
  readonly onReload?: (outcome: ReloadOutcome) => void;
}

/**
 * Hot reload: a change to a watched file builds a complete new service off to the side (rules,
 * templates, corpus, index); only when it is valid does one assignment make it live. Answers
 * already running finish on the version they started with; a refused change leaves the running
 * version answering.
 */
export class ReloadableAnswerService implements LiveAnswerService {
  private current: LiveVersion;
  private sequence: number;
  private watcher: FileWatcher | undefined;
  private running: Promise<void> = Promise.resolve();
  private listeners = new Set<(outcome: ReloadOutcome) => void>();
  readonly counts = { applied: 0, refused: 0 };
  lastError: string | null = null;

  private constructor(
    private readonly options: ReloadableOptions,
    first: LiveVersion,
  ) {
    this.current = first;
    this.sequence = 1;
    if (options.onReload) this.listeners.add(options.onReload);
  }

  /** Builds the first version; a broken file here stops start-up with the same error a reload would log. */
  static async start(options: ReloadableOptions & { watch: boolean }): Promise<Result<ReloadableAnswerService>> {
    const built = await options.build();
    if (!built.ok) return built;
    const service = new ReloadableAnswerService(options, { id: `v1-${await contentHash(options.watched)}`, service: built.value, loadedAt: new Date().toISOString() });
    if (options.watch) service.watcher = watchFiles(options.watched, options.debounceMs, (changed) => void service.reload(changed));
    return { ok: true, value: service };
  }

  /** Whether file changes are being watched (HOT_RELOAD). */
  get watching(): boolean {
    return this.watcher !== undefined;
  }

  get live(): LiveVersion {
    return this.current;
  }

  /** A bound function, so a channel can take `service.answer` as its core and still get every later version. */
  readonly answer = (question: string, conversation?: ConversationState, options?: Pick<AnswerRequest, "mentionNames" | "command" | "onToken">): Promise<Answer> =>
    this.current.service.answer(question, conversation, options);

  /** Resolves with the outcome of the next reload attempt. */
  nextReload(): Promise<ReloadOutcome> {
    return new Promise((resolve) => {
      const listener = (outcome: ReloadOutcome) => {
        this.listeners.delete(listener);
        resolve(outcome);
      };
      this.listeners.add(listener);
    });
  }

  /** Rebuilds now; attempts run one after another so two bursts never race to be live. */
  reload(changed: readonly string[] = []): Promise<ReloadOutcome> {
    const attempt = this.running.then(() => this.rebuild(changed));
    this.running = attempt.then(() => undefined);
    return attempt;
  }

  close(): void {
    this.watcher?.close();
  }

  private async rebuild(changed: readonly string[]): Promise<ReloadOutcome> {
    let outcome: ReloadOutcome;
    try {
      const built = await this.options.build();
      if (built.ok) {
        this.sequence += 1;
        this.current = { id: `v${this.sequence}-${await contentHash(this.options.watched)}`, service: built.value, loadedAt: new Date().toISOString() };
        this.counts.applied += 1;
        this.lastError = null;
        outcome = { ok: true, version: this.current, changed };
      } else {
        outcome = this.refuse(built.error, changed);
      }
    } catch (error) {
      outcome = this.refuse(error instanceof Error ? error.message : String(error), changed);
    }
    for (const listener of [...this.listeners]) listener(outcome);
    return outcome;
  }

  private refuse(error: string, changed: readonly string[]): ReloadOutcome {
    this.counts.refused += 1;
    this.lastError = error;
    return { ok: false, error, changed, live: this.current };
  }
}

/** Wraps a service that never reloads (tests, `bench`), so channels take one type. */
export function fixedAnswerService(service: AnswerService, id = "v1"): LiveAnswerService {
  const live: LiveVersion = { id, service, loadedAt: new Date().toISOString() };
  return { live, answer: (question, conversation, options) => service.answer(question, conversation, options) };
}

/** A short hash of every watched file's bytes, so the live version names what it was built from. */
async function contentHash(watched: WatchedFiles): Promise<string> {
  const hash = createHash("sha256");
  const folderFiles = await Promise.all(
    watched.directories.map(async (directory) => (await readdir(directory).catch(() => [] as string[])).sort().map((name) => join(directory, name))),
  );
  for (const file of [...watched.files, ...folderFiles.flat()]) {
    hash.update(file);
    hash.update(await readFile(file).catch(() => Buffer.from("(missing)")));
  }
  return hash.digest("hex").slice(0, 12);
}
