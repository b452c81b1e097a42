import type { CorpusDocument } from "./corpus-document.js";

/** The unit of retrieval: one heading's section, so a hit always cites one category. */
export interface CorpusChunk {
  readonly id: string;
  readonly heading: string;
  readonly primary: string | null;
  readonly secondary: string | null;
  readonly source: string;
  readonly lines: readonly string[];
  /** Heading plus lines; what is embedded and ranked. */
  readonly text: string;
}

// Bump when chunking changes, so cached indexes built the old way are rebuilt.
export const chunkerVersion = "section-v1";

export function chunkCorpus(document: CorpusDocument): CorpusChunk[] {
  return document.sections.map((section, index) => ({
    id: `chunk-${String(index).padStart(3, "0")}`,
    heading: section.heading,
    primary: section.primary,
    secondary: section.secondary,
    source: document.source,
    lines: section.lines,
    text: [section.heading.replace(" > ", " "), ...section.lines].join("\n"),
  }));
}
