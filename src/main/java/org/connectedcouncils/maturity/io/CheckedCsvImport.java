package org.connectedcouncils.maturity.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.io.AdminCsvImport;
import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.CsvRows;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;

/**
 * An admin CSV import of the maturity feature (its {@code kind} and template columns), run the same way for every
 * kind: every row read into an item (its cell errors kept with line and column),
 * the items checked together by the service (its field errors put on the row's line and the matching column), then
 * a dry run or any error stops with every error in line order; otherwise all items are written.
 *
 * @param <T> what one row adds
 */
abstract class CheckedCsvImport<T> extends AdminCsvImport {

    private final Function<List<T>, Map<Integer, List<FieldError>>> check;
    private final ToIntFunction<List<T>> write;
    private final Map<String, String> columnOfField;

    /** {@code columnOfField} names the column of a service field named otherwise (others are their own). */
    CheckedCsvImport(String kind, CsvColumns columns, ActorProvider actors,
            Function<List<T>, Map<Integer, List<FieldError>>> check, ToIntFunction<List<T>> write,
            Map<String, String> columnOfField) {
        super(kind, columns, actors);
        this.check = check;
        this.write = write;
        this.columnOfField = columnOfField;
    }

    /** Reads one row into an item, adding an error per bad cell (the item is dropped when any was added). */
    abstract T parse(CsvRow row, List<ImportError> errors);

    @Override
    protected final CsvImportResult importRows(CsvRows read, CsvImportOptions options) {
        List<ImportError> errors = new ArrayList<>();
        List<T> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<CsvRow> rows = read.rows();
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            int before = errors.size();
            T item = parse(row, errors);
            if (errors.size() == before) {
                items.add(item);
                lines.add(row.line());
            }
            options.progress().rowsDone(i + 1, rows.size());
        }
        for (Map.Entry<Integer, List<FieldError>> broken : check.apply(items).entrySet()) {
            for (FieldError e : broken.getValue()) {
                errors.add(ImportError.at(columnOfField.getOrDefault(e.field(), e.field()),
                        lines.get(broken.getKey()), e));
            }
        }
        if (!errors.isEmpty() || options.dryRun()) {
            errors.sort(Comparator.comparingInt(ImportError::line));
            return read.notWritten(options.dryRun(), errors);
        }
        return read.written(write.applyAsInt(items));
    }
}
