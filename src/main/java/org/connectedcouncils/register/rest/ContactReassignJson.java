package org.connectedcouncils.register.rest;

import java.util.List;

import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.ContactReassignment;

/** What one call handed over: the entries' keys, and how many entries still name {@code from} (call again). */
public record ContactReassignJson(String from, String to, List<String> reassigned, int remaining) {

    static ContactReassignJson of(ContactReassignment.Result r) {
        return new ContactReassignJson(r.from(), r.to(), r.reassigned().stream().map(SolutionKey::toString).toList(),
                r.remaining());
    }
}
