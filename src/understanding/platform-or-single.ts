import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import type { CategoryRule, Rules } from "../rules/rules-schema.js";
import { containsHan } from "../shared/han-script.js";
import { mapList } from "../shared/map-list.js";
import { clausePunctuation, matchable, sourceOf } from "./clauses.js";
import { compactForMatching } from "./normalize-question.js";
import type { RoledMention } from "./question-frame.js";
import { askedRoles } from "./asked-roles.js";
import { thirdPartyPointerHits } from "./third-party-pointers.js";

/**
 * Where a broad name stands both for a platform hosting many (驾校平台: 「提供多家驾校在线培训」) and for one business of
 * the kind (驾校培训), what the asker says of itself decides:
 * - the asker is a platform hosting the named ones ("我们是平台,入驻了七八家驾校", "平台上入驻了好多家驾校"): the
 *   platform category of their kind;
 * - the asker is one business on its own ("我们是驾校,只有自己一家", lexicon roles.singleBusiness): not the platform.
 */
export function platformOrSingle(mentions: RoledMention[], text: MatchableText, lexicon: Lexicon, rules: Rules): RoledMention[] {
  const isPlatformCategory = (category: Pick<CategoryRule, "secondary" | "english">) =>
    lexicon.roles.platform.test({ compact: compactForMatching(category.secondary), lower: category.english.toLowerCase() });
  if (speaksAsPlatform(text, lexicon)) return withoutPlatformContent(platformHosting(mentions, rules, isPlatformCategory), mentions, text, rules, lexicon);
  // "就一家,但是想做成平台让其他驾校入驻": a business meaning to be a platform is not one on its own.
  // "我们是做驾校的": saying it is one of the kind, with no word of a platform or of hosting, says so too — of a word that
  // is the kind itself in every category it stands for (驾校 in 驾校平台 and 驾校培训), not of a group's word (教育, 金融).
  // So does a message opening with what the asker does ("开驾校的,想直播教科目二": dialogue.businessOpenersAtStart).
  const saysSingle = lexicon.roles.singleBusiness.test(text);
  const saysItIsOne = saysSingle || ((lexicon.roles.identity.test(text) || lexicon.dialogue.businessOpenersAtStart.startsText(text)) && !lexicon.roles.oneOfHosted.test(text));
  if (!saysItIsOne || lexicon.roles.platform.test(text)) return mentions;
  const platforms = new Set(rules.categories.filter(isPlatformCategory).map((category) => category.id));
  // In the name's own script: "driving school" stands in the English names of 驾校平台 and 驾校培训 as 驾校 does in theirs.
  const kindInEveryName = (mention: RoledMention) =>
    mention.candidates.every((id) => {
      const category = rules.categories.find((candidate) => candidate.id === id);
      return containsHan(mention.term)
        ? compactForMatching(category?.secondary ?? "").includes(compactForMatching(mention.term))
        : (category?.english ?? "").toLowerCase().includes(mention.term.toLowerCase());
    });
  return mapList(mentions, (mention) => {
    if (mention.role !== "held" && !askedRoles.has(mention.role)) return mention;
    if (!saysSingle && !kindInEveryName(mention)) return mention;
    const single = mention.candidates.filter((id) => !platforms.has(id));
    return single.length > 0 && single.length < mention.candidates.length ? { ...mention, candidates: single } : mention;
  });
}

/**
 * Whether the asker speaks as a platform: its own ("我们是平台", "咱们平台") or one the message opens with
 * ("平台上入驻了好多家驾校", "一个平台让多家驾校入驻" — a Chinese message starting with its topic speaks of the asker's).
 */
