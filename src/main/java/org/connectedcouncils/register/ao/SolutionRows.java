package org.connectedcouncils.register.ao;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SupportLevel;

/** The mapping between register rows (entries, adoptions) and the domain's values, both ways. */
final class SolutionRows {

    private static final String LIST_SEPARATOR = ",";

    private SolutionRows() {
    }

    /** Maps a row to the domain; {@code full} also reads the long texts (one extra lazy read each). */
    static Solution toSolution(AoSolution e, boolean full) {
        return toSolution(e, full, column -> true);
    }

    /**
     * Maps a row of which only the columns {@code read} accepts were selected: the others are left empty (null,
     * empty lists, zero counts), so a projection (the CSV export's) reads and converts only what it writes.
     */
    static Solution toSolution(AoSolution e, boolean full, Predicate<String> read) {
        String currency = read.test(AoSolution.CURRENCY) ? e.getCurrency() : null;
        SolutionContent content = new SolutionContent(
                read.test(AoSolution.NAME) ? e.getName() : null,
                read.test(AoSolution.SUMMARY) ? e.getSummary() : null,
                full && read.test(AoSolution.DESCRIPTION) ? e.getDescription() : null,
                read.test(AoSolution.KIND) ? Coded.fromCode(SolutionKind.class, e.getKind()).orElse(null) : null,
                read.test(AoSolution.PHASE) ? Coded.fromCode(Phase.class, e.getPhase()).orElse(null) : null,
                read.test(AoSolution.OWNER_CODE) ? CouncilCode.of(e.getOwnerCode()) : null,
                read.test(AoSolution.CONTACT_KEY) ? e.getContactKey() : null,
                read.test(AoSolution.AREAS) ? new TreeSet<>(split(e.getAreas())) : null,
                read.test(AoSolution.OFFERS) ? split(e.getOffers()).stream()
                        .map(o -> Coded.fromCode(CollaborationOffer.class, o))
                        .flatMap(Optional::stream).collect(Collectors.toSet()) : null,
                read.test(AoSolution.LANDING_URL) ? e.getLandingUrl() : null,
                read.test(AoSolution.REPO_URL) ? e.getRepoUrl() : null,
                read.test(AoSolution.LICENCE) ? e.getLicence() : null,
                read.test(AoSolution.SOFTWARE_TYPE)
                        ? Coded.fromCode(SoftwareType.class, e.getSoftwareType()).orElse(null) : null,
                read.test(AoSolution.MAINTENANCE)
                        ? Coded.fromCode(MaintenanceType.class, e.getMaintenance()).orElse(null) : null,
                read.test(AoSolution.PLATFORMS) ? split(e.getPlatforms()) : null,
                read.test(AoSolution.CATEGORIES) ? split(e.getCategories()) : null,
                read.test(AoSolution.BUDGET_BAND) ? Coded.fromCode(BudgetBand.class, e.getBudgetBand()).orElse(null)
                        : null,
                read.test(AoSolution.ONE_OFF_COST) ? money(e.getOneOffCost(), currency) : null,
                read.test(AoSolution.RUNNING_COST) ? money(e.getRunningCost(), currency) : null,
                read.test(AoSolution.ANNUAL_SAVING) ? money(e.getAnnualSaving(), currency) : null,
                full && read.test(AoSolution.OUTCOMES) ? e.getOutcomes() : null,
                read.test(AoSolution.REUSE_SUPPORT) ? reuse(e, currency, full) : null);
        return new Solution(
                SolutionKey.of(e.getID()),
                content,
                read.test(AoSolution.STATE) ? Coded.fromCode(EntryState.class, e.getState()).orElse(EntryState.DRAFT)
                        : EntryState.DRAFT,
                read.test(AoSolution.USING_COUNT) ? new AdoptionCounts(e.getEvaluatingCount(), e.getUsingCount(),
                        e.getStoppedCount(), e.getLapsedCount()) : null,
                read.test(AoSolution.CREATED_AT) ? e.getCreatedAt().toInstant() : null,
                read.test(AoSolution.CREATED_BY) ? e.getCreatedBy() : null,
                read.test(AoSolution.UPDATED_AT) ? e.getUpdatedAt().toInstant() : null,
                read.test(AoSolution.CONFIRMED_AT) && e.getConfirmedAt() != null ? e.getConfirmedAt().toInstant()
                        : null,
                read.test(AoSolution.ENTRY_VERSION) ? e.getEntryVersion() : 0,
                full ? retirement(e) : null);
    }

    /** The reuse terms of a row; {@code full} also reads what an adopter needs (a long text). */
    private static ReuseTerms reuse(AoSolution e, String currency, boolean full) {
        return new ReuseTerms(
                Coded.fromCode(SupportLevel.class, e.getReuseSupport()).orElse(null),
                e.getReuseContact(),
                Coded.fromCode(ProcurementRoute.class, e.getProcurement()).orElse(null),
                e.getDpiaAvailable(),
                e.getDpiaUrl(),
                e.getAccessibilityUrl(),
                split(e.getHosting()).stream().map(h -> Coded.fromCode(Hosting.class, h)).flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                money(e.getAdoptOneOff(), currency),
                money(e.getAdoptAnnual(), currency),
                full ? e.getAdopterNeeds() : null);
    }

