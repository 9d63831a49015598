package se.arshjul.internalcontrol;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.cycle.DocumentType;

/** The written part of the internkontroll section of a delår or the verksamhetsberättelse. */
@Table
public record InternalControlReport(@Id Long id, int planYear, DocumentType documentType, String summary, String assessment,
                                    String writtenBy, LocalDateTime writtenAt, @Version Long version) {
}
