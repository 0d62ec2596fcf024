package org.connectedcouncils.register.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.common.rest.QueryParams;

/**
 * The {@code columns} query parameter of the register's table views (CSV and HTML rows): repeatable or comma
 * separated column codes, in order, each once; an unknown code is an error listing the allowed ones.
 */
final class ColumnsParam {

    private ColumnsParam() {
    }

    static <C> List<C> read(QueryParams params, Function<String, Optional<C>> parse, String allowed,
            List<C> defaults) {
        List<C> columns = new ArrayList<>();
        for (String part : params.parts("columns")) {
            Optional<C> column = parse.apply(part);
            if (column.isEmpty()) {
                params.invalid("columns", part, allowed);
            } else if (!columns.contains(column.get())) {
                columns.add(column.get());
            }
        }
        return columns.isEmpty() ? defaults : columns;
    }
}
