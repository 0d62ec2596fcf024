package org.connectedcouncils.council.ao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilFilter;
import org.connectedcouncils.council.domain.CouncilsLike;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilPlace;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;

/**
 * {@link CouncilDirectory} on Active Objects. The directory holds hundreds of rows, not millions, so its text
 * filter may use LIKE on the lower-cased name.
 */
public final class AoCouncilDirectory implements CouncilDirectory {

    /** Every column {@link #toCouncil} reads (and the key, which a streamed row needs). */
    private static final String COLUMNS = String.join(",", "ID", AoCouncil.CODE, "NAME", AoCouncil.TYPE, "REGION",
            "RETIRED", AoCouncil.NATION, AoCouncil.COUNTRY, AoCouncil.LATITUDE, AoCouncil.LONGITUDE,
            AoCouncil.SUCCESSOR_CODE, AoCouncil.ENDED_ON);

    private final ActiveObjects ao;

    public AoCouncilDirectory(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Council> find(CouncilCode code) {
        return row(code).map(AoCouncilDirectory::toCouncil);
    }

    @Override
    public Map<CouncilCode, Council> findAll(Collection<CouncilCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        // streamed read-only rows of the columns a Council is made of: about half the cost of find()'s entities
        // for the heat map's ~400 councils per request (issue 19's benchmark); one statement per 1,000 codes
        Map<CouncilCode, Council> found = new HashMap<>();
        List<String> all = codes.stream().map(CouncilCode::value).distinct().sorted().toList();
        for (List<String> values : AoSql.inLists(all)) {
            ao.stream(AoCouncil.class, Query.select(COLUMNS).where(AoCouncil.CODE + " IN ("
                    + AoSql.placeholders(values.size()) + ")", values.toArray()), row -> {
                        Council council = toCouncil(row);
                        found.put(council.code(), council);
                    });
        }
        return found;
    }

    @Override
    public Page<Council> list(String text, PageRequest page) {
        return list(text, null, page);
    }

    @Override
    public Page<Council> list(String text, CouncilsLike like, PageRequest page) {
        Query filter = filter(text, like);
        Query q = filter(text, like).order(AoCouncil.NAME_LOWER + " ASC, ID ASC").limit(page.limit())
                .offset(page.start());
        List<Council> items = Arrays.stream(ao.find(AoCouncil.class, q)).map(AoCouncilDirectory::toCouncil).toList();
        return new Page<>(items, page.start(), page.limit(), ao.count(AoCouncil.class, filter));
    }

    @Override
    public Page<Council> active(CouncilFilter filter, PageRequest page) {
        return active(filter, null, page);
    }

    @Override
    public Page<Council> active(CouncilFilter filter, Set<CouncilCode> among, PageRequest page) {
        if (among != null && among.isEmpty()) {
            return new Page<>(List.of(), page.start(), page.limit(), 0);
        }
        List<String> where = new ArrayList<>(List.of("RETIRED = ?", AoCouncil.ENDED_ON + " IS NULL"));
        List<Object> params = new ArrayList<>(List.of(false));
        if (filter.type() != null) {
            where.add(AoCouncil.TYPE + " = ?");
            params.add(filter.type().code());
        }
        nation(filter.nation(), where, params);
        if (among != null) {
            // one condition of the page query and its count (a directory holds hundreds of councils)
            where.add(AoSql.inAnyList(AoCouncil.CODE, among.stream().map(CouncilCode::value).sorted().toList(),
                    params));
        }
        String condition = String.join(" AND ", where);
        Object[] values = params.toArray();
        // streamed read-only rows of a Council's columns, as findAll: a page is 25-100 councils
        List<Council> items = new ArrayList<>();
        ao.stream(AoCouncil.class, Query.select(COLUMNS).where(condition, values)
                .order(AoCouncil.NAME_LOWER + " ASC, ID ASC").limit(page.limit()).offset(page.start()),
                row -> items.add(toCouncil(row)));
        return new Page<>(items, page.start(), page.limit(),
                ao.count(AoCouncil.class, Query.select().where(condition, values)));
    }

    @Override
    public List<Council> all() {
        Query q = Query.select().order(AoCouncil.NAME_LOWER + " ASC, ID ASC").limit(MAX_WHOLE);
        return Arrays.stream(ao.find(AoCouncil.class, q)).map(AoCouncilDirectory::toCouncil).toList();
    }

    @Override
    public Council save(Council council) {
        return ao.executeInTransaction(() -> {
            AoCouncil row = row(council.code()).orElseGet(() -> {
                Map<String, Object> values = new HashMap<>();
                values.put(AoCouncil.CODE, council.code().value());
                values.put("NAME", council.name());
                values.put(AoCouncil.NAME_LOWER, council.name().toLowerCase(Locale.ROOT));
                values.put("TYPE", council.type().code());
                return ao.create(AoCouncil.class, values);
            });
            row.setName(council.name());
            row.setNameLower(council.name().toLowerCase(Locale.ROOT));
            row.setType(council.type().code());
            row.setRegion(council.region());
            row.setRetired(council.retired());
            row.setNation(council.place().nation());
            row.setCountry(council.place().country());
            row.setLatitude(council.place().latitude());
            row.setLongitude(council.place().longitude());
            row.setSuccessorCode(council.successor() == null ? null : council.successor().value());
            row.setEndedOn(council.ended() == null ? null : java.sql.Date.valueOf(council.ended()));
            row.save();
            return toCouncil(row);
        });
    }

    /** The name-or-code words, and the type (and nation) of councils like a chosen one, on indexed columns. */
    private static Query filter(String text, CouncilsLike like) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String t = text.trim();
            where.add("(" + AoCouncil.NAME_LOWER + " LIKE ? OR " + AoCouncil.CODE + " = ?)");
            params.add("%" + t.toLowerCase(Locale.ROOT) + "%");
            params.add(t.toUpperCase(Locale.ROOT));
        }
        if (like != null) {
            where.add(AoCouncil.TYPE + " = ?");
            params.add(like.type().code());
            nation(like.nation(), where, params);
        }
        return where.isEmpty() ? Query.select() : Query.select().where(String.join(" AND ", where), params.toArray());
    }

    /** The stored nation's condition (none when null; an empty nation is the councils outside the UK). */
    private static void nation(String nation, List<String> where, List<Object> params) {
        if (nation != null && nation.isEmpty()) {
            where.add("(" + AoCouncil.NATION + " IS NULL OR " + AoCouncil.NATION + " = ?)");
            params.add("");
        } else if (nation != null) {
            where.add(AoCouncil.NATION + " = ?");
            params.add(nation);
        }
    }

    private Optional<AoCouncil> row(CouncilCode code) {
        AoCouncil[] rows = ao.find(AoCouncil.class, Query.select().where(AoCouncil.CODE + " = ?", code.value()));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static Council toCouncil(AoCouncil row) {
        CouncilPlace place = new CouncilPlace(row.getNation(), row.getCountry(), row.getLatitude(),
                row.getLongitude());
        CouncilCode successor = CouncilCode.parse(row.getSuccessorCode()).orElse(null);
        LocalDate ended = row.getEndedOn() == null ? null
                : new java.sql.Date(row.getEndedOn().getTime()).toLocalDate();
        return new Council(CouncilCode.of(row.getCode()), row.getName(),
                Coded.fromCode(CouncilType.class, row.getType()).orElse(CouncilType.OTHER_EUROPEAN_AUTHORITY),
                row.getRegion(), row.isRetired(), place, successor, ended);
    }
}
