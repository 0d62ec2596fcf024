package org.connectedcouncils.testing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.notify.service.People;

/**
 * The {@link DemoUsers} as people to notify, standing in for Confluence's user directory: user key
 * {@code user-<id>}, display name from the id, e-mail {@code <id>@councils.example}; a demo user can be deactivated.
 */
public final class DemoPeople implements People, PersonNames {

    /** Demo users deactivated in this instance (the preview's, or one test's): no longer active, no one to tell. */
    private final Set<String> deactivated = ConcurrentHashMap.newKeySet();

    /** Deactivates the demo user with this id, as an admin would in Confluence's user management. */
    public void deactivate(String id) {
        deactivated.add(id);
    }

    public static final String DOMAIN = "@councils.example";

    @Override
    public Optional<Person> find(String userKey) {
        if (userKey == null || !userKey.startsWith("user-")) {
            return Optional.empty();
        }
        String id = userKey.substring("user-".length());
        if (deactivated.contains(id)) {
            return Optional.empty();
        }
        Actor actor = DemoUsers.actor(id);
        if (actor.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.of(new Person(actor, name(id), email(id), null));
    }

    @Override
    public Map<String, String> names(Collection<String> userKeys) {
        Map<String, String> names = new HashMap<>();
        userKeys.forEach(key -> find(key).ifPresent(p -> names.put(key, p.name())));
        return names;
    }

    /** The address of the demo user with this id. */
    public static String email(String id) {
        return id + DOMAIN;
    }

    private static String name(String id) {
        String spaced = id.replace('-', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
