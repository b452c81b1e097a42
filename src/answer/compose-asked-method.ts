import { changesMethodOf } from "../rules/rules-engine.js";
import type { AccessMethod, CategoryRule } from "../rules/rules-schema.js";
import { fill } from "./answer-templates.js";
import { compositionTools, isCategorySettingNote } from "./compose-lines.js";
import type { CompositionInput } from "./compose-types.js";
import { quotedNames } from "./quoted-names.js";

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
  // "我记得保险是用插件的对吧": put as theirs, the plugin is said not to be what the document gives them.
  const template = input.understanding.methodClaimed ? t.line.methodClaimNotSo : t.line.methodNotStated;
  const line = fill(template, { who: holder.who(), method: t.method[asked], actual: t.method[holder.method] });
  for (const heading of holder.headings()) input.record.absent.push({ line, heading, words: [t.method[asked]] });
  return line;
}

/**
 * "如果想用原生组件呢" of a plugin category: where the method supposed is to be had — the categories of its group that
 * take it, with the document's own rule that the category chosen must fit what the program does; or that its group has
 * none. Not where holding another category gives the method (电商平台 + 社交-直播: the condition line says so).
 */
export function supposedMethodLines(input: CompositionInput, category: CategoryRule): string[] {
  const asked = input.understanding.askedMethod;
  // Only the tags: the document never says a native category may not use the plugin, so none is "without" it.
  if (!input.understanding.supposing || asked !== "native" || asked === category.method) return [];
  const { rules, templates: t, citations, labels } = input;
  if (rules.combinations.some((combination) => changesMethodOf(combination, category))) return [];
  const { name, methodText, citeAccess } = compositionTools(input);
  const ofAsked = rules.categories.filter((other) => other.primary === category.primary && other.method === asked);
  if (ofAsked.length === 0) return [fill(t.line.supposedMethodNone, { group: category.primary, method: methodText(asked) })];
  ofAsked.forEach(citeAccess);
  // The note on choosing in the backend's 服务类目 setting, not the one sending readers to 服务类目说明.
  citations.add(labels.notes, isCategorySettingNote(labels), 1);
  return [fill(t.line.supposedMethodInGroup, { group: category.primary, method: methodText(asked), categories: quotedNames(ofAsked.map((other) => name(other)), t.line.separator) })];
}
