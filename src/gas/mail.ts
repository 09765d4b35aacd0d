// MailApp: the daily quota and sending one message.
export interface MailMessage {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
}

export interface Mail {
  remainingDailyQuota(): number;
  send(message: MailMessage): void;
}

export const mailApp: Mail = {
  remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
  send: (message) => MailApp.sendEmail(message),
};
