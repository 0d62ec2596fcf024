package org.connectedcouncils.council.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;

/** A list of UK local authorities (the one bundled with the app, or a newer one), keyed by GSS code. */
public record CouncilList(String version, List<ListedCouncil> councils) {

    public CouncilList {
        councils = List.copyOf(councils);
    }

    public List<ListedCouncil> current() {
        return councils.stream().filter(ListedCouncil::current).toList();
    }

    public Map<CouncilCode, ListedCouncil> byCode() {
        Map<CouncilCode, ListedCouncil> map = new LinkedHashMap<>();
        councils.forEach(c -> map.put(c.code(), c));
        return map;
    }
}
