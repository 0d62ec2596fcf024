package org.connectedcouncils.council.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * What a council list would change in the directory: current councils the directory lacks, councils the list names
 * differently, and councils that ended (with their successors) that the directory still has as active or without
 * their successor. Councils the list does not know (an admin's own, those beyond the UK) are never touched.
 */
public record CouncilListChanges(String version, List<ListedCouncil> added, List<Renamed> renamed,
        List<Ended> ended) {

    public CouncilListChanges {
        added = List.copyOf(added);
        renamed = List.copyOf(renamed);
        ended = List.copyOf(ended);
    }

    /** A council whose name on the list differs from the directory's. */
    public record Renamed(CouncilCode code, String from, String to) {
    }

    /** A council that ended: the directory's council, the day and the successor (nullable) on the list. */
    public record Ended(Council council, ListedCouncil listed, String successorName) {
    }

    /**
     * Compares {@code list} with {@code directory}, the directory's councils with the list's codes (read in one go);
     * a successor is named as the list names it.
     */
    public static CouncilListChanges between(CouncilList list, Map<CouncilCode, Council> directory) {
        List<ListedCouncil> added = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        List<Ended> ended = new ArrayList<>();
        Map<CouncilCode, ListedCouncil> byCode = list.byCode();
        for (ListedCouncil listed : list.councils()) {
            Council held = directory.get(listed.code());
            if (listed.current()) {
                if (held == null) {
                    added.add(listed);
                } else if (!held.name().equals(listed.name())) {
                    renamed.add(new Renamed(listed.code(), held.name(), listed.name()));
                }
            } else if (held != null && (!held.retired()
                    || listed.successor() != null && !Objects.equals(held.successor(), listed.successor()))) {
                ListedCouncil successor = listed.successor() == null ? null : byCode.get(listed.successor());
                ended.add(new Ended(held, listed, successor == null ? null : successor.name()));
            }
        }
        return new CouncilListChanges(list.version(), added, renamed, ended);
    }

    public boolean isEmpty() {
        return added.isEmpty() && renamed.isEmpty() && ended.isEmpty();
    }

    public int size() {
        return added.size() + renamed.size() + ended.size();
    }

    /** The codes of the councils a comparison must read from the directory. */
    public static Collection<CouncilCode> codesOf(CouncilList list) {
        return list.byCode().keySet();
    }
}
