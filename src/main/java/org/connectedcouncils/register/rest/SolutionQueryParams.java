package org.connectedcouncils.register.rest;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.OwnersLike;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.common.rest.QueryParams;

/**
 * Reads {@code GET /solutions} parameters into a {@link SolutionQuery}: {@code phase} and {@code kind} repeatable
 * (or comma separated), {@code serviceArea}, {@code council} (owner), {@code adopter}, {@code offer}, {@code state},
 * {@code q}, {@code like} (a council: only entries owned by councils of its type) with {@code sameNation}
 * ({@code true}: of its nation too), {@code sort} ({@code name|updated|adoptions|phase}, leading {@code -}
 * descending), {@code start}, {@code limit}. Every bad value is reported at once, named after its parameter.
 */
final class SolutionQueryParams {

    static final String SORT_FIELDS = "name, updated, adoptions, phase";

    private SolutionQueryParams() {
    }

    static SolutionQuery parse(MultivaluedMap<String, String> raw) {
        QueryParams params = new QueryParams(raw);
        Set<Phase> phases = codes(params, "phase", Phase.class);
        Set<SolutionKind> kinds = codes(params, "kind", SolutionKind.class);
        String serviceArea = params.text("serviceArea");
        CouncilCode owner = params.council("council");
        CouncilCode adopter = params.council("adopter");
        CollaborationOffer offer = params.code("offer", params.text("offer"), CollaborationOffer.class);
        EntryState state = params.code("state", params.text("state"), EntryState.class);
        String text = params.text("q");
        CouncilCode like = params.council("like");
        boolean sameNation = params.flag("sameNation");
        Sort<SolutionSortField> sort = params.sort(SolutionSortField.DEFAULT, SORT_FIELDS);
        var page = params.page();
        params.check();
        return SolutionQuery.all().withPhases(phases).withKinds(kinds).withServiceArea(serviceArea).withOwner(owner)
                .withAdopter(adopter).withOffer(offer).withState(state).withText(text)
                .withOwnersLike(like == null ? null : OwnersLike.of(like, sameNation)).sortedBy(sort).withPage(page)
                .withFacets(true);
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(QueryParams params, String name, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        for (String part : params.parts(name)) {
            E code = params.code(name, part, type);
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }
}
