package org.connectedcouncils.register.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.TreeSet;
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
        // streamed read-only rows of the columns an area is made of, not entities: every page that shows areas
        // reads the whole taxonomy (issue 19's heat-map benchmark)
        List<ServiceArea> areas = new ArrayList<>();
        ao.stream(AoServiceArea.class, Query.select(String.join(",", "ID", AoServiceArea.CODE, AoServiceArea.NAME,
                "RETIRED", AoServiceArea.NAME_CY)).order(AoServiceArea.NAME + " ASC"),
                a -> areas.add(new ServiceArea(a.getCode(), a.getName(), a.isRetired(), a.getNameCy())));
        return areas;
    }

    @Override
    public Set<String> activeCodes() {
        return all().stream().filter(a -> !a.retired()).map(ServiceArea::code).collect(Collectors.toSet());
    }

    @Override
    public boolean update(ServiceArea area) {
        return ao.executeInTransaction(() -> {
            AoServiceArea[] rows = ao.find(AoServiceArea.class, Query.select().where(AoServiceArea.CODE + " = ?",
                    area.code()));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setName(area.name());
            rows[0].setNameCy(area.nameCy());
            rows[0].setRetired(area.retired());
            rows[0].save();
            return true;
        });
    }

    @Override
    public int merge(String from, String into, String actor, Instant at) {
        return ao.executeInTransaction(() -> {
            int moved = 0;
            AoSolutionArea[] links = ao.find(AoSolutionArea.class, Query.select()
                    .where(AoSolutionArea.AREA_CODE + " = ?", from));
            List<Map<String, Object>> history = new ArrayList<>();
            for (AoSolutionArea link : links) {
                AoSolution solution = ao.get(AoSolution.class, link.getSolutionId());
                TreeSet<String> areas = new TreeSet<>(List.of(solution.getAreas().split(",")));
                String before = String.join(", ", areas);
                areas.remove(from);
                if (areas.add(into)) {
                    ao.create(AoSolutionArea.class, Map.of(AoSolutionArea.SOLUTION_ID, link.getSolutionId(),
                            AoSolutionArea.AREA_CODE, into));
                }
                ao.delete(link);
                // Like an edit: the next version is claimed, so an edit begun before the merge is stale.
                int version = solution.getEntryVersion() + 1;
                SolutionEntries.claimVersion(ao, solution.getID(), version, actor, at);
                solution.setAreas(String.join(",", areas));
                solution.setEntryVersion(version);
                solution.setUpdatedAt(Date.from(at));
                solution.save();
                Map<String, Object> line = new HashMap<>();
                line.put(AoHistory.SOLUTION_ID, link.getSolutionId());
                line.put("SUBJECT", "solution");
                line.put("FIELD", "serviceAreas");
                line.put("OLD_VALUE", before);
                line.put("NEW_VALUE", String.join(", ", areas));
                line.put("ACTOR", actor);
                line.put(AoHistory.CHANGED_AT, Date.from(at));
                history.add(line);
                moved++;
            }
            if (!history.isEmpty()) {
                ao.create(AoHistory.class, history);
            }
            AoServiceArea[] rows = ao.find(AoServiceArea.class, Query.select().where(AoServiceArea.CODE + " = ?",
                    from));
            for (AoServiceArea row : rows) {
                row.setRetired(true);
                row.save();
            }
            return moved;
        });
    }

    @Override
    public ServiceArea add(ServiceArea area) {
        return ao.executeInTransaction(() -> {
            AoServiceArea row = ao.create(AoServiceArea.class,
                    Map.of(AoServiceArea.CODE, area.code(), AoServiceArea.NAME, area.name()));
            row.setRetired(area.retired());
            row.setNameCy(area.nameCy());
            row.save();
            return area;
        });
    }
}
