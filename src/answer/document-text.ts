import { withoutNoteNumber } from "../corpus/section-fields.js";
import type { Language } from "../understanding/question-frame.js";
import type { AnswerTemplates } from "./answer-templates.js";
import type { CorpusLabels } from "./compose-types.js";

/** The document's own text as an answer shows it (compose-types.ts › CompositionInput.documentText). */
export type DocumentText = (text: string) => string;

const asWritten: DocumentText = (text) => text;

/**
 * Chinese answers say the document's text as written. English ones say its English rendering (GLOSSES_FILE,
 * corpus/english-glosses.yaml) where there is one, and the Chinese where there is none: the sources still quote the
 * Chinese, which stays the authority. A whole row ("类目适用范围:…", "注意:1、…") is said as its label's English and
 * its value's rendering, so a row quoted whole needs no entry of its own.
 */
export function documentTextFor(language: Language, glosses: ReadonlyMap<string, string>, labels: CorpusLabels, templates: AnswerTemplates): DocumentText {
  if (language !== "en" || glosses.size === 0) return asWritten;
  const rows: ReadonlyArray<readonly [string, string]> = [
    [`${labels.scenario}:`, templates.aspect.scenario],
    [`${labels.scope}:`, templates.aspect.scope],
    [`${labels.notes}:`, templates.aspect.notes],
  ];
  return (text) => {
    const whole = glosses.get(text);
    if (whole !== undefined) return whole;
    for (const [label, name] of rows) {
      if (!text.startsWith(label)) continue;
      const value = withoutNoteNumber(text.slice(label.length).trim());
      const rendered = glosses.get(value);
      if (rendered !== undefined) return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${rendered}`;
    }
    return text;
  };
}
