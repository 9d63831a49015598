package se.arshjul.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail copies of notifications, off unless {@code arshjul.mail.enabled=true}. A mail failure is
 * logged and never stops the process that triggered it: the in-app notification is already saved.
 */
@Component
class MailNotifier {
    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final JavaMailSender sender;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    MailNotifier(JavaMailSender sender, @Value("${arshjul.mail.enabled:false}") boolean enabled,
                 @Value("${arshjul.mail.from}") String from, @Value("${arshjul.base-url}") String baseUrl) {
        this.sender = sender;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void send(String to, String subject, String body, String link) {
        if (!enabled) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText((body == null ? "" : body + "\n\n") + (link == null ? "" : baseUrl + link));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("E-post till {} kunde inte skickas: {}", to, e.getMessage());
        }
    }
}
