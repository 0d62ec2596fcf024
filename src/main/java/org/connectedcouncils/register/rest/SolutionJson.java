package org.connectedcouncils.register.rest;

import static org.connectedcouncils.common.rest.JsonFormats.code;
import static org.connectedcouncils.common.rest.JsonFormats.codes;
import static org.connectedcouncils.common.rest.JsonFormats.instant;

import org.connectedcouncils.common.rest.CouncilRefJson;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;

/**
 * A whole register entry: the summary fields plus everything an editor wrote, its reuse terms, and (once retired
 * with them) why it was retired.
 */
public record SolutionJson(
        String key,
        String name,
        String summary,
        String kind,
        String phase,
        String state,
        CouncilRefJson ownerCouncil,
        List<String> serviceAreas,
        List<String> offers,
        AdoptionCountsJson adoptions,
        String updated,
        String lastConfirmed,
        boolean confirmationDue,
        int version,
        String description,
        String keyContact,
        String landingUrl,
        String repositoryUrl,
        String licence,
        String softwareType,
        String maintenance,
        List<String> platforms,
        List<String> categories,
        String budgetBand,
        MoneyJson oneOffCost,
        MoneyJson annualRunningCost,
        MoneyJson annualSaving,
        String citizenOutcomes,
        String created,
        String createdBy,
        ReuseTermsJson reuse,
        RetirementJson retirement,
        @JsonProperty("_links") Map<String, String> links) {

    /** {@code confirmation} (read once per request) decides {@code confirmationDue}. */
    public static SolutionJson of(Solution s, ConfirmationRule confirmation, Map<CouncilCode, Council> councils,
            UriInfo uri) {
        SolutionContent c = s.content();
        return new SolutionJson(s.key().toString(), c.name(), c.summary(), code(c.kind()), code(c.phase()),
                code(s.state()), CouncilRefJson.of(c.ownerCouncil(), Council.names(councils)), List.copyOf(c.serviceAreas()),
                codes(c.offers()), AdoptionCountsJson.of(s.adoptions()), instant(s.updated()),
                instant(s.lastConfirmed()), confirmation.isDue(s), s.version(), c.description(), c.keyContact(),
                c.landingUrl(), c.repositoryUrl(), c.licence(), code(c.softwareType()), code(c.maintenance()),
                c.platforms(), c.categories(), code(c.budgetBand()), MoneyJson.of(c.oneOffCost()),
                MoneyJson.of(c.annualRunningCost()), MoneyJson.of(c.annualSaving()), c.citizenOutcomes(),
                instant(s.created()), s.createdBy(), ReuseTermsJson.of(c.reuse()), RetirementJson.of(s.retirement()),
                SolutionSummaryJson.selfLink(s, uri));
    }
}
