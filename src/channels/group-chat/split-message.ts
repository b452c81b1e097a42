export interface SplitOptions {
  readonly maximumCharacters: number;
  /** WeCom cuts a text message at 2,048 bytes of UTF-8. */
  readonly maximumBytes: number;
  readonly maximumParts: number;
  /** Appended to the last part when text had to be left out. */
  readonly continuation: string;
}

const encoder = new TextEncoder();
const fits = (text: string, options: SplitOptions) =>
  [...text].length <= options.maximumCharacters && encoder.encode(text).length <= options.maximumBytes;

/**
 * Splits an answer into chat messages at line, then sentence, boundaries; never more than
 * `maximumParts`, the last saying how to get the rest when something was cut.
 */
export function splitMessage(text: string, options: SplitOptions): string[] {
  if (fits(text, options)) return [text];
  const pieces = text.split(/(?<=\n)|(?<=[。!?;!?;])/u).flatMap((piece) => (fits(piece, options) ? [piece] : hardSplit(piece, options)));
  const parts: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (fits(current + piece, options)) current += piece;
    else {
      if (current) parts.push(current);
      current = piece;
    }
  }
  if (current) parts.push(current);
  if (parts.length <= options.maximumParts) return parts.map((part) => part.trimEnd());

  const kept = parts.slice(0, options.maximumParts);
  let last = kept[kept.length - 1]!.trimEnd();
  const suffix = `\n${options.continuation}`;
  while (last.length > 0 && !fits(last + suffix, options)) last = [...last].slice(0, -1).join("");
  kept[kept.length - 1] = last + suffix;
  return kept.map((part) => part.trimEnd());
}

function hardSplit(piece: string, options: SplitOptions): string[] {
  const out: string[] = [];
  let current = "";
  for (const character of piece) {
    if (!fits(current + character, options)) {
      out.push(current);
      current = "";
    }
    current += character;
  }
  if (current) out.push(current);
  return out;
}
