package org.connectedcouncils.maturity.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.ImpactFilter;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.ImpactRollup;
import org.connectedcouncils.maturity.domain.LeadOffer;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.domain.LevelDescription;
import org.connectedcouncils.maturity.domain.MaturityCell;
import org.connectedcouncils.maturity.domain.MaturityEvent;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.MaturityRules;
import org.connectedcouncils.maturity.domain.Medians;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.domain.Review;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;

/**
 * The maturity use cases: the model (admins reword levels per area), councils' self-assessments with evidence,
 * peer review by other councils, and the heat map and profile. Reads need sign-in; every read issues a constant
 * number of statements. Assessed councils are not notified yet: no kernel event port exists (see issue #17).
 */
public final class Maturity {

    private final MaturityStore store;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue areas;
    private final MaturityGuards guards;
    private final ActorProvider actors;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final DomainEvents events;
    private final Clock clock;
    private final SolutionRegister solutions;

    public Maturity(MaturityStore store, CouncilDirectory councils, ServiceAreaCatalogue areas,
            SolutionRegister solutions, ActorProvider actors, Transactions transactions, AuditTrail audit,
            DomainEvents events, Clock clock) {
        this.store = store;
        this.councils = councils;
        this.areas = areas;
        this.guards = new MaturityGuards(actors, councils, solutions);
        this.actors = actors;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.solutions = solutions;
    }

    /** The five levels of an area with the admins' wording where there is one. */
    public List<LevelDescription> levels(String areaCode) {
        guards.signedIn();
        area(areaCode);
        Map<MaturityLevel, LevelDescription> wording = store.wording(areaCode);
        return List.of(MaturityLevel.values()).stream().map(level -> wording.getOrDefault(level,
                new LevelDescription(areaCode, level, null, null))).toList();
    }

    /**
     * An administrator rewords one level of one area in English and, optionally, Welsh (blank English restores the
     * generic text in both languages; Welsh without English is refused).
     */
    public LevelDescription reword(String areaCode, int level, String wording, String wordingCy) {
        Actor actor = AdminAccess.require(actors);
        area(areaCode);
        MaturityLevel parsed = MaturityLevel.of(level).orElseThrow(() -> ValidationException.of(
                FieldError.of("level", MaturityRules.RANGE, 1, 5)));
        MaturityRules.checkWording(wording, wordingCy);
        return transactions.inTransaction(() -> {
            LevelDescription saved = store.saveWording(areaCode, parsed, wording, wordingCy);
            audit.record(new AuditRecord("connected-councils.audit.maturity.reworded", "serviceArea", areaCode,
                    areaCode, actor.userKey(), List.of(new AuditRecord.Change("level" + level, null,
                            saved.wording()))));
            return saved;
        });
    }

    /** A council's editor (or an admin) records a self-assessment; it is current unless a later one exists. */
    public Assessment assess(CouncilCode councilCode, NewAssessment input) {
        Actor actor = guards.editorOf(councilCode);
        Council council = guards.council(councilCode);
        NewAssessment clean = checked(councilCode, input);
        return transactions.inTransaction(() -> saved(actor, council, clean));
    }

