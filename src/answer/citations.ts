import type { CorpusChunk } from "../corpus/chunk-corpus.js";

export interface Citation {
  readonly source: string;
  readonly heading: string;
  readonly quote: string;
}

/** Quotes whole corpus lines only, so a citation is always the document's own words. */
export class CitationCollector {
  private readonly citations: Citation[] = [];
  private leading = 0;

  constructor(private readonly findChunk: (heading: string) => CorpusChunk | undefined) {}

  /**
   * Adds the chunk's lines that satisfy `select`; returns how many were added. `first` puts them
   * before the others: the sentence behind what was asked leads the quotes.
   */
  add(heading: string, select: (line: string) => boolean, limit = 2, options: { first?: boolean } = {}): number {
    const chunk = this.findChunk(heading);
    if (!chunk) return 0;
    let added = 0;
    for (const line of chunk.lines) {
      if (added >= limit) break;
      if (!select(line)) continue;
      if (this.citations.some((citation) => citation.heading === heading && citation.quote === line)) continue;
      const citation = { source: chunk.source, heading, quote: line };
      if (options.first) this.citations.splice(this.leading++, 0, citation);
      else this.citations.push(citation);
      added += 1;
    }
    return added;
  }

  all(): Citation[] {
    return [...this.citations];
  }
}

/** The sentence that states a category's access method opens with the label (「具备…类目,可…进行接入」), the conditional one with its own. */
export const isAccessSentence = (labels: { readonly accessOpening: string; readonly conditionOpening: string }) => (line: string): boolean =>
  line.startsWith(labels.accessOpening) && !line.startsWith(labels.conditionOpening);
export const isConditionSentence = (labels: { readonly conditionOpening: string }) => (line: string): boolean => line.startsWith(labels.conditionOpening);
