import { Hono } from "hono";
import type { AnswerSessionDependencies } from "./answer-session.js";

/** What /healthz and /metrics say about hot reload; absent when the service does not reload. */
export interface ReloadStatus {
  readonly watching: boolean;
  readonly counts: { readonly applied: number; readonly refused: number };
  readonly lastError: string | null;
}

export interface HealthOptions {
  readonly reloads?: ReloadStatus;
  readonly startedAt: number;
}

/** The corpus version an operator can compare with the document: its 最近更新时间 and content hash. */
export function corpusVersion(dependencies: AnswerSessionDependencies): { updated: string; hash: string; version: string } {
  const { corpus } = dependencies.answers.live.service;
  const hash = corpus.hash.slice(0, 12);
  return { updated: corpus.frontMatter.updated, hash, version: `${corpus.frontMatter.updated} ${hash}` };
}

/** `GET /healthz` (which version is live, index state) and `GET /metrics` (Prometheus text). */
export function healthRoutes(dependencies: AnswerSessionDependencies, options: HealthOptions): Hono {
  const app = new Hono();
  const reloads = options.reloads ?? { watching: false, counts: { applied: 0, refused: 0 }, lastError: null };
  app.get("/healthz", (c) => {
    const live = dependencies.answers.live;
    const { index, rules } = live.service;
    return c.json({
      status: "ok",
      version: live.id,
      loadedAt: live.loadedAt,
      corpus: corpusVersion(dependencies),
      index: {
        state: index.rebuiltBecause === null ? "loaded from cache" : "built",
        rebuiltBecause: index.rebuiltBecause,
        embedder: index.manifest.embedder,
        chunks: index.manifest.chunks,
        dimensions: index.manifest.dimensions,
        builtAt: index.manifest.builtAt,
      },
      rules: { categories: rules.categories.length },
      reload: { watching: reloads.watching, applied: reloads.counts.applied, refused: reloads.counts.refused, lastError: reloads.lastError },
      conversations: dependencies.conversations.kind,
      uptimeSeconds: Math.floor((dependencies.clock.now() - options.startedAt) / 1000),
    });
  });
  app.get("/metrics", (c) =>
    c.text(
      dependencies.metrics.render({ reloads: reloads.counts, liveVersion: dependencies.answers.live.id, corpusVersion: corpusVersion(dependencies).version }),
      200,
      { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" },
    ),
  );
  return app;
}
