package org.connectedcouncils.notify.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.notify.domain.Person;

/** Looks a person up by user key, as the host knows them now (councils they act for, name, e-mail address). */
public interface People {

    /** The person, or empty when the key names no active user. */
    Optional<Person> find(String userKey);

    /**
     * Each of the people {@code userKeys} name who is an active user, by key; a host answers in a constant number of
     * reads whatever the number of keys (the fan-out tells every watcher of an event at once).
     */
    default Map<String, Person> findAll(Collection<String> userKeys) {
        Map<String, Person> out = new LinkedHashMap<>();
        for (String key : userKeys) {
            find(key).ifPresent(p -> out.put(key, p));
        }
        return out;
    }
}
