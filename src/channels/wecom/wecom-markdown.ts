import type { Answer } from "../../answer/answer.js";

/**
 * Renders an answer as WeCom markdown: the rules' verdict in bold, the details as they are,
 * the sources as a quote block. The plain-text rendering (answer.answer) stays for WeChat.
 */
export function renderAnswerMarkdown(answer: Pick<Answer, "answer" | "verdictSentence" | "citations">): string {
  const lines = answer.answer.split("\n");
  const body = lines[0] === answer.verdictSentence && answer.verdictSentence !== "" ? lines.slice(1) : lines;
  const verdict = body === lines ? [] : [bold(answer.verdictSentence)];
  // The sources start at the header line just before the first citation line; if the template
  // ever words them differently the text is kept as it is, which is still correct.
  const first = answer.citations[0];
  const citationAt = first ? body.indexOf(`「${first.heading}」${first.quote}`) : -1;
  if (citationAt < 1) return [...verdict, ...body.map(escapeTags)].join("\n");
  const details = body.slice(0, citationAt - 1).map(escapeTags);
  const sources = body.slice(citationAt - 1).map((line) => `> ${escapeTags(line)}`);
  return [...verdict, ...details, "", ...sources].join("\n");
}

/** The verdict alone, for the first frame of a stream. */
export function renderVerdictMarkdown(verdictSentence: string): string {
  return bold(verdictSentence);
}

function bold(text: string): string {
  return text.trim() === "" ? "" : `**${escapeTags(text.trim())}**`;
}

/** `<live-pusher>` would be read as markup; as inline code it shows as written. */
function escapeTags(text: string): string {
  return text.replace(/(?:<\/?[a-z][\w-]*>)+/giu, (tags) => `\`${tags}\``);
}
