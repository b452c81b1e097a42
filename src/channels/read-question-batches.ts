import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";

/**
 * Questions from a stream, one per LF-terminated line, read chunk by chunk so memory stays bounded:
 * a line longer than `keepCharacters` is cut while reading (the rest is skipped up to the next LF),
 * so a 200 MB line costs no more than a short one. "\r\n" ends a line like "\n"; a bare "\r" is not a line
 * break (it becomes a space), so one LF-terminated line always gives exactly one question.
 *
 * The lines a chunk completes come together, in order: a caller can answer them all and write once, and a
 * question sent on its own (typed, or from a program that waits for each answer) still comes on its own.
 */
export async function* readQuestionBatches(input: Readable, keepCharacters: number): AsyncGenerator<string[]> {
  let decoder = new StringDecoder("utf8");
  let line = "";
  let full = false;
  const take = (piece: string) => {
    if (full) return;
    line += piece;
    if (line.length > keepCharacters) {
      line = line.slice(0, keepCharacters);
      full = true;
    }
  };
  const finish = () => {
    const question = line.replace(/\r$/, "").replace(/\r/g, " ");
    line = "";
    full = false;
    return question;
  };
  for await (const chunk of input) {
    let bytes = chunk as Buffer;
    if (full && typeof chunk !== "string") {
      // The line is cut: its rest is skipped undecoded up to the next LF, a byte no UTF-8 character contains. A
      // character split around the skipped bytes belongs to the skipped text, so decoding starts afresh at the LF.
      const lineEnd = bytes.indexOf(0x0a);
      if (lineEnd === -1) continue;
      decoder = new StringDecoder("utf8");
      bytes = bytes.subarray(lineEnd);
    }
    const text = typeof chunk === "string" ? chunk : decoder.write(bytes);
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
      take(text.slice(start, end));
      lines.push(finish());
      start = end + 1;
    }
    take(text.slice(start));
    if (lines.length > 0) yield lines;
  }
  take(decoder.end());
  if (line !== "") yield [finish()];
}
