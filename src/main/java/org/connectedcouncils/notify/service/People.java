package org.connectedcouncils.notify.service;

import java.util.Optional;

import org.connectedcouncils.notify.domain.Person;

/** Looks a person up by user key, as the host knows them now (councils they act for, name, e-mail address). */
public interface People {

    /** The person, or empty when the key names no active user. */
    Optional<Person> find(String userKey);
}
