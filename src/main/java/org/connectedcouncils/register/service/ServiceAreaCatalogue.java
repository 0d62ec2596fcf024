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
}
