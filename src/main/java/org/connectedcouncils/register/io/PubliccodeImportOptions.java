package org.connectedcouncils.register.io;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * How to import a publiccode.yml file. With a {@code key} the file updates that entry (at {@code expectedVersion},
 * or the stored version when null) and keeps its council-only fields; without one it creates a draft owned by
 * {@code ownerCouncil} in {@code serviceAreas}, which publiccode.yml cannot say. {@code language} picks the
 * description mapped to summary and description (falling back to the file's first language). {@code dryRun} checks
 * everything and writes nothing.
 */
public record PubliccodeImportOptions(
        SolutionKey key,
        Integer expectedVersion,
        boolean dryRun,
        String language,
        CouncilCode ownerCouncil,
        SortedSet<String> serviceAreas,
        String keyContact) {

    public static final String DEFAULT_LANGUAGE = "en";

    public PubliccodeImportOptions {
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.trim();
        serviceAreas = serviceAreas == null ? new TreeSet<>() : new TreeSet<>(serviceAreas);
    }

    /** Options for a new draft entry. */
    public static PubliccodeImportOptions newEntry(CouncilCode ownerCouncil, Set<String> serviceAreas,
            String keyContact) {
        return new PubliccodeImportOptions(null, null, false, null, ownerCouncil, new TreeSet<>(serviceAreas),
                keyContact);
    }

    /** Options for updating an existing entry. */
    public static PubliccodeImportOptions existingEntry(SolutionKey key, Integer expectedVersion) {
        return new PubliccodeImportOptions(key, expectedVersion, false, null, null, null, null);
    }

    public PubliccodeImportOptions asDryRun() {
        return new PubliccodeImportOptions(key, expectedVersion, true, language, ownerCouncil, serviceAreas,
                keyContact);
    }

    public PubliccodeImportOptions inLanguage(String lang) {
        return new PubliccodeImportOptions(key, expectedVersion, dryRun, lang, ownerCouncil, serviceAreas,
                keyContact);
    }
}
