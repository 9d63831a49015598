package se.arshjul.cycle;

import java.util.Optional;

/**
 * Starts the report of a follow-up cycle. Implemented by the feature that owns the report, so the
 * wheel does not depend on it.
 */
public interface CycleLauncher {

    boolean handles(DocumentType type);

    /** The key of the type's process definition (its instances carry the business key {@code <TYPE>-<year>}). */
    String processKey(DocumentType type);

    boolean isStarted(int year, DocumentType type);

    /** Starts the cycle; fails with a Swedish message if it cannot (already started, no decided plan). */
    void start(int year, DocumentType type);

    /** The report's page, once it exists. */
    Optional<String> documentUrl(int year, DocumentType type);
}
