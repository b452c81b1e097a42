import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

export interface WatchedFiles {
  /** Exact files to watch; their folders are watched, because editors save by writing a new file and renaming it over the old one. */
  readonly files: readonly string[];
  /** Folders whose every file counts (the prompts folder). */
  readonly directories: readonly string[];
}

export interface FileWatcher {
  close(): void;
}

/**
 * Calls `onChange` once per burst of changes: editors and `cp` write a file in several steps,
 * and a rebuild per step would waste work and could read a half-written file.
 */
export function watchFiles(watched: WatchedFiles, debounceMs: number, onChange: (changed: readonly string[]) => void): FileWatcher {
  const namesByFolder = new Map<string, Set<string> | "all">();
  for (const directory of watched.directories) namesByFolder.set(resolve(directory), "all");
  for (const file of watched.files) {
    const folder = dirname(resolve(file));
    const names = namesByFolder.get(folder);
    if (names === "all") continue;
    namesByFolder.set(folder, new Set([...(names ?? []), basename(file)]));
  }

  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watchers: FSWatcher[] = [];
  for (const [folder, names] of namesByFolder) {
    const onEvent = (_event: string, name: string | Buffer | null) => {
      if (name === null || (names !== "all" && !names.has(name.toString()))) return;
      changed.add(resolve(folder, name.toString()));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...changed];
        changed.clear();
        onChange(files);
      }, debounceMs);
    };
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: false }, onEvent);
    } catch {
      continue; // a folder that vanished after start-up: nothing there to reload from
    }
    // A folder deleted under us stops its watch; the live version keeps answering.
    watcher.on("error", () => watcher.close());
    watchers.push(watcher);
  }
  return {
    close: () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
