package se.arshjul.modeler;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One row of the modeler audit log (table MODEL_AUDIT_ENTRY): a deployment, a migration or a settings change. */
@Table
public record ModelAuditEntry(@Id Long id, LocalDateTime happenedAt, String actor, String action, String resourceName,
                              String processKey, Integer fromVersion, Integer toVersion, String deploymentId,
                              String details) {

    public static final String DEPLOY = "DEPLOY";
    public static final String MIGRATE = "MIGRATE";
    public static final String SETTING = "SETTING";
    /* the page shows modeler.audit.<action> */
}
