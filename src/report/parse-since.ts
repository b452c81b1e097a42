import { fail, ok, type Result } from "../shared/result.js";

const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** `--since 7d` (m, h, d, w) or a date such as 2026-11-01, relative to `now`. */
export function parseSince(text: string, now: number): Result<Date> {
  const relative = /^(\d+)\s*([mhdw])$/i.exec(text.trim());
  if (relative) return ok(new Date(now - Number(relative[1]) * unitMs[relative[2]!.toLowerCase() as keyof typeof unitMs]));
  const absolute = Date.parse(text.trim());
  if (/^\d{4}-\d{2}-\d{2}/.test(text.trim()) && !Number.isNaN(absolute)) return ok(new Date(absolute));
  return fail(`--since: "${text}" is not a period or a date; fix: use e.g. 30m, 24h, 7d, 2w or 2026-11-01`);
}
