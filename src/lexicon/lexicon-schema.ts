import { z } from "zod";
import { guardLexiconSchema } from "./guard-lexicon-schema.js";

const words = z.array(z.string()).default([]);
const pinyinPart = z.string().regex(/^[a-z]+$/, "lower-case pinyin letters without tones, e.g. zh");
/** A concept's words in both languages (see corpus/lexicon.yaml › Conventions). */
const cues = z.object({ zh: words, en: words }).strict();

export const aspectNames = ["method", "qualification", "review", "scope", "scenario", "notes", "choose", "list", "formerName", "compare"] as const;
export type Aspect = (typeof aspectNames)[number];

export const commandNames = ["help", "list", "sources", "reset", "status"] as const;
export type CommandName = (typeof commandNames)[number];

const nearbyTopic = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/, "use kebab-case ids"),
    label: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
    /** What the document still says that bears on the topic. */
    helps: z.enum(["native-categories", "review-time"]).optional(),
    /** The topic is another product than mini program live streaming (视频号, 抖音): no category of the document answers it. */
    otherProduct: z.boolean().optional(),
    zh: words,
    en: words,
  })
  .strict();

export const lexiconSchema = z
  .object({
    version: z.literal(1),
    aspects: z.object(Object.fromEntries(aspectNames.map((name) => [name, cues])) as Record<Aspect, typeof cues>).strict(),
    methods: z.object({ native: cues, plugin: cues }).strict(),
    roles: z
      .object({
        clauseBreaks: cues,
        negation: cues,
        negationAfter: cues,
        changedInto: cues,
        passiveAfter: cues,
        statusEnders: cues,
        askerAfter: cues,
        subjectAsked: cues,
        changeAsked: cues,
        personAfter: cues,
        personBefore: cues,
        programWords: cues,
        alsoWords: cues,
        thirdPartyPointers: cues,
        ownProgramPointers: cues,
        ownerAfter: cues,
        memberBefore: cues,
        passingBefore: cues,
        thenDeferred: cues,
        beforeMarks: cues,
        speechAfter: cues,
        categoryIs: cues,
        theirPossessive: cues,
        notTheirs: cues,
        applyAsked: cues,
        notApplyAsked: cues,
        modelSuffix: cues,
        takenBack: cues,
        comparedBefore: cues,
        comparedAfter: cues,
        likenessBefore: cues,
        subjectCountsAs: cues,
        subjectCountsAsNot: cues,
        comparedAgainst: cues,
        intendedActivity: cues,
        activityFillers: cues,
        activityVerbs: cues,
        notParty: cues,
        futureWords: cues,
        thenAsked: cues,
        personIs: cues,
        personOfPlaceAfter: cues,
        clientBefore: cues,
        clientAfter: cues,
        buildsFor: cues,
        notClientBefore: cues,
        refusedOnceAfter: cues,
        madeCount: cues,
        categoryChangedInto: cues,
        changeByAsker: cues,
        afterChange: cues,
        bodyThingsAfter: cues,
        memberAfter: cues,
        bodyPointers: cues,
        collectiveBefore: cues,
        reflexive: cues,
        programIs: cues,
        programSubjectBefore: cues,
        otherProgramBefore: cues,
        programSubjectAfter: cues,
        nothingElse: cues,
        elsewhereAfter: cues,
        heldOnceBefore: cues,
        heldOnceAfter: cues,
        programNames: cues,
        restoredAfter: cues,
        supposedLossAfter: cues,
        nowWords: cues,
        formerly: cues,
        negationAdjacent: cues,
        notNegation: cues,
        negatedLack: cues,
        pending: cues,
        exclusion: cues,
        otherParty: cues,
        partnerBefore: cues,
        partnerAfter: cues,
        joiners: cues,
        possessive: cues,
        possessedProgram: cues,
        clauseOpeners: cues,
        statusOpeners: cues,
        copula: cues,
        hypothetical: cues,
        naming: cues,
        claimRelation: cues,
        classificationQuestion: cues,
        ownership: cues,
        identity: cues,
        exclusiveHolding: cues,
        notOnlyBefore: cues,
        platform: cues,
        serviceFor: cues,
      })
      .strict(),
    dialogue: z
      .object({
        followUp: cues,
        anaphora: cues,
        followUpEndings: cues,
        additive: cues,
        additiveAfter: cues,
        asksStatus: cues,
        correctionOpeners: cues,
        neededCategory: cues,
        notMethod: cues,
        notMethodQuestionForms: cues,
        notMethodGap: cues,
        asksWhich: cues,
        approval: cues,
        cameTrue: cues,
        anotherProgram: cues,
        othersProgram: cues,
        programOwners: cues,
        programOrganisations: cues,
        secondProgram: cues,
        ownedProgram: cues,
        backToOwn: cues,
        backToOther: cues,
        backToEarlier: cues,
        aside: cues,
        requests: cues,
        choosing: cues,
        switching: cues,
        backToTopic: cues,
        pointerNotProgram: cues,
        actualState: cues,
        confirms: cues,
        questionEndings: cues,
        asking: cues,
        topicQualifiers: cues,
        alternativeBetween: cues,
        alternativeAnywhere: cues,
        pushback: cues,
        why: cues,
        reasonGiven: cues,
        thanks: cues,
        laughter: cues,
        fitVerbs: cues,
        fitGap: cues,
        liveStreaming: cues,
        aboutDocument: cues,
        help: cues,
        categoryWords: cues,
        answerInEnglish: cues,
        answerInChinese: cues,
      })
      .strict(),
    commands: z.object(Object.fromEntries(commandNames.map((name) => [name, z.array(z.string().min(1)).min(1)])) as Record<CommandName, z.ZodArray<z.ZodString>>).strict(),
    nearbyTopics: z.array(nearbyTopic),
    injection: cues,
    genericWords: cues,
    functionCharacters: z.string().min(1),
    qualificationCount: z
      .object({ numerals: z.record(z.string().min(1), z.number().int().positive()), zh: z.string().min(1), en: z.string().min(1), allRequired: cues })
      .strict(),
    confusableCharacters: z.array(z.string().min(2)),
    englishVerbUse: z.object({ words: z.array(z.string().regex(/^[a-z]+$/, "one lower-case English word")), after: z.array(z.string().min(1)) }).strict(),
    /** Sounds folded together before two characters' pinyin are compared (lower-case letters, no tones). */
    soundAlike: z
      .object({ initials: z.record(pinyinPart, pinyinPart), finals: z.record(pinyinPart, pinyinPart) })
      .strict(),
    /** Aspects whose answer is the category's own, whoever holds it (what it requires, how long its review takes…). */
    categoryOwnAspects: z.array(z.enum(aspectNames)),
    synonyms: z.record(z.string().min(1), z.string().min(1)),
    regionalWords: z.record(z.string().min(1), z.string().min(1)),
    statusMarks: z.record(z.string().regex(/^[^\uFE0F]+$/u, "write the mark without its variation selector (U+FE0F)"), z.string().min(1)),
    tokenizerWords: z.array(z.string().min(1)),
    /** The model guard's words (src/lexicon/guard-lexicon-schema.ts). */
    guard: guardLexiconSchema,
    corpusLabels: z
      .object({
        scenario: z.string().min(1),
        scope: z.string().min(1),
        notes: z.string().min(1),
        qualification: z.string().min(1),
        review: z.string().min(1),
        officialReference: z.string().min(1),
        categorySetting: z.string().min(1),
        personalRule: z.string().min(1),
        accessOpening: z.string().min(1),
        conditionOpening: z.string().min(1),
      })
      .strict(),
  })
  .strict();

export type LexiconData = z.infer<typeof lexiconSchema>;
export type Cues = z.infer<typeof cues>;
