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

/**
 * Reads the fields of one section from its "- 标签:内容" rows; a row the document left empty reads as absent.
 * One pass over the lines, and sentences are split only when the review label occurs at all: it runs for every
 * section of the corpus at start-up.
 */
export function readSectionFields(chunk: CorpusChunk, labels: SectionLabels): SectionFields {
  const notesPrefix = `${labels.notes}:`;
  const scenarioPrefix = `${labels.scenario}:`;
  const scopePrefix = `${labels.scope}:`;
  const notes: string[] = [];
  let scenario: string | null = null;
  let scope: string | null = null;
  for (const line of chunk.lines) {
    // A label may be another's prefix, so each is checked on its own, as separate filters would.
    if (line.startsWith(notesPrefix)) {
      const note = line.slice(notesPrefix.length).trim();
      if (note) notes.push(withoutNoteNumber(note));
    }
    if (scenario === null && line.startsWith(scenarioPrefix)) scenario = line.slice(scenarioPrefix.length).trim() || null;
    if (scope === null && line.startsWith(scopePrefix)) scope = line.slice(scopePrefix.length).trim() || null;
  }
  const mentionsReview = (scenario ?? "").includes(labels.review) || notes.some((note) => note.includes(labels.review));
  const sentences = mentionsReview ? [scenario ?? "", ...notes].flatMap(sentencesOf) : [];
  return {
    scenario,
    scope,
    notes,
    review: sentences.find((sentence) => sentence.includes(labels.review)) ?? null,
  };
}

/** A 注意 item without its number ("1、入驻商家…" → "入驻商家…"): the number is the list's, not the note's. */
export function withoutNoteNumber(note: string): string {
  return note.replace(noteNumber, "");
}

const noteNumber = /^\d+[、.]\s*/u;

/**
 * What the section's scenario says of what is streamed: its text without the sentences its notes also write (社交-直播's
 * scenario row holds its review sentence, which note 2 repeats). The whole text when every sentence is a note's; null
 * without a scenario.
 */
export function scenarioOwnText(fields: SectionFields): string | null {
  if (fields.scenario === null) return null;
  const own = sentencesOf(fields.scenario).filter((sentence) => !fields.notes.some((note) => note.includes(sentence.replace(/。$/u, ""))));
  return own.length > 0 ? own.join("") : fields.scenario;
}

/** A text of the document in its sentences, each ending at its 。 (the last may have none), trimmed, none empty. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=。)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}