    /** The retirement details of a row, or null when it was not retired with any. */
    private static Retirement retirement(AoSolution e) {
        if (e.getRetireReason() == null && e.getLessons() == null && e.getReplacedBy() == null) {
            return null;
        }
        return new Retirement(e.getRetireReason(), e.getLessons(),
                e.getReplacedBy() == null ? null : SolutionKey.of(e.getReplacedBy()));
    }

    /** Copies the retirement details into the row's columns (not saved); null leaves them as they are. */
    static void write(AoSolution e, Retirement r) {
        if (r == null) {
            return;
        }
        e.setRetireReason(r.reason());
        e.setLessons(r.lessonsLearned());
        OptionalInt replacedBy = EntryIds.of(r.replacedBy());
        e.setReplacedBy(replacedBy.isPresent() ? replacedBy.getAsInt() : null);
    }

    /** Copies the content into the row's columns (not saved). */
    static void write(AoSolution e, SolutionContent c) {
        e.setName(c.name());
        e.setNameLower(sortName(c.name()));
        e.setSummary(c.summary());
        e.setSearchText(truncate(SearchText.fold(c.name() + " " + c.summary()), 450));
        e.setDescription(c.description());
        e.setKind(c.kind().code());
        e.setPhase(c.phase().code());
        e.setPhaseRank(c.phase().rank());
        e.setOwnerCode(c.ownerCouncil().value());
        e.setContactKey(c.keyContact());
        e.setAreas(join(c.serviceAreas()));
        e.setOffers(join(c.sortedOffers().stream().map(Coded::code).toList()));
        e.setLandingUrl(c.landingUrl());
        e.setRepoUrl(c.repositoryUrl());
        e.setLicence(c.licence());
        e.setSoftwareType(code(c.softwareType()));
        e.setMaintenance(code(c.maintenance()));
        e.setPlatforms(join(c.platforms()));
        e.setCategories(join(c.categories()));
        e.setBudgetBand(code(c.budgetBand()));
        e.setOneOffCost(amount(c.oneOffCost()));
        e.setRunningCost(amount(c.annualRunningCost()));
        e.setAnnualSaving(amount(c.annualSaving()));
        e.setCurrency(c.currency());
        e.setOutcomes(c.citizenOutcomes());
        ReuseTerms r = c.reuse();
        e.setReuseSupport(code(r.support()));
        e.setReuseContact(r.contact());
        e.setProcurement(code(r.procurementRoute()));
        e.setDpiaAvailable(r.dpiaAvailable());
        e.setDpiaUrl(r.dpiaUrl());
        e.setAccessibilityUrl(r.accessibilityStatementUrl());
        e.setHosting(join(r.sortedHostingOptions().stream().map(Coded::code).toList()));
        e.setAdoptOneOff(amount(r.adoptionOneOffCost()));
        e.setAdoptAnnual(amount(r.adoptionAnnualCost()));
        e.setAdopterNeeds(r.adopterNeeds());
    }

    static Adoption toAdoption(AoAdoption a) {
        return new Adoption(
                SolutionKey.of(a.getSolutionId()),
                CouncilCode.of(a.getCouncilCode()),
                Coded.fromCode(AdoptionState.class, a.getState()).orElseThrow(),
                a.getSince() == null ? null : LocalDate.ofInstant(a.getSince().toInstant(), ZoneOffset.UTC),
                a.getEvidenceUrl(),
                a.getDeclaredBy(),
                a.getDeclaredAt().toInstant(),
                a.getConfirmedBy(),
                a.getConfirmedAt() == null ? null : a.getConfirmedAt().toInstant(),
                new AdoptionDetails(a.getAdoptedRelease(),
                        Coded.fromCode(Hosting.class, a.getHosting()).orElse(null), a.getSupplier(),
                        money(a.getAnnualSaving(), a.getSavingCurrency())),
                a.getCheckedAt() == null ? null : a.getCheckedAt().toInstant(),
                a.getLapsedAt() == null ? null : a.getLapsedAt().toInstant());
    }

    /** Copies an adoption's details into the row's columns (not saved). */
    static void write(AoAdoption row, AdoptionDetails d) {
        row.setAdoptedRelease(d.release());
        row.setHosting(code(d.hosting()));
        row.setSupplier(d.supplier());
        row.setAnnualSaving(amount(d.annualSaving()));
        row.setSavingCurrency(d.annualSaving() == null ? null : d.annualSaving().currency());
    }

    /** The lower-case name the name sort reads. */
    static String sortName(String name) {
        return truncate(name.toLowerCase(Locale.ROOT), 255);
    }

    /** The values of a comma-joined list column. */
    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static Long amount(Money m) {
        return m == null ? null : m.minorUnits();
    }

    private static Money money(Long amount, String currency) {
        return amount == null || currency == null ? null : Money.of(amount, currency);
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }
}
