package org.connectedcouncils.register.rest;

import org.connectedcouncils.register.domain.ServiceArea;

/** A service area of the taxonomy: its English name, and its Welsh name ({@code nameCy}, null when not given). */
public record ServiceAreaJson(String code, String name, boolean retired, String nameCy) {

    /** The area as the API gives it. */
    public static ServiceAreaJson of(ServiceArea area) {
        return new ServiceAreaJson(area.code(), area.name(), area.retired(), area.nameCy());
    }
}
