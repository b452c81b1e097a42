# syntax=docker/dockerfile:1
# The group bot (live-category-bot bot) in a container. Not built in CI here: see README.md › Deploy.

# Build stage: compiler tools for hnswlib-node's native addon; `npm ci` also bundles the commands into dist/
# (its `prepare` script needs esbuild, a dev dependency), then the dev dependencies are removed.
FROM node:22-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
COPY corpus ./corpus
COPY prompts ./prompts
RUN npm ci --no-audit --no-fund && npm prune --omit=dev && npm cache clean --force

# Run stage: no compilers, a non-root user, the index, the WeChat session and the Q&A log in a volume.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    CACHE_DIR=/app/.cache \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/.cache && chown node:node /app/.cache
USER node
VOLUME ["/app/.cache"]
# node directly (not npm), so SIGTERM reaches the bot and it can finish queued answers; with the npm scripts' node
# flags (package.json; a test keeps them equal): one V8 helper thread leaves the answering thread a core of its own.
CMD ["node", "--v8-pool-size=1", "bin/live-category-bot.js", "bot"]
