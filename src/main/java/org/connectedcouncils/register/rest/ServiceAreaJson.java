package org.connectedcouncils.register.rest;

import org.connectedcouncils.register.domain.ServiceArea;

/**
 * A service area of the taxonomy: its English name, its Welsh name ({@code nameCy}, null when not given), and the
 * name a reader of the request's language sees ({@code displayName}: the Welsh one for a Welsh request when given).
 */
public record ServiceAreaJson(String code, String name, boolean retired, String nameCy, String displayName) {

    /** The area as the API gives it to a Welsh ({@code welsh}) or English reader. */
    public static ServiceAreaJson of(ServiceArea area, boolean welsh) {
        return new ServiceAreaJson(area.code(), area.name(), area.retired(), area.nameCy(), area.nameFor(welsh));
    }
}
