import type { Method } from "../../rules/rules-schema.js";
import type { Entity, SentenceAnalysis } from "./analyze-sentence.js";
import type { SentenceContext } from "./check-sentence.js";

const methodNames = { native: "the native tags", plugin: "the plugin" } as const;

/**
 * A sentence about an access method must state the verdict's method; another method only as
 * the document's own condition ("若同时具备社交-直播类目…") or as what the backing says of a
 * category it names. Hedges that make a method optional are never kept.
 */
export function checkMethods(analysis: SentenceAnalysis, context: SentenceContext): string | null {
  if (analysis.hedged && (analysis.methods.length > 0 || analysis.speaksOfAccess)) return "makes the access method a matter of choice";
  if (analysis.methods.length === 0) return null;
  const { backing } = context;
  const verdict = context.method;
  const claims = (entity: Entity) => backing.claims.get(entity);
  const contradicts = (entity: Entity, method: "native" | "plugin") => {
    const said = claims(entity);
    return said !== undefined && (said.has("native") || said.has("plugin")) && !said.has(method);
  };
  // "同时具备电商平台和社交-直播类目…不必走插件": under the document's own condition the other method may be set aside.
  const held = [...analysis.entities].filter((entity) => !analysis.negatedEntities.has(entity));
  const underCondition = (method: Method) => analysis.conditional && held.some((entity) => backing.partners.get(method as "native")?.has(entity));
  for (const mention of analysis.methods) {
    const near = analysis.entitiesNear(mention.start);
    if (mention.stance === "negative") {
      if (mention.method === verdict) return `denies ${methodNames[mention.method]}, which the rules give`;
      if (underCondition(verdict) || underCondition(mention.method)) continue;
      if (near.some((entity) => claims(entity)?.has(mention.method))) return `denies ${methodNames[mention.method]} to a category the document gives it`;
      if (verdict === "unknown") return "states an access method where the rules decided none";
      continue;
    }
    if (underCondition(mention.method)) continue;
    if (mention.method === verdict) {
      if (near.some((entity) => contradicts(entity, mention.method))) return `gives ${methodNames[mention.method]} to a category the document does not`;
      continue;
    }
    if (near.length > 0 && near.every((entity) => !analysis.negatedEntities.has(entity) && claims(entity)?.has(mention.method))) continue;
    if (verdict === "plugin") return "calls the native tags usable where the rules say plugin";
    if (verdict === "native") return "calls the plugin needed where the rules say native tags";
    if (verdict === "unsupported") return "offers an access method where the rules rule live streaming out";
    return "states an access method where the rules decided none";
  }
  return null;
}

/** "可以直播" / "不支持直播" must agree with the verdict, or with what the backing says of the things named. */
export function checkLive(analysis: SentenceAnalysis, context: SentenceContext): string | null {
  const verdict = context.method;
  const claims = (entity: Entity) => context.backing.claims.get(entity);
  for (const mention of analysis.live) {
    const near = analysis.entitiesNear(mention.start);
    if (mention.stance === "positive") {
      // Under a verdict that allows streaming, a category the document does not open ("时政信息") or a subject still may not be called supported.
      const outsider = near.some((entity) => !entity.startsWith("category:") && !["supported", "native", "plugin"].some((claim) => claims(entity)?.has(claim as "native")));
      if ((verdict === "native" || verdict === "plugin") && !outsider) continue;
      const backed = near.length > 0 && near.every((entity) => ["supported", "native", "plugin"].some((claim) => claims(entity)?.has(claim as "native")));
      if (!backed) {
        if (verdict === "unsupported") return "calls supported what the rules rule out";
        return verdict === "unknown" ? "says whether live streaming is supported where the rules decided nothing" : "calls supported what the document does not open to live streaming";
      }
    } else {
      if (verdict === "unsupported") continue;
      const backed = near.length > 0 && near.every((entity) => claims(entity)?.has("unsupported"));
      if (!backed) return verdict === "unknown" ? "says whether live streaming is supported where the rules decided nothing" : "calls unsupported what the rules support";
    }
  }
  return null;
}
