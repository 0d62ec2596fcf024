package org.connectedcouncils.host;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.council.service.CouncilActors;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.notify.service.People;

/**
 * A Confluence user as a person to notify: SAL's profile gives the name and e-mail address, SAL's locale resolver the
 * language they chose in their profile (their mail is written in it); admin flags, group membership and the admin's
 * council mappings give who they act for, resolved now (never cached). A deactivated user is no one to notify.
 */
public final class ConfluencePeople implements People {

    private final UserManager userManager;
    private final CouncilActors councilActors;
    private final ActiveProfiles active;
    private final LocaleResolver locales;

    public ConfluencePeople(UserManager userManager, CouncilActors councilActors, UserAccessor users,
            LocaleResolver locales) {
        this.userManager = userManager;
        this.councilActors = councilActors;
        this.active = new ActiveProfiles(userManager, users);
        this.locales = locales;
    }

    @Override
    public Optional<Person> find(String userKey) {
        if (userKey == null) {
            return Optional.empty();
        }
        UserKey key = new UserKey(userKey);
        UserProfile profile = active.find(key);
        if (profile == null) {
            return Optional.empty();
        }
        boolean admin = userManager.isSystemAdmin(key) || userManager.isAdmin(key);
        Actor actor = councilActors.resolve(userKey, admin, group -> userManager.isUserInGroup(key, group));
        return Optional.of(new Person(actor, profile.getFullName(), profile.getEmail(), locales.getLocale(key)));
    }

    /** Every person at once: SAL per user (Confluence caches users), the app's mappings and settings read once. */
    @Override
    public Map<String, Person> findAll(Collection<String> userKeys) {
        Map<String, UserProfile> profiles = new LinkedHashMap<>();
        for (String userKey : userKeys) {
            UserProfile profile = userKey == null ? null : active.find(new UserKey(userKey));
            if (profile != null) {
                profiles.put(userKey, profile);
            }
        }
        Map<String, Actor> actors = councilActors.resolveAll(profiles.keySet(),
                k -> userManager.isSystemAdmin(new UserKey(k)) || userManager.isAdmin(new UserKey(k)),
                (k, group) -> userManager.isUserInGroup(new UserKey(k), group));
        Map<String, Person> out = new LinkedHashMap<>();
        profiles.forEach((k, p) -> out.put(k, new Person(actors.get(k), p.getFullName(), p.getEmail(),
                locales.getLocale(new UserKey(k)))));
        return out;
    }
}
