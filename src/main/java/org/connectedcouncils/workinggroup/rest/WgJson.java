package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * What only the working-group JSON reads and writes: council references by name, council codes in queries, group
 * keys in addresses and one-code bodies.
 */
final class WgJson {

    /** The services name a council field after their argument; the API names it after the JSON bodies. */
    static final Map<String, String> COUNCIL_FIELD = Map.of("councilCode", "council");

    private WgJson() {
    }

    static CouncilRefJson council(CouncilCode code, Map<CouncilCode, Council> names) {
        return CouncilRefJson.of(code, Council.names(names));
    }

    /** A page of things that each name a council, as JSON with the councils' names read in one query. */
    static <T, J> PageJson<J> named(CouncilDirectory councils, Page<T> page, Function<T, CouncilCode> council,
            BiFunction<T, Map<CouncilCode, Council>, J> json, UriInfo uri) {
        Map<CouncilCode, Council> names = names(councils, page.items().stream().map(council).toList());
        return PageJson.of(page, t -> json.apply(t, names), uri);
    }

    /** The councils named on a page, read in one query. */
    static Map<CouncilCode, Council> names(CouncilDirectory councils, Collection<CouncilCode> codes) {
        Set<CouncilCode> distinct = new HashSet<>(codes);
        distinct.remove(null);
        return distinct.isEmpty() ? Map.of() : councils.findAll(distinct);
    }

    /** The council code in query parameter {@code name}; an unreadable one is recorded on {@code params}. */
    static CouncilCode council(QueryParams params, String name) {
        List<FieldError> errors = new ArrayList<>();
        CouncilCode council = JsonFormats.council(errors, name, params.text(name));
        errors.forEach(params::error);
        return council;
    }

    /** An unreadable key names nothing: 404, like a key that does not exist. */
    static WorkingGroupKey key(String raw) {
        return WorkingGroupKey.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }

    /** The one code a body carries in {@code field}; an unknown one is a bad request. */
    static <E extends Enum<E> & Coded> E code(String field, String raw, Class<E> type) {
        List<FieldError> errors = new ArrayList<>();
        E value = JsonFormats.code(errors, field, raw, type);
        JsonFormats.throwIfAny(errors);
        return value;
    }

    /** A body's council (required) and role ({@code member} when absent), every bad value reported at once. */
    record CouncilRole(CouncilCode council, MemberRole role) {

        static CouncilRole of(String council, String role) {
            List<FieldError> errors = new ArrayList<>();
            CouncilCode code = JsonFormats.council(errors, "council", council);
            MemberRole parsed = JsonFormats.code(errors, "role", role, MemberRole.class);
            if (council == null || council.isBlank()) {
                errors.add(FieldError.of("council", FieldChecks.REQUIRED));
            }
            JsonFormats.throwIfAny(errors);
            return new CouncilRole(code, parsed == null ? MemberRole.MEMBER : parsed);
        }
    }

    /** A list's {@code state} filter (absent: any) and its page, every bad value reported at once. */
    record StateAndPage<E>(E state, PageRequest page) {

        static <E extends Enum<E> & Coded> StateAndPage<E> of(UriInfo uri, Class<E> type) {
            QueryParams params = new QueryParams(uri.getQueryParameters());
            E state = params.code("state", params.text("state"), type);
            PageRequest page = params.page();
            params.check();
            return new StateAndPage<>(state, page);
        }
    }

    /** A request or invitation id in the path: one that is not a number names nothing, 404. */
    static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound(String.valueOf(raw));
        }
    }
}
