package org.connectedcouncils.register.ao;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import org.connectedcouncils.register.domain.SolutionKey;

/** The AO row id an entry key names: a key number beyond an int id's range names no row, so it matches nothing. */
final class EntryIds {

    private EntryIds() {
    }

    /** The row id of {@code key}; empty for no key or one no row can have. */
    static OptionalInt of(SolutionKey key) {
        return key == null || key.number() > Integer.MAX_VALUE ? OptionalInt.empty()
                : OptionalInt.of((int) key.number());
    }

    /** The distinct row ids of these keys, ascending (for IN lists), leaving out keys no row can have. */
    static List<Integer> of(Collection<SolutionKey> keys) {
        return keys.stream().filter(k -> k.number() <= Integer.MAX_VALUE).map(k -> (int) k.number()).distinct()
                .sorted().toList();
    }
}
