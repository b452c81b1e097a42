/**
 * Replaces {name} placeholders in one pass, so values that contain braces stay as they are; a name without a
 * value (own keys only) is left visible, so a test or a reader catches it. Answer templates, model prompts and
 * the report's wording all fill through this one function.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
