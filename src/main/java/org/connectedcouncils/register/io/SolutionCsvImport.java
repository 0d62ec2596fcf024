package org.connectedcouncils.register.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.io.AdminCsvImport;
import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.CsvRows;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Licences;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.register.service.SolutionRegister;

/**
 * Admin import of solutions from a CSV file (the template's columns). Every row is checked and every error reported
 * with its line and column. A dry run stops there; a real run writes all rows in one transaction, or none when any
 * row fails. Solutions go through {@link SolutionRegister#create}, so the register's rules apply to each.
 */
public final class SolutionCsvImport extends AdminCsvImport {

    public static final CsvColumns COLUMNS = new CsvColumns(List.of("name", "summary", "description", "kind",
            "phase", "ownerCouncil", "keyContact", "serviceAreas", "offers", "landingUrl", "repositoryUrl", "licence",
            "softwareType", "maintenance", "platforms", "categories", "budgetBand", "currency", "oneOffCost",
            "annualRunningCost", "annualSaving", "citizenOutcomes", "reuseSupport", "reuseContact",
            "procurementRoute", "dpiaAvailable", "dpiaUrl", "accessibilityStatementUrl", "hostingOptions",
            "adoptionOneOffCost", "adoptionAnnualCost", "adopterNeeds"),
            List.of("name", "summary", "kind", "phase", "ownerCouncil", "serviceAreas"));
    static final String NOT_AMOUNT = "connected-councils.io.csv.notAmount";
    /** The CSV column of each reuse term, by the field name the register's errors use. */
    private static final Map<String, String> REUSE_COLUMNS = Map.of("reuse.support", "reuseSupport",
            "reuse.contact", "reuseContact", "reuse.procurementRoute", "procurementRoute", "reuse.dpiaAvailable",
            "dpiaAvailable", "reuse.dpiaUrl", "dpiaUrl", "reuse.accessibilityStatementUrl",
            "accessibilityStatementUrl", "reuse.hostingOptions", "hostingOptions", "reuse.adoptionOneOffCost",
            "adoptionOneOffCost", "reuse.adoptionAnnualCost", "adoptionAnnualCost", "reuse.adopterNeeds",
            "adopterNeeds");

    private final SolutionRegister register;
    private final Transactions transactions;

    public SolutionCsvImport(SolutionRegister register, ActorProvider actors, Transactions transactions) {
        super("solutions", COLUMNS, actors);
        this.register = register;
        this.transactions = transactions;
    }