function speaksAsPlatform(text: MatchableText, lexicon: Lexicon): boolean {
  const { identity, ownership, platform } = lexicon.roles;
  const owned = [...identity.find(text), ...ownership.find(text)].some((hit) => {
    const source = sourceOf(text, hit.script);
    return platform.find(matchable(source.slice(hit.end, hit.end + (hit.script === "zh" ? 4 : 14)), hit.script)).length > 0;
  });
  if (owned) return true;
  // "我们做在线课程平台,入驻了很多培训机构", "we run an online course platform that hosts…": the asker, then the platform it
  // runs a few words on, in one clause — when something is hosted on it.
  const hosting = lexicon.roles.hostedBefore.test(text) || lexicon.roles.hostedAfter.test(text) || lexicon.roles.hostingWords.test(text);
  const runs = hosting && lexicon.roles.askerOpeners.find(text).some((hit) => {
    const source = sourceOf(text, hit.script);
    const after = source.slice(hit.end, hit.end + ownPlatformReach[hit.script]);
    const clauseEnd = after.search(clausePunctuation);
    return platform.find(matchable(clauseEnd === -1 ? after : after.slice(0, clauseEnd), hit.script)).length > 0;
  });
  if (runs) return true;
  // Not when the message goes on about the hosted ones ("…,他们能直播吗") or the asker is one of them ("…,我们是其中一家").
  const { oneOfHosted } = lexicon.roles;
  // "一个平台让多家驾校入驻", "想做个平台…": what opens the message before it is only a count or an intent to build it.
  // Not a bare verb before it ("开平台的公司和入驻驾校…" speaks of some platform's company).
  const { activityFillers, intendedActivity } = lexicon.roles;
  const opens = (hit: { readonly start: number }) => hit.start === 0 || activityFillers.fills(text.compact.slice(0, hit.start), "zh", [intendedActivity]);
  return platform.find(text).some((hit) => hit.script === "zh" && opens(hit)) && thirdPartyPointerHits(text, lexicon).length === 0 && !oneOfHosted.test(text);
}

// How far after the asker's word the platform it runs may be named ("我们做在线课程平台", "we run an online course platform"),
// past a clause of what it hosts ("我们是一个入驻了几十家培训机构的平台").
const ownPlatformReach = { zh: 20, en: 36 } as const;

/**
 * "我们做在线课程平台,入驻了很多培训机构": once what is hosted gives the platform category (教育平台), a category read from
 * the words naming the platform's content (在线课程, right before 平台) describes that platform, not a second one held.
 */
function withoutPlatformContent(hosted: RoledMention[], before: readonly RoledMention[], text: MatchableText, rules: Rules, lexicon: Lexicon): RoledMention[] {
  const madePlatforms = hosted.filter((mention, index) => mention !== before[index] && mention.role === "held").flatMap((mention) => mention.candidates);
  if (madePlatforms.length === 0) return hosted;
  const groupOf = (id: string) => rules.categories.find((category) => category.id === id)?.primary;
  const platformGroups = new Set(madePlatforms.map(groupOf));
  // The platform word right after the mention's term, as the lexicon writes it (roles.platform): 在线课程平台, "course platform".
  const platformAfter = (mention: RoledMention): string | null => {
    for (const [script, source, term] of [["zh", text.compact, compactForMatching(mention.term)], ["en", text.lower, mention.term.toLowerCase()]] as const) {
      const at = source.indexOf(term);
      if (at === -1) continue;
      const hit = lexicon.roles.platform.find(matchable(source.slice(at + term.length).trimStart(), script)).find((found) => found.start === 0);
      if (hit) return hit.cue;
    }
    return null;
  };
  // Kept in place (the mentions run beside the matches they were read from), as a name of something else.
  return hosted.map((mention, index) => {
    if (mention !== before[index] || mention.role !== "held" || !mention.candidates.every((id) => platformGroups.has(groupOf(id)) && !madePlatforms.includes(id))) return mention;
    const cue = platformAfter(mention);
    return cue === null ? mention : { ...mention, role: "named-thing" as const, cue };
  });
}

/**
 * "我们是平台,入驻了七八家驾校", "我们平台入驻了几十家培训机构": the named ones are hosted on the asker's platform, so
 * the asker holds the category made for such platforms (驾校平台), when the broad word has one.
 */
function platformHosting(mentions: RoledMention[], rules: Rules, isPlatformCategory: (category: CategoryRule) => boolean): RoledMention[] {
  return mapList(mentions, (mention) => {
    if (mention.role !== "other-party") return mention;
    const named = mention.candidates.map((id) => rules.categories.find((candidate) => candidate.id === id)).filter((category) => category !== undefined);
    const platforms = named.filter(isPlatformCategory).map((category) => category.id);
    if (platforms.length > 0) return { ...mention, candidates: platforms, role: "held" };
    // "咱们平台入驻了数十家培训机构": what is hosted has no platform category of its own; the platform category of its
    // group whose names speak of it (教育平台's 「多家培训机构」, not 驾校平台) is the asker's.
    const groups = new Set(named.map((category) => category.primary));
    const hosts = rules.categories.filter(
      (category) => groups.has(category.primary) && isPlatformCategory(category) && [...category.aliases, ...category.englishTerms].some((alias) => alias.toLowerCase().includes(mention.term)),
    );
    return hosts.length === 1 ? { ...mention, candidates: [hosts[0]!.id], role: "held" } : mention;
  });
}
