package org.connectedcouncils.register.ao;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;

/** {@link ServiceAreaCatalogue} on Active Objects; the rows are seeded by the v1 upgrade task. */
public final class AoServiceAreaCatalogue implements ServiceAreaCatalogue {

    private final ActiveObjects ao;

    public AoServiceAreaCatalogue(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<ServiceArea> all() {
        return Arrays.stream(ao.find(AoServiceArea.class, Query.select().order(AoServiceArea.NAME + " ASC")))
                .map(a -> new ServiceArea(a.getCode(), a.getName(), a.isRetired()))
                .toList();
    }

    @Override
    public Set<String> activeCodes() {
        return all().stream().filter(a -> !a.retired()).map(ServiceArea::code).collect(Collectors.toSet());
    }

    @Override
    public ServiceArea add(ServiceArea area) {
        return ao.executeInTransaction(() -> {
            AoServiceArea row = ao.create(AoServiceArea.class,
                    Map.of(AoServiceArea.CODE, area.code(), AoServiceArea.NAME, area.name()));
            row.setRetired(area.retired());
            row.save();
            return area;
        });
    }
}
