package org.connectedcouncils.maturity.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;

/**
 * An administrator's import of many items of councils (commitments, assessments, offers to lead): each checked under
 * the rules of the single write, its council in the directory (one statement for all), then all written in one
 * transaction, or none.
 *
 * @param <T> what one row of the import adds
 */
final class BulkImports<T> {

    /** Writes one checked item of {@code council} for {@code actor}, inside the import's transaction. */
    interface Write<T> {
        void write(Actor actor, Council council, T item);
    }

    private final ActorProvider actors;
    private final CouncilDirectory councils;
    private final Transactions transactions;
    private final Function<T, CouncilCode> councilOf;
    private final BiConsumer<T, Council> rules;

    /** {@code rules} throws a ValidationException when an item of a known council breaks one. */
    BulkImports(ActorProvider actors, CouncilDirectory councils, Transactions transactions,
            Function<T, CouncilCode> councilOf, BiConsumer<T, Council> rules) {
        this.actors = actors;
        this.councils = councils;
        this.transactions = transactions;
        this.councilOf = councilOf;
        this.rules = rules;
    }

    /** The problems of each item by its index (empty when all hold); admins only; writes nothing. */
    Map<Integer, List<FieldError>> check(List<T> items) {
        AdminAccess.require(actors);
        Map<CouncilCode, Council> known = known(items);
        Map<Integer, List<FieldError>> problems = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Council council = known.get(councilOf.apply(item));
            try {
                if (council == null) {
                    throw ValidationException.of(FieldError.of("council", FieldChecks.UNKNOWN_COUNCIL,
                            councilOf.apply(item).value()));
                }
                rules.accept(item, council);
            } catch (ValidationException e) {
                problems.put(i, e.errors());
            }
        }
        return problems;
    }

    /** Every item written in one transaction, or none (the first item's problems) when any breaks a rule. */
    int addAll(List<T> items, Write<T> write) {
        Actor actor = AdminAccess.require(actors);
        Map<Integer, List<FieldError>> problems = check(items);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.values().iterator().next());
        }
        Map<CouncilCode, Council> known = known(items);
        return transactions.inTransaction(() -> {
            items.forEach(item -> write.write(actor, known.get(councilOf.apply(item)), item));
            return items.size();
        });
    }

    private Map<CouncilCode, Council> known(List<T> items) {
        Set<CouncilCode> codes = new LinkedHashSet<>();
        items.forEach(item -> codes.add(councilOf.apply(item)));
        return councils.findAll(codes);
    }
}
