import { categoryHeading } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { citeReview, reviewedCategories } from "./compose-aspects.js";
import { displayName } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";

// Lines about the document as a whole rather than one category: asked with no category, or of every category.

/**
 * "提审要多久", "哪些类目审核要7天": the document gives a review time for few categories; the line says which, and
 * cites each. Null when it gives several different ones (then a category is needed to answer).
 */
export function reviewedCategoriesLine(input: CompositionInput): string | null {
  const { templates: t, language } = input;
  const reviewed = reviewedCategories(input);
  const texts = [...new Set(reviewed.map((category) => input.fields(category).review!))];
  if (texts.length !== 1) return null;
  for (const category of reviewed) citeReview(categoryHeading(category), input);
  return fill(t.line.reviewOnly, { reviewed: quotedNames(reviewed.map((category) => displayName(category, language)), t.line.separator), text: input.documentText(texts[0]!) });
}

/**
 * When the review line is the whole answer ("哪些类目审核要7天"): the categories it names are what was shown, recorded for a
 * pointer after it ("它的资质是几选一").
 */
export function recordReviewedShown(input: CompositionInput): void {
  input.record.listed.push(...reviewedCategories(input).map((category) => category.id));
}

/**
 * A government mini program asked about qualifications, review time, scope…, with no category named: the document
 * says nothing of the subject's own there, and the review time it gives is one category's.
 */
export function subjectAspectLines(input: CompositionInput): string[] {
  return aspectsNotGivenLines(input, (aspects) => fill(input.templates.line.subjectAspectNone, { aspects }));
}

/**
 * "我们想做时政新闻直播" then "审核要多久": a name the document does not list has none of the aspects asked; the review
 * time it gives is one category's.
 */
export function unlistedAspectLines(input: CompositionInput, names: string): string[] {
  return aspectsNotGivenLines(input, (aspects) => fill(input.templates.line.unlistedAspectNone, { aspects, names }));
}

/** The line saying the document gives none of the asked aspects (none asked: no line), and where it gives a review time. */
function aspectsNotGivenLines(input: CompositionInput, lineFor: (aspects: string) => string): string[] {
  const { templates: t } = input;
  const asked = input.aspects.filter((aspect): aspect is keyof typeof t.aspect => aspect in t.aspect);
  if (asked.length === 0) return [];
  const line = lineFor(asked.map((aspect) => t.aspect[aspect]).join(t.line.separator));
  input.record.absent.push({ line, heading: null, words: [] });
  const reviewed = asked.includes("review") ? reviewedCategoriesLine(input) : null;
  return reviewed ? [line, reviewed] : [line];
}

/**
 * "国企算政府主体吗", "个体工商户算个人主体吗": the document does not say which bodies or registrations count as a
 * subject; it says only what the subject's rule is, which the line gives with the rest left to the categories.
 */
export function questionedSubjectLines(input: CompositionInput): string[] {
  const { templates: t, verdict } = input;
  const lines: string[] = [];
  for (const subject of input.understanding.questionedSubjects) {
    if (verdict.kind === "subject" && verdict.subject === subject) continue;
    if (subject === "government") lines.push(t.line.governmentUndefined);
    else if (subject === "personal") lines.push(t.line.personalUndefined);
    else continue;
    input.citations.add(input.labels.notes, (line) => line.startsWith(input.labels.personalRule), 1);
  }
  return lines;
}

/**
 * "个体户能直播吗", "公司主体可以用 live-pusher 吗": a subject of the asker's own that the document has no rule for. The
 * line says so of that subject and that the categories decide; then a category is asked for. Not beside a question
 * whether it counts as one of the document's subjects (that line says so already). The personal rule is not quoted:
 * a sole proprietor reading "个人认证…暂不支持" would take it for its own answer.
 */
export function otherSubjectLines(input: CompositionInput): string[] {
  const { understanding } = input;
  if (understanding.subject !== "enterprise" || understanding.questionedSubjects.length > 0) return [];
  // "香港注册的公司": the document names no subject registered outside mainland China either.
  return understanding.subjectFromAbroad ? [input.templates.line.otherSubject, input.templates.line.otherSubjectAbroad] : [input.templates.line.otherSubject];
}
