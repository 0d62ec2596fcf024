package org.connectedcouncils.register.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.service.PubliccodeExtraStore;
import org.connectedcouncils.register.service.SolutionRegister;

/**
 * Writes register entries as publiccode.yml 0.7: the entry's mapped fields over the keys its import kept. Only keys
 * of the standard are written; council-only fields (owner, service areas, costs, offers, outcomes, adoptions) never
 * are. An entry that lacks what the standard requires cannot be exported and says which keys are missing.
 */
public final class PubliccodeExport {

    /** Name of the zip member listing the entries a zip export left out (columns key, field, code). */
    public static final String SKIPPED_MEMBER = "skipped.csv";

    private final SolutionRegister register;
    private final PubliccodeExtraStore extras;

    public PubliccodeExport(SolutionRegister register, PubliccodeExtraStore extras) {
        this.register = register;
        this.extras = extras;
    }

    /**
     * The entry's publiccode.yml text; {@code language} is used when the entry came from no import.
     *
     * @throws ValidationException naming the publiccode.yml key paths the entry cannot fill
     */
    public String export(SolutionKey key, String language) {
        Solution solution = register.get(key);
        return yamlOf(solution, extras.find(key).orElse(null), language);
    }

    /**
     * The {@code usedBy} names the entry's publiccode.yml gave: unverified adoption hints to show as such, never
     * adoptions. Empty when there are none; the entry must be visible to the reader.
     */
    public List<String> usedByHints(SolutionKey key) {
        register.get(key);
        return extras.find(key).map(PubliccodeExtra::usedBy).orElse(List.of());
    }

    /**
     * Streams every entry the query matches (and the reader may see) as {@code CC-n.yml} members of a zip, one page
     * of {@value PageRequest#MAX_LIMIT} at a time; entries that cannot be valid 0.7 files are listed in
     * {@value #SKIPPED_MEMBER} instead. Answers how many files were written.
     */
    public ZipSummary exportZip(SolutionQuery query, String language, OutputStream out) {
        List<String[]> skipped = new ArrayList<>();
        int written = 0;
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            int start = 0;
            while (true) {
                SolutionList page = register.list(query.withFacets(false)
                        .withPage(new PageRequest(start, PageRequest.MAX_LIMIT)));
                List<Solution> items = page.page().items();
                Map<SolutionKey, PubliccodeExtra> kept = extras.findAll(items.stream().map(Solution::key).toList());
                for (Solution listed : items) {
                    // Lists leave the long description out; the full entry has it.
                    Solution full = register.get(listed.key());
                    try {
                        String yaml = yamlOf(full, kept.get(full.key()), language);
                        zip.putNextEntry(new ZipEntry(full.key() + ".yml"));
                        zip.write(yaml.getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                        written++;
                    } catch (ValidationException e) {
                        for (FieldError error : e.errors()) {
                            skipped.add(new String[] {full.key().toString(), error.field(), error.code()});
                        }
                    }
                }
                if (!page.page().hasNext() || items.isEmpty()) {
                    break;
                }
                start += items.size();
            }
            if (!skipped.isEmpty()) {
                zip.putNextEntry(new ZipEntry(SKIPPED_MEMBER));
                zip.write(skippedCsv(skipped));
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ZipSummary(written, (int) skipped.stream().map(row -> row[0]).distinct().count());
    }

    /** How many entries a zip export wrote and how many it left out. */
    public record ZipSummary(int written, int skipped) {
    }

    static String yamlOf(Solution solution, PubliccodeExtra extra, String language) {
        YamlTree tree = PubliccodeMapping.toTree(solution, extra, language == null || language.isBlank()
                ? PubliccodeImportOptions.DEFAULT_LANGUAGE : language);
        List<ImportError> errors = PubliccodeValidator.validate(tree);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream()
                    .map(e -> new FieldError(e.field(), e.code(), e.arguments())).toList());
        }
        return PubliccodeYaml.dump(tree.root());
    }

    private static byte[] skippedCsv(List<String[]> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord("key", "field", "code");
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
