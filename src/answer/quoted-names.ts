/** Names as an answer lists them: each in 「」, joined by the template's separator ("「电商平台」、「社交-直播」"). */
export function quotedNames(names: readonly string[], separator: string): string {
  return names.map((name) => `「${name}」`).join(separator);
}
