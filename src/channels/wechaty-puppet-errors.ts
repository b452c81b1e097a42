export interface PuppetProblem {
  /** Problems of one kind are summarised together (one line, then at most one a minute). */
  readonly kind: "network" | "login" | "puppet-service" | "puppet";
  /** The error's first line: never a stack trace, never a token. */
  readonly detail: string;
  /** What the operator can do. */
  readonly hint: string;
}

// Technical patterns from the puppets' error texts (not user vocabulary).
const network = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|network/i;
const webLoginRefused = /不能登录网页微信|web ?wechat|login|1203|1205/i;
const puppetService = /grpc|token|UNAVAILABLE|UNAUTHENTICATED|discover|endpoint|puppet-service/i;

/** Turns a puppet's error event into one line and a hint; `puppet` names the package in use. */
export function describePuppetError(error: unknown, puppet = ""): PuppetProblem {
  const detail = firstLine(error);
  if (puppetService.test(detail) || (puppet === "wechaty-puppet-service" && network.test(detail))) {
    return { kind: "puppet-service", detail, hint: "the puppet service cannot be reached or refused the token; check WECHATY_PUPPET_SERVICE_TOKEN (and WECHATY_PUPPET_SERVICE_ENDPOINT if your provider gave one) — README.md › Deploy" };
  }
  if (network.test(detail)) {
    return { kind: "network", detail, hint: "cannot reach WeChat's servers; check the network. The default puppet uses web WeChat, which most accounts can no longer use: consider BOT_CHANNEL=wecom — README.md › Deploy" };
  }
  if (webLoginRefused.test(detail)) {
    return { kind: "login", detail, hint: "WeChat refused the login; many accounts cannot log in to web WeChat (wechaty-puppet-wechat4u). Use BOT_CHANNEL=wecom or a puppet service — README.md › Deploy" };
  }
  return { kind: "puppet", detail, hint: "puppet error; the bot keeps running" };
}

interface ProblemReporter {
  report(key: string, object: object, message: string): boolean;
}

/**
 * Puppet libraries print some failures straight to the console with a stack trace (wechaty-token
 * prints every failed service discovery, every few seconds). Those go through the same summary.
 */
export function summariseConsoleErrors(problems: ProblemReporter, puppet: string): void {
  const report = (...parts: unknown[]) => {
    const text = parts.map((part) => (part instanceof Error ? part.message : typeof part === "string" ? part : JSON.stringify(part) ?? String(part))).join(" ");
    const problem = describePuppetError(text, puppet);
    problems.report(problem.kind, { error: problem.detail }, problem.hint);
  };
  console.error = report;
  console.warn = report;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error) ?? String(error);
  const line = (text.split("\n")[0] ?? "").trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
