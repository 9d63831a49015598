package se.arshjul.security;

import java.util.List;

/**
 * The role groups every installation has (their names are {@code group.<id>} in the bundle). Ids are
 * Camunda group ids. The organisational units come from configuration: {@link Units}.
 */
public final class Groups {
    public static final String STAFF = "handlaggare";
    public static final String MANAGERS = "chefer";
    public static final String MANAGEMENT = "forvaltningsledning";
    public static final String SECRETARY = "namndsekreterare";
    public static final String ADMIN = "admin";
    /** Camunda's own admin group: members are never sent to the webapps' first-user setup. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Camunda group type of the role groups. */
    public static final String TYPE_ROLE = "WORKFLOW";
    /** Camunda group type of the organisational units tasks are routed to. */
    public static final String TYPE_UNIT = "ENHET";

    public static final List<String> ROLES = List.of(STAFF, MANAGERS, MANAGEMENT, SECRETARY, ADMIN, CAMUNDA_ADMIN);

    /** Suffix of a unit's manager group: sections written by a unit are reviewed by its managers. */
    public static final String MANAGER_SUFFIX = "-chefer";

    public static String managersOf(String unit) {
        return unit + MANAGER_SUFFIX;
    }

    /** Groups whose tasks are approvals: unit manager groups, förvaltningsledning and the board secretary. */
    public static boolean isApprovalGroup(String groupId) {
        return groupId.endsWith(MANAGER_SUFFIX) || groupId.equals(MANAGEMENT) || groupId.equals(SECRETARY);
    }

    private Groups() {}
}
