package se.arshjul.modeler;

import java.util.List;

/** Outcome of a deployment attempt: refused with errors, or deployed with the new versions. */
public record DeployResult(List<String> errors, String deploymentId, List<DeployedVersion> versions) {

    /** One process definition version created by the deployment, and the version it follows. */
    public record DeployedVersion(String definitionId, String key, Integer fromVersion, int toVersion) {
    }

    static DeployResult refused(List<String> errors) {
        return new DeployResult(List.copyOf(errors), null, List.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public String message() {
        if (!ok()) {
            return "Modellen driftsattes inte: " + errors.size() + (errors.size() == 1 ? " fel" : " fel") + " måste rättas först.";
        }
        if (versions.isEmpty()) {
            return "Driftsatt (formulär eller oförändrade modeller, ingen ny processversion).";
        }
        return "Driftsatt: " + String.join(", ", versions.stream()
                .map(v -> v.key() + " version " + v.toVersion() + (v.fromVersion() == null ? " (ny process)" : " (förut " + v.fromVersion() + ")"))
                .toList()) + ".";
    }
}
