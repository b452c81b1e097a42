import { toTraditional } from "../shared/to-traditional.js";

/** The lines of an answer as it is shown: verdict, model text, details, remarks and the sources block. */
export interface ShownLines {
  readonly verdict: string;
  readonly model: string | null;
  readonly details: readonly string[];
  readonly remarks: readonly string[];
  /** The sources block: its header, the quoted lines, then a "more" line if any. */
  readonly sources: readonly string[];
}

/**
 * The answer in traditional characters, for a question written in them ("電商平台可以直播嗎"). The document's quotes
 * among the sources (`quotedLines` of them, after the header) stay as the document writes them: a quote is its words.
 */
export async function inTraditional(lines: ShownLines, quotedLines: number, forms: ReadonlyMap<string, string>): Promise<ShownLines> {
  const convert = (text: string) => toTraditional(text, forms);
  const convertAll = (texts: readonly string[]) => Promise.all(texts.map(convert));
  const [verdict, model, details, remarks, sources] = await Promise.all([
    convert(lines.verdict),
    lines.model === null ? null : convert(lines.model),
    convertAll(lines.details),
    convertAll(lines.remarks),
    Promise.all(lines.sources.map((line, index) => (index >= 1 && index <= quotedLines ? line : convert(line)))),
  ]);
  return { verdict, model, details, remarks, sources };
}

/**
 * Whether a message is written alike in both scripts: its traditional form is the same, but for characters traditional
 * writers type as they are in simplified text ("那教育平台呢" beside 教育平臺, lexicon › traditionalAsTyped).
 */
export function writtenAlike(message: string, traditional: string, asTyped: ReadonlySet<string>): boolean {
  if (message === traditional) return true;
  if (message.length !== traditional.length) return false;
  for (let at = 0; at < message.length; at += 1) if (message[at] !== traditional[at] && !asTyped.has(message[at]!)) return false;
  return true;
}
