package org.connectedcouncils.maturity.domain;

import java.util.List;

/** What backs an assessment: register entries (keys such as CC-12) and links to pages. */
public record Evidence(List<String> entries, List<String> links) {

    public static final Evidence NONE = new Evidence(List.of(), List.of());

    public Evidence {
        entries = entries == null ? List.of() : List.copyOf(entries);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
