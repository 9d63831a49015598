package se.arshjul.internalcontrol;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The year's internal control plan: the riskvärde threshold and the board's decision (Fastställ). */
@Table
public record InternalControlPlan(@Id Long id, int planYear, int threshold, LocalDateTime decidedAt, String decidedBy,
                                  String decisionNote, @Version Long version) {

    public boolean decided() {
        return decidedAt != null;
    }

    InternalControlPlan withThreshold(int value) {
        return new InternalControlPlan(id, planYear, value, decidedAt, decidedBy, decisionNote, version);
    }

    InternalControlPlan decided(LocalDateTime when, String by, String note) {
        return new InternalControlPlan(id, planYear, threshold, when, by, note, version);
    }
}
