package org.connectedcouncils.register.io;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
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

    /**
     * Applies a fetched file to an existing entry as {@code actor} (a sync): the same reading, migration, validation
     * and mapping as an import of {@code key}, then the register's update with a "synced from" line naming
     * {@code source}; the entry is written only when the whole file is valid, the repository files it names exist
     * and are images ({@link RepositoryFiles}, read before any write), and a mapped field changed. A file marking
     * the software obsolete is reported (retiring stays a person's action), not applied. The files' notes (files
     * past the bound, not checked) come back as warnings.
     */
    public PubliccodeImportResult sync(InputStream file, SolutionKey key, Actor actor, URI source,
            RepositoryFiles repositoryFiles) {
        PubliccodeCheck.Checked checked = PubliccodeCheck.check(file);
        if (!checked.valid()) {
            return PubliccodeImportResult.failed(checked.errors(), checked.warnings());
        }
        YamlTree tree = checked.tree();
        List<ImportError> logos = logoProblems(tree, source);
        if (!logos.isEmpty()) {
            return PubliccodeImportResult.failed(logos, checked.warnings());
        }
        RepositoryFiles.Checked files = repositoryFiles.check(tree, source);
        List<ImportError> warnings = new ArrayList<>(checked.warnings());
        warnings.addAll(files.notes());
        if (!files.problems().isEmpty()) {
            return PubliccodeImportResult.failed(files.problems(), warnings);
        }
        Solution current = register.editableBy(actor, key);
        String language = extras.find(key).map(PubliccodeExtra::language).orElse(null);
        PubliccodeMapping.Mapped mapped = PubliccodeMapping.toContent(tree, language, current.content());
        if (mapped.obsolete() && current.content().phase() != Phase.RETIRED) {
            return PubliccodeImportResult.failed(List.of(ImportError.of("developmentStatus",
                    tree.lineOf("developmentStatus"), OBSOLETE_NOT_SYNCED)), warnings);
        }
        try {
            Solution stored = transactions.inTransaction(() -> {
                Solution written = register.updateAs(actor, key, current.version(), mapped.content(),
                        source.toString());
                extras.save(new PubliccodeExtra(key, mapped.sourceVersion(), mapped.language(), mapped.usedBy(),
                        mapped.unmapped().root().isEmpty() ? "" : PubliccodeYaml.dump(mapped.unmapped().root())));
                return written;
            });
            return new PubliccodeImportResult(stored, stored.content(), mapped.usedBy(), List.of(),
                    warnings);
        } catch (ValidationException e) {
            return PubliccodeImportResult.failed(placed(tree, mapped.language(), e), warnings);
        }
    }

    /** A logo given relative to the file must resolve against the file's own https URL (the repository's files). */
    private static List<ImportError> logoProblems(YamlTree tree, URI source) {
        List<ImportError> problems = new ArrayList<>();
        for (String key : List.of("logo", "monochromeLogo")) {
            if (tree.get(key) instanceof String logo && !logo.isBlank()) {
                try {
                    URI resolved = source.resolve(new URI(logo.strip()));
                    if (!"https".equalsIgnoreCase(resolved.getScheme()) || resolved.getHost() == null) {
                        problems.add(ImportError.of(key, tree.lineOf(key), LOGO_UNREACHABLE, logo));
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    problems.add(ImportError.of(key, tree.lineOf(key), LOGO_UNREACHABLE, logo));
                }
            }
        }
        return problems;
    }

    /** A logo that does not resolve to an https address next to the synced file. */
    static final String LOGO_UNREACHABLE = "connected-councils.publiccode.sync.logo";

    /** A synced file that marks its software obsolete: the owner retires the entry, the sync does not. */
    static final String OBSOLETE_NOT_SYNCED = "connected-councils.publiccode.sync.obsolete";

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
