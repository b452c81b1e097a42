import { randomBytes } from "node:crypto";
import { open, readFile, rename, rm } from "node:fs/promises";
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
  constructor(
    private readonly file: string,
    private readonly logger: WarnLogger,
  ) {}

  async load(): Promise<Payload> {
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

  async save(payload: Payload): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    const handle = await open(temporary, "w", 0o600);
    try {
      await handle.writeFile(JSON.stringify(payload));
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

  async destroy(): Promise<void> {
    await rm(this.file, { force: true });
  }

  toString(): string {
    return `SessionFile<${this.file}>`;
  }
}

class SessionMemoryCard extends MemoryCard {
  constructor(file: string, logger: WarnLogger) {
    super({ name: file });
    // memory-card's own file storage truncates, then writes: an interrupted save leaves 0 bytes.
    this.storage = new SessionFile(file, logger) as never;
  }
}

/** Opens (and loads) the session card kept in `<sessionPath>.memory-card.json`, for WechatyBuilder's `memory`. */
export async function openSessionCard(sessionPath: string, logger: WarnLogger): Promise<MemoryCard> {
  const file = sessionPath.endsWith(".memory-card.json") ? sessionPath : `${sessionPath}.memory-card.json`;
  const card = new SessionMemoryCard(file, logger);
  await card.load();
  return card;
}
