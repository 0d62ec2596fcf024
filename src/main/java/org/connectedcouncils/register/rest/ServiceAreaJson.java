package org.connectedcouncils.register.rest;

import org.connectedcouncils.register.domain.ServiceArea;

/** A service area of the taxonomy. */
public record ServiceAreaJson(String code, String name, boolean retired) {

    static ServiceAreaJson of(ServiceArea area) {
        return new ServiceAreaJson(area.code(), area.name(), area.retired());
    }
}
