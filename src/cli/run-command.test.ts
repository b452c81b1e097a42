import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/settings.js";
import { runProcess } from "../../test/support/run-command.js";

let folder: string;

// The module as JavaScript beside the commands, so each process is a plain node start (tsx would cost ~0.4 s each).
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "run-main-"));
  const source = readFileSync(join(projectRoot, "src/cli/run-command.ts"), "utf8");
  writeFileSync(join(folder, "run-command.mjs"), transformSync(source, { loader: "ts", format: "esm" }).code);
});

let commands = 0;

/** Runs a command whose main is `body` through runMain, in a process of its own. */
function runCommand(body: string) {
  const script = join(folder, `command-${(commands += 1)}.mjs`);
  writeFileSync(script, `import { runMain } from "./run-command.mjs";\nrunMain(async () => {\n${body}\n});\n`);
  return runProcess(process.execPath, [script], { cwd: projectRoot });
}

describe.concurrent("runMain", () => {
  it("ends the process with main's exit code once main settles, though a handle is still open", async () => {
    // Without the exit, the interval would keep the process alive until the test's timeout.
    const result = await runCommand(`setInterval(() => undefined, 1000);\nprocess.stdout.write("done\\n");\nreturn 3;`);
    expect(result).toMatchObject({ status: 3, stdout: "done\n" });
  });

  it("hands on everything main wrote before exiting, a large output through a pipe included", async () => {
    const result = await runCommand(`setInterval(() => undefined, 1000);\nfor (let line = 0; line < 20000; line += 1) process.stdout.write(\`line \${line} \${"x".repeat(90)}\\n\`);\nprocess.stderr.write("finished\\n");\nreturn 0;`);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(20000);
    expect(lines.at(-1)).toMatch(/^line 19999 x+$/);
    expect(result.stderr).toBe("finished\n");
  });

  it("turns a failure into a one-line message and exit code 1", async () => {
    const result = await runCommand(`setInterval(() => undefined, 1000);\nthrow new Error("the corpus is gone");`);
    expect(result).toMatchObject({ status: 1, stdout: "", stderr: "error: the corpus is gone\n" });
  });
});
