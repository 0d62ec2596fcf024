package org.connectedcouncils.notify.service;

import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.Person;

/**
 * Says what a notification is about in one plain-text sentence ("Jo Bloggs published Bin finder"), from the
 * i18n key of its event, naming who did it. The caller escapes it wherever it goes into HTML.
 */
public final class NotificationTexts {

    static final String PREFIX = "connected-councils.notify.what.";
    static final String SOMEONE = "connected-councils.notify.someone";

    private final Messages messages;
    private final People people;

    public NotificationTexts(Messages messages, People people) {
        this.messages = messages;
        this.people = people;
    }

    /** The sentence, with names looked up once per actor in {@code names} (a per-request cache the caller owns). */
    public String sentence(Notification n, Map<String, String> names) {
        String actor = n.actorKey() == null ? messages.text(SOMEONE)
                : names.computeIfAbsent(n.actorKey(), this::name);
        return messages.text(PREFIX + n.what(), actor, n.title() == null ? "" : n.title(),
                n.detail() == null ? "" : n.detail());
    }

    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    private String name(String userKey) {
        Optional<Person> person = people.find(userKey);
        return person.map(Person::name).filter(s -> !s.isBlank()).orElseGet(() -> messages.text(SOMEONE));
    }
}
