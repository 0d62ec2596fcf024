package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.domain.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.testing.SolutionTestData;
import org.junit.Test;

public class SolutionValidatorTest {

    private static final Vocabulary KNOWN = new Vocabulary() {
        @Override
        public boolean isActiveCouncil(CouncilCode code) {
            return code.equals(SolutionTestData.BRIGHTON);
        }

        @Override
        public boolean isActiveServiceArea(String code) {
            return Set.of("waste", "housing").contains(code);
        }
    };

    @Test
    public void check_acceptsCompleteContent() {
        assertThatCode(() -> SolutionValidator.check(aSolution().build(), KNOWN)).doesNotThrowAnyException();
    }

    @Test
    public void check_namesEachMissingRequiredField() {
        SolutionContent empty = new SolutionContent(" ", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);

        assertThat(errors(empty)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "summary", "kind", "phase", "ownerCouncil", "serviceAreas");
        assertThat(errors(empty)).extracting(FieldError::code).containsOnly(FieldChecks.REQUIRED);
    }

    @Test
    public void check_limitsLengthsWithTheLimitAsArgument() {
        List<FieldError> errors = errors(aSolution().named("n".repeat(121)).withSummary("s".repeat(201))
                .withOutcomes("o".repeat(10_001)).build());

        assertThat(errors).containsExactlyInAnyOrder(
                FieldError.of("name", FieldChecks.TOO_LONG, 120),
                FieldError.of("summary", FieldChecks.TOO_LONG, 200),
                FieldError.of("citizenOutcomes", FieldChecks.TOO_LONG, 10_000));
    }

    @Test
    public void check_acceptsOnlyHttpAndHttpsUrls() {
        assertThat(errors(aSolution().withLandingUrl("javascript:alert(1)").withRepositoryUrl("ftp://x.org").build()))
                .extracting(FieldError::field).containsExactlyInAnyOrder("landingUrl", "repositoryUrl");
        assertThat(errors(aSolution().withLandingUrl("https://").build())).extracting(FieldError::field)
                .containsExactly("landingUrl");
        assertThatCode(() -> SolutionValidator.check(aSolution().withLandingUrl("HTTP://example.org/a?b=c").build(),
                KNOWN)).doesNotThrowAnyException();
    }

    @Test
    public void check_rejectsUnknownReferencesNamingTheValue() {
        List<FieldError> errors = errors(aSolution().ownedBy(CouncilCode.of("E06000099")).inAreas("waste", "moon")
                .withLicence("Beerware").withCategories("crm", "spaceships").withPlatforms("web", "Windows,Mac")
                .build());

        assertThat(errors).containsExactlyInAnyOrder(
                FieldError.of("ownerCouncil", FieldChecks.UNKNOWN_COUNCIL, "E06000099"),
                FieldError.of("serviceAreas", SolutionValidator.UNKNOWN_SERVICE_AREA, "moon"),
                FieldError.of("licence", SolutionValidator.UNKNOWN_LICENCE, "Beerware"),
                FieldError.of("categories", SolutionValidator.UNKNOWN_CATEGORY, "spaceships"),
                FieldError.of("platforms", SolutionValidator.BAD_PLATFORM, "Windows,Mac", SolutionValidator.PLATFORM_MAX));
    }

    @Test
    public void check_moneyMustBeNonNegativeInOneKnownCurrency() {
        List<FieldError> errors = errors(aSolution().withCosts(Money.of(-1, "GBP"), Money.of(5, "XYZ"),
                Money.of(5, "EUR")).build());

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("oneOffCost.amount",
                "annualRunningCost.currency", "annualRunningCost.currency", "annualSaving.currency");
    }

    @Test
    public void licences_areMatchedWithoutRegardToCase() {
        assertThat(Licences.canonical("apache-2.0")).contains("Apache-2.0");
        assertThat(Licences.canonical("EUPL-1.2")).contains("EUPL-1.2");
        assertThat(Licences.canonical("GPL")).isEmpty();
    }

    private static List<FieldError> errors(SolutionContent content) {
        return catchThrowableOfType(ValidationException.class, () -> SolutionValidator.check(content, KNOWN))
                .errors();
    }
}
