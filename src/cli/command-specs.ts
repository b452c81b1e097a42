import { defineCommand } from "./command-arguments.js";

// What each command accepts, kept apart from the commands themselves: the bin answers --help, --version and
// usage errors from here without loading a command's modules. Each help ends with its options, written from them.

export const chatCommand = defineCommand({
  name: "chat",
  synopsis: `Usage: live-category-bot chat        (npm start, npm run chat)
Interactive chat with multi-turn context; inside: /help, /reset, /sources, /json, /quit.`,
});

export const askCommand = defineCommand({
  name: "ask",
  synopsis: `Usage: live-category-bot ask [--json] ["问题"]
  live-category-bot ask "问题"            print the answer          (npm run ask -- "问题")
  live-category-bot ask --json "问题"     print the answer as one JSON object
  live-category-bot ask [--json] < file   answer each line of standard input (LF-separated), one answer per line, in order`,
  options: { json: { type: "boolean", description: "one JSON object per answer (see README.md › JSON contract)" } },
  allowPositionals: true,
});

export const indexCommand = defineCommand({
  name: "index",
  synopsis: `Usage: live-category-bot index      (npm run index)
Rebuilds the vector and keyword index under CACHE_DIR and prints its size, dimensions and build time.`,
});

export const evalCommand = defineCommand({
  name: "eval",
  synopsis: "Usage: live-category-bot eval [--cases FILE]… [--llm]      (npm run eval [-- --cases FILE]… [--llm])",
  options: {
    cases: { type: "string", multiple: true, value: "FILE", description: "a Q&A file (repeatable; default: every file in src/eval/eval-defaults.ts, from test/eval/)" },
    llm: { type: "boolean", description: "phrase answers with the configured model and report the guard's results" },
  },
});

export const benchCommand = defineCommand({
  name: "bench",
  synopsis: `Usage: live-category-bot bench [--retrieval] [--scale 10,100,1000]      (npm run bench [-- …])
Speed is measured here, never asserted in tests. Without options: answer() latency, cold one-question ask
against node -e 0, batch marginal cost and peak RSS.`,
  options: {
    fuzz: { type: "string", value: "N", description: "N generated hostile lines through ask --json with a slow reader: crashes, invalid JSON, peak RSS" },
    http: { type: "boolean", description: "load the answer service over HTTP with the three options below" },
    requests: { type: "string", value: "N", default: "2000", description: "with --http: requests in all" },
    concurrency: { type: "string", value: "N", default: "50", description: "with --http: requests at a time" },
    question: { type: "string", value: "TEXT", description: "with --http: ask this one question every time (default: the Q&A set's questions in turn)" },
    retrieval: { type: "boolean", description: "recall@1/@3 and MRR of vector, BM25, hybrid without and with the boost" },
    scale: { type: "string", value: "LIST", description: "for each N in LIST, a corpus of N × the sections: build time, index size, cold ask, answer() p50/p99, RSS" },
    "scale-rules": { type: "boolean", description: "with --scale: give every copied section a rules entry too (scales understanding as well)" },
  },
});

export const botCommand = defineCommand({
  name: "bot",
  synopsis: `Usage: live-category-bot bot      (npm run bot)
Starts the group bot on the channel BOT_CHANNEL names: wecom (WeCom 智能机器人) or wechaty (WeChat);
with none set it prints a short guide and exits 2. Settings come from the environment (README.md › Settings, › Deploy).`,
});

export const serveCommand = defineCommand({
  name: "serve",
  synopsis: `Usage: live-category-bot serve      (npm run serve)
The answer service: POST /v1/answer, /v1/chat/completions (OpenAI-compatible), /mcp; GET /healthz, /metrics.
Settings (HOST, PORT, API_KEYS, REDIS_URL, QA_LOG…) come from the environment (README.md › Answer service).`,
});

export const mcpCommand = defineCommand({
  name: "mcp",
  synopsis: `Usage: live-category-bot mcp      (npm run mcp)
The MCP server over stdio (tools answer_question and list_categories); logs go to stderr.`,
});

export const reportCommand = defineCommand({
  name: "report",
  synopsis: `Usage: live-category-bot report [--since 7d] [--log FILE] [--html FILE] [--top N]      (npm run report [-- …])
Reads the Q&A log (QA_LOG, or --log) and prints unanswered questions grouped by wording, feedback, answers by
category and method, and the busiest groups.`,
  options: {
    since: { type: "string", value: "PERIOD", description: "only lines from the last 30m, 24h, 7d, 2w, or since a date (2026-11-01)" },
    log: { type: "string", value: "FILE", description: "the log file (default: QA_LOG)" },
    html: { type: "string", value: "FILE", description: "also write the report as one HTML page" },
    top: { type: "string", value: "N", default: "20", description: "rows per table" },
  },
});
