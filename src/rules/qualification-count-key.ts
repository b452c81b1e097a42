/**
 * A qualification count as one key however the document writes it: "2选1" and "二选一" are both choose 1 of 2. A row
 * without numbers (需同时提供, "/") is its own wording.
 */
export function qualificationCountKey(count: { readonly rule?: string | undefined; readonly choose?: number | undefined; readonly of?: number | undefined }): string {
  return count.choose !== undefined ? `${count.choose}/${count.of}` : (count.rule ?? "");
}
