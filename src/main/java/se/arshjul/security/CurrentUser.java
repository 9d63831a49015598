package se.arshjul.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user as the workflow sees it: a Camunda user id and its group ids. */
public record CurrentUser(String id, List<String> groups) {

    public static CurrentUser of(Authentication auth) {
        List<String> groups = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .toList();
        return new CurrentUser(auth.getName(), groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isManager() {
        return isIn(Groups.MANAGERS) || isIn(Groups.MANAGEMENT) || isIn(Groups.ADMIN);
    }

    public boolean isAdmin() {
        return isIn(Groups.ADMIN);
    }
}
