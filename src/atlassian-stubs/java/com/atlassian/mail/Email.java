// Stand-in mirroring com.atlassian.mail:atlassian-mail (platform 8); signatures only.
// Source: Confluence's own ConfluenceSystemMailServer (decompiled, confluence-email plugin: MailServerManager
// getDefaultSMTPMailServer(), new Email(to), setSubject, setBody, setMimeType, setFromName, SMTPMailServer.send),
// Jira apps (getDefaultFrom(), getHostname()), atlassian-mail's own Email.java (fluent setters returning Email);
// BOOT10 imports MailServerManager and SMTPMailServer on Confluence 10.2.
// [unverified on 10: setMultipart's parameter type (javax or jakarta mail), so the host sends the HTML part only]
package com.atlassian.mail;

public class Email {

    public Email(String to) {
    }

    public Email setSubject(String subject) {
        return null;
    }

    public Email setBody(String body) {
        return null;
    }

    public Email setMimeType(String mimeType) {
        return null;
    }

    public Email setFromName(String fromName) {
        return null;
    }
}
