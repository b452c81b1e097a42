/** One sentence as the model wrote it, with the whitespace before it (kept when sentences are joined). */
export interface WrittenSentence {
  readonly leading: string;
  readonly text: string;
}

const terminators = new Set([..."。!?!?;;…"]);
const closers = new Set([..."」』”’\"')）】》"]);
const latinTerminators = new Set([".", "!", "?"]);

/**
 * Takes the complete sentences off the front of a buffer. A sentence ends at 。!?;… (and any
 * closing quotes after them), at a line break, or at a full stop followed by whitespace. Until
 * `final`, an ending at the very end of the buffer waits for the next character, because a
 * closing quote or more text may still follow.
 */
export function takeSentences(buffer: string, final: boolean): { readonly sentences: WrittenSentence[]; readonly rest: string } {
  const sentences: WrittenSentence[] = [];
  let start = 0;
  let index = 0;
  while (index < buffer.length) {
    const character = buffer[index]!;
    let end = -1;
    let next = -1;
    // The line break stays with the next sentence, so a list keeps its lines when sentences are joined.
    if (character === "\n") {
      end = index;
      next = index + 1;
    } else if (terminators.has(character) || (latinTerminators.has(character) && (index + 1 >= buffer.length || /\s/.test(buffer[index + 1]!)) && !listMarkerOrAbbreviation(buffer.slice(start, index + 1)))) {
      end = index + 1;
      while (end < buffer.length && (terminators.has(buffer[end]!) || closers.has(buffer[end]!) || latinTerminators.has(buffer[end]!))) end += 1;
      if (end >= buffer.length && !final) break;
    }
    if (end === -1) {
      index += 1;
      continue;
    }
    const piece = buffer.slice(start, end);
    const trimmed = piece.trim();
    if (trimmed !== "") {
      sentences.push({ leading: piece.slice(0, piece.length - piece.trimStart().length), text: trimmed });
      start = end;
    }
    index = next === -1 ? end : next;
  }
  let rest = buffer.slice(start);
  if (final) {
    const trimmed = rest.trim();
    if (trimmed !== "") sentences.push({ leading: rest.slice(0, rest.length - rest.trimStart().length), text: trimmed });
    rest = "";
  }
  return { sentences, rest };
}

/** "1." at a line start, "e.g." or "etc." end no sentence. */
function listMarkerOrAbbreviation(sofar: string): boolean {
  return /^\s*(?:\d{1,2}|[a-z])\.$/i.test(sofar) || /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|no)\.$/i.test(sofar);
}

/** Every sentence of a finished text. */
export function splitSentences(text: string): WrittenSentence[] {
  return takeSentences(text, true).sentences;
}
