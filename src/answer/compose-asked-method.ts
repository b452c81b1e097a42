import type { AccessMethod } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import type { CompositionInput } from "./compose-types.js";

/** Whom a verdict speaks of, as the asked-method line names them. */
export interface MethodHolder {
  /** 「社交-直播」类目, 「金融业」下的类目, 政府主体认证的小程序, filled from the templates only when a line is said. */
  readonly who: () => string;
  /** The method the rules give them. */
  readonly method: AccessMethod;
  /** The corpus sections that say so: the plugin must not be named there for "the document does not say" to hold. */
  readonly headings: () => readonly string[];
  /** Whether the verdict line itself already says what the asked method comes to ("不能直接使用 <live-pusher>"). */
  readonly verdictSaysAskedMethod: boolean;
}

/**
 * The method the question asked about, when the rules give another: "银行能用插件吗" gets the native verdict, and the
 * document names only the native tags for 银行, so the answer says it does not say whether the plugin may be used
 * rather than leave what was asked unanswered. Asked about the tags, a plugin category cannot use them directly (as
 * its own verdict says; a group's shared verdict line does not). Null when nothing is left to say.
 */
export function askedMethodLine(input: CompositionInput, holder: MethodHolder): string | null {
  const asked = input.understanding.askedMethod;
  if (asked === null || asked === holder.method || holder.verdictSaysAskedMethod) return null;
  const t = input.templates;
  if (asked === "native") return fill(t.line.nativeNotDirect, { who: holder.who() });
  const line = fill(t.line.methodNotStated, { who: holder.who(), method: t.method[asked] });
  for (const heading of holder.headings()) input.record.absent.push({ line, heading, words: [t.method[asked]] });
  return line;
}
