package org.connectedcouncils.register.io;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.register.domain.Vocabulary;

/**
 * A dry-run import without a database, then an export of what it would store: the publiccode.yml rules, the
 * register's own rules on the mapped entry (owner council and service area given, as the import options give them),
 * the export of that entry over the keys it did not map, and the same rules run again on the exported text.
 */
final class PubliccodeRoundTrip {

    private static final SolutionKey KEY = SolutionKey.of(1);
    private static final Vocabulary ANY = new Vocabulary() {
        @Override
        public boolean isActiveCouncil(CouncilCode code) {
            return true;
        }

        @Override
        public boolean isActiveServiceArea(String code) {
            return true;
        }
    };

    private PubliccodeRoundTrip() {
    }

    /** Runs the whole trip; {@code exported} and {@code again} are null when the file was refused. */
    static Outcome run(String text, String language) {
        PubliccodeCheck.Checked checked = PubliccodeCheck.check(text);
        if (!checked.valid()) {
            return new Outcome(checked.errors(), checked.warnings(), null, null, null);
        }
        SolutionContent base = new SolutionContent(null, null, null, null, null, CouncilCode.of("E06000043"), null,
                new TreeSet<>(Set.of("digital")), null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        PubliccodeMapping.Mapped mapped = PubliccodeMapping.toContent(checked.tree(), language, base);
        try {
            SolutionValidator.check(mapped.content(), ANY);
        } catch (ValidationException e) {
            return new Outcome(PubliccodeImport.placed(checked.tree(), mapped.language(), e), checked.warnings(),
                    null, null, null);
        }
        String unmapped = mapped.unmapped().root().isEmpty() ? "" : PubliccodeYaml.dump(mapped.unmapped().root());
        Solution entry = new Solution(KEY, mapped.content(), EntryState.DRAFT, null, Instant.EPOCH, "importer",
                Instant.EPOCH, null, 1);
        String exported = PubliccodeExport.yamlOf(entry, new PubliccodeExtra(KEY, mapped.sourceVersion(),
                mapped.language(), mapped.usedBy(), unmapped), language);
        PubliccodeCheck.Checked again = PubliccodeCheck.check(exported);
        String change = "";
        if (again.valid()) {
            PubliccodeMapping.Mapped remapped = PubliccodeMapping.toContent(again.tree(), language, base);
            String unmappedAgain = remapped.unmapped().root().isEmpty() ? ""
                    : PubliccodeYaml.dump(remapped.unmapped().root());
            // Key order is the standard's after export; what must come back is every key with its value.
            change = remapped.unmapped().root().equals(mapped.unmapped().root()) ? ""
                    : firstDifference(unmapped, unmappedAgain);
        }
        return new Outcome(List.of(), checked.warnings(), exported, again, change);
    }

    /** The first line where two texts differ, as "before | after"; empty when they are equal. */
    private static String firstDifference(String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(end)";
            String y = i < b.length ? b[i] : "(end)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " of the unmapped keys: " + x.strip() + " | " + y.strip();
            }
        }
        return "whitespace";
    }

    /**
     * Errors (empty when accepted), warnings, the exported text, the rules' verdict on it, and how the keys the
     * register does not map came back: empty when exactly as they went in, else the first difference (null when the
     * file was refused or the export refused again).
     */
    record Outcome(List<ImportError> errors, List<ImportError> warnings, String exported,
            PubliccodeCheck.Checked again, String unmappedChange) {

        boolean accepted() {
            return errors.isEmpty();
        }

        boolean roundTripHolds() {
            return again != null && again.valid() && "".equals(unmappedChange);
        }
    }
}
