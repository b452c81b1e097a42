import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadCompactDataFile, validateWithSchema, type CompactDataFileOptions } from "./compact-data-file.js";

const schema = z.object({ name: z.string(), count: z.number().default(1) }).strict();

function setup(yaml: string) {
  const folder = mkdtempSync(join(tmpdir(), "compact-"));
  const file = join(folder, "data.yaml");
  writeFileSync(file, yaml);
  const options: CompactDataFileOptions<z.infer<typeof schema>> = { cacheDirectory: join(folder, "cache"), validate: validateWithSchema(file, schema, "edit it"), unreadable: (reason) => `${file}: cannot read (${reason})` };
  const copyFile = () => join(folder, "cache", readdirSync(join(folder, "cache"))[0]!);
  return { file, options, copyFile };
}

describe("loadCompactDataFile", () => {
  it("parses the YAML once, then reads the JSON copy while the file is unchanged", async () => {
    const { file, options, copyFile } = setup("name: 电商平台\n");
    expect(await loadCompactDataFile(file, options)).toEqual({ ok: true, value: { name: "电商平台", count: 1 } });
    // Change the copy's data without touching the YAML: the next load must come from the copy.
    const copy = JSON.parse(readFileSync(copyFile(), "utf8"));
    writeFileSync(copyFile(), JSON.stringify({ ...copy, data: { name: "from the copy" } }));
    expect(await loadCompactDataFile(file, options)).toEqual({ ok: true, value: { name: "from the copy", count: 1 } });
  });

  it("parses the YAML again when it changed, and when the copy is damaged", async () => {
    const { file, options, copyFile } = setup("name: a\n");
    await loadCompactDataFile(file, options);
    writeFileSync(file, "name: b\n");
    expect(await loadCompactDataFile(file, options)).toMatchObject({ value: { name: "b" } });
    writeFileSync(copyFile(), "{ damaged");
    expect(await loadCompactDataFile(file, options)).toMatchObject({ value: { name: "b" } });
  });

  it("validates cached data against the schema every time", async () => {
    const { file, options, copyFile } = setup("name: a\n");
    await loadCompactDataFile(file, options);
    const copy = JSON.parse(readFileSync(copyFile(), "utf8"));
    writeFileSync(copyFile(), JSON.stringify({ ...copy, data: { name: 42 } }));
    expect(await loadCompactDataFile(file, options)).toEqual({ ok: false, error: `${file}: name: Expected string, received number\nfix: edit it` });
  });

  it("reports unreadable files and broken YAML in one line", async () => {
    const { file, options } = setup("name: [unclosed\n");
    expect(await loadCompactDataFile(`${file}.missing`, options)).toEqual({ ok: false, error: `${file}: cannot read (ENOENT)` });
    const broken = await loadCompactDataFile(file, options);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/: cannot read \(not valid YAML: /);
  });
});
