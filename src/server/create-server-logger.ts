import { pino, type Logger } from "pino";
import pretty from "pino-pretty";
import type { ServerSettings } from "./server-settings.js";

/**
 * pino to stdout for `serve`; to stderr for `mcp`, whose stdout carries the protocol.
 * Questions, keys and tokens never go into log objects.
 */
export function createServerLogger(settings: Pick<ServerSettings, "logLevel" | "logFormat">, destination: 1 | 2): Logger {
  const stream = destination === 1 ? process.stdout : process.stderr;
  const readable = settings.logFormat === "pretty" || (settings.logFormat === "auto" && Boolean(stream.isTTY));
  return readable
    ? pino({ level: settings.logLevel }, pretty({ destination, colorize: Boolean(stream.isTTY), translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }))
    : pino({ level: settings.logLevel }, pino.destination({ fd: destination, sync: true }));
}
