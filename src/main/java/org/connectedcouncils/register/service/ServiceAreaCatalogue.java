package org.connectedcouncils.register.service;

import java.util.List;
import java.util.Set;

import org.connectedcouncils.register.domain.ServiceArea;

/** The taxonomy of council service areas (seeded, extended by admins). */
public interface ServiceAreaCatalogue {

    /** All areas, active and retired, ordered by name; the taxonomy is small (well under a hundred). */
    List<ServiceArea> all();

    /** Codes of the areas that are not retired. */
    Set<String> activeCodes();

    ServiceArea add(ServiceArea area);

    /** Replaces the name and retired flag of an existing area; false when the code is unknown. */
    boolean update(ServiceArea area);

    /**
     * Moves every entry filed under {@code from} to {@code into} (once), retires {@code from} and appends a history
     * line to each moved entry, in one transaction. Returns the number of entries moved.
     */
    int merge(String from, String into, String actor, java.time.Instant at);
}
