package org.connectedcouncils.register.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilsLike;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.OwnersLike;
import org.connectedcouncils.register.domain.SolutionQuery;

/**
 * Resolves a query's "councils like mine" into the owner councils it stands for, with one read of the directory (a
 * bounded whole: {@link CouncilDirectory#MAX_WHOLE}); a council the directory lacks is an error on {@code like}.
 */
final class OwnerGroups {

    /** The query parameter (and field of the error) naming the chosen council. */
    static final String PARAM = "like";

    private final CouncilDirectory councils;

    OwnerGroups(CouncilDirectory councils) {
        this.councils = councils;
    }

    SolutionQuery resolve(SolutionQuery query) {
        OwnersLike like = query.ownersLike();
        if (like == null || like.resolved()) {
            return query;
        }
        return resolve(query, councils.all());
    }

    /** {@link #resolve(SolutionQuery)} over a directory the caller has already read whole. */
    static SolutionQuery resolve(SolutionQuery query, List<Council> all) {
        OwnersLike like = query.ownersLike();
        if (like == null || like.resolved()) {
            return query;
        }
        Council chosen = all.stream().filter(c -> c.code().equals(like.council())).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of(PARAM, FieldChecks.UNKNOWN_COUNCIL,
                        like.council().value()))));
        CouncilsLike group = CouncilsLike.of(chosen, like.sameNation());
        Set<CouncilCode> owners = all.stream().filter(group::includes)
                .map(Council::code).collect(Collectors.toSet());
        return query.withOwnersLike(like.resolvedTo(owners));
    }
}
