package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.connectedcouncils.common.domain.Coded;

/**
 * A column of the register view: the register table macro shows some, the CSV export writes others, many both.
 * Codes are the macro's {@code columns} values and the JSON field names, so an entry point can pass the columns on
 * screen straight through ({@code columns=name,phase}); the table's owner and adoptions columns show the council's
 * name and a "using" count where the export writes the code and the figures.
 */
public enum RegisterColumn implements Coded {
    KEY("key", Shown.BOTH, null, s -> s.key().toString()),
    NAME("name", Shown.BOTH, SolutionSortField.NAME, s -> s.content().name()),
    SUMMARY("summary", Shown.BOTH, null, s -> s.content().summary()),
    KIND("kind", Shown.BOTH, null, s -> code(s.content().kind())),
    PHASE("phase", Shown.BOTH, SolutionSortField.PHASE, s -> code(s.content().phase())),
    STATE("state", Shown.EXPORT, null, s -> code(s.state())),
    OWNER("owner", Shown.TABLE, null, s -> s.content().ownerCouncil().value()),
    OWNER_COUNCIL("ownerCouncil", Shown.EXPORT, null, s -> s.content().ownerCouncil().value()),
    SERVICE_AREAS("serviceAreas", Shown.BOTH, null, s -> list(s.content().serviceAreas())),
    OFFERS("offers", Shown.BOTH, null, s -> list(s.content().sortedOffers().stream().map(Coded::code).toList())),
    ADOPTIONS("adoptions", Shown.TABLE, SolutionSortField.ADOPTIONS, s -> String.valueOf(s.adoptions().using())),
    USING("adoptionsUsing", Shown.EXPORT, null, s -> String.valueOf(s.adoptions().using())),
    EVALUATING("adoptionsEvaluating", Shown.EXPORT, null, s -> String.valueOf(s.adoptions().evaluating())),
    LICENCE("licence", Shown.EXPORT, null, s -> s.content().licence()),
    SOFTWARE_TYPE("softwareType", Shown.EXPORT, null, s -> code(s.content().softwareType())),
    MAINTENANCE("maintenance", Shown.EXPORT, null, s -> code(s.content().maintenance())),
    PLATFORMS("platforms", Shown.EXPORT, null, s -> list(s.content().platforms())),
    CATEGORIES("categories", Shown.EXPORT, null, s -> list(s.content().categories())),
    LANDING_URL("landingUrl", Shown.EXPORT, null, s -> s.content().landingUrl()),
    REPOSITORY_URL("repositoryUrl", Shown.EXPORT, null, s -> s.content().repositoryUrl()),
    BUDGET_BAND("budgetBand", Shown.EXPORT, null, s -> code(s.content().budgetBand())),
    UPDATED("updated", Shown.BOTH, SolutionSortField.UPDATED, s -> date(s.updated())),
    LAST_CONFIRMED("lastConfirmed", Shown.EXPORT, null, s -> date(s.lastConfirmed())),
    REUSE_SUPPORT("reuseSupport", Shown.EXPORT, null, s -> code(s.content().reuse().support())),
    REUSE_CONTACT("reuseContact", Shown.EXPORT, null, s -> s.content().reuse().contact()),
    PROCUREMENT_ROUTE("procurementRoute", Shown.EXPORT, null, s -> code(s.content().reuse().procurementRoute())),
    DPIA_AVAILABLE("dpiaAvailable", Shown.EXPORT, null, s -> s.content().reuse().dpiaAvailable() == null ? null
            : String.valueOf(s.content().reuse().dpiaAvailable())),
    DPIA_URL("dpiaUrl", Shown.EXPORT, null, s -> s.content().reuse().dpiaUrl()),
    ACCESSIBILITY_STATEMENT_URL("accessibilityStatementUrl", Shown.EXPORT, null,
            s -> s.content().reuse().accessibilityStatementUrl()),
    HOSTING_OPTIONS("hostingOptions", Shown.EXPORT, null,
            s -> list(s.content().reuse().sortedHostingOptions().stream().map(Coded::code).toList())),
    ADOPTION_ONE_OFF_COST("adoptionOneOffCost", Shown.EXPORT, null,
            s -> money(s.content().reuse().adoptionOneOffCost())),
    ADOPTION_ANNUAL_COST("adoptionAnnualCost", Shown.EXPORT, null,
            s -> money(s.content().reuse().adoptionAnnualCost()));

    /** Where a column is offered: the register table, the CSV export, or both. */
    private enum Shown {
        TABLE, EXPORT, BOTH
    }

    private final String code;
    private final Shown shown;
    private final SolutionSortField sortField;
    private final Function<Solution, String> value;

    RegisterColumn(String code, Shown shown, SolutionSortField sortField, Function<Solution, String> value) {
        this.code = code;
        this.shown = shown;
        this.sortField = sortField;
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

    /** The sort field of this column, or null when the list cannot be sorted by it. */
    public SolutionSortField sortField() {
        return sortField;
    }

    public boolean inTable() {
        return shown != Shown.EXPORT;
    }

    public boolean inExport() {
        return shown != Shown.TABLE;
    }

    /** The cell text of an entry (empty for no value); lists are joined with "; ". */
    public String valueOf(Solution solution) {
        String v = value.apply(solution);
        return v == null ? "" : v;
    }

    /** The table column with this code, in any case (the macro's {@code columns} parameter), if any. */
    public static Optional<RegisterColumn> tableColumn(String code) {
        return Arrays.stream(values()).filter(RegisterColumn::inTable).filter(c -> c.code.equalsIgnoreCase(code))
                .findFirst();
    }

    /** The export column with this code (as in {@code columns=ownerCouncil}), if any. */
    public static Optional<RegisterColumn> exportColumn(String raw) {
        return Coded.fromCode(RegisterColumn.class, raw).filter(RegisterColumn::inExport);
    }

    /** The export columns' codes, comma separated, for error messages. */
    public static String exportCodes() {
        return String.join(", ", Arrays.stream(values()).filter(RegisterColumn::inExport).map(c -> c.code).toList());
    }

    private static String code(Coded c) {
        return c == null ? null : c.code();
    }

    private static String list(Collection<String> values) {
        return String.join("; ", values);
    }

    /** An amount in major units with its currency code ({@code 5000.00 GBP}), as the CSV import reads money. */
    private static String money(Money m) {
        if (m == null) {
            return null;
        }
        int digits = m.hasKnownCurrency() ? Math.max(0, java.util.Currency.getInstance(m.currency())
                .getDefaultFractionDigits()) : 0;
        return java.math.BigDecimal.valueOf(m.minorUnits(), digits).toPlainString() + " " + m.currency();
    }

    private static String date(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
