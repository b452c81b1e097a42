import { describe, expect, it } from "vitest";
import * as OpenCC from "opencc-js/cn2t";
import { readCoreSettings } from "../config/settings.js";
import { loadLexicon } from "../lexicon/load-lexicon.js";
import { loadRules } from "../rules/load-rules.js";
import { toTraditional } from "./to-traditional.js";

const settings = readCoreSettings({});
if (!settings.ok) throw new Error(settings.error);
const lexicon = loadLexicon(settings.value.lexiconFile);
if (!lexicon.ok) throw new Error(lexicon.error);
const rules = await loadRules(settings.value.rulesFile);
if (!rules.ok) throw new Error(rules.error);
const forms = lexicon.value.traditionalForms;

describe("toTraditional", () => {
  it("writes every category and unlisted name as opencc-js's whole Taiwan converter does", async () => {
    const whole = OpenCC.Converter({ from: "cn", to: "tw" });
    const names = [
      ...rules.value.categories.flatMap((category) => [category.primary, category.secondary]),
      ...rules.value.unlisted.map((entry) => entry.name),
    ];
    const differing: string[] = [];
    for (const name of new Set(names)) if ((await toTraditional(name, forms)) !== whole(name)) differing.push(name);
    expect(differing, "add these to corpus/lexicon.yaml › traditionalForms").toEqual([]);
  });

  it("keeps 了 after a verb, where the phrase table would write 瞭", async () => {
    expect(await toTraditional("文档只写明了审核时长", forms)).toBe("文檔只寫明了審核時長");
  });
});
