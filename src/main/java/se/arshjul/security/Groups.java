package se.arshjul.security;

import java.util.List;

/** The role groups and unit groups every installation has. Ids are Camunda group ids. */
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

    public record GroupDef(String id, String name, String type) {}

    public static final List<GroupDef> ROLES = List.of(
            new GroupDef(STAFF, "Handläggare", TYPE_ROLE),
            new GroupDef(MANAGERS, "Chefer", TYPE_ROLE),
            new GroupDef(MANAGEMENT, "Förvaltningsledning", TYPE_ROLE),
            new GroupDef(SECRETARY, "Nämndsekreterare", TYPE_ROLE),
            new GroupDef(ADMIN, "Administratörer", TYPE_ROLE),
            new GroupDef(CAMUNDA_ADMIN, "Camunda-administratörer", "SYSTEM"));

    /** Suffix of a unit's manager group: sections written by a unit are reviewed by its managers. */
    public static final String MANAGER_SUFFIX = "-chefer";

    public static final List<GroupDef> UNITS = List.of(
            new GroupDef("barn-unga", "Barn och ungdom", TYPE_UNIT),
            new GroupDef("vuxen", "Vuxen", TYPE_UNIT),
            new GroupDef("socialpsykiatri", "Socialpsykiatri", TYPE_UNIT),
            new GroupDef("stab", "Stab", TYPE_UNIT),
            new GroupDef("ekonomi", "Ekonomi", TYPE_UNIT),
            new GroupDef("hr", "HR", TYPE_UNIT));

    public static final List<GroupDef> UNIT_MANAGERS = UNITS.stream()
            .map(u -> new GroupDef(managersOf(u.id()), "Chefer " + u.name(), TYPE_UNIT))
            .toList();

    public static String managersOf(String unit) {
        return unit + MANAGER_SUFFIX;
    }

    /** Groups whose tasks are approvals: unit manager groups, förvaltningsledning and the board secretary. */
    public static boolean isApprovalGroup(String groupId) {
        return groupId.endsWith(MANAGER_SUFFIX) || groupId.equals(MANAGEMENT) || groupId.equals(SECRETARY);
    }

    public static String nameOf(String groupId) {
        return java.util.stream.Stream.of(ROLES, UNITS, UNIT_MANAGERS).flatMap(List::stream)
                .filter(g -> g.id().equals(groupId)).map(GroupDef::name).findFirst().orElse(groupId);
    }

    private Groups() {}
}
