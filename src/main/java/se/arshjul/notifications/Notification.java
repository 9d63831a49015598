package se.arshjul.notifications;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Table NOTIFICATION; the name is left to the dialect so H2 and PostgreSQL agree on case. */
@Table
public record Notification(@Id Long id, String recipient, String kind, String title, String body, String link,
                           LocalDateTime createdAt, LocalDateTime readAt) {

    public enum Kind { REMINDER, ESCALATION, INFO }

    public boolean unread() {
        return readAt == null;
    }

    Notification markedRead(LocalDateTime when) {
        return new Notification(id, recipient, kind, title, body, link, createdAt, when);
    }
}
