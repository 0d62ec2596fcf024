package org.connectedcouncils.notify.service;

/** Sends one e-mail through the host's mail path (Confluence's SMTP server, or the preview's). */
public interface MailSender {

    /** One e-mail with a text and an HTML part; every value in {@code html} is already escaped. */
    record OutgoingMail(String to, String subject, String text, String html) {
    }

    /** What the admin view shows of the mail set-up: whether mail can go out, through which server, from whom. */
    record MailSettings(boolean configured, String server, String from) {
    }

    /** Sends it or throws; a failure is the job's to report. */
    void send(OutgoingMail mail);

    MailSettings settings();
}
