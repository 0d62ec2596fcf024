package org.connectedcouncils.maturity.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.LeadOffer;
import org.connectedcouncils.maturity.domain.LevelDescription;
import org.connectedcouncils.maturity.domain.MaturityCell;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.domain.Review;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.service.MaturityStore;

/** {@link MaturityStore} on Active Objects; every read is one statement (an IN list: one per 1,000 values). */
public final class AoMaturityStore implements MaturityStore {

    static final String RACE = "connected-councils.maturity.conflict.race";
    static final String REVIEWED = "connected-councils.maturity.conflict.reviewed";
    /** The columns a heat-map cell is made of (and the key, which a streamed row needs). */
    private static final String CELL_COLUMNS = String.join(",", "ID", AoAssessment.COUNCIL_CODE,
            AoAssessment.AREA_CODE, AoAssessment.LEVEL_NO);

    private final ActiveObjects ao;

    public AoMaturityStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Assessment append(CouncilCode council, NewAssessment a, String author, Instant now) {
        return AoSql.uniqueOrConflict(RACE, () -> ao.executeInTransaction(() -> {
            String key = council + ":" + a.areaCode();
            AoAssessment[] found = ao.find(AoAssessment.class, Query.select()
                    .where(AoAssessment.CURRENT_KEY + " = ?", key));
            Optional<AoAssessment> current = found.length == 0 ? Optional.empty() : Optional.of(found[0]);
            boolean newest = current.map(r -> !toLocalDate(r.getAssessedOn()).isAfter(a.assessedOn())).orElse(true);
            if (newest && current.isPresent()) {
                current.get().setCurrentKey(notCurrent());
                current.get().setLatest(false);
                current.get().save();
            }
            Map<String, Object> values = new HashMap<>();
            values.put(AoAssessment.COUNCIL_CODE, council.toString());
            values.put(AoAssessment.AREA_CODE, a.areaCode());
            values.put(AoAssessment.LEVEL_NO, a.level());
            values.put(AoAssessment.ASSESSED_ON, Date.from(a.assessedOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
            values.put(AoAssessment.JUSTIFICATION, a.justification());
            values.put(AoAssessment.EVIDENCE_ENTRIES, String.join(",", a.evidence().entries()));
            values.put(AoAssessment.EVIDENCE_LINKS, String.join("\n", a.evidence().links()));
            values.put(AoAssessment.AUTHOR, author);
            values.put(AoAssessment.CREATED_AT, Date.from(now));
            values.put(AoAssessment.CURRENT_KEY, newest ? key : notCurrent());
            values.put(AoAssessment.LATEST, newest);
            return toAssessment(ao.create(AoAssessment.class, values));
        }));
    }

    @Override
    public Optional<Assessment> assessment(long id) {
        AoAssessment[] rows = ao.find(AoAssessment.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toAssessment(rows[0]));
    }

    @Override
    public List<Assessment> current(CouncilCode council) {
        return Arrays.stream(ao.find(AoAssessment.class, Query.select()
                .where(AoAssessment.COUNCIL_CODE + " = ? AND " + AoAssessment.LATEST + " = ?",
                        council.toString(), true)
                .order(AoAssessment.AREA_CODE))).map(AoMaturityStore::toAssessment).toList();
    }

    @Override
    public Page<Assessment> history(CouncilCode council, String areaCode, PageRequest page) {
        String where = AoAssessment.COUNCIL_CODE + " = ? AND " + AoAssessment.AREA_CODE + " = ?";
        List<Assessment> items = Arrays.stream(ao.find(AoAssessment.class, Query.select()
                .where(where, council.toString(), areaCode)
                .order(AoAssessment.ASSESSED_ON + " DESC, ID DESC").limit(page.limit()).offset(page.start())))
                .map(AoMaturityStore::toAssessment).toList();
        int total = ao.count(AoAssessment.class, Query.select().where(where, council.toString(), areaCode));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public Page<Assessment> latest(PageRequest page) {
        List<Assessment> items = Arrays.stream(ao.find(AoAssessment.class, Query.select()
                .where(AoAssessment.LATEST + " = ?", true)
                .order(AoAssessment.COUNCIL_CODE + ", " + AoAssessment.AREA_CODE + ", ID")
                .limit(page.limit()).offset(page.start()))).map(AoMaturityStore::toAssessment).toList();
        int total = ao.count(AoAssessment.class, Query.select().where(AoAssessment.LATEST + " = ?", true));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public List<MaturityCell> currentCells() {
        return cells(List.of(Query.select(CELL_COLUMNS).where(AoAssessment.LATEST + " = ?", true)));
    }

    @Override
    public Set<CouncilCode> assessedCouncils(Collection<String> areaCodes) {
        // ao.stream renders the query's fields as given: SELECT DISTINCT COUNCIL_CODE, one row per council, its code
        // read from the row (find(type, field, query) would widen the select to every column of the entity, which
        // defeats DISTINCT: one row per assessment; see AoMaturityStoreAssessedDbTest)
        Set<CouncilCode> codes = new LinkedHashSet<>();
        for (Query q : currentWhereIn(AoAssessment.COUNCIL_CODE, AoAssessment.AREA_CODE, areaCodes)) {
            ao.stream(AoAssessment.class, q.distinct(),
                    row -> CouncilCode.parse(row.getCouncilCode()).ifPresent(codes::add));
        }
        return codes;
    }

    @Override
    public List<MaturityCell> currentCells(Collection<CouncilCode> councils) {
        return cells(currentWhereIn(CELL_COLUMNS, AoAssessment.COUNCIL_CODE,
                councils.stream().map(CouncilCode::value).toList()));
    }

    @Override
    public List<MaturityCell> currentCellsOf(String areaCode) {
        return cells(List.of(Query.select(CELL_COLUMNS).where(AoAssessment.LATEST + " = ? AND "
                + AoAssessment.AREA_CODE + " = ?", true, areaCode)));
    }

    /**
     * The queries of {@code fields} of the current rows whose {@code column} is one of {@code values}: one per
     * {@link AoSql#MAX_IN_LIST} distinct values, none for none.
     */
    private static List<Query> currentWhereIn(String fields, String column, Collection<String> values) {
        List<Query> queries = new ArrayList<>();
        for (List<String> some : AoSql.inLists(new LinkedHashSet<>(values))) {
            List<Object> params = new ArrayList<>();
            params.add(true);
            params.addAll(some);
            queries.add(Query.select(fields).where(AoAssessment.LATEST + " = ? AND " + column + " IN ("
                    + AoSql.placeholders(some.size()) + ")", params.toArray()));
        }
        return queries;
    }

    /** The cells of the current rows {@code queries} select, streamed read-only, one statement a query. */
    private List<MaturityCell> cells(List<Query> queries) {
        List<MaturityCell> cells = new ArrayList<>();
        // one code object per council, not per cell: ~9,200 cells name ~400 councils (checking a code is a regex)
        Map<String, CouncilCode> codes = new HashMap<>();
        for (Query query : queries) {
            ao.stream(AoAssessment.class, query, row -> MaturityLevel.of(row.getLevelNo()).ifPresent(level -> cells
                    .add(new MaturityCell(codes.computeIfAbsent(row.getCouncilCode(), CouncilCode::of),
                            row.getAreaCode(), level))));
        }
        return cells;
    }

    @Override
    public Review addReview(long assessmentId, CouncilCode reviewer, ReviewVerdict verdict, String comment,
            String author, Instant now) {
        return AoSql.uniqueOrConflict(REVIEWED, () -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoMaturityReview.ASSESSMENT_ID, (int) assessmentId);
            values.put(AoMaturityReview.COUNCIL_CODE, reviewer.toString());
            values.put(AoMaturityReview.PAIR_KEY, assessmentId + ":" + reviewer);
            values.put(AoMaturityReview.VERDICT, verdict.code());
            values.put(AoMaturityReview.REVIEW_TEXT, comment);
            values.put(AoMaturityReview.AUTHOR, author);
            values.put(AoMaturityReview.CREATED_AT, Date.from(now));
            return toReview(ao.create(AoMaturityReview.class, values));
        }));
    }

    @Override
    public Map<Long, List<Review>> reviews(Collection<Long> assessmentIds) {
        Map<Long, List<Review>> byAssessment = new LinkedHashMap<>();
        for (List<Long> ids : AoSql.inLists(assessmentIds)) {
            Object[] params = ids.stream().map(Long::intValue).toArray();
            AoMaturityReview[] rows = ao.find(AoMaturityReview.class, Query.select()
                    .where(AoMaturityReview.ASSESSMENT_ID + " IN (" + AoSql.placeholders(ids.size()) + ")", params)
                    .order(AoMaturityReview.CREATED_AT + ", ID"));
            for (AoMaturityReview row : rows) {
                byAssessment.computeIfAbsent((long) row.getAssessmentId(), k -> new ArrayList<>()).add(toReview(row));
            }
        }
        return byAssessment;
    }

    @Override
    public Map<MaturityLevel, LevelDescription> wording(String areaCode) {
        Map<MaturityLevel, LevelDescription> wording = new EnumMap<>(MaturityLevel.class);
        for (AoLevelWording row : ao.find(AoLevelWording.class, Query.select()
                .where(AoLevelWording.AREA_CODE + " = ?", areaCode))) {
            MaturityLevel.of(row.getLevelNo()).ifPresent(level -> wording.put(level,
                    new LevelDescription(areaCode, level, row.getWording(), row.getWordingCy())));
        }
        return wording;
    }

    @Override
    public LevelDescription saveWording(String areaCode, MaturityLevel level, String wording, String wordingCy) {
        return ao.executeInTransaction(() -> {
            String key = areaCode + ":" + level.number();
            AoLevelWording[] rows = ao.find(AoLevelWording.class, Query.select()
                    .where(AoLevelWording.PAIR_KEY + " = ?", key));
            if (wording == null || wording.isBlank()) {
                if (rows.length > 0) {
                    ao.delete(rows);
                }
                return new LevelDescription(areaCode, level, null, null);
            }
            String welsh = wordingCy == null || wordingCy.isBlank() ? null : wordingCy.trim();
            AoLevelWording row = rows.length > 0 ? rows[0] : ao.create(AoLevelWording.class, Map.of(
                    AoLevelWording.PAIR_KEY, key, AoLevelWording.AREA_CODE, areaCode, AoLevelWording.LEVEL_NO,
                    level.number()));
            row.setWording(wording.trim());
            row.setWordingCy(welsh);
            row.save();
            return new LevelDescription(areaCode, level, wording.trim(), welsh);
        });
    }

    @Override
    public LeadOffer offerToLead(CouncilCode council, String areaCode, String author, Instant now) {
        return AoSql.uniqueOrConflict(RACE, () -> ao.executeInTransaction(() -> {
            String key = council + ":" + areaCode;
            AoLeadOffer[] found = ao.find(AoLeadOffer.class, Query.select().where(AoLeadOffer.PAIR_KEY + " = ?", key));
            if (found.length > 0) {
                return toOffer(found[0]);
            }
            Map<String, Object> values = new HashMap<>();
            values.put(AoLeadOffer.COUNCIL_CODE, council.toString());
            values.put(AoLeadOffer.AREA_CODE, areaCode);
            values.put(AoLeadOffer.PAIR_KEY, key);
            values.put(AoLeadOffer.OFFERED_BY, author);
            values.put(AoLeadOffer.OFFERED_AT, Date.from(now));
            return toOffer(ao.create(AoLeadOffer.class, values));
        }));
    }

    @Override
    public boolean withdrawLead(CouncilCode council, String areaCode) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(AoLeadOffer.class, AoLeadOffer.PAIR_KEY + " = ?",
                council + ":" + areaCode) > 0);
    }

    @Override
    public List<LeadOffer> leadOffers(String areaCode, CouncilCode council) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (areaCode != null) {
            where.add(AoLeadOffer.AREA_CODE + " = ?");
            params.add(areaCode);
        }
        if (council != null) {
            where.add(AoLeadOffer.COUNCIL_CODE + " = ?");
            params.add(council.toString());
        }
        Query q = Query.select().order(AoLeadOffer.AREA_CODE + ", " + AoLeadOffer.COUNCIL_CODE);
        if (!where.isEmpty()) {
            q.where(String.join(" AND ", where), params.toArray());
        }
        return Arrays.stream(ao.find(AoLeadOffer.class, q)).map(AoMaturityStore::toOffer).toList();
    }

    private static LeadOffer toOffer(AoLeadOffer row) {
        return new LeadOffer(CouncilCode.of(row.getCouncilCode()), row.getAreaCode(), row.getOfferedAt().toInstant());
    }

    private static String notCurrent() {
        return "old-" + UUID.randomUUID();
    }

    private static LocalDate toLocalDate(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static Assessment toAssessment(AoAssessment row) {
        String entries = row.getEvidenceEntries();
        String links = row.getEvidenceLinks();
        Evidence evidence = new Evidence(
                entries == null || entries.isEmpty() ? List.of() : List.of(entries.split(",")),
                links == null || links.isEmpty() ? List.of() : List.of(links.split("\n")));
        return new Assessment(row.getID(), CouncilCode.of(row.getCouncilCode()), row.getAreaCode(),
                MaturityLevel.of(row.getLevelNo()).orElse(MaturityLevel.PAPER), toLocalDate(row.getAssessedOn()),
                row.getJustification(), evidence, row.getAuthor(), row.getCreatedAt().toInstant(), row.isLatest());
    }

    private static Review toReview(AoMaturityReview row) {
        return new Review(row.getID(), row.getAssessmentId(), CouncilCode.of(row.getCouncilCode()),
                ReviewVerdict.valueOf(row.getVerdict().toUpperCase(java.util.Locale.ROOT)), row.getReviewText(),
                row.getAuthor(), row.getCreatedAt().toInstant());
    }
}
