import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/settings.js";
import { commandsOf, readPackageScripts, readScriptNodeFlags, scriptNodeFlags } from "./script-node-flags.js";

describe("the node flags of the npm scripts", () => {
  it("are the flags between node and the bin, the same in every script that runs the bin", () => {
    const flags = scriptNodeFlags({
      chat: "node --max-old-space-size=512 --stack-size=900 bin/live-category-bot.js chat",
      bot: "node --max-old-space-size=512 --stack-size=900 bin/live-category-bot.js bot",
      typecheck: "tsc --noEmit",
    });
    expect(flags).toEqual({ ok: true, value: ["--max-old-space-size=512", "--stack-size=900"] });
    expect(scriptNodeFlags({ ask: "node bin/live-category-bot.js ask" })).toEqual({ ok: true, value: [] });
  });

  it("name both scripts when two start node differently", () => {
    const flags = scriptNodeFlags({ ask: "node --stack-size=900 bin/live-category-bot.js ask", serve: "node bin/live-category-bot.js serve" });
    expect(flags.ok).toBe(false);
    if (!flags.ok) expect(flags.error).toMatch(/scripts\.serve starts node with "" but scripts\.ask with "--stack-size=900"; fix: /);
  });

  it("are read in each command of a script that chains several", () => {
    const flags = scriptNodeFlags({ ask: "node --stack-size=900 bin/live-category-bot.js ask", test: "tsc --noEmit && vitest run && node bin/live-category-bot.js eval" });
    expect(flags.ok).toBe(false);
    if (!flags.ok) expect(flags.error).toMatch(/scripts\.test starts node with "" but scripts\.ask with "--stack-size=900"/);
  });

  it("are read after every way a shell chains commands, not only &&", () => {
    expect(commandsOf("a && b || c; d | e & f;")).toEqual(["a", "b", "c", "d", "e", "f"]);
    for (const separator of ["||", ";", "|", "&"]) {
      const flags = scriptNodeFlags({ ask: "node --stack-size=900 bin/live-category-bot.js ask", check: `vitest run ${separator} node bin/live-category-bot.js eval` });
      expect(flags.ok, separator).toBe(false);
    }
  });

  it("are missing, with a fix, when no script runs the bin", () => {
    const flags = scriptNodeFlags({ test: "vitest run" });
    expect(flags.ok).toBe(false);
    if (!flags.ok) expect(flags.error).toMatch(/^package\.json: no script runs bin\/live-category-bot\.js; fix: /);
  });

  it("are the ones the Dockerfile starts the bot with", () => {
    const flags = readScriptNodeFlags(projectRoot);
    if (!flags.ok) throw new Error(flags.error);
    const command = /^CMD (\[.*\])$/m.exec(readFileSync(join(projectRoot, "Dockerfile"), "utf8"))?.[1];
    expect(command).toBeDefined();
    expect(JSON.parse(command!)).toEqual(["node", ...flags.value, "bin/live-category-bot.js", "bot"]);
  });
});

describe("npm test", () => {
  it("runs the typecheck and eval scripts' own commands, without npm run", () => {
    const scripts = readPackageScripts(projectRoot);
    if (!scripts.ok) throw new Error(scripts.error);
    const commands = commandsOf(scripts.value["test"]!);
    expect(commands).toContain(scripts.value["typecheck"]);
    expect(commands).toContain(scripts.value["eval"]);
  });
});
