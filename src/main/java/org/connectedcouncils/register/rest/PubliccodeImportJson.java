package org.connectedcouncils.register.rest;

import java.util.List;

import org.connectedcouncils.common.rest.ErrorJson;

/**
 * Answer to an accepted publiccode.yml import: the stored entry (null on a dry run), what it holds or would hold
 * ({@code content}, so a dry run shows what will be filled in), the file's {@code usedBy} names
 * (unverified hints, never adoptions) and warnings about deprecated or unknown keys, placed like errors.
 */
public record PubliccodeImportJson(boolean dryRun, SolutionJson solution, SolutionInput content, List<String> usedBy,
        List<ErrorJson.Entry> warnings) {
}
