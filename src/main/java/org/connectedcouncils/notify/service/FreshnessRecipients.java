package org.connectedcouncils.notify.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;

/**
 * Who looks after an entry, for the freshness nudges: its key contact (when still an active user) and the owner
 * council's editors, each once, as people the host knows now; and the nudge notification one of them receives.
 */
public final class FreshnessRecipients {

    /** An entry's own page (the host's solution page servlet); the key follows. */
    static final String ENTRY_PATH = "/plugins/servlet/connected-councils/solutions/";
    private static final int TEXT_MAX = 255;

    private final People people;
    private final CouncilEditors editors;

    public FreshnessRecipients(People people, CouncilEditors editors) {
        this.people = people;
        this.editors = editors;
    }

    /** The key contact first, then the owner council's editors; people the host no longer knows are left out. */
    public List<Person> ownersOf(Solution s) {
        Set<String> keys = new LinkedHashSet<>();
        if (s.content().keyContact() != null) {
            keys.add(s.content().keyContact());
        }
        keys.addAll(editors.of(s.content().ownerCouncil()));
        List<Person> out = new ArrayList<>();
        for (String key : keys) {
            people.find(key).ifPresent(out::add);
        }
        return out;
    }

    /** A council's editors as people the host knows now (an adopter asked to re-confirm, an owner to hand over). */
    public List<Person> editorsOf(CouncilCode council) {
        List<Person> out = new ArrayList<>();
        for (String key : editors.of(council)) {
            people.find(key).ifPresent(out::add);
        }
        return out;
    }

    /** A freshness notification about entry {@code s} for each of {@code people} who may see it, in order. */
    public List<Notification> notifications(Collection<Person> people, String what, Solution s, String detail,
            Instant at) {
        List<Notification> out = new ArrayList<>();
        for (Person p : people) {
            if (RegisterPolicy.canSee(p.actor(), s)) {
                out.add(notification(p.userKey(), what, s, detail, at));
            }
        }
        return out;
    }

    /** A freshness notification about entry {@code s} for {@code recipient}, linking to the entry's page. */
    public Notification notification(String recipient, String what, Solution s, String detail, Instant at) {
        String title = s.content().name();
        if (title != null && title.length() > TEXT_MAX) {
            title = title.substring(0, TEXT_MAX - 1) + "\u2026";
        }
        return new Notification(0, recipient, NotificationKind.FRESHNESS, what,
                WatchTarget.of(WatchTarget.Type.ENTRY, s.key()), title, null, detail, ENTRY_PATH + s.key(), at,
                false);
    }
}
