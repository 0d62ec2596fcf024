package org.connectedcouncils.register.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.connectedcouncils.common.domain.NameOrder;

/**
 * A council service area (e.g. {@code waste}: "Waste and recycling", in Welsh "Gwastraff ac ailgylchu") that entries
 * are filed under; {@code nameCy} is null when no Welsh name was given, and Welsh readers then see the English one.
 */
public record ServiceArea(String code, String name, boolean retired, String nameCy) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ServiceArea {
        Objects.requireNonNull(name, "name");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a service-area code: " + code);
        }
        nameCy = nameCy == null || nameCy.isBlank() ? null : nameCy;
    }

    /** An area named in English only. */
    public ServiceArea(String code, String name, boolean retired) {
        this(code, name, retired, null);
    }

    /** The name a reader of Welsh ({@code welsh}) or English sees: the Welsh one when given, else the English. */
    public String nameFor(boolean welsh) {
        return welsh && nameCy != null ? nameCy : name;
    }

    /** {@code areas} by the name a Welsh ({@code welsh}) or English reader sees, in that language's order. */
    public static List<ServiceArea> inOrderFor(Collection<ServiceArea> areas, boolean welsh) {
        return areas.stream().sorted(byNameFor(welsh)).toList();
    }

    /** Areas by the name a Welsh or English reader sees, in that language's order. */
    public static Comparator<ServiceArea> byNameFor(boolean welsh) {
        return Comparator.comparing((ServiceArea a) -> a.nameFor(welsh), NameOrder.of(welsh))
                .thenComparing(ServiceArea::code);
    }
}
