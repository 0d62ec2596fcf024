package org.connectedcouncils.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SupportLevel;

/** Builds valid register content for tests; each {@code with…} changes one thing. */
public final class SolutionTestData {

    public static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    public static final CouncilCode HACKNEY = CouncilCode.of("E09000012");
    public static final CouncilCode LEEDS = CouncilCode.of("E08000035");

    private String name = "Bin collection day finder";
    private String summary = "Residents look up their bin collection day by postcode";
    private String description = "A small service that reads the round schedule and answers by postcode.";
    private SolutionKind kind = SolutionKind.SOFTWARE;
    private Phase phase = Phase.BETA;
    private CouncilCode owner = BRIGHTON;
    private String keyContact = "user-brighton-editor";
    private Set<String> areas = new TreeSet<>(Set.of("waste"));
    private Set<CollaborationOffer> offers = Set.of(CollaborationOffer.SHARE_CODE);
    private String landingUrl = "https://www.brighton-hove.gov.uk/bins";
    private String repositoryUrl = "https://github.com/brighton-hove/bin-finder";
    private String licence = "MIT";
    private SoftwareType softwareType = SoftwareType.STANDALONE_WEB;
    private MaintenanceType maintenance = MaintenanceType.INTERNAL;
    private List<String> platforms = List.of("web");
    private List<String> categories = List.of("customer-service-and-support");
    private BudgetBand budget = BudgetBand.FROM_10K_TO_50K;
    private Money oneOff = Money.of(2_500_000, "GBP");
    private Money running = Money.of(300_000, "GBP");
    private Money saving = Money.of(1_200_000, "GBP");
    private String outcomes = "Fewer calls about missed bins.";
    private ReuseTerms reuse = ReuseTerms.NONE;

    private SolutionTestData() {
    }

    public static SolutionTestData aSolution() {
        return new SolutionTestData();
    }

    public SolutionTestData named(String value) {
        this.name = value;
        return this;
    }

    public SolutionTestData withSummary(String value) {
        this.summary = value;
        return this;
    }

    public SolutionTestData withDescription(String value) {
        this.description = value;
        return this;
    }

    public SolutionTestData withKind(SolutionKind value) {
        this.kind = value;
        return this;
    }

    public SolutionTestData withPhase(Phase value) {
        this.phase = value;
        return this;
    }

    public SolutionTestData ownedBy(CouncilCode value) {
        this.owner = value;
        return this;
    }

    public SolutionTestData withKeyContact(String value) {
        this.keyContact = value;
        return this;
    }

    public SolutionTestData inAreas(String... values) {
        this.areas = new TreeSet<>(List.of(values));
        return this;
    }

    public SolutionTestData offering(CollaborationOffer... values) {
        this.offers = Set.of(values);
        return this;
    }

    public SolutionTestData withLandingUrl(String value) {
        this.landingUrl = value;
        return this;
    }

    public SolutionTestData withRepositoryUrl(String value) {
        this.repositoryUrl = value;
        return this;
    }

    public SolutionTestData withLicence(String value) {
        this.licence = value;
        return this;
    }

    public SolutionTestData withPlatforms(String... values) {
        this.platforms = new ArrayList<>(List.of(values));
        return this;
    }

    public SolutionTestData withCategories(String... values) {
        this.categories = new ArrayList<>(List.of(values));
        return this;
    }

    public SolutionTestData withCosts(Money oneOffCost, Money runningCost, Money annualSaving) {
        this.oneOff = oneOffCost;
        this.running = runningCost;
        this.saving = annualSaving;
        return this;
    }

    public SolutionTestData withOutcomes(String value) {
        this.outcomes = value;
        return this;
    }

    public SolutionTestData withReuse(ReuseTerms value) {
        this.reuse = value;
        return this;
    }

    /** Every reuse term stated, costs in pounds like the entry's other money. */
    public static ReuseTerms fullReuseTerms() {
        return new ReuseTerms(SupportLevel.BEST_EFFORT, "digital-reuse@brighton-hove.gov.uk",
                ProcurementRoute.OPEN_SOURCE_LICENCE, true, "https://www.brighton-hove.gov.uk/dpia/bins",
                "https://www.brighton-hove.gov.uk/accessibility", Set.of(Hosting.SELF_HOSTED, Hosting.OWNER_HOSTED),
                Money.of(500_000, "GBP"), Money.of(120_000, "GBP"), "A postcode gazetteer and a round schedule.");
    }

    public SolutionContent build() {
        return new SolutionContent(name, summary, description, kind, phase, owner, keyContact, new TreeSet<>(areas),
                offers, landingUrl, repositoryUrl, licence, softwareType, maintenance, platforms, categories, budget,
                oneOff, running, saving, outcomes, reuse);
    }
}
