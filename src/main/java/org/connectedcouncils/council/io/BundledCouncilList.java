package org.connectedcouncils.council.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilList;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.domain.ListedCouncil;
import org.connectedcouncils.council.service.CouncilListSource;

/**
 * The UK local authorities list shipped in the app ({@value #RESOURCE}): mySociety's "UK Local Authorities
 * (including future)" data package, CC BY 4.0 (see NOTICE). Rows without a GSS code (Northern Ireland's pre-2015
 * districts) are left out; a former council's successor, named by its three-letter code, is followed to the current
 * council that took over, and given by GSS code.
 */
public final class BundledCouncilList implements CouncilListSource {

    public static final String RESOURCE = "/data/uk-local-authorities.csv";
    public static final String VERSION = "mySociety uk_la_future 1.7.3";
    public static final String ATTRIBUTION =
            "Contains data from mySociety's UK local authority names and codes (CC BY 4.0)";
    private static final int MAX_SUCCESSION_STEPS = 10;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    @Override
    public CouncilList list() {
        return bundled();
    }

    /** The list inside the app. */
    public static CouncilList bundled() {
        try (InputStream in = BundledCouncilList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The app lacks its council list " + RESOURCE);
            }
            return read(VERSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list in the bundled file's columns (UTF-8). */
    public static CouncilList read(String version, InputStream in) {
        List<CSVRecord> records = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            parser.forEach(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CSVRecord> byLocalCode = new HashMap<>();
        records.forEach(r -> byLocalCode.put(r.get("local-authority-code"), r));
        List<ListedCouncil> councils = new ArrayList<>();
        for (CSVRecord r : records) {
            Optional<CouncilCode> code = CouncilCode.parse(r.get("gss-code"));
            Optional<CouncilType> type = ListedCouncil.typeOf(r.get("local-authority-type"));
            if (code.isEmpty() || type.isEmpty()) {
                continue;
            }
            boolean current = "True".equalsIgnoreCase(r.get("current-authority"));
            LocalDate ended = current ? null : date(r.get("end-date")).orElse(LocalDate.EPOCH);
            CouncilCode successor = current ? null : successor(r, byLocalCode);
            councils.add(new ListedCouncil(code.get(), r.get("official-name").trim(), type.get(),
                    r.get("nation").trim(), r.get("region").trim(), ended, successor, number(r.get("lat")),
                    number(r.get("long"))));
        }
        return new CouncilList(version, councils);
    }

    /** The current council that took over, following a chain of reorganisations; null when the list names none. */
    private static CouncilCode successor(CSVRecord former, Map<String, CSVRecord> byLocalCode) {
        CSVRecord at = former;
        for (int step = 0; step < MAX_SUCCESSION_STEPS; step++) {
            CSVRecord next = byLocalCode.get(at.get("replaced-by"));
            if (next == null) {
                return null;
            }
            if ("True".equalsIgnoreCase(next.get("current-authority"))) {
                return CouncilCode.parse(next.get("gss-code")).orElse(null);
            }
            at = next;
        }
        return null;
    }

    private static Optional<LocalDate> date(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.trim()));
    }

    private static Double number(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value.trim());
    }
}
