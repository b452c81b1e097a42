import type { Lexicon } from "../lexicon/load-lexicon.js";

/** A message that quotes an earlier one: the quoted text, and what the asker asks after it. */
export interface QuotedMessage {
  readonly quoted: string;
  readonly asked: string;
}

// A speaker's name before the quoted words ("小王:", "Tom: "): short, ending in a colon.
const speakerPrefix = /^[^\s:\uFF1A「」]{1,16}[:\uFF1A]\s*/u;

/**
 * Splits off the earlier message a group message quotes (lexicon quotedMessage): lines opening with a quote mark
 * ("> 个人认证的不能直播"), or a 「…」 block opening the message that says it quotes ("「引用:小王:…」") or that a
 * separator line follows (WeChat writes "- - - - -" under a quote). Null when nothing is quoted, or nothing is asked
 * besides the quote (that message asks about the quoted text itself).
 */
export function splitQuotedMessage(text: string, lexicon: Lexicon): QuotedMessage | null {
  const { lineMarks, blockMarks, openers, separatorCharacters } = lexicon.quotedMessage;
  // Most messages quote nothing: neither a mark nor a block opening them.
  const opening = text.trimStart()[0] ?? "";
  const blockMark = blockMarks.find((pair) => pair[0] === opening);
  if (blockMark === undefined && !lineMarks.some((mark) => text.includes(mark))) return null;
  const lines = text.split(/\r?\n/u);
  const isSeparator = (line: string) => line.trim().length >= 3 && [...line].every((character) => separatorCharacters.includes(character));
  const quotedLines: string[] = [];
  const askedLines: string[] = [];
  for (const line of lines) {
    const trimmed = line.trimStart();
    const mark = lineMarks.find((candidate) => trimmed.startsWith(candidate));
    if (mark !== undefined) quotedLines.push(trimmed.slice(mark.length).trim());
    else if (!isSeparator(line)) askedLines.push(line);
  }
  // A quote block names its speaker ("「小王:…」", as WeChat writes it); a marked line ("> 银行:原生") may hold a colon of
  // its own, and is kept whole.
  const block = blockMark === undefined ? null : quotedBlock(askedLines.join("\n"), blockMark, openers, lines.some(isSeparator), separatorCharacters);
  if (block) quotedLines.push(block.quoted.replace(speakerPrefix, ""));
  const asked = (block ? block.rest : askedLines.join("\n")).trim();
  const quoted = quotedLines.map((line) => line.trim()).filter((line) => line !== "");
  return quoted.length === 0 || asked === "" ? null : { quoted: quoted.join("\n"), asked };
}

/**
 * A block between `marks` ("「」", "“”") opening the text that quotes: it says so, or a separator stands under it — on a
 * line of its own (`separatedByLine`) or right after the block ("“老王:我们是保险公司” ------ 那银行呢").
 */
function quotedBlock(text: string, marks: string, openers: readonly string[], separatedByLine: boolean, separatorCharacters: string): { quoted: string; rest: string } | null {
  const trimmed = text.trimStart();
  const end = matchingClose(trimmed, marks[0]!, marks[1]!);
  if (end === -1) return null;
  const inside = trimmed.slice(1, end).trim();
  const opener = openers.find((word) => inside.toLowerCase().startsWith(word));
  let rest = trimmed.slice(end + 1);
  // The run of separator characters (spaces among them) right after the block: three or more that are not spaces separate.
  let separator = 0;
  while (separator < rest.length && separatorCharacters.includes(rest[separator]!)) separator += 1;
  const separatedAfter = rest.slice(0, separator).replace(/\s/gu, "").length >= 3;
  if (opener === undefined && !separatedByLine && !separatedAfter) return null;
  if (separatedAfter) rest = rest.slice(separator);
  const quoted = opener === undefined ? inside : inside.slice(opener.length).replace(/^[\s:\uFF1A]+/u, "");
  return { quoted, rest };
}

/**
 * Where the `open` mark opening the text closes, names in marks of their own inside it aside ("「引用:「电商平台」类目
 * 需通过…」"); -1 if never. Marks that open and close alike ('"') nest nothing.
 */
function matchingClose(text: string, open: string, close: string): number {
  if (open === close) return text.indexOf(close, 1);
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (text[at] === open) depth += 1;
    else if (text[at] === close && (depth -= 1) === 0) return at;
  }
  return -1;
}
