# syntax=docker/dockerfile:1
# The group bot (npm run bot) in a container. Not built in CI here: see README.md › Deploy.

# Build stage: compiler tools for hnswlib-node's native addon, production dependencies only.
FROM node:22-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY corpus ./corpus
COPY prompts ./prompts
COPY src ./src
COPY tsconfig.json ./

# Run stage: no compilers, a non-root user, the index and the WeChat session in a volume.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    CACHE_DIR=/app/.cache \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/.cache && chown node:node /app/.cache
USER node
VOLUME ["/app/.cache"]
# node directly (not npm), so SIGTERM reaches the bot and it can finish queued answers.
CMD ["node", "--import", "tsx", "src/cli/bot-command.ts"]
