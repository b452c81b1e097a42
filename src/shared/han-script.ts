// Module-level: the bundler turns a \p{…} literal written inside a function into a RegExp built on every call.
const hanCharacter = /\p{Script=Han}/u;

/** Whether the text holds a Chinese (Han) character: what decides, across the code, whether a word is read in the compact Chinese form or as English. */
export function containsHan(text: string): boolean {
  return hanCharacter.test(text);
}
