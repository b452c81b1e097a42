import { describe, expect, it } from "vitest";
import { readProviderSettings } from "../providers/provider-settings.js";
import { createRedactor, maskUrlCredentials, secretsOfUrl } from "./redact-secrets.js";

describe("secrets in settings", () => {
  it("refuses an API key with a line break at start-up, without echoing the key", () => {
    for (const key of ["sk-abc\r\nX-Injected: 1", "sk-abc\ndef", "sk-abc\rdef"]) {
      const settings = readProviderSettings({ LLM_PROVIDER: "openai", LLM_MODEL: "m", LLM_API_KEY: key, EMBEDDINGS_API_KEY: key });
      expect(settings.ok).toBe(false);
      if (!settings.ok) {
        expect(settings.error).toMatch(/^environment: LLM_API_KEY: contains a line break or another control character/);
        expect(settings.error).not.toContain("sk-abc");
      }
    }
  });

  it("still accepts a key with only surrounding spaces or a trailing newline from a file", () => {
    const settings = readProviderSettings({ LLM_PROVIDER: "openai", LLM_MODEL: "m", LLM_API_KEY: "  sk-abc  " });
    expect(settings.ok && settings.value.chat?.apiKey).toBe("sk-abc");
  });

  it("masks credentials written into a base URL wherever they appear", () => {
    expect(maskUrlCredentials("POST https://alice:s3cret@llm.example/v1/chat failed")).toBe("POST https://***@llm.example/v1/chat failed");
    expect(maskUrlCredentials("at http://127.0.0.1:11434/api?api_key=abc123&x=1")).toBe("at http://127.0.0.1:11434/api?api_key=***&x=1");
    const redact = createRedactor(["sk-live-123456", ...secretsOfUrl("https://alice:s3cret@llm.example/v1")]);
    expect(redact("request to llm.example as alice with s3cret and Bearer sk-live-123456")).toBe("request to llm.example as *** with *** and Bearer ***");
  });
});
