import * as OpenCC from "opencc-js/t2cn";

let converter: ((text: string) => string) | null = null;

/**
 * Traditional Chinese (as written in Taiwan) to simplified, character by character: the phrase table ("twp")
 * would rewrite 程序 to 进程 and break 小程序. One converter per process, built on first use (~10 ms): the
 * question reader and the model guard share it.
 */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
  return converter(text);
}
