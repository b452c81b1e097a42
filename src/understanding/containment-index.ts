import { pushToList } from "../shared/push-to-list.js";

/**
 * Words looked up by containment, both ways, through their characters: the question's every topic word asks
 * whether a vocabulary word contains it or it contains one, and walking the ~700 words for each is what cost.
 */
export class ContainmentIndex {
  /** Each code unit, to the words holding it (code units, as `part[0]` and `text[start]` read them). */
  private readonly byCharacter = new Map<string, string[]>();
  /** Each first code unit, to the words starting with it. */
  private readonly byFirst = new Map<string, string[]>();
  private readonly any: boolean;

  constructor(words: Iterable<string>) {
    const distinct = [...new Set(words)].filter((word) => word !== "");
    this.any = distinct.length > 0;
    for (const word of distinct) {
      pushToList(this.byFirst, word[0]!, word);
      // split("") cuts by code unit, as the lookups read `part[0]`.
      for (const unit of new Set(word.split(""))) pushToList(this.byCharacter, unit, word);
    }
  }

  /** Whether some word contains `part` (every word contains ""). */
  someContains(part: string): boolean {
    if (part === "") return this.any;
    return this.byCharacter.get(part[0]!)?.some((word) => word.includes(part)) ?? false;
  }

  /** Whether `text` contains some word. */
  someContainedIn(text: string): boolean {
    for (let start = 0; start < text.length; start += 1) {
      if (this.byFirst.get(text[start]!)?.some((word) => text.startsWith(word, start))) return true;
    }
    return false;
  }
}
