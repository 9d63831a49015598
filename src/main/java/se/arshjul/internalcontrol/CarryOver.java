package se.arshjul.internalcontrol;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Record of one open item moved into next year's plan at year end (explicit step by the controller). */
@Table
public record CarryOver(@Id Long id, int fromYear, SourceType sourceType, Long sourceId, Long targetRiskId, String carriedBy,
                        LocalDateTime carriedAt) {

    public enum SourceType { RISK, AVVIKELSE }
}
