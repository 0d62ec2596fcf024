package org.connectedcouncils.testing;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.connectedcouncils.notify.service.MailSender;

/**
 * The preview's and the tests' mail path: Jakarta Mail (Eclipse Angus) over real SMTP to a server such as the
 * in-process GreenMail, each mail multipart/alternative with its text and HTML parts.
 */
public final class SmtpMailSender implements MailSender {

    public static final String FROM = "connected-councils@preview.example";

    private final String host;
    private final int port;

    public SmtpMailSender(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void send(OutgoingMail mail) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress(FROM, "Connected Councils"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("The SMTP server refused the mail: " + e.getMessage(), e);
        }
    }

    @Override
    public MailSettings settings() {
        return new MailSettings(true, "smtp://" + host + ":" + port, FROM);
    }
}
