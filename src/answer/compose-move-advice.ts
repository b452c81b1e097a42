import { compactForMatching } from "../understanding/normalize-question.js";
import { adviceNotesLine } from "./compose-lines.js";
import { namedOutright } from "./named-outright.js";
import { namesAnyOf } from "./notes-naming.js";
import type { CompositionInput } from "./compose-types.js";

/**
 * "要是我们还提供股票交易呢" after 股票信息服务平台: the answer moves to a category found by what the program would do
 * (证券/期货 by 股票交易), and a note of the category the conversation was on says that doing so needs that one
 * ("如提供股票交易服务,需选择【金融业-证券/期货】类目"). That note is why the answer moved: its line, cited.
 */
export function movedByNoteLines(input: CompositionInput): string[] {
  const { understanding, verdict, rules } = input;
  if (verdict.kind !== "categories" || input.heldBefore.length === 0) return [];
  const lines: string[] = [];
  for (const answered of verdict.categories) {
    if (input.heldBefore.includes(answered.id)) continue;
    // Found in this message by a description, not by its name: a name said outright needs no reason to be answered.
    const described = understanding.mentions.filter((mention) => mention.scenario && mention.candidates.includes(answered.id)).map((mention) => mention.term);
    const namesAnswered = namesAnyOf([answered]);
    // "如果我们只做咨询呢" after 证券/期货: where that category's note sends an asker who only does one thing (rules ›
    // onlyDoing) — the note that says so is the reason, whatever words found it.
    const sentByOnlyDoing = namedOutright(answered, input) ? [] : rules.categories.filter((before) => input.heldBefore.includes(before.id) && before.onlyDoing?.category === answered.id);
    for (const before of sentByOnlyDoing) {
      const advice = input.fields(before).notes.filter(namesAnswered);
      if (advice.length > 0) lines.push(adviceNotesLine(before, advice, input));
    }
    if (described.length === 0 || sentByOnlyDoing.length > 0) continue;
    // The note may say the activity in other words of it ("买卖股票" asked, "股票交易" written): the category's own.
    const activity = [...described, ...answered.scenarios.map(compactForMatching)];
    const saysActivity = (note: string) => {
      const compact = compactForMatching(note);
      return activity.some((term) => compact.includes(term));
    };
    for (const before of rules.categories) {
      if (before.id === answered.id || !input.heldBefore.includes(before.id)) continue;
      const advice = input.fields(before).notes.filter((note) => namesAnswered(note) && saysActivity(note));
      if (advice.length === 0) continue;
      lines.push(adviceNotesLine(before, advice, input));
    }
  }
  return lines;
}

/**
 * The listed categories a note quoted in the answer sends the asker to ("如提供股票交易服务,需选择【金融业-证券/期货】类目"):
 * named whole, group and second-level name, in a note of a category answered. A later "那要换成哪个类目" asks for that
 * one (the dialogue's pair).
 */
export function categoriesSentToByQuotedNotes(input: CompositionInput, body: readonly string[]): string[] {
  const { verdict, rules } = input;
  if (verdict.kind !== "categories") return [];
  const sent: string[] = [];
  const quoted = body.map(compactForMatching);
  for (const answered of verdict.categories) {
    for (const note of input.fields(answered).notes) {
      const compact = compactForMatching(note);
      if (!quoted.some((line) => line.includes(compact))) continue;
      for (const other of rules.categories) {
        if (other.id === answered.id || sent.includes(other.id)) continue;
        if (compact.includes(compactForMatching(`${other.primary}-${other.secondary}`))) sent.push(other.id);
      }
    }
  }
  return sent;
}
