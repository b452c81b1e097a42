import type { MatchableText } from "../lexicon/cue-set.js";
import type { Lexicon } from "../lexicon/load-lexicon.js";
import { clauseAround, clausePunctuation, liesWithin, matchable, sourceOf } from "./clauses.js";
import { afterWork, namesProgramAt } from "./subject-ownership.js";

/**
 * The program a client of the asker's owns, when the question says the asker builds it for them: "我们给街道办做小程序",
 * "给一家银行做的小程序", "帮客户开发了个小程序", "building a mini program for the county tax bureau". Where the client
 * stands (between the client word and the work; in English, after the program built), or null — also when those it is
 * made for are the people it serves ("给辖区老人做的小程序").
 */
export function clientsProgram(text: MatchableText, lexicon: Lexicon): { script: "zh" | "en"; start: number; end: number } | null {
  const inOtherWords = lexicon.roles.notClientBefore.find(text);
  for (const client of lexicon.roles.clientBefore.find(text)) {
    if (liesWithin(client, inOtherWords)) continue;
    const source = sourceOf(text, client.script);
    const clause = clauseAround(source, client, lexicon.roles.clauseBreaks, text);
    for (const work of lexicon.roles.buildsFor.find(text)) {
      if (work.script !== client.script || work.start <= client.end || work.end > clause.end || work.start - client.end > 12) continue;
      const rest = afterWork(source, work.end, client.script, lexicon);
      if (!namesProgramAt(rest, client.script, lexicon) && !namesProgramAt(afterPurpose(rest, client.script, lexicon), client.script, lexicon)) continue;
      // "给辖区老人做的小程序": made for the people it serves, the program is the asker's own.
      if (lexicon.roles.servedPeople.endsText(matchable(source.slice(client.end, work.start).trim(), client.script))) return null;
      return { script: client.script, start: client.end, end: work.start };
    }
  }
  return clientAfterProgramBuilt(text, lexicon);
}

// How far after "for" an English client may be named ("for the county government office").
const englishClientReach = 48;

/** "building a mini program for the county tax bureau": the client after the program built, to its clause's end. */
function clientAfterProgramBuilt(text: MatchableText, lexicon: Lexicon): { script: "zh" | "en"; start: number; end: number } | null {
  const source = text.lower;
  for (const work of lexicon.roles.buildsFor.find(text)) {
    if (work.script !== "en") continue;
    const following = source.slice(work.end);
    const program = lexicon.roles.programWords.find(matchable(following.trimStart(), "en")).find((hit) => hit.start === 0);
    if (!program) continue;
    const programEnd = work.end + (following.length - following.trimStart().length) + program.end;
    const afterProgram = source.slice(programEnd);
    const forClient = lexicon.roles.clientAfterProgram.find(matchable(afterProgram.trimStart(), "en")).find((hit) => hit.start === 0);
    if (!forClient) continue;
    const start = programEnd + (afterProgram.length - afterProgram.trimStart().length) + forClient.end;
    const clause = clauseAround(source, { script: "en", start, end: start }, lexicon.roles.clauseBreaks, text);
    const end = Math.min(clause.end, start + englishClientReach);
    // "an app for local residents": the people it serves, not a client.
    if (lexicon.roles.servedPeople.find(matchable(source.slice(start, end), "en")).length > 0) return null;
    return { script: "en", start, end };
  }
  return null;
}

// At most this many characters say what a program is for before its 的 ("健康科普的小程序").
const purposeLength = 8;

/** The words after what a program is said to be for ("做了个健康科普的小程序" → 小程序), or "" when no such words stand first. */
function afterPurpose(rest: string, script: "zh" | "en", lexicon: Lexicon): string {
  const head = rest.slice(0, purposeLength + 1);
  const of = lexicon.roles.possessive.find(matchable(head, script)).find((hit) => hit.start > 0 && !clausePunctuation.test(head.slice(0, hit.start)));
  return of === undefined ? "" : rest.slice(of.end);
}
