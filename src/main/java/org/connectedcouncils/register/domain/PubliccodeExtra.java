package org.connectedcouncils.register.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a publiccode.yml import brought that the register has no field for: the raw YAML of the keys it did not map
 * (kept so an export gives them back) and the {@code usedBy} names, which are unverified adoption hints, never
 * confirmed adoptions. {@code language} is the description language the entry's summary and description came
 * from.
 */
public record PubliccodeExtra(SolutionKey key, String sourceVersion, String language, List<String> usedBy,
        String unmappedYaml) {

    public PubliccodeExtra {
        Objects.requireNonNull(key, "key");
        usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
        unmappedYaml = unmappedYaml == null ? "" : unmappedYaml;
    }
}
