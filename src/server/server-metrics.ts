import { unansweredReason } from "../report/unanswered-reason.js";

/**
 * Prometheus counters kept in memory and written in the text exposition format (version 0.0.4);
 * a handful of series does not need a metrics library.
 */
const prefix = "live_category_bot";
/** Seconds; answers take about a millisecond in process, so the low buckets are fine-grained. */
const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface AnswerObservation {
  readonly channel: string;
  readonly method: string;
  readonly kind: string;
  readonly rule: string;
  readonly seconds: number;
}

export class ServerMetrics {
  private readonly answers = new Map<string, number>();
  private readonly unanswered = new Map<string, number>();
  private readonly responses = new Map<string, number>();
  private readonly bucketCounts = latencyBuckets.map(() => 0);
  private latencySum = 0;
  private latencyCount = 0;
  private total = 0;
  private unknownOrOutside = 0;

  observeAnswer(observation: AnswerObservation): void {
    increment(this.answers, labels({ channel: observation.channel, method: observation.method, kind: observation.kind }));
    this.total += 1;
    const reason = unansweredReason(observation);
    if (reason) increment(this.unanswered, labels({ reason }));
    if (reason === "unknown" || reason === "out-of-corpus") this.unknownOrOutside += 1;
    latencyBuckets.forEach((bound, index) => {
      if (observation.seconds <= bound) this.bucketCounts[index]! += 1;
    });
    this.latencySum += observation.seconds;
    this.latencyCount += 1;
  }

  observeResponse(status: number): void {
    increment(this.responses, labels({ status: String(status) }));
  }

  /** `reloads` and `liveVersion` come from the reloadable service at scrape time. */
  render(state: { reloads: { applied: number; refused: number }; liveVersion: string; corpusVersion: string }): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) => lines.push(`# HELP ${prefix}_${name} ${help}`, `# TYPE ${prefix}_${name} ${type}`);
    family("answers_total", "counter", "Answers given, by channel, access method and answer kind.");
    for (const [key, count] of this.answers) lines.push(`${prefix}_answers_total{${key}} ${count}`);
    family("unanswered_total", "counter", "Answers that did not settle the question: unknown method, outside the document, or asking the user to pick or name a category.");
    for (const reason of ["unknown", "out-of-corpus", "clarifying"]) lines.push(`${prefix}_unanswered_total{reason="${reason}"} ${this.unanswered.get(labels({ reason })) ?? 0}`);
    family("unknown_ratio", "gauge", "Share of answers since start whose method was unknown or that were outside the document.");
    lines.push(`${prefix}_unknown_ratio ${this.total === 0 ? 0 : this.unknownOrOutside / this.total}`);
    family("answer_latency_seconds", "histogram", "Time to answer one question, conversation store included.");
    latencyBuckets.forEach((bound, index) => lines.push(`${prefix}_answer_latency_seconds_bucket{le="${bound}"} ${this.bucketCounts[index]}`));
    lines.push(`${prefix}_answer_latency_seconds_bucket{le="+Inf"} ${this.latencyCount}`);
    lines.push(`${prefix}_answer_latency_seconds_sum ${this.latencySum}`, `${prefix}_answer_latency_seconds_count ${this.latencyCount}`);
    family("reloads_total", "counter", "Hot reloads of the corpus, rules and prompts: applied, or refused because a file was invalid.");
    lines.push(`${prefix}_reloads_total{outcome="applied"} ${state.reloads.applied}`, `${prefix}_reloads_total{outcome="refused"} ${state.reloads.refused}`);
    family("http_responses_total", "counter", "HTTP responses by status code.");
    for (const [key, count] of this.responses) lines.push(`${prefix}_http_responses_total{${key}} ${count}`);
    family("live_version_info", "gauge", "The live version of the data files (always 1; the labels carry the version).");
    lines.push(`${prefix}_live_version_info{${labels({ version: state.liveVersion, corpus: state.corpusVersion })}} 1`);
    return `${lines.join("\n")}\n`;
  }
}

function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`)
    .join(",");
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
