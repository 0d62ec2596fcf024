package org.connectedcouncils.register.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.Solution;

/**
 * A column of the register view, as the register table shows it and the CSV export writes it. Codes are the JSON
 * field names, so an entry point can pass the columns on screen straight through ({@code columns=name,phase}).
 */
public enum RegisterColumn implements Coded {
    KEY("key", s -> s.key().toString()),
    NAME("name", s -> s.content().name()),
    SUMMARY("summary", s -> s.content().summary()),
    KIND("kind", s -> code(s.content().kind())),
    PHASE("phase", s -> code(s.content().phase())),
    STATE("state", s -> code(s.state())),
    OWNER_COUNCIL("ownerCouncil", s -> s.content().ownerCouncil().value()),
    SERVICE_AREAS("serviceAreas", s -> list(s.content().serviceAreas())),
    OFFERS("offers", s -> list(s.content().sortedOffers().stream().map(Coded::code).toList())),
    USING("adoptionsUsing", s -> String.valueOf(s.adoptions().using())),
    EVALUATING("adoptionsEvaluating", s -> String.valueOf(s.adoptions().evaluating())),
    LICENCE("licence", s -> s.content().licence()),
    SOFTWARE_TYPE("softwareType", s -> code(s.content().softwareType())),
    MAINTENANCE("maintenance", s -> code(s.content().maintenance())),
    PLATFORMS("platforms", s -> list(s.content().platforms())),
    CATEGORIES("categories", s -> list(s.content().categories())),
    LANDING_URL("landingUrl", s -> s.content().landingUrl()),
    REPOSITORY_URL("repositoryUrl", s -> s.content().repositoryUrl()),
    BUDGET_BAND("budgetBand", s -> code(s.content().budgetBand())),
    UPDATED("updated", s -> date(s.updated())),
    LAST_CONFIRMED("lastConfirmed", s -> date(s.lastConfirmed()));

    private final String code;
    private final Function<Solution, String> value;

    RegisterColumn(String code, Function<Solution, String> value) {
        this.code = code;
        this.value = value;
    }

    @Override
    public String code() {
        return code;
    }

    /** i18n key of the column's heading. */
    public String labelKey() {
        return "connected-councils.register.column." + code;
    }

    /** The cell text of an entry (empty for no value); lists are joined with "; ". */
    public String valueOf(Solution solution) {
        String v = value.apply(solution);
        return v == null ? "" : v;
    }

    /** The column with this code (exact, as in {@code columns=ownerCouncil}), if any. */
    public static Optional<RegisterColumn> parse(String raw) {
        return Coded.fromCode(RegisterColumn.class, raw);
    }

    private static String code(Coded c) {
        return c == null ? null : c.code();
    }

    private static String list(Collection<String> values) {
        return String.join("; ", values);
    }

    private static String date(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
