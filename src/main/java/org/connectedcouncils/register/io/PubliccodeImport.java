package org.connectedcouncils.register.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.service.PubliccodeExtraStore;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.common.service.Transactions;

/**
 * Imports one publiccode.yml file (any version 0.2–0.7) into a new or an existing register entry, through
 * {@link SolutionRegister} so permissions and validation apply. The file is read safely, migrated to 0.7, validated
 * and mapped; any error, the register's own included, is reported with its key path and line and nothing is
 * written. Sign-in, permission and stale-version refusals are thrown as the register throws them.
 */
public final class PubliccodeImport {

    /** Upper bound of an uploaded file; real publiccode.yml files are a few KiB. */
    public static final int MAX_BYTES = PubliccodeYaml.MAX_CHARS;

    private final SolutionRegister register;
    private final PubliccodeExtraStore extras;
    private final Transactions transactions;

    public PubliccodeImport(SolutionRegister register, PubliccodeExtraStore extras, Transactions transactions) {
        this.register = register;
        this.extras = extras;
        this.transactions = transactions;
    }

    public PubliccodeImportResult importFile(InputStream file, PubliccodeImportOptions options) {
        PubliccodeCheck.Checked checked = PubliccodeCheck.check(file);
        List<ImportError> warnings = checked.warnings();
        if (!checked.valid()) {
            return PubliccodeImportResult.failed(checked.errors(), warnings);
        }
        YamlTree tree = checked.tree();
        Solution current = options.key() == null ? null : register.get(options.key());
        SolutionContent base = current != null ? current.content() : newEntryBase(options);
        PubliccodeMapping.Mapped mapped = PubliccodeMapping.toContent(tree, options.language(), base);
        int version = current == null ? 0
                : options.expectedVersion() == null ? current.version() : options.expectedVersion();
        try {
            if (options.dryRun()) {
                if (current == null) {
                    register.checkCreate(mapped.content());
                } else {
                    register.checkUpdate(current.key(), version, mapped.content());
                }
                return new PubliccodeImportResult(null, mapped.content(), mapped.usedBy(), List.of(), warnings);
            }
            Solution stored = transactions.inTransaction(() -> write(current, version, mapped));
            return new PubliccodeImportResult(stored, stored.content(), mapped.usedBy(), List.of(), warnings);
        } catch (ValidationException e) {
            return PubliccodeImportResult.failed(placed(tree, mapped.language(), e), warnings);
        }
    }

    /** The reason recorded when a file marks its software obsolete (stored text, like the file's own). */
    static final String OBSOLETE_REASON = "Its publiccode.yml marks it obsolete (developmentStatus: obsolete).";

    /** The register's refusal of a mapped file, each error at the publiccode.yml key and line it came from. */
    static List<ImportError> placed(YamlTree tree, String language, ValidationException refusal) {
        List<ImportError> placed = new ArrayList<>();
        for (FieldError error : refusal.errors()) {
            String path = PubliccodeMapping.pathOf(error.field(), language);
            placed.add(ImportError.at(path, path.equals(error.field()) && !isKey(tree, path) ? 0
                    : tree.lineOf(path), error));
        }
        return placed;
    }

    private Solution write(Solution current, int version, PubliccodeMapping.Mapped mapped) {
        Solution stored = current == null ? register.create(mapped.content())
                : register.update(current.key(), version, mapped.content());
        if (mapped.obsolete() && stored.content().phase() != Phase.RETIRED) {
            stored = register.retire(stored.key(), new Retirement(OBSOLETE_REASON, null, null));
        }
        extras.save(new PubliccodeExtra(stored.key(), mapped.sourceVersion(), mapped.language(), mapped.usedBy(),
                mapped.unmapped().root().isEmpty() ? "" : PubliccodeYaml.dump(mapped.unmapped().root())));
        return stored;
    }

    private static boolean isKey(YamlTree tree, String path) {
        return tree.get(path) != null;
    }

    /** A new entry's fields that publiccode.yml cannot fill: owner, service areas, key contact. */
    private static SolutionContent newEntryBase(PubliccodeImportOptions options) {
        return new SolutionContent(null, null, null, null, null, options.ownerCouncil(), options.keyContact(),
                options.serviceAreas(), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
