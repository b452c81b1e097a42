import { z } from "zod";

export const accessMethods = ["native", "plugin"] as const;
export type AccessMethod = (typeof accessMethods)[number];
/** The document's other access method. */
export function otherMethod(method: AccessMethod): AccessMethod {
  return method === "native" ? "plugin" : "native";
}
/** What the bot reports: the document's two methods, a ruling-out, or "not determined". */
export type Method = AccessMethod | "unsupported" | "unknown";

const termList = z.array(z.string().trim().min(1)).default([]);

const qualificationGroupSchema = z.object({
  who: z.string().min(1),
  rule: z.string().min(1),
  choose: z.number().int().positive().optional(),
  of: z.number().int().positive().optional(),
  terms: termList,
  englishTerms: termList,
});

const qualificationSchema = z
  .object({
    /** The document's own wording of the count, e.g. "5选1", "需同时提供", "/". */
    rule: z.string().min(1).optional(),
    choose: z.number().int().positive().optional(),
    of: z.number().int().positive().optional(),
    /**
     * The document's own wording for each option of the count, where it gives one: 电商平台's 「(二选一):一:需同时提供:
     * 二:需同时提供:」 — each option's documents are all needed.
     */
    optionRule: z.string().min(1).optional(),
    /** Only items the document actually names. */
    items: termList,
    groups: z.array(qualificationGroupSchema).default([]),
  })
  .strict();

const categorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "use lower-case kebab-case ids"),
    primary: z.string().min(1),
    secondary: z.string().min(1),
    english: z.string().min(1),
    method: z.enum(accessMethods),
    formerNames: termList,
    aliases: termList,
    scenarios: termList,
    englishTerms: termList,
    /** English words for what is streamed ("live classes", "webinars"), read like `scenarios`: a category named beside them decides. */
    englishScenarios: termList,
    /**
     * Facts its scope requires ("线下教室" for 「有线下教学场景」), in either language: said, they name the category; said not
     * to be so ("没有线下教室"), the category does not fit the asker, who is not held to it by another of its names.
     */
    scopeFacts: termList,
    /**
     * The category of its group pointed to ("按场景可参考") when the asker says it lacks those facts ("没有线下教室,全部改线上"
     * after 培训机构: 在线视频课程, the group's category for teaching online) — a pointer, not a verdict.
     */
    withoutScopeFacts: z.string().min(1).optional(),
    /**
     * Words that, right before a broad name, say the asker is not what the category is for: "私立医院" is no
     * 公立医疗机构, so the category leaves the candidates of "医院".
     */
    notFor: termList,
    /**
     * Where the category's note sends an asker who only does one thing to another category (证券/期货's 「若小程序仅提供
     * 证券、期货投资等在线咨询服务,建议选 证券/期货投资咨询 类目」): said to do only that (`words`, after an exclusive
     * word), the asker is that `category`.
     */
    onlyDoing: z.object({ words: z.array(z.string().trim().min(1)).min(1), category: z.string().min(1) }).strict().optional(),
    qualification: qualificationSchema.optional(),
  })
  .strict();

const subjectRuleSchema = z.object({
  rule: z.string().min(1),
  method: z.enum(["native", "unsupported"]),
  section: z.string().min(1),
  terms: termList,
  englishTerms: termList,
  /** Words that name the subject only when the asker says them of themselves. */
  bareTerms: termList,
});

