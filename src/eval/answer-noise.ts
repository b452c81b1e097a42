import type { Answer } from "../answer/answer.js";

/** The document's text of a section, by heading; for checking what an answer says is missing. */
export type SectionText = (heading: string) => string | undefined;

const sentenceEnd = /(?<=[。!?;!?;])|(?<=\.\s)/u;
const shortestCheckedSentence = 8;

/**
 * Lines an answer should not have, whatever was asked: a "not in the document" line about a word
 * a cited section uses, a sentence said twice, or an asked aspect whose backing quote is not among
 * the visible sources. Each problem is named.
 */
export function answerNoise(answer: Answer, sectionText: SectionText): string[] {
  const problems: string[] = [];
  const { parts } = answer;
  const citedHeadings = [...new Set(parts.sources.slice(0, parts.visibleSources).map((citation) => citation.heading))];
  for (const absent of parts.absent) {
    for (const heading of absent.heading ? [absent.heading] : citedHeadings) {
      const text = sectionText(heading)?.toLowerCase() ?? "";
      const used = absent.words.filter((word) => word && text.includes(word.toLowerCase()));
      if (used.length > 0) problems.push(`says the document lacks 「${used.join("、")}」, but 「${heading}」 uses it: "${absent.line}"`);
    }
  }
  const seen = new Set<string>();
  for (const line of [parts.verdict, ...parts.details, ...(parts.model ? [parts.model] : []), ...parts.remarks]) {
    // A label ("审核:", "「社交-直播」注意:") is the line's own; the sentences after it are the document's.
    for (const sentence of line.replace(/^[^::]{1,24}[::]/u, "").split(sentenceEnd).map((piece) => piece.trim())) {
      // Whole sentences only: list entries ("· 类目:插件") may share their short value.
      if (sentence.length < shortestCheckedSentence || !/[。!?;!?;.]$/u.test(sentence)) continue;
      if (seen.has(sentence)) problems.push(`repeats "${sentence}"`);
      seen.add(sentence);
    }
  }
  const visible = parts.sources.slice(0, parts.visibleSources);
  for (const asked of parts.asked) {
    if (!visible.some((citation) => citation.heading === asked.heading && citation.quote.includes(asked.quoteMark))) {
      problems.push(`answers ${asked.aspect} of 「${asked.heading}」 without showing its quote`);
    }
  }
  return problems;
}
