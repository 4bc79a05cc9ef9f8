import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-server";
import { sendMail } from "./send-mail";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => smtp.close());

describe("sendMail", () => {
  it("delivers a plain-text message through the configured SMTP server", async () => {
    const sent = await sendMail({ to: "new.person@brand.example", subject: "Invitation", text: "Open https://app.example/invite/abc" }, { smtpUrl: smtp.url, from: "Brandpilot <no-reply@brand.example>" });
    expect(sent).toBe(true);
    const message = await smtp.waitForMessage("new.person@brand.example");
    expect(message.subject).toBe("Invitation");
    expect(message.text).toContain("https://app.example/invite/abc");
    expect(message.from).toContain("no-reply@brand.example");
  });

  it("reports failure instead of throwing when the server is unreachable", async () => {
    const sent = await sendMail({ to: "a@brand.example", subject: "x", text: "y" }, { smtpUrl: "smtp://127.0.0.1:1" });
    expect(sent).toBe(false);
  });

  it("sends nothing without an SMTP server", async () => {
    expect(await sendMail({ to: "a@brand.example", subject: "x", text: "y" }, { smtpUrl: undefined })).toBe(false);
  });
});
