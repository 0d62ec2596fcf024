package org.connectedcouncils.register.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The SPDX licence identifiers the register accepts (those public-sector software actually uses). */
public final class Licences {

    public static final List<String> SPDX_IDS = List.of(
            "0BSD", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-2.0", "Artistic-2.0", "BSD-2-Clause",
            "BSD-3-Clause", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CECILL-2.1", "EPL-2.0", "EUPL-1.1", "EUPL-1.2",
            "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.1-only",
            "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MPL-2.0", "OGL-UK-3.0", "OSL-3.0",
            "Unlicense", "Zlib");

    private static final Map<String, String> BY_LOWER = SPDX_IDS.stream()
            .collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), Function.identity()));

    private Licences() {
    }

    /** The canonical spelling of a known SPDX id, matched without regard to case. */
    public static Optional<String> canonical(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(BY_LOWER.get(id.trim().toLowerCase(Locale.ROOT)));
    }
}
