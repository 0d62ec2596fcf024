package org.connectedcouncils.register.io;

import java.io.InputStream;
import java.util.List;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.io.ImportLimits;

/**
 * The publiccode.yml rules without the register: read safely, migrate to 0.7, validate. What the import runs before
 * mapping, and what the folder check (PubliccodeFolderCheck, bin/check-publiccode) runs on any file.
 */
final class PubliccodeCheck {

    private PubliccodeCheck() {
    }

    /** Reads, migrates and validates one file; {@link Checked#tree()} is null when it could not be read at all. */
    static Checked check(InputStream file) {
        ImportLimits.Text text = ImportLimits.read(file, PubliccodeYaml.MAX_CHARS);
        if (text.failure().isPresent()) {
            return new Checked(null, List.of(text.error()), List.of());
        }
        return check(text.value());
    }

    /** Reads, migrates and validates a file's text. */
    static Checked check(String text) {
        YamlTree tree;
        try {
            tree = PubliccodeYaml.parse(text);
        } catch (PubliccodeYaml.Problem problem) {
            return new Checked(null, List.of(problem.error()), List.of());
        }
        List<ImportError> warnings = PubliccodeMigration.migrate(tree);
        List<ImportError> errors = PubliccodeValidator.validate(tree);
        return new Checked(tree, errors, warnings);
    }

    /** The migrated tree (null when unreadable), the errors (empty when valid) and the warnings. */
    record Checked(YamlTree tree, List<ImportError> errors, List<ImportError> warnings) {

        boolean valid() {
            return errors.isEmpty();
        }
    }
}
