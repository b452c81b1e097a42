/**
 * What the Q&A log must not keep from a question: phone numbers, long digit runs (ids, card
 * and order numbers), e-mail addresses and @mentions (display names). The operator report
 * still sees what was asked, with these parts replaced by placeholders.
 */
const minimumDigits = 6;

export function maskPersonalData(text: string): string {
  return (
    text
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "[email]")
      // Numbers written with spaces or dashes (+86 138-1234-5678, 010 1234 5678) count their digits, not their length.
      .replace(/\+?\d[\d \t-]*\d/g, (match) => ((match.match(/\d/g) ?? []).length >= minimumDigits ? "[number]" : match))
      // A mention is @ followed by a name up to a space or U+2005, the way chat apps write it.
      .replace(/@[^\s\u2005@]+/gu, "@[name]")
  );
}
