package se.arshjul.cycle;

import se.arshjul.validation.ActionRefusedException;

/**
 * A cycle cannot start now. Only {@code followup.ReportWorkflow} still throws it, with its own
 * message as the code; new code throws {@link ActionRefusedException} with a bundle key.
 * @deprecated throw {@link ActionRefusedException}; to be removed once the report workflow does.
 */
@Deprecated(forRemoval = true)
public class CycleRuleException extends ActionRefusedException {
    public CycleRuleException(String message) {
        super(message);
    }
}