export const rulesSchema = z
  .object({
    version: z.literal(1),
    corpus: z.string().min(1),
    subjects: z.object({
      personal: subjectRuleSchema.extend({ method: z.literal("unsupported") }),
      government: subjectRuleSchema.extend({ method: z.literal("native") }),
      enterprise: z.object({ terms: termList, englishTerms: termList, bareTerms: termList }),
      notSubjectTerms: termList,
      /**
       * Organisations the document does not place under a subject it names (事业单位): said of the asker, whether the
       * program counts as the government subject is what is asked — the document does not say.
       */
      governmentUndecided: z.object({ terms: termList, englishTerms: termList }).default({ terms: [], englishTerms: [] }),
    }),
    groups: z.array(
      z.object({
        primary: z.string().min(1),
        terms: termList,
        englishTerms: termList,
        /**
         * The group said as a category the program holds or adds ("教育类目", "再加个社交类目"): held beside the
         * categories named with it. The group's other words may only say what is streamed ("金融资讯", "《个人理财》"),
         * so a named category outranks them as it does a scenario word.
         */
        categoryTerms: termList.default([]),
      }),
    ),
    categories: z.array(categorySchema).min(1),
    combinations: z.array(
      z.object({
        rule: z.string().min(1),
        when: z.array(z.string()).min(2),
        method: z.enum(accessMethods),
        section: z.string().min(1),
      }),
    ),
    unlisted: z.array(
      z.object({
        name: z.string().min(1),
        terms: termList,
        englishTerms: termList,
        suggest: z.array(z.string()).default([]),
        /** Suggested categories whose scope is written for others (电商平台: many sellers, not one shop selling its own). */
        outsideScopeOf: z.array(z.string()).default([]),
      }),
    ),
  })
  .strict()
  .superRefine((rules, context) => {
    const ids = new Set<string>();
    rules.categories.forEach((category, index) => {
      if (ids.has(category.id)) {
        context.addIssue({ code: "custom", path: ["categories", index, "id"], message: `duplicate id "${category.id}"` });
      }
      ids.add(category.id);
      if (!rules.groups.some((group) => group.primary === category.primary)) {
        context.addIssue({
          code: "custom",
          path: ["categories", index, "primary"],
          message: `"${category.primary}" has no entry under groups`,
        });
      }
    });
    rules.categories.forEach((category, index) => {
      if (category.onlyDoing && !ids.has(category.onlyDoing.category)) {
        context.addIssue({ code: "custom", path: ["categories", index, "onlyDoing", "category"], message: `unknown category id "${category.onlyDoing.category}"` });
      }
      if (category.withoutScopeFacts !== undefined && !ids.has(category.withoutScopeFacts)) {
        context.addIssue({ code: "custom", path: ["categories", index, "withoutScopeFacts"], message: `unknown category id "${category.withoutScopeFacts}"` });
      }
    });
    rules.combinations.forEach((combination, index) => {
      combination.when.forEach((id, position) => {
        if (!ids.has(id)) {
          context.addIssue({ code: "custom", path: ["combinations", index, "when", position], message: `unknown category id "${id}"` });
        }
      });
    });
    rules.unlisted.forEach((entry, index) => {
      for (const field of ["suggest", "outsideScopeOf"] as const) {
        entry[field].forEach((id, position) => {
          if (!ids.has(id)) {
            context.addIssue({ code: "custom", path: ["unlisted", index, field, position], message: `unknown category id "${id}"` });
          }
        });
      }
    });
  });

export type Rules = z.infer<typeof rulesSchema>;
export type CategoryRule = Rules["categories"][number];
export type CategoryId = CategoryRule["id"];
export type UnlistedCategory = Rules["unlisted"][number];
export type Qualification = z.infer<typeof qualificationSchema>;

/** The corpus heading path of a category, e.g. "教育 > 在线视频课程". */
export const categoryHeading = (category: Pick<CategoryRule, "primary" | "secondary">): string =>
  `${category.primary} > ${category.secondary}`;

/** "金融业-个人征信" → "个人征信": an unlisted category's name as the document's notes write it. */
export function bareUnlistedName(name: string): string {
  return name.replace(/^.*-/u, "");
}

/** The words a section may speak of an unlisted category by: its bare name and its terms, of two characters or more. */
export function unlistedWords(entry: { readonly name: string; readonly terms: readonly string[] }): string[] {
  return [entry.name, ...entry.terms].map(bareUnlistedName).filter((word) => word.length >= 2);
}
