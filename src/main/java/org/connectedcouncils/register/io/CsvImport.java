package org.connectedcouncils.register.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.common.service.Transactions;

/**
 * Admin import of councils or solutions from a CSV file (the downloadable template's columns). The file is read
 * within limits as strict UTF-8 and parsed as RFC 4180; every row is checked and every error reported with its line
 * and column. A dry run stops there; a real run writes all rows in one transaction, or none when any row fails.
 * Solutions go through {@link SolutionRegister#create}, so the register's rules apply to each.
 */
public final class CsvImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    static final int TEXT_MAX = 255;

    static final String P = "connected-councils.io.csv.";
    static final String NOT_ADMIN = "connected-councils.denied.notAdmin";
    static final String BROKEN_QUOTING = P + "brokenQuoting";
    static final String MISSING_COLUMN = P + "missingColumn";
    static final String UNKNOWN_COLUMN = P + "unknownColumn";
    static final String DUPLICATE_COLUMN = P + "duplicateColumn";
    static final String CELL_COUNT = P + "cellCount";
    static final String TOO_MANY_ROWS = P + "tooManyRows";
    static final String NO_ROWS = P + "noRows";
    static final String NOT_ONE_OF = P + "notOneOf";
    static final String NOT_COUNCIL_CODE = P + "notCouncilCode";
    static final String NOT_BOOLEAN = P + "notBoolean";
    static final String NOT_AMOUNT = P + "notAmount";
    static final String DUPLICATE = P + "duplicate";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final SolutionRegister register;
    private final CouncilDirectory councils;
    private final ActorProvider actors;
    private final Transactions transactions;

    public CsvImport(SolutionRegister register, CouncilDirectory councils, ActorProvider actors,
            Transactions transactions) {
        this.register = register;
        this.councils = councils;
        this.actors = actors;
        this.transactions = transactions;
    }

    /** The template to fill in: a UTF-8 byte-order mark and the header row. */
    public String template(CsvImportKind kind) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(kind.columns());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public CsvImportResult importFile(CsvImportKind kind, InputStream file, CsvImportOptions options) {
        requireAdmin();
        ImportLimits.Text text = ImportLimits.read(file, MAX_BYTES);
        if (text.failure().isPresent()) {
            return new CsvImportResult(0, 0, options.dryRun(), List.of(text.error()));
        }
        List<ImportError> errors = new ArrayList<>();
        List<Row> rows = parse(kind, text.value(), errors);
        if (!errors.isEmpty()) {
            return new CsvImportResult(rows.size(), 0, options.dryRun(), errors);
        }
        return kind == CsvImportKind.COUNCILS ? councils(rows, options) : solutions(rows, options);
    }

    // ---- councils ----------------------------------------------------------------------------------------------

    private CsvImportResult councils(List<Row> rows, CsvImportOptions options) {
        List<ImportError> errors = new ArrayList<>();
        List<Council> parsed = new ArrayList<>();
        Set<CouncilCode> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int before = errors.size();
            Optional<CouncilCode> code = councilCode(row, "code", errors);
            String name = text(row, "name", true, errors);
            CouncilType type = coded(row, "type", CouncilType.class, true, errors);
            String region = text(row, "region", false, errors);
            boolean retired = bool(row, "retired", errors);
            if (code.isPresent() && !seen.add(code.get())) {
                errors.add(ImportError.of("code", row.line(), DUPLICATE, code.get().value()));
            }
            if (errors.size() == before) {
                parsed.add(new Council(code.orElseThrow(), name, type, region, retired));
            }
            options.progress().rowsDone(i + 1, rows.size());
        }
        if (!errors.isEmpty() || options.dryRun()) {
            return new CsvImportResult(rows.size(), 0, options.dryRun(), errors);
        }
        transactions.inTransaction(() -> {
            parsed.forEach(councils::save);
            return parsed.size();
        });
        return new CsvImportResult(rows.size(), parsed.size(), false, List.of());
    }

    // ---- solutions ---------------------------------------------------------------------------------------------

    private CsvImportResult solutions(List<Row> rows, CsvImportOptions options) {
        List<ImportError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Row row : rows) {
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
            return new CsvImportResult(rows.size(), 0, options.dryRun(), errors);
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
            return new CsvImportResult(rows.size(), 0, false, errors);
        }
        return new CsvImportResult(rows.size(), parsed.size(), false, List.of());
    }

    /** Runs one register call, turning its refusals into errors on the row (a refused call writes nothing). */
    private static void registerErrors(Row row, Runnable call, List<ImportError> errors) {
        try {
            call.run();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String column = error.field().contains(".") ? error.field().substring(0, error.field().indexOf('.'))
                        : error.field();
                errors.add(ImportError.at(column, row.line(), error));
            }
        } catch (Refusal.NotAllowed e) {
            errors.add(ImportError.of("ownerCouncil", row.line(), e.reason()));
        }
    }

    private SolutionContent solution(Row row, List<ImportError> errors) {
        String currency = text(row, "currency", false, errors);
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
        }
        Money oneOff = money(row, "oneOffCost", currency, errors);
        Money running = money(row, "annualRunningCost", currency, errors);
        Money saving = money(row, "annualSaving", currency, errors);
        Set<CollaborationOffer> offers = new LinkedHashSet<>();
        for (String offer : list(row, "offers")) {
            Coded.fromCode(CollaborationOffer.class, offer).ifPresentOrElse(offers::add, () -> errors.add(
                    ImportError.of("offers", row.line(), NOT_ONE_OF, offer, codes(CollaborationOffer.class))));
        }
        return new SolutionContent(
                row.get("name"),
                row.get("summary"),
                row.get("description"),
                coded(row, "kind", SolutionKind.class, true, errors),
                coded(row, "phase", Phase.class, true, errors),
                councilCode(row, "ownerCouncil", errors).orElse(null),
                row.get("keyContact"),
                new TreeSet<>(list(row, "serviceAreas")),
                offers,
                row.get("landingUrl"),
                row.get("repositoryUrl"),
                row.get("licence") == null ? null : org.connectedcouncils.register.domain.Licences
                        .canonical(row.get("licence")).orElse(row.get("licence")),
                coded(row, "softwareType", SoftwareType.class, false, errors),
                coded(row, "maintenance", MaintenanceType.class, false, errors),
                list(row, "platforms"),
                list(row, "categories"),
                coded(row, "budgetBand", BudgetBand.class, false, errors),
                oneOff,
                running,
                saving,
                row.get("citizenOutcomes"));
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    private static String text(Row row, String column, boolean required, List<ImportError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(ImportError.of(column, row.line(), SolutionValidator.REQUIRED));
            }
            return null;
        }
        if (value.length() > TEXT_MAX) {
            errors.add(ImportError.of(column, row.line(), SolutionValidator.TOO_LONG, TEXT_MAX));
            return null;
        }
        return value;
    }

    private static <E extends Enum<E> & Coded> E coded(Row row, String column, Class<E> type, boolean required,
            List<ImportError> errors) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(ImportError.of(column, row.line(), SolutionValidator.REQUIRED));
            }
            return null;
        }
        Optional<E> found = Coded.fromCode(type, value);
        if (found.isEmpty()) {
            errors.add(ImportError.of(column, row.line(), NOT_ONE_OF, value, codes(type)));
        }
        return found.orElse(null);
    }

    private static Optional<CouncilCode> councilCode(Row row, String column, List<ImportError> errors) {
        String value = row.get(column);
        if (value == null) {
            errors.add(ImportError.of(column, row.line(), SolutionValidator.REQUIRED));
            return Optional.empty();
        }
        Optional<CouncilCode> code = CouncilCode.parse(value);
        if (code.isEmpty()) {
            errors.add(ImportError.of(column, row.line(), NOT_COUNCIL_CODE, value));
        }
        return code;
    }

    private static boolean bool(Row row, String column, List<ImportError> errors) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1":
                return true;
            case "false", "no", "n", "0":
                return false;
            default:
                errors.add(ImportError.of(column, row.line(), NOT_BOOLEAN, value));
                return false;
        }
    }

    /** An amount in major units ({@code 25000.00}) of the row's currency, as minor units. */
    private static Money money(Row row, String column, String currency, List<ImportError> errors) {
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

    private static List<String> list(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }

    // ---- parsing -----------------------------------------------------------------------------------------------

    /** The data rows with their lines; header, quoting, cell-count and row-count problems go to {@code errors}. */
    private static List<Row> parse(CsvImportKind kind, String text, List<ImportError> errors) {
        List<Row> rows = new ArrayList<>();
        Function<Long, Integer> lineAt = lineIndex(text);
        List<String> header = null;
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lineAt.apply(record.getCharacterPosition());
                if (header == null) {
                    header = header(kind, record, errors);
                    if (!errors.isEmpty()) {
                        return rows;
                    }
                } else if (record.size() != header.size()) {
                    errors.add(ImportError.of("", line, CELL_COUNT, header.size(), record.size()));
                } else if (rows.size() == MAX_ROWS) {
                    errors.add(ImportError.of("", line, TOO_MANY_ROWS, MAX_ROWS));
                    return rows;
                } else {
                    Map<String, String> cells = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        String cell = CsvCells.restore(record.get(i).strip());
                        cells.put(header.get(i), cell.isEmpty() ? null : cell);
                    }
                    rows.add(new Row(line, cells));
                }
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IOException e) {
            errors.add(ImportError.of("", (int) linesRead + 1, BROKEN_QUOTING));
            return rows;
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(ImportError.of("", header == null ? 1 : 2, NO_ROWS));
        }
        return rows;
    }

    private static List<String> header(CsvImportKind kind, CSVRecord record, List<ImportError> errors) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : record) {
            String name = raw.strip();
            Optional<String> known = kind.columns().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
            if (known.isEmpty()) {
                errors.add(ImportError.of(name, 1, UNKNOWN_COLUMN, name, String.join(", ", kind.columns())));
            } else if (!seen.add(known.get())) {
                errors.add(ImportError.of(name, 1, DUPLICATE_COLUMN, name));
            }
            names.add(known.orElse(name));
        }
        for (String required : kind.requiredColumns()) {
            if (!seen.contains(required)) {
                errors.add(ImportError.of(required, 1, MISSING_COLUMN, required));
            }
        }
        return names;
    }

    /** Maps a character offset of the text to its 1-based line. */
    private static Function<Long, Integer> lineIndex(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return offset -> {
            int found = java.util.Collections.binarySearch(starts, offset.intValue());
            return (found >= 0 ? found : -found - 2) + 1;
        };
    }

    private void requireAdmin() {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new Refusal.NotAuthenticated();
        }
        if (!actor.admin()) {
            throw new Refusal.NotAllowed(NOT_ADMIN);
        }
    }

    /** One data row: its first line in the file and its non-blank cells by column. */
    private record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    private record Parsed(Row row, SolutionContent content) {
    }

    /** Undoes the real run's transaction after every row has been tried, so all errors are reported. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }
}
