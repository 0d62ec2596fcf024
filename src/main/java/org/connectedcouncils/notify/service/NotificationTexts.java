package org.connectedcouncils.notify.service;

import java.util.Locale;
import java.util.Optional;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;

/**
 * Says what a notification is about in one plain-text sentence ("Jo Bloggs published Bin finder"), from the
 * i18n key of its event, naming who did it, in the reader's language: rendered when read, never when stored, so
 * service areas, adoption states, RAGs, verdicts and changed fields come out in the language of whoever reads it
 * (see {@link NotificationReading}). The caller escapes it wherever it goes into HTML.
 */
public final class NotificationTexts {

    static final String PREFIX = "connected-councils.notify.what.";
    static final String SOMEONE = "connected-councils.notify.someone";

    private final Messages messages;
    private final People people;
    private final ServiceAreaCatalogue areas;

    public NotificationTexts(Messages messages, People people, ServiceAreaCatalogue areas) {
        this.messages = messages;
        this.people = people;
        this.areas = areas;
    }

    /** A reading in the current user's language (a page or REST request); one per request, it caches names. */
    public NotificationReading reading() {
        return new NotificationReading(messages, this::name, areas);
    }

    /** A reading in {@code locale} (an e-mail in its recipient's language; null: the site's language). */
    public NotificationReading reading(Locale locale) {
        return new NotificationReading(messages.in(locale), this::name, areas);
    }

    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    /** A person's display name, empty when the key names no active user with a name. */
    private Optional<String> name(String userKey) {
        Optional<Person> person = people.find(userKey);
        return person.map(Person::name).filter(s -> !s.isBlank());
    }
}
