package org.connectedcouncils.common.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;

/**
 * Reads an uploaded CSV file within limits as strict UTF-8 and parses it as RFC 4180 against the columns an import
 * expects; every header, quoting, cell-count and row-count problem is reported with its line and column.
 */
public final class CsvReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    static final String P = "connected-councils.io.csv.";
    public static final String BROKEN_QUOTING = P + "brokenQuoting";
    public static final String MISSING_COLUMN = P + "missingColumn";
    public static final String UNKNOWN_COLUMN = P + "unknownColumn";
    public static final String DUPLICATE_COLUMN = P + "duplicateColumn";
    public static final String CELL_COUNT = P + "cellCount";
    public static final String TOO_MANY_ROWS = P + "tooManyRows";
    public static final String NO_ROWS = P + "noRows";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvReader() {
    }

    /**
     * Runs an administrator's import of a file: refuses anyone else, reads the file, then hands its rows to
     * {@code importRows}, or answers with what stopped the reading.
     */
    public static CsvImportResult readForAdmin(ActorProvider actors, InputStream file, CsvColumns columns,
            CsvImportOptions options, Function<CsvRows, CsvImportResult> importRows) {
        AdminAccess.require(actors);
        CsvRows read = read(file, columns);
        return read.refused() ? read.refusal(options.dryRun()) : importRows.apply(read);
    }

    /** The file's data rows with their lines, or the errors that stop the import before any row is checked. */
    public static CsvRows read(InputStream file, CsvColumns columns) {
        ImportLimits.Text text = ImportLimits.read(file, MAX_BYTES);
        if (text.failure().isPresent()) {
            return new CsvRows(List.of(), List.of(text.error()));
        }
        List<ImportError> errors = new ArrayList<>();
        List<CsvRow> rows = parse(columns, text.value(), errors);
        return new CsvRows(rows, errors);
    }

    /** The data rows with their lines; header, quoting, cell-count and row-count problems go to {@code errors}. */
    private static List<CsvRow> parse(CsvColumns columns, String text, List<ImportError> errors) {
        List<CsvRow> rows = new ArrayList<>();
        Function<Long, Integer> lineAt = lineIndex(text);
        List<String> header = null;
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lineAt.apply(record.getCharacterPosition());
                if (header == null) {
                    header = header(columns, record, errors);
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
                    rows.add(new CsvRow(line, cells));
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

    private static List<String> header(CsvColumns columns, CSVRecord record, List<ImportError> errors) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : record) {
            String name = raw.strip();
            Optional<String> known = columns.all().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst();
            if (known.isEmpty()) {
                errors.add(ImportError.of(name, 1, UNKNOWN_COLUMN, name, String.join(", ", columns.all())));
            } else if (!seen.add(known.get())) {
                errors.add(ImportError.of(name, 1, DUPLICATE_COLUMN, name));
            }
            names.add(known.orElse(name));
        }
        for (String required : columns.required()) {
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
            int found = Collections.binarySearch(starts, offset.intValue());
            return (found >= 0 ? found : -found - 2) + 1;
        };
    }
}
