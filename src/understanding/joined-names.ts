import type { CategoryId, Rules } from "../rules/rules-schema.js";
import { compactForMatching } from "./normalize-question.js";

interface NamedMention {
  readonly term: string;
  readonly candidates: readonly CategoryId[];
}

/**
 * "我们是驾校,做在线付费培训直播": a mention one of whose categories alone has another word of the question in its name
 * (驾校: 驾校平台 or 驾校培训; 培训 is in 驾校培训) is that category, and the other word, broad itself (培训: 在线视频课程 or
 * 培训机构), names nothing more: it was said of that category. So is it beside a mention of that category alone
 * ("一家驾校…培训直播"). Pure; the mentions keep their order.
 */
export function withNamesJoined<Mention extends NamedMention>(mentions: readonly Mention[], rules: Pick<Rules, "categories">): Mention[] {
  if (mentions.length < 2) return [...mentions];
  const nameOf = new Map(rules.categories.map((category) => [category.id, compactForMatching(category.secondary)]));
  const joined = new Map<Mention, CategoryId[]>();
  const absorbed = new Set<Mention>();
  for (const broad of mentions) {
    if (absorbed.has(broad)) continue;
    // Of several categories, the name must hold both words (驾校 + 培训 = 驾校培训; 教育 + 培训 names no one category).
    const own = broad.candidates.length > 1 ? compactForMatching(broad.term) : "";
    for (const other of mentions) {
      if (other === broad || other.candidates.length < 2 || joined.has(other)) continue;
      const word = compactForMatching(other.term);
      const named = broad.candidates.filter((id) => (nameOf.get(id) ?? "").includes(word) && (nameOf.get(id) ?? "").includes(own) && !other.candidates.includes(id));
      if (named.length !== 1) continue;
      joined.set(broad, named);
      absorbed.add(other);
      break;
    }
  }
  if (joined.size === 0) return [...mentions];
  return mentions.filter((mention) => !absorbed.has(mention)).map((mention) => (joined.has(mention) ? { ...mention, candidates: joined.get(mention)! } : mention));
}
