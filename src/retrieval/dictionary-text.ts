// jieba's dictionary text ("word frequency tag" lines) read into a word list in the order the look-ups search in.

/**
 * A dictionary line's first two fields when the second is all digits: at the text's start or after a line feed,
 * optional blanks, the word, blanks, the digits, then a blank or the end. Blanks here are whitespace other than the
 * line feed, so a match never leaves its line (a line is what ends at "\n"; "\r" and the like are blanks, as
 * trimming and splitting a line treats them). A line with one field, or a second that is not all digits, gives none.
 */
const dictionaryLine = () => /(?:^|\n)[^\S\n]*(\S+)[^\S\n]+(\d+)(?=\s|$)/g;

export interface WordList {
  readonly words: string[];
  readonly frequencies: number[];
}

/**
 * Every word of the text once, in code-unit order (the default order of strings), with its frequency; the extra words
 * are merged in and their frequency wins. A first start reads jieba's ~350,000 lines here: one native
 * regular-expression pass finds each line's fields, instead of trimming and splitting every line into an array.
 */
export function readDictionaryText(text: string, extraWords: ReadonlyMap<string, number>): WordList {
  const lines = { words: [] as string[], frequencies: [] as number[] };
  let ordered = true;
  for (const pattern = dictionaryLine(); ; ) {
    const match = pattern.exec(text);
    if (match === null) break;
    const word = match[1]!;
    if (ordered && lines.words.length > 0 && !(lines.words[lines.words.length - 1]! < word)) ordered = false;
    lines.words.push(word);
    lines.frequencies.push(Number(match[2]));
  }
  // jieba's dictionary comes in code-unit order without a word twice, and is taken as it is; any other goes through
  // a map, where the last line of a word wins.
  return withWords(ordered ? lines : inCodeUnitOrder(lines), extraWords);
}

/** Words in code-unit order (the default order of strings, which look-ups search in), each once: its last frequency. */
function inCodeUnitOrder(list: WordList): WordList {
  const byWord = new Map<string, number>();
  list.words.forEach((word, index) => byWord.set(word, list.frequencies[index]!));
  const words = [...byWord.keys()].sort();
  return { words, frequencies: words.map((word) => byWord.get(word)!) };
}

/** An ordered list with the extra words merged in, in order; an extra word's frequency replaces the list's. */
function withWords(list: WordList, extraWords: ReadonlyMap<string, number>): WordList {
  if (extraWords.size === 0) return list;
  const extra = [...extraWords.keys()].sort();
  const words: string[] = [];
  const frequencies: number[] = [];
  let next = 0;
  for (let index = 0; index < list.words.length; index += 1) {
    const word = list.words[index]!;
    for (; next < extra.length && extra[next]! <= word; next += 1) {
      if (extra[next] === word) continue;
      words.push(extra[next]!);
      frequencies.push(extraWords.get(extra[next]!)!);
    }
    words.push(word);
    frequencies.push(extraWords.get(word) ?? list.frequencies[index]!);
  }
  for (; next < extra.length; next += 1) {
    words.push(extra[next]!);
    frequencies.push(extraWords.get(extra[next]!)!);
  }
  return { words, frequencies };
}
