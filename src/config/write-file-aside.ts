import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { makeDirectory } from "./make-directory.js";

// Written aside and renamed over the file: a process reading it meanwhile gets the old file or the new one, never half
// of one. The name is this process's own, so two writing at once do not write into one file.
const asideOf = (file: string) => `${file}.${process.pid}.partial`;

/** Writes a file by way of a file aside, creating its folder and missing parents (makeDirectory). Throws as fs does. */
export async function writeFileAside(file: string, data: string | Uint8Array): Promise<void> {
  await makeDirectory(dirname(file));
  const aside = asideOf(file);
  await writeFile(aside, data);
  await rename(aside, file);
}

/**
 * The same, synchronously, for a process's exit (no promise settles then): creates the file's folder only, not its
 * parents — `mkdirSync` with `recursive` can spin forever on a path it cannot create (make-directory.ts).
 */
export function writeFileAsideSync(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const aside = asideOf(file);
  writeFileSync(aside, data);
  renameSync(aside, file);
}
