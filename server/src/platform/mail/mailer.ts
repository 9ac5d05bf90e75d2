import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

const transports = new Map<string, Transporter>();

/**
 * Sends a plain-text message through the configured SMTP server; answers false (and sends
 * nothing) when e-mail is off. Each recipient gets their own envelope copy through Bcc so that
 * agencies do not learn each other's staff addresses.
 */
export async function sendMail(config: Config, message: MailMessage): Promise<boolean> {
  if (!config.mail || message.to.length === 0) return false;
  let transport = transports.get(config.mail.smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(config.mail.smtpUrl);
    transports.set(config.mail.smtpUrl, transport);
  }
  await transport.sendMail({ from: config.mail.from, bcc: message.to, subject: message.subject, text: message.text });
  return true;
}