    @Override
    protected CsvImportResult importRows(CsvRows read, CsvImportOptions options) {
        List<CsvRow> rows = read.rows();
        List<ImportError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            SolutionContent content = solution(row, errors);
            if (errors.size() == before) {
                parsed.add(new Parsed(row, content));
            }
        }
        if (!errors.isEmpty() || options.dryRun()) {
            // The register's rules judge every row that parsed, so one check lists all of the file's problems.
            for (int i = 0; i < parsed.size(); i++) {
                Parsed p = parsed.get(i);
                registerErrors(p.row(), () -> register.checkCreate(p.content()), errors);
                options.progress().rowsDone(i + 1, parsed.size());
            }
            errors.sort(Comparator.comparingInt(ImportError::line));
            return read.notWritten(options.dryRun(), errors);
        }
        try {
            transactions.inTransaction(() -> {
                for (int i = 0; i < parsed.size(); i++) {
                    Parsed p = parsed.get(i);
                    registerErrors(p.row(), () -> register.create(p.content()), errors);
                    options.progress().rowsDone(i + 1, parsed.size());
                }
                if (!errors.isEmpty()) {
                    throw new RollBack();
                }
                return parsed.size();
            });
        } catch (RollBack rollBack) {
            return read.notWritten(false, errors);
        }
        return read.written(parsed.size());
    }

    /** Runs one register call, turning its refusals into errors on the row (a refused call writes nothing). */
    private static void registerErrors(CsvRow row, Runnable call, List<ImportError> errors) {
        try {
            call.run();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String field = REUSE_COLUMNS.keySet().stream().filter(f -> error.field().startsWith(f))
                        .findFirst().map(REUSE_COLUMNS::get).orElse(error.field());
                String column = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
                errors.add(ImportError.at(column, row.line(), error));
            }
        } catch (Refusal.NotAllowed e) {
            errors.add(ImportError.of("ownerCouncil", row.line(), e.reason()));
        }
    }

    private static SolutionContent solution(CsvRow row, List<ImportError> errors) {
        String currency = row.text("currency", false, errors);
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
        }
        Money oneOff = money(row, "oneOffCost", currency, errors);
        Money running = money(row, "annualRunningCost", currency, errors);
        Money saving = money(row, "annualSaving", currency, errors);
        Set<CollaborationOffer> offers = new LinkedHashSet<>();
        for (String offer : row.list("offers")) {
            Coded.fromCode(CollaborationOffer.class, offer).ifPresentOrElse(offers::add, () -> errors.add(
                    ImportError.of("offers", row.line(), CsvRow.NOT_ONE_OF, offer,
                            CsvRow.codes(CollaborationOffer.class))));
        }
        return new SolutionContent(
                row.get("name"),
                row.get("summary"),
                row.get("description"),
                row.coded("kind", SolutionKind.class, true, errors),
                row.coded("phase", Phase.class, true, errors),
                row.councilCode("ownerCouncil", errors).orElse(null),
                row.get("keyContact"),
                new TreeSet<>(row.list("serviceAreas")),
                offers,
                row.get("landingUrl"),
                row.get("repositoryUrl"),
                row.get("licence") == null ? null : Licences.canonical(row.get("licence")).orElse(row.get("licence")),
                row.coded("softwareType", SoftwareType.class, false, errors),
                row.coded("maintenance", MaintenanceType.class, false, errors),
                row.list("platforms"),
                row.list("categories"),
                row.coded("budgetBand", BudgetBand.class, false, errors),
                oneOff,
                running,
                saving,
                row.get("citizenOutcomes"),
                reuse(row, currency, errors));
    }

    /** The optional reuse-term columns; costs are in the row's currency like its other money. */
    private static ReuseTerms reuse(CsvRow row, String currency, List<ImportError> errors) {
        Set<Hosting> hosting = EnumSet.noneOf(Hosting.class);
        for (String option : row.list("hostingOptions")) {
            Coded.fromCode(Hosting.class, option).ifPresentOrElse(hosting::add, () -> errors.add(
                    ImportError.of("hostingOptions", row.line(), CsvRow.NOT_ONE_OF, option,
                            CsvRow.codes(Hosting.class))));
        }
        return new ReuseTerms(
                row.coded("reuseSupport", SupportLevel.class, false, errors),
                row.get("reuseContact"),
                row.coded("procurementRoute", ProcurementRoute.class, false, errors),
                row.get("dpiaAvailable") == null ? null : row.bool("dpiaAvailable", errors),
                row.get("dpiaUrl"),
                row.get("accessibilityStatementUrl"),
                hosting,
                money(row, "adoptionOneOffCost", currency, errors),
                money(row, "adoptionAnnualCost", currency, errors),
                row.get("adopterNeeds"));
    }

    /** An amount in major units ({@code 25000.00}) of the row's currency, as minor units. */
    private static Money money(CsvRow row, String column, String currency, List<ImportError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (currency == null) {
            errors.add(ImportError.of("currency", row.line(), SolutionValidator.REQUIRED));
            return null;
        }
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.of("currency", row.line(), SolutionValidator.CURRENCY, currency));
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", ""));
            return Money.of(amount.movePointRight(digits).longValueExact(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(ImportError.of(column, row.line(), NOT_AMOUNT, value, digits));
            return null;
        }
    }

    private record Parsed(CsvRow row, SolutionContent content) {
    }

    /** Undoes the real run's transaction after every row has been tried, so all errors are reported. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }
}
