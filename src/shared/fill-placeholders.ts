/**
 * Replaces {name} placeholders (name: letters, digits, _) in one pass, so values that contain braces stay as they
 * are; a name without a value (own keys only) is left visible, so a test or a reader catches it. Answer templates,
 * model prompts and the report's wording all fill through this one function.
 *
 * A scan for "{" rather than `replace(/\{(\w+)\}/g, callback)`: an answer fills a dozen templates, and until V8
 * optimises the composers, a replacement callback per placeholder costs several times the scan.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  let filled = "";
  let copiedUpTo = 0;
  for (let open = template.indexOf("{"); open !== -1; open = template.indexOf("{", open + 1)) {
    let end = open + 1;
    while (end < template.length && isWordCode(template.charCodeAt(end))) end += 1;
    if (end === open + 1 || template.charCodeAt(end) !== closingBrace) continue;
    const name = template.slice(open + 1, end);
    if (!Object.hasOwn(values, name)) continue;
    filled += template.slice(copiedUpTo, open) + String(values[name]);
    copiedUpTo = end + 1;
    open = end;
  }
  return copiedUpTo === 0 ? template : filled + template.slice(copiedUpTo);
}

const closingBrace = 0x7d;

/** \w: A-Z, a-z, 0-9 and _. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
