import type { CommandName } from "../../lexicon/lexicon-schema.js";
import type { IncomingMessage } from "./chat-transport.js";
import { escapeRegExp } from "../../shared/escape-reg-exp.js";

/**
 * The question when the bot is addressed in a room — mentioned (by the platform's mention
 * list or a typed `@name`), or the message starts with a keyword — else null.
 */
export function addressedText(message: IncomingMessage, keywords: readonly string[]): string | null {
  const names = message.botNames.filter((name) => name.trim() !== "");
  const mentionPattern = names.length > 0 ? new RegExp(`@(?:${names.map(escapeRegExp).join("|")})(?=[\\u2005\\s]|$)`, "gu") : null;
  const typedMention = mentionPattern !== null && mentionPattern.test(message.text);
  if (message.mentionsBot || typedMention) {
    return (mentionPattern ? message.text.replace(mentionPattern, " ") : message.text).replace(/[\u2005\s]+/gu, " ").trim();
  }
  const text = message.text.trim();
  for (const keyword of keywords) {
    if (text.startsWith(keyword)) return text.slice(keyword.length).replace(/^[\s,,::]+/u, "").trim();
  }
  return null;
}

/** The command a question is, by the lexicon's command words (a leading "/" is allowed). */
export function commandOf(question: string, commands: ReadonlyMap<string, CommandName>): CommandName | undefined {
  return commands.get(question.replace(/^\//, "").trim().toLowerCase());
}

