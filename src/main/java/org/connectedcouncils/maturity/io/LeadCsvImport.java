package org.connectedcouncils.maturity.io;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvRow;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.maturity.service.MaturityImports;
import org.connectedcouncils.maturity.service.MaturityImports.Offer;

/**
 * Admin import of councils' offers to lead from a CSV file (council, area): every row checked as an offer made on
 * the leaders' page is, every error reported with its line and column; a dry run stops there, a real run records
 * every offer in one transaction (one made before stays as it was), or none.
 */
public final class LeadCsvImport extends CheckedCsvImport<Offer> {

    public static final String KIND = "leaders";
    public static final CsvColumns COLUMNS = new CsvColumns(List.of("council", "area"), List.of("council", "area"));

    public LeadCsvImport(MaturityImports imports, ActorProvider actors) {
        super(KIND, COLUMNS, actors, imports::checkOffers, imports::offerAll, Map.of());
    }

    @Override
    Offer parse(CsvRow row, List<ImportError> errors) {
        String area = row.text("area", true, errors);
        return row.councilCode("council", errors).map(c -> new Offer(c, area == null ? null : area.trim()))
                .orElse(null);
    }
}
