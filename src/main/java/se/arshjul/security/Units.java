package se.arshjul.security;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The organisation's units that work is routed to, from configuration ({@code arshjul.units}: id and
 * name each; the demo's six are in application.yml). Each unit has a manager group
 * {@code <id>-chefer} ({@link Groups#managersOf}). Templates reach it as {@code @units}.
 */
@Component("units")
@EnableConfigurationProperties(Units.Settings.class)
public class Units {
    /** One unit: its Camunda group id and its name as people say it. */
    public record Unit(String id, String name) {}

    @ConfigurationProperties("arshjul")
    public static class Settings {
        private List<Unit> units = List.of();

        public List<Unit> getUnits() {
            return units;
        }

        public void setUnits(List<Unit> units) {
            this.units = List.copyOf(units);
        }
    }

    private final Settings settings;
    private final MessageSource messages;

    public Units(Settings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    public List<Unit> all() {
        return settings.getUnits();
    }

    public boolean exists(String id) {
        return id != null && all().stream().anyMatch(u -> u.id().equals(id));
    }

    public Optional<Unit> find(String id) {
        return all().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** Who manages a group's work: a unit's manager group, a manager group itself, else förvaltningsledningen. */
    public String managerGroupOf(String group) {
        if (exists(group)) return Groups.managersOf(group);
        return group != null && group.endsWith(Groups.MANAGER_SUFFIX) ? group : Groups.MANAGEMENT;
    }

    /** A group as people read it: the unit's name, "Chefer <unit>", the role's name, else the id itself. */
    public String nameOf(String groupId) {
        if (groupId == null) return "";
        Optional<Unit> unit = find(groupId);
        if (unit.isPresent()) return unit.get().name();
        if (groupId.endsWith(Groups.MANAGER_SUFFIX)) {
            Optional<Unit> managed = find(groupId.substring(0, groupId.length() - Groups.MANAGER_SUFFIX.length()));
            if (managed.isPresent()) return message("group.managersOf", managed.get().name());
        }
        return message("group." + groupId);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code.startsWith("group.") && args.length == 0 ? code.substring(6) : code,
                LocaleContextHolder.getLocale());
    }
}