    /** The assessment trimmed, its bounds checked and its evidence entries the council's own or in its use. */
    NewAssessment checked(CouncilCode councilCode, NewAssessment input) {
        NewAssessment trimmed = new NewAssessment(trim(input.areaCode()), input.level(), input.assessedOn(),
                trim(input.justification()), new Evidence(
                        input.evidence().entries().stream().map(Maturity::trim).toList(),
                        input.evidence().links().stream().map(Maturity::trim).toList()));
        MaturityRules.check(trimmed, areas.activeCodes(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<String> entries = trimmed.evidence().entries().stream()
                .map(e -> e.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        guards.checkEvidence(councilCode, entries);
        return new NewAssessment(trimmed.areaCode(), trimmed.level(), trimmed.assessedOn(),
                trimmed.justification(), new Evidence(entries, trimmed.evidence().links()));
    }

    /** Stores a checked assessment, audits and announces it (inside the caller's transaction). */
    Assessment saved(Actor actor, Council council, NewAssessment clean) {
        Assessment saved = store.append(council.code(), clean, actor.userKey(), clock.instant());
        audit.record(new AuditRecord("connected-councils.audit.maturity.assessed", "council",
                council.code().toString(), council.name(), actor.userKey(), List.of(new AuditRecord.Change(
                        clean.areaCode(), null, String.valueOf(clean.level())))));
        events.publish(new MaturityEvent(MaturityEvent.What.ASSESSED, council.code(), council.name(),
                clean.areaCode(), String.valueOf(clean.level()), null, actor.userKey(),
                saved.createdAt()));
        return saved;
    }

    /** Every council's latest assessment of each area, by council then area, a page at a time (two statements). */
    public Page<Assessment> latest(PageRequest page) {
        guards.signedIn();
        return store.latest(page);
    }

    /** An editor of another council (or an admin on its behalf) endorses or questions an assessment, once. */
    public Review review(long assessmentId, CouncilCode reviewer, ReviewVerdict verdict, String comment) {
        Actor actor = guards.editorOf(reviewer);
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new Refusal.NotFound(String.valueOf(assessmentId)));
        if (assessment.council().equals(reviewer)) {
            throw new Refusal.NotAllowed(MaturityGuards.OWN_ASSESSMENT);
        }
        guards.council(reviewer);
        Council assessed = guards.council(assessment.council());
        if (verdict == null) {
            throw ValidationException.of(FieldError.of("verdict", "connected-councils.error.required"));
        }
        MaturityRules.checkComment(comment);
        return transactions.inTransaction(() -> {
            Review saved = store.addReview(assessmentId, reviewer, verdict, comment.trim(), actor.userKey(),
                    clock.instant());
            audit.record(new AuditRecord("connected-councils.audit.maturity.reviewed", "council",
                    assessment.council().toString(), assessment.council().toString(), actor.userKey(),
                    List.of(new AuditRecord.Change(assessment.areaCode(), null, verdict.code()))));
            events.publish(new MaturityEvent(MaturityEvent.What.REVIEWED, assessment.council(), assessed.name(),
                    assessment.areaCode(), verdict.code(), reviewer, actor.userKey(), clock.instant()));
            return saved;
        });
    }

    /** A council's current assessments with their reviews, in area-code order (two statements). */
    public List<ReviewedAssessment> current(CouncilCode council) {
        guards.signedIn();
        guards.council(council);
        return withReviews(store.current(council));
    }

    /** A council's assessments of one area, newest first, with their reviews. */
    public Page<ReviewedAssessment> history(CouncilCode council, String areaCode, PageRequest page) {
        guards.signedIn();
        guards.council(council);
        Page<Assessment> assessments = store.history(council, areaCode, page);
        List<ReviewedAssessment> reviewed = withReviews(assessments.items());
        return new Page<>(reviewed, assessments.start(), assessments.limit(), assessments.total());
    }

    /**
     * One page of the heat map: the active councils of the filter (type and/or the nation the directory stores) that
     * have a current assessment in an active area, or all of them when the filter says so, ordered by name and paged
     * by the directory, each with its current level per active area (a council that has not assessed yet is a row of
     * empty cells). Five statements whatever the directory's size: the areas, the assessed councils' codes (one
     * SELECT DISTINCT; not read when all councils are listed), the page of councils among them and its count, the
     * page's current cells (one IN list of at most {@link PageRequest#MAX_LIMIT} codes).
     */
    public HeatMap heatMap(HeatMapFilter filter, PageRequest page) {
        guards.signedIn();
        List<ServiceArea> active = activeAreas();
        Page<Council> councilPage = filter.includesUnassessed() ? councils.active(filter.directory(), page)
                : councils.active(filter.directory(),
                        store.assessedCouncils(active.stream().map(ServiceArea::code).toList()), page);
        List<CouncilCode> codes = councilPage.items().stream().map(Council::code).toList();
        Map<CouncilCode, Map<String, MaturityLevel>> levels = new HashMap<>();
        for (MaturityCell cell : store.currentCells(codes)) {
            levels.computeIfAbsent(cell.council(), k -> new HashMap<>()).put(cell.areaCode(), cell.level());
        }
        List<HeatMap.Row> rows = councilPage.items().stream()
                .map(c -> new HeatMap.Row(c, levels.getOrDefault(c.code(), Map.of()))).toList();
        return new HeatMap(filter, active, rows, councilPage.start(), councilPage.limit(), councilPage.total());
    }

    /**
     * One area across the active councils of the filter that have assessed it, by name (three statements: the area's
     * current cells, those councils, the areas); bounded by the directory, at most one row per council.
     */
    public HeatMap area(String areaCode, HeatMapFilter filter) {
        guards.signedIn();
        List<ServiceArea> active = activeAreas();
        List<MaturityCell> cells = store.currentCellsOf(areaCode);
        Map<CouncilCode, Council> known = councils.findAll(cells.stream().map(MaturityCell::council).toList());
        List<HeatMap.Row> rows = new ArrayList<>();
        for (MaturityCell cell : cells) {
            Council council = known.get(cell.council());
            if (council != null && filter.directory().includes(council)) {
                rows.add(new HeatMap.Row(council, Map.of(cell.areaCode(), cell.level())));
            }
        }
        rows.sort(Comparator.comparing((HeatMap.Row r) -> r.council().name()));
        return new HeatMap(filter, active, rows);
    }

    private List<ServiceArea> activeAreas() {
        return areas.all().stream().filter(a -> !a.retired()).toList();
    }

    /** A council's bars: its current level per active area beside the median of councils of its type. */
    public CouncilMaturity profile(CouncilCode code) {
        return profile(code, false);
    }

    /**
     * As {@link #profile(CouncilCode)}; with {@code sameNation} the median is of councils of its type in its nation
     * ("councils like mine"; the nation the directory stores, as the heat map and the register's filters read it).
     */
    public CouncilMaturity profile(CouncilCode code, boolean sameNation) {
        guards.signedIn();
        Council council = guards.council(code);
        List<ServiceArea> active = activeAreas();
        List<MaturityCell> cells = store.currentCells();
        Map<String, ReviewedAssessment> mine = new HashMap<>();
        withReviews(store.current(code)).forEach(r -> mine.put(r.assessment().areaCode(), r));
        Set<CouncilCode> codes = new LinkedHashSet<>();
        cells.forEach(c -> codes.add(c.council()));
        mine.values().forEach(r -> r.reviews().forEach(review -> codes.add(review.reviewer())));
        Map<CouncilCode, Council> known = councils.findAll(codes);
        List<MaturityCell> sameType = cells.stream().filter(c -> known.containsKey(c.council())
                && known.get(c.council()).type() == council.type()
                && (!sameNation || known.get(c.council()).place().nation().equals(council.place().nation())))
                .toList();
        Map<String, Double> medians = Medians.byArea(sameType);
        List<CouncilMaturity.Bar> bars = active.stream()
                .map(a -> new CouncilMaturity.Bar(a, mine.get(a.code()), medians.get(a.code()))).toList();
        Map<CouncilCode, String> names = new HashMap<>();
        known.forEach((c, k) -> names.put(c, k.name()));
        return new CouncilMaturity(council, bars, names);
    }

    /**
     * What reuse has saved, per owning council or per service area and per currency, over published entries: four
     * statements (areas, entries, counted adoptions, council names). Which adoptions count is the register's to say.
     */
    public ImpactRollup impact(ImpactFilter filter) {
        guards.signedIn();
        if (filter.council() != null) {
            guards.council(filter.council());
        }
        Map<String, String> areaNames = new HashMap<>();
        Map<String, String> welshNames = new HashMap<>();
        areas.all().forEach(a -> {
            areaNames.put(a.code(), a.name());
            if (a.nameCy() != null) {
                welshNames.put(a.code(), a.nameCy());
            }
        });
        if (filter.area() != null && !areaNames.containsKey(filter.area())) {
            throw ValidationException.of(FieldError.of("area", "connected-councils.impact.error.unknownArea",
                    filter.area()));
        }
        List<ImpactEntry> entries = solutions.impactEntries();
        Set<CouncilCode> involved = new LinkedHashSet<>();
        entries.forEach(e -> {
            involved.add(e.owner());
            e.adoptions().forEach(a -> involved.add(a.council()));
        });
        Map<CouncilCode, String> councilNames = new HashMap<>();
        councils.findAll(involved).forEach((code, council) -> councilNames.put(code, council.name()));
        Map<String, String> names = new HashMap<>(areaNames);
        if (filter.by() == ImpactGrouping.COUNCIL) {
            names.clear();
            councilNames.forEach((code, name) -> names.put(code.value(), name));
        }
        return ImpactRollup.of(filter, entries, code -> names.getOrDefault(code, code),
                filter.by() == ImpactGrouping.COUNCIL ? code -> null : welshNames::get, councilNames);
    }

    /** A council's editor (or an admin) offers to lead in an active service area; offering again changes nothing. */
    public LeadOffer offerToLead(CouncilCode councilCode, String areaCode) {
        Actor actor = guards.editorOf(councilCode);
        Council council = guards.council(councilCode);
        area(areaCode);
        checkLeadArea(areaCode);
        return transactions.inTransaction(() -> leadSaved(actor, council, areaCode));
    }

    /** Refuses (on the {@code area} field) an area that is not an active one of the catalogue. */
    void checkLeadArea(String areaCode) {
        if (!areas.activeCodes().contains(areaCode)) {
            throw ValidationException.of(FieldError.of("area", "connected-councils.impact.error.unknownArea",
                    areaCode));
        }
    }

    /** Stores an offer to lead and audits it (inside the caller's transaction). */
    LeadOffer leadSaved(Actor actor, Council council, String areaCode) {
        LeadOffer saved = store.offerToLead(council.code(), areaCode, actor.userKey(), clock.instant());
        audit.record(new AuditRecord("connected-councils.audit.maturity.leadOffered", "council",
                council.code().toString(), council.name(), actor.userKey(), List.of(new AuditRecord.Change(
                        areaCode, null, "lead"))));
        return saved;
    }

    /** A council's editor (or an admin) withdraws its offer to lead in an area; NotFound when there was none. */
    public void withdrawLead(CouncilCode councilCode, String areaCode) {
        Actor actor = guards.editorOf(councilCode);
        Council council = guards.council(councilCode);
        transactions.inTransaction(() -> {
            if (!store.withdrawLead(councilCode, areaCode)) {
                throw new Refusal.NotFound(councilCode + ":" + areaCode);
            }
            audit.record(new AuditRecord("connected-councils.audit.maturity.leadWithdrawn", "council",
                    councilCode.toString(), council.name(), actor.userKey(), List.of(new AuditRecord.Change(
                            areaCode, "lead", null))));
            return null;
        });
    }

    /**
     * The councils willing to lead, by area then council name, each beside its current maturity level in that area;
     * optionally one area or one council. Four statements (areas, offers, current levels, council names).
     */
    public List<Leader> leaders(String areaCode, CouncilCode councilCode) {
        guards.signedIn();
        Map<String, ServiceArea> byCode = new HashMap<>();
        areas.all().forEach(a -> byCode.put(a.code(), a));
        List<LeadOffer> offers = store.leadOffers(areaCode, councilCode);
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<String, MaturityLevel> levels = new HashMap<>();
        store.currentCells().forEach(c -> levels.put(c.council() + ":" + c.areaCode(), c.level()));
        Set<CouncilCode> codes = new LinkedHashSet<>();
        offers.forEach(o -> codes.add(o.council()));
        Map<CouncilCode, Council> known = councils.findAll(codes);
        List<Leader> leaders = new ArrayList<>();
        for (LeadOffer offer : offers) {
            Council council = known.get(offer.council());
            ServiceArea area = byCode.get(offer.areaCode());
            leaders.add(new Leader(offer.council(), council == null ? offer.council().value() : council.name(),
                    offer.areaCode(), area == null ? offer.areaCode() : area.name(),
                    levels.get(offer.council() + ":" + offer.areaCode()), offer.offeredAt(),
                    area == null ? null : area.nameCy()));
        }
        leaders.sort(Leader.orderFor(false));
        return leaders;
    }

    private List<ReviewedAssessment> withReviews(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Review>> reviews = store.reviews(assessments.stream().map(Assessment::id).toList());
        return assessments.stream()
                .map(a -> new ReviewedAssessment(a, reviews.getOrDefault(a.id(), List.of()))).toList();
    }

    private ServiceArea area(String code) {
        return areas.all().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refusal.NotFound(String.valueOf(code)));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
