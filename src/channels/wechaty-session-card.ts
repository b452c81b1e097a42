import { randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { MemoryCard } from "memory-card";

interface WarnLogger {
  warn(object: object, message?: string): void;
}

type Payload = Record<string, unknown>;

/**
 * The wechaty login session on disk, written atomically (a temporary file, flushed, then
 * renamed over the old one), so a stop or a crash mid-write never leaves it empty or half
 * written. A file that cannot be read as a JSON object is moved aside with a one-line warning
 * and the bot starts without a session (it asks for a new login).
 */
class SessionFile {
  /** Saves run one at a time, so a burst of saves (login, stop) cannot interleave. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly logger: WarnLogger,
  ) {}

  async load(): Promise<Payload> {
    await this.removeStaleTemporaries();
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw error;
    }
    try {
      const payload: unknown = JSON.parse(text);
      if (payload && typeof payload === "object" && !Array.isArray(payload)) return payload as Payload;
    } catch {
      // handled below: the file is moved aside
    }
    const aside = `${this.file}.broken-${Date.now()}`;
    await rename(this.file, aside);
    this.logger.warn({ file: this.file, movedTo: aside, bytes: Buffer.byteLength(text) }, "the saved login session was empty or damaged; moved it aside and starting without it (log in again)");
    return {};
  }

  save(payload: Payload): Promise<void> {
    const text = JSON.stringify(payload);
    const run = this.saving.then(() => this.write(text));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async write(text: string): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    const handle = await open(temporary, "w", 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, this.file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** A process killed mid-save leaves its temporary file; the session file itself is intact. */
  private async removeStaleTemporaries(): Promise<void> {
    const prefix = `${basename(this.file)}.`;
    const names = await readdir(dirname(this.file)).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.startsWith(prefix) && name.endsWith(".tmp")).map((name) => rm(join(dirname(this.file), name), { force: true })));
  }

  async destroy(): Promise<void> {
    await rm(this.file, { force: true });
  }

  toString(): string {
    return `SessionFile<${this.file}>`;
  }
}

/** Opens (and loads) the session card kept in `<sessionPath>.memory-card.json`, for WechatyBuilder's `memory`. */
export async function openSessionCard(sessionPath: string, logger: WarnLogger): Promise<MemoryCard> {
  const file = sessionPath.endsWith(".memory-card.json") ? sessionPath : `${sessionPath}.memory-card.json`;
  const card = new MemoryCard({ name: file });
  // memory-card's own file storage truncates, then writes: an interrupted save leaves 0 bytes. The
  // storage is set on a plain card (not a subclass) because multiplexed child cards are built with
  // the card's own constructor; they save through this parent.
  (card as unknown as { storage: unknown }).storage = new SessionFile(file, logger);
  await card.load();
  return card;
}
