import { join } from "node:path";
import { z } from "zod";
import { loadCompactDataFile, validateWithSchema } from "../config/compact-data-file.js";
import { ok, type Result } from "../shared/result.js";
import type { Language } from "../understanding/understand-question.js";

const text = z.string().min(1);
const group = <Keys extends string>(keys: readonly Keys[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, text])) as Record<Keys, typeof text>).strict();

export const answerTemplatesSchema = z
  .object({
    method: group(["native", "plugin", "unsupported", "unknown"]),
    verdict: group([
      "native", "plugin", "group", "same", "several", "combination", "personal", "government",
      "unlisted", "ambiguous", "ambiguousScenarios", "programs", "groupList", "alternatives", "noCategory", "noCategoryFor", "noCategoryForWithMethod", "noCategoryToChoose", "businessNotListed", "noListedCategory", "outOfCorpus", "general",
    ]),
    line: group([
      "option", "personalCategoryNotSaid", "personalCategoryRows", "groupListOfMethod", "supposedMethodInGroup", "supposedMethodNone", "groupListOfMethodExcept", "category", "condition", "conditionRows", "addedCategory", "nativeRouteNotSaid", "alsoListed", "alsoListedInGroup", "alsoListedAs", "unlistedFitUnsaid", "unfitScopeBefore", "suggestion", "scenarioOfOther", "suggestionInGroup", "noSuggestion", "suggestionUnsure", "suggestionUnsureGroup", "notSuchPlatform", "notPlatformSaid", "readFromPinyin", "countMeaning", "countMeaningAll", "countMeaningSlash", "qualificationGroupsMissing", "qualificationGroupsOf", "qualificationGroupsMissingOf", "optionAt", "optionGroupLost", "optionAtMissing", "listQualificationInOptions", "optionGroupOf",
      "qualificationRule", "qualificationCountNotSo", "qualificationNeededNotSo", "qualificationGroupCountNotSo", "qualificationItems", "qualificationItemsOf", "qualificationGroup", "qualificationMissing", "qualificationRestMissing", "qualificationEmpty",
      "qualificationSlash", "qualificationOptionRule", "qualificationAbsent", "review", "reviewNotSo", "reviewNeededNotSo", "reviewNone", "reviewNoneElsewhere", "reviewOnly", "reviewLaterNotSaid", "deadlineNotSaid", "scope", "scopeNone", "unfitScope", "scenario",
      "scenarioNone", "notes", "notesOnTrade", "notesNone", "noteAt", "noteAtMissing", "noteNotConcerned", "noteNamesOnlyNegated", "noteGroupUnnamed", "noteGroupUnnamedListing", "noteCountsNotSaid", "noteElsewhere", "notePointedElsewhere", "notesNoneOnTrade", "chooseHint", "chooseDeniedInNote", "unknownTopic", "unknownTopicElsewhere", "declinedRequest", "listHeader", "listNotHeader", "listCondition", "listQualification", "listQualificationAmong", "listQualificationEmpty", "listQualificationSlash", "listQualificationEmptyAmong", "emptyIsNotNone", "listQualificationNone", "listQualificationNoneAmong", "listQualificationInGroups", "listQualificationNoneInGroups", "listQualificationOfMethod", "listQualificationNoneOfMethod", "listQualificationOfMethodAmong", "listQualificationNoneOfMethodAmong", "listAspectNoneAmong", "listQualificationAll", "listQualificationAllAmong", "listAspect", "listAspectAmong", "listAspectMissing", "listAspectMissingAmong", "listAspectMissingInGroups", "listAll", "listAllRest", "listNoneLeft", "listMethodNoneLeft", "listAspectNoneLeft", "listMethod", "listGroup", "listWithout", "listWithoutGroups", "onlyOnesYes", "onlyOnesNo", "onlyOnesWholeDocument", "onlyOnesInGroup", "onlyOnesGroup", "listRest", "listRestCount",
      "injection", "truncated", "typo", "more", "understoodAs", "formerName", "formerNameNone", "and", "separator", "nativeCategoriesHelp", "inherited", "claim", "recheck", "governmentPending", "pendingNotHeld", "unlistedAspectNone", "withoutCategories", "governmentUndefined", "personalUndefined", "otherSubject", "otherSubjectAbroad", "heldBeside", "narrowedTo", "aboutLastAnswer", "programHeader", "programWord", "programNumbered", "thanks", "praised", "complained", "countOfThem", "countOfOne", "countOfMethod", "placeMissing", "placeMissingFromEnd", "noneAmongShown", "noneAmongShownBeside", "optionsMost", "optionsSame", "easeNotSaid", "easeNotRanked", "easeAmongOptions", "easeRowsBoth", "easeRowsQualification", "easeRowsReview", "easeNotRankedAny", "scenarioOf", "heldTogether", "noted", "sameCategory", "aboutDocument", "noLink", "allOfRows", "unknownApart", "noReason", "rejectionCaseNotCovered", "absentWhereToLook",
      "methodNotStated", "reviewerNotSaid", "listConditionOther", "listConditionHeld", "listCannotStream", "pluginNamed", "nativeTagsNamed", "rowsSame", "qualificationRowsAlike", "rowsDiffer", "rowsNotComparable", "rowsNoneGiven", "rowsOfOneSame", "rowsOfOneDiffer", "notedOnlyUnsure", "contentNotNamed", "methodClaimNotSo", "nativeNotDirect", "whoCategories", "whoGroup", "whoGovernment", "governmentCategoryNotSaid", "subjectAspectNone",
    ]),
    /** What an aspect is called in a sentence ("资质要求"). */
    aspect: group(["qualification", "review", "scope", "scenario", "notes"]),
    sources: group(["header", "citation", "more"]),
    help: text,
  })
  .strict();

export type AnswerTemplates = z.infer<typeof answerTemplatesSchema>;
export type TemplatesByLanguage = Record<Language, AnswerTemplates>;

/**
 * Both languages' templates, validated, read through compact JSON copies in the cache folder as the rules and the
 * lexicon are (src/config/compact-data-file.ts): parsing both YAML files costs ~15 ms a start.
 */
export async function loadAnswerTemplates(directory: string, cacheDirectory: string): Promise<Result<TemplatesByLanguage>> {
  const loaded: Partial<TemplatesByLanguage> = {};
  for (const language of ["zh", "en"] as const) {
    const file = join(directory, `answer-templates.${language}.yaml`);
    const templates = await loadCompactDataFile(file, {
      cacheDirectory: join(cacheDirectory, "compact"),
      validate: validateWithSchema(file, answerTemplatesSchema, "every key of answer-templates.zh.yaml must exist in each language"),
      unreadable: (reason) => `${file}: (root): cannot read or parse (${reason === "ENOENT" ? "file not found" : reason}); fix: restore the file from git`,
    });
    if (!templates.ok) return templates;
    loaded[language] = templates.value;
  }
  return ok(loaded as TemplatesByLanguage);
}

/** The answer composers' name for the one placeholder filler. */
export { fillPlaceholders as fill } from "../shared/fill-placeholders.js";
