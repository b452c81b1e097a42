/**
 * Masks secrets in a line before it is logged or printed: the given values (API keys, passwords) and any
 * credentials written into a URL (`https://user:password@host`, `?api_key=…`).
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const values = [...new Set(secrets.filter((secret): secret is string => typeof secret === "string" && secret.length >= 4))].sort((a, b) => b.length - a.length);
  return (text) => {
    let masked = maskUrlCredentials(text);
    for (const value of values) masked = masked.split(value).join("***");
    return masked;
  };
}

const credentialParameter = /([?&](?:api[_-]?key|key|token|access[_-]?token|password|secret|sig|signature)=)[^&#\s"']*/gi;

/** `https://user:pass@host/v1?api_key=x` → `https://***@host/v1?api_key=***`, wherever URLs occur in the text. */
export function maskUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>]*@/gi, "$1***@").replace(credentialParameter, "$1***");
}

/** The secret parts of a URL setting (user name, password, credential parameters), to mask wherever they appear. */
export function secretsOfUrl(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const url = new URL(value);
    const parts = [decodeURIComponent(url.username), decodeURIComponent(url.password), url.username, url.password];
    for (const [name, parameter] of url.searchParams) if (/key|token|password|secret|sig/i.test(name)) parts.push(parameter);
    return parts.filter((part) => part.length > 0);
  } catch {
    return [];
  }
}
