package se.arshjul.notifications;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.time.SwedishTime;

/** Sends notifications in the application (always) and by e-mail (when configured). */
@Service
public class NotificationService {

    private final NotificationRepository repository;
    private final IdentityService identityService;
    private final MailNotifier mail;
    private final SwedishTime times;

    public NotificationService(NotificationRepository repository, IdentityService identityService, MailNotifier mail, SwedishTime times) {
        this.times = times;
        this.repository = repository;
        this.identityService = identityService;
        this.mail = mail;
    }

    public void notifyUsers(Collection<String> userIds, Notification.Kind kind, String title, String body, String link) {
        LocalDateTime now = times.now();
        for (String userId : new LinkedHashSet<>(userIds)) {
            repository.save(new Notification(null, userId, kind.name(), truncate(title, 500), truncate(body, 4000), link, now, null));
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user != null && user.getEmail() != null) {
                mail.send(user.getEmail(), title, body, link);
            }
        }
    }

    public void notifyGroups(Collection<String> groupIds, Notification.Kind kind, String title, String body, String link) {
        notifyUsers(membersOf(groupIds), kind, title, body, link);
    }

    public Set<String> membersOf(Collection<String> groupIds) {
        Set<String> users = new LinkedHashSet<>();
        for (String group : groupIds) {
            identityService.createUserQuery().memberOfGroup(group).list().forEach(u -> users.add(u.getId()));
        }
        return users;
    }

    public List<Notification> latest(String userId) {
        return repository.findTop100ByRecipientOrderByCreatedAtDesc(userId);
    }

    public long unreadCount(String userId) {
        return repository.countByRecipientAndReadAtIsNull(userId);
    }

    /** Marks one notification read; another user's notification is not found. */
    @Transactional
    public Optional<Notification> open(long id, String userId) {
        return repository.findById(id)
                .filter(n -> n.recipient().equals(userId))
                .map(n -> n.unread() ? repository.save(n.markedRead(times.now())) : n);
    }

    @Transactional
    public int markAllRead(String userId) {
        return repository.markAllRead(userId, times.now());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
