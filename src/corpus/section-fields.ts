import type { CorpusChunk } from "./chunk-corpus.js";

/** The labels of a section's rows (lexicon › corpusLabels). */
export interface SectionLabels {
  readonly scenario: string;
  readonly scope: string;
  readonly notes: string;
  readonly review: string;
}

/** A category section's fields, in the document's own words. */
export interface SectionFields {
  readonly scenario: string | null;
  readonly scope: string | null;
  /** Each 注意 item, without its label and number. */
  readonly notes: readonly string[];
  /** The sentence that gives the review time, wherever the section says it. */
  readonly review: string | null;
}

export const noFields: SectionFields = { scenario: null, scope: null, notes: [], review: null };

/** Reads the fields of one section from its "- 标签:内容" rows; a row the document left empty reads as absent. */
export function readSectionFields(chunk: CorpusChunk, labels: SectionLabels): SectionFields {
  const row = (label: string) =>
    chunk.lines.filter((line) => line.startsWith(`${label}:`)).map((line) => line.slice(label.length + 1).trim()).filter(Boolean);
  const notes = row(labels.notes).map((note) => note.replace(/^\d+[、.]\s*/u, ""));
  const scenario = row(labels.scenario)[0] ?? null;
  const sentences = [scenario ?? "", ...notes].flatMap((text) => text.split(/(?<=。)/u)).map((sentence) => sentence.trim());
  return {
    scenario,
    scope: row(labels.scope)[0] ?? null,
    notes,
    review: sentences.find((sentence) => sentence.includes(labels.review)) ?? null,
  };
}
