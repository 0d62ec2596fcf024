package org.connectedcouncils.register.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A council service area (e.g. {@code waste}: "Waste and recycling") that entries are filed under. */
public record ServiceArea(String code, String name, boolean retired) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ServiceArea {
        Objects.requireNonNull(name, "name");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a service-area code: " + code);
        }
    }
}
