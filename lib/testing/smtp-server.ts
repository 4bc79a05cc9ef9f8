import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; raw: string };
export type TestSmtpServer = {
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message to that address (already received or arriving within 5 s). */
  waitForMessage(to: string): Promise<ReceivedMail>;
  close(): Promise<void>;
};

/** Minimal parse of what nodemailer sends: headers, then the (possibly quoted-printable) text body. */
function parseMessage(raw: string, envelopeTo: string[]): ReceivedMail {
  const [head = "", ...bodyParts] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) => head.match(new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im"))?.[1]?.replace(/\r?\n[ \t]/g, " ").trim() ?? "";
  let text = bodyParts.join("\n\n");
  if (/quoted-printable/i.test(header("Content-Transfer-Encoding"))) {
    text = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return { from: header("From"), to: envelopeTo, subject: header("Subject"), text: text.trim(), raw };
}

/** An SMTP server on a random loopback port, for tests: accepts every message and keeps it. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters: Array<{ to: string; resolve: (mail: ReceivedMail) => void }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = parseMessage(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
        messages.push(mail);
        for (const waiter of [...waiters]) {
          if (mail.to.includes(waiter.to)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(mail);
          }
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessage(to) {
      const wanted = to.toLowerCase();
      const existing = messages.find((mail) => mail.to.includes(wanted));
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const waiter = { to: wanted, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (waiters.includes(waiter)) reject(new Error(`No mail to ${to} within 5 s`));
        }, 5_000);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
