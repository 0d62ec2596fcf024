package org.connectedcouncils.common.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list with the total number of rows the filter matches. */
public record Page<T>(List<T> items, int start, int limit, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page {@code request} asks for, cut from a whole list held in memory. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.start(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request.start(), request.limit(), all.size());
    }

    public boolean hasNext() {
        return start + items.size() < total;
    }

    public boolean hasPrevious() {
        return start > 0;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), start, limit, total);
    }
}
