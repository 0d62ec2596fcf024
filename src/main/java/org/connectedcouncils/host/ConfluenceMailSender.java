package org.connectedcouncils.host;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;

import org.connectedcouncils.notify.service.MailSender;

/**
 * Mail through Confluence's own outgoing mail server (the one an admin sets up under Mail Servers), as Confluence's
 * notifications do. Sends the HTML part: whether atlassian-mail on Confluence 10 takes a javax or a jakarta
 * Multipart for the text alternative is unverified here, so the text part is left to the release build.
 */
public final class ConfluenceMailSender implements MailSender {

    private static final String HTML = "text/html";
    private static final String SENDER_NAME = "Connected Councils";

    private final MailServerManager mailServers;

    public ConfluenceMailSender(MailServerManager mailServers) {
        this.mailServers = mailServers;
    }

    @Override
    public void send(OutgoingMail mail) {
        SMTPMailServer server = mailServers.getDefaultSMTPMailServer();
        if (server == null) {
            throw new IllegalStateException("No outgoing mail server is set up in Confluence");
        }
        Email email = new Email(mail.to());
        email.setSubject(mail.subject());
        email.setFromName(SENDER_NAME);
        email.setMimeType(HTML);
        email.setBody(mail.html());
        try {
            server.send(email);
        } catch (MailException e) {
            throw new IllegalStateException("Confluence's mail server refused the mail: " + e.getMessage(), e);
        }
    }

    @Override
    public MailSettings settings() {
        SMTPMailServer server = mailServers.getDefaultSMTPMailServer();
        if (server == null) {
            return new MailSettings(false, null, null);
        }
        return new MailSettings(true, server.getName() + " (" + server.getHostname() + ")", server.getDefaultFrom());
    }
}
