import { mentionOfCategory, type Facts, type Verdict } from "../rules/rules-engine.js";
import { holdsCategory, optionsOf, type ProgramSegment } from "../understanding/program-segments.js";
import { fill } from "./answer-templates.js";
import { composeAnswer } from "./compose-answer.js";
import type { Composition, CompositionInput } from "./compose-types.js";

/**
 * "客户的是教育平台,我们自己的是多方通信,分别怎么接入": each program answered on its own, under the name the asker gave
 * it — its own verdict from the rules (电商平台 with 社交-直播 in one program is native; in two programs it is not),
 * then what was asked of it.
 */
export function composePrograms(programs: readonly ProgramSegment[], input: CompositionInput, decide: (facts: Facts) => Verdict): Composition {
  const { templates: t, language } = input;
  const body: string[] = [t.verdict.programs];
  programs.forEach((program, index) => {
    // A word of several categories for it ("一个是驾校"): its options, for the asker to say which.
    const mentions = [...optionsOf(program), ...program.categories.map(mentionOfCategory)];
    const verdict = decide({ subject: program.subject, mentions, unlisted: program.unlisted ?? [] });
    // What the message names of another program is not this one's ("一个驾校…一个K歌app": K歌 points the driving school
    // nowhere): only the names and scenarios of its own categories.
    const ownsAny = (mention: { readonly candidates: readonly string[] }) => mention.candidates.some((id) => holdsCategory(program, id));
    // Its subject and its categories are one program's: not weighed apart as two programs ("…分别能直播吗" asks of the
    // programs, each answered here).
    // Nor are the message's subjects weighed against each other ("堂哥单位是政府主体,我们是个人认证,各自能不能直播"): each
    // program has its own.
    // What the message asks beside the programs ("客户能借用我们的类目吗": borrowing) is said once, after them all.
    const understanding = { ...input.understanding, mentions: input.understanding.mentions.filter(ownsAny), roled: input.understanding.roled.filter(ownsAny), weighsSubjectApart: false, comparedSubjects: [], nearbyTopics: [] };
    const composed = composeAnswer({ ...input, understanding, verdict, inherited: false });
    const shown = program.label === "" ? fill(t.line.programNumbered, { number: index + 1 }) : shownLabel(program.label, language, t.line.programWord);
    body.push(fill(t.line.programHeader, { program: shown }), ...composed.body);
  });
  if (input.understanding.nearbyTopics.length > 0) body.push(...composeAnswer({ ...input, kind: "out-of-corpus", inherited: false }).body);
  return { body, clarify: [], record: input.record };
}

/** "客户的" → "客户的小程序", "a" → "A小程序", "客户a" → "客户A小程序", "ours" → "Ours": the label as a name for the program. */
function shownLabel(label: string, language: "zh" | "en", programWord: string): string {
  // A letter closing it is written capital, as letters naming programs are (matching read them lower-case).
  const upper = label.replace(/(^|\p{Script=Han})([a-z])$/u, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
  if (language === "en") return `${upper.charAt(0).toUpperCase()}${upper.slice(1)}`;
  return upper.endsWith(programWord) ? upper : `${upper}${programWord}`;
}
