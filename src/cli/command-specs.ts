import type { CommandSpec } from "./command-arguments.js";

// What each command accepts, kept apart from the commands themselves: the bin answers --help, --version and
// usage errors from here without loading a command's modules.

export const chatCommand: CommandSpec = {
  name: "chat",
  usage: `Usage: live-category-bot chat        (npm start, npm run chat)
Interactive chat with multi-turn context; inside: /help, /reset, /sources, /json, /quit.
Options:
  --help, -h   show this help
  --version    print the version`,
};

export const askCommand: CommandSpec = {
  name: "ask",
  usage: `Usage: live-category-bot ask [--json] ["问题"]
  live-category-bot ask "问题"            print the answer          (npm run ask -- "问题")
  live-category-bot ask --json "问题"     print the answer as one JSON object
  live-category-bot ask [--json] < file   answer each line of standard input (LF-separated), one answer per line, in order
Options:
  --json       one JSON object per answer (see README.md › JSON contract)
  --help, -h   show this help
  --version    print the version`,
  options: { json: { type: "boolean" } },
  allowPositionals: true,
};

export const indexCommand: CommandSpec = {
  name: "index",
  usage: `Usage: live-category-bot index      (npm run index)
Rebuilds the vector and keyword index under CACHE_DIR and prints its size, dimensions and build time.
Options:
  --help, -h   show this help
  --version    print the version`,
};

export const evalCommand: CommandSpec = {
  name: "eval",
  usage: `Usage: live-category-bot eval [--cases FILE]… [--llm]      (npm run eval [-- --cases FILE]… [--llm])
Options:
  --cases FILE   a Q&A file (repeatable; default: every file in src/eval/eval-defaults.ts, from test/eval/)
  --llm          phrase answers with the configured model and report the guard's results
  --help, -h     show this help
  --version      print the version`,
  options: { cases: { type: "string", multiple: true }, llm: { type: "boolean" } },
};

export const benchCommand: CommandSpec = {
  name: "bench",
  usage: `Usage: live-category-bot bench [--retrieval] [--scale 10,100,1000]      (npm run bench [-- …])
Speed is measured here, never asserted in tests. Without options: answer() latency, cold one-question ask
against node -e 0, batch marginal cost and peak RSS.
Options:
  --fuzz N          N generated hostile lines through ask --json with a slow reader: crashes, invalid JSON, peak RSS
  --http            load the answer service over HTTP: --requests N (2000), --concurrency N (50), --question TEXT
  --retrieval       recall@1/@3 and MRR of vector, BM25, hybrid without and with the boost
  --scale LIST      for each N in LIST, a corpus of N × the sections: build time, index size, cold ask, answer() p50/p99, RSS
  --scale-rules     with --scale: give every copied section a rules entry too (scales understanding as well)
  --help, -h        show this help
  --version         print the version`,
  options: {
    retrieval: { type: "boolean" },
    scale: { type: "string" },
    "scale-rules": { type: "boolean" },
    http: { type: "boolean" },
    fuzz: { type: "string" },
    requests: { type: "string" },
    concurrency: { type: "string" },
    question: { type: "string" },
  },
};

export const botCommand: CommandSpec = {
  name: "bot",
  usage: `Usage: live-category-bot bot      (npm run bot)
Starts the group bot on the channel BOT_CHANNEL names: wecom (WeCom 智能机器人) or wechaty (WeChat);
with none set it prints a short guide and exits 2. Settings come from the environment (README.md › Settings, › Deploy).
Options:
  --help, -h   show this help
  --version    print the version`,
};

export const serveCommand: CommandSpec = {
  name: "serve",
  usage: `Usage: live-category-bot serve      (npm run serve)
The answer service: POST /v1/answer, /v1/chat/completions (OpenAI-compatible), /mcp; GET /healthz, /metrics.
Settings (HOST, PORT, API_KEYS, REDIS_URL, QA_LOG…) come from the environment (README.md › Answer service).
Options:
  --help, -h   show this help
  --version    print the version`,
};

export const mcpCommand: CommandSpec = {
  name: "mcp",
  usage: `Usage: live-category-bot mcp      (npm run mcp)
The MCP server over stdio (tools answer_question and list_categories); logs go to stderr.
Options:
  --help, -h   show this help
  --version    print the version`,
};

export const reportCommand: CommandSpec = {
  name: "report",
  usage: `Usage: live-category-bot report [--since 7d] [--log FILE] [--html FILE] [--top N]      (npm run report [-- …])
Reads the Q&A log (QA_LOG, or --log) and prints unanswered questions grouped by wording, feedback, answers by
category and method, and the busiest groups.
Options:
  --since PERIOD   only lines from the last 30m, 24h, 7d, 2w, or since a date (2026-11-01)
  --log FILE       the log file (default: QA_LOG)
  --html FILE      also write the report as one HTML page
  --top N          rows per table (default 20)
  --help, -h       show this help
  --version        print the version`,
  options: { since: { type: "string" }, log: { type: "string" }, html: { type: "string" }, top: { type: "string" } },
};
