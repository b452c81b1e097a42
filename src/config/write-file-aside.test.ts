import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAside, writeFileAsideSync } from "./write-file-aside.js";

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), "aside-"));
  folders.push(made);
  return made;
};
afterEach(() => folders.splice(0).forEach((made) => rmSync(made, { recursive: true, force: true })));

describe("writing a file aside and renaming it over the file", () => {
  it("leaves the new content and no file aside, creating missing parents when asynchronous", async () => {
    const file = join(folder(), "a", "b", "copy.json");
    await writeFileAside(file, "first");
    await writeFileAside(file, "second");
    expect(readFileSync(file, "utf8")).toBe("second");
    expect(readdirSync(join(file, ".."))).toEqual(["copy.json"]);
  });

  it("creates only the file's own folder when synchronous, and says so when a parent is missing", () => {
    const root = folder();
    writeFileAsideSync(join(root, "cache", "one.bin"), Buffer.from([1, 2]));
    expect([...readFileSync(join(root, "cache", "one.bin"))]).toEqual([1, 2]);
    expect(readdirSync(join(root, "cache"))).toEqual(["one.bin"]);
    expect(() => writeFileAsideSync(join(root, "missing", "cache", "two.bin"), "x")).toThrow(/ENOENT/);
  });
});
