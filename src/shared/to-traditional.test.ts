import { describe, expect, it } from "vitest";
import * as OpenCC from "opencc-js/cn2t";
import { readCoreSettings } from "../config/settings.js";
import { loadLexicon } from "../lexicon/load-lexicon.js";
import { loadRules } from "../rules/load-rules.js";
import { dictionaryConverter } from "./dictionary-converter.js";
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

  it("converts as the preset's own dictionaries do, its phrase table aside", async () => {
    const preset = (OpenCC.Locale.configs as unknown as Record<string, { normalizationChain: string[][]; conversionChain: string[][] }>)["s2tw"]!;
    const withoutPhrases = dictionaryConverter({ normalizationChain: preset.normalizationChain, conversionChain: [preset.conversionChain[0]!.slice(1), ...preset.conversionChain.slice(1)] });
    const sample = "文档只写明了「社交-直播」的审核时长:选择该类目后首次提交代码审核,需经当地互联网主管机关审核确认。个人认证的小程序暂不支持直播。";
    expect(await toTraditional(sample, new Map())).toBe(withoutPhrases(sample));
  });

  it("keeps 了 after a verb, where the phrase table would write 瞭", async () => {
    expect(await toTraditional("文档只写明了审核时长", forms)).toBe("文檔只寫明了審核時長");
  });
});
