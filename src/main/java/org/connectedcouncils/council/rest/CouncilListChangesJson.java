package org.connectedcouncils.council.rest;

import java.util.List;

import org.connectedcouncils.council.domain.CouncilListChanges;
import org.connectedcouncils.council.domain.ListedCouncil;

/** What updating the directory from the bundled council list changes (or changed), with the list's attribution. */
public record CouncilListChangesJson(String version, String attribution, List<AddedJson> added,
        List<RenamedJson> renamed, List<EndedJson> ended) {

    /** A current council the directory lacks. */
    public record AddedJson(String code, String name, String type, String nation, String region) {
    }

    /** A council the list names differently. */
    public record RenamedJson(String code, String from, String to) {
    }

    /** A council that ended, with the day and its successor (code and name, null when the list names none). */
    public record EndedJson(String code, String name, String ended, String successor, String successorName) {
    }

    public static CouncilListChangesJson of(CouncilListChanges changes, String attribution) {
        return new CouncilListChangesJson(changes.version(), attribution,
                changes.added().stream().map(CouncilListChangesJson::added).toList(),
                changes.renamed().stream().map(r -> new RenamedJson(r.code().value(), r.from(), r.to())).toList(),
                changes.ended().stream().map(e -> new EndedJson(e.council().code().value(), e.council().name(),
                        e.listed().ended().toString(),
                        e.listed().successor() == null ? null : e.listed().successor().value(), e.successorName()))
                        .toList());
    }

    private static AddedJson added(ListedCouncil c) {
        return new AddedJson(c.code().value(), c.name(), c.type().code(), c.nation(), c.region());
    }
}
