package se.arshjul.modeler;

import java.util.List;

import se.arshjul.web.PageMessages;

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

    /** The outcome in one line for the admin. */
    public String message(PageMessages messages) {
        if (!ok()) {
            return messages.message("modeler.deploy.refused", errors.size());
        }
        if (versions.isEmpty()) {
            return messages.message("modeler.deploy.noNewVersion");
        }
        return messages.message("modeler.deploy.done", String.join(", ", versions.stream()
                .map(v -> v.fromVersion() == null ? messages.message("modeler.deploy.newProcess", v.key(), v.toVersion())
                        : messages.message("modeler.deploy.newVersion", v.key(), v.toVersion(), v.fromVersion()))
                .toList()));
    }
}
