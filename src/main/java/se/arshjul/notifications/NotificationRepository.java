package se.arshjul.notifications;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

    List<Notification> findTop100ByRecipientOrderByCreatedAtDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("UPDATE notification SET read_at = :now WHERE recipient = :recipient AND read_at IS NULL")
    int markAllRead(String recipient, java.time.LocalDateTime now);
}
