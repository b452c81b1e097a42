import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import { formatValidationError } from "../config/format-validation-error.js";
import { fail, ok, type Result } from "../shared/result.js";

const frontMatterSchema = z.object({
  title: z.string().min(1),
  source: z.string().min(1),
  updated: z.string().min(1),
  official_reference: z.string().min(1),
  seed: z.string().optional(),
  missing: z.string().optional(),
});
export type CorpusFrontMatter = z.infer<typeof frontMatterSchema>;

/** One heading's text: the general notes, or one second-level category. */
export interface CorpusSection {
  /** "注意" or "电商平台 > 电商平台": the path below the document title. */
  readonly heading: string;
  readonly primary: string | null;
  readonly secondary: string | null;
  /** Quotable units in document order: sentences and rows, list markers removed. */
  readonly lines: readonly string[];
}

export interface CorpusDocument {
  /** Path as cited, relative to the repository root. */
  readonly source: string;
  readonly frontMatter: CorpusFrontMatter;
  readonly sections: readonly CorpusSection[];
  /** Changes whenever the text changes; keys the vector index. */
  readonly hash: string;
}

export async function loadCorpusDocument(file: string, citeAs: string): Promise<Result<CorpusDocument>> {
  let text: string;
  try {
    // Decoded in one piece: reading with an encoding goes through a stream decoder (~30% slower on 10 MB).
    text = (await readFile(file)).toString("utf8");
  } catch (error) {
    return fail(`${file}: cannot read the corpus (${(error as NodeJS.ErrnoException).code ?? String(error)}); fix: check CORPUS_FILE (see README.md › Settings)`);
  }
  return parseCorpusDocument(text, citeAs);
}

export function parseCorpusDocument(text: string, source: string): Result<CorpusDocument> {
  const match = frontMatterAndBody(text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text);
  if (!match) return fail(`${source}: (root): missing front matter; fix: start the file with a --- block holding title, source, updated, official_reference`);
  let frontMatterData: unknown;
  try {
    frontMatterData = parse(match[1]!);
  } catch (error) {
    return fail(`${source}: front matter: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const frontMatter = frontMatterSchema.safeParse(frontMatterData);
  if (!frontMatter.success) return fail(formatValidationError(`${source} (front matter)`, frontMatter.error));

  const sections: CorpusSection[] = [];
  let primary: string | null = null;
  let current: { heading: string; primary: string | null; secondary: string | null; lines: string[] } | null = null;
  // A "- 资质要求:" row may hold sub-lines; one with none is kept as it stands (the document left it empty).
  let listLabel: string | null = null;
  let labelHadLines = false;
  const flushLabel = () => {
    if (current && listLabel && !labelHadLines) current.lines.push(`${listLabel}:`);
    listLabel = null;
  };
  const close = () => {
    flushLabel();
    if (current && current.lines.length > 0) sections.push(current);
    current = null;
  };
  // Each pattern is tried only on lines that start the way it requires: a large corpus has hundreds of thousands of
  // lines. Without line terminators other than \n in the body, "- (.*)" is the rest of the line.
  const body = match[2]!;
  const plainLines = !/[\r\u2028\u2029]/u.test(body);
  for (const rawLine of body.split("\n")) {
    const line = rawLine.trimEnd();
    const heading = line.charCodeAt(0) === 0x23 ? /^(#{1,3}) (.+)$/.exec(line) : null;
    if (heading) {
      close();
      const level = heading[1]!.length;
      const title = heading[2]!.trim();
      if (level === 2) {
        primary = title;
        // A level-2 heading with text of its own (注意) is a section by itself.
        current = { heading: title, primary: null, secondary: null, lines: [] };
      } else if (level === 3) {
        current = { heading: `${primary} > ${title}`, primary, secondary: title, lines: [] };
      }
      continue;
    }
    // trimEnd left nothing only of a blank line.
    if (!current || line === "") continue;
    const section: { lines: string[] } = current;
    const item = line.startsWith("- ") ? (plainLines ? line.slice(2) : /^- (.*)$/.exec(line)?.[1]) : undefined;
    const subItem = item === undefined && listLabel ? /^\s{2,}(\S.*)$/.exec(line) : null;
    if (item !== undefined) {
      flushLabel();
      const itemText = item.trim();
      const label = itemText.endsWith(":") ? /^([^:]{1,10}):$/.exec(itemText) : null;
      if (label) {
        listLabel = label[1]!;
        labelHadLines = false;
      } else section.lines.push(itemText);
    } else if (subItem) {
      section.lines.push(`${listLabel}:${subItem[1]!.trim()}`);
      labelHadLines = true;
    } else {
      flushLabel();
      section.lines.push(line.trim());
    }
  }
  close();
  const hash = createHash("sha256").update(text).digest("hex");
  return ok({ source, frontMatter: frontMatter.data, sections, hash });
}

/** What `/^---\n([\s\S]*?)\n---\n([\s\S]*)$/` captures — front matter and body — without a regular expression over the whole text. */
function frontMatterAndBody(text: string): [string, string, string] | null {
  if (!text.startsWith("---\n")) return null;
  const end = text.indexOf("\n---\n", 4);
  if (end < 0) return null;
  return [text, text.slice(4, end), text.slice(end + 5)];
}
