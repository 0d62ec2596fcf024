package org.connectedcouncils.maturity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The median level per service area over a set of cells. */
public final class Medians {

    private Medians() {
    }

    public static Map<String, Double> byArea(Collection<MaturityCell> cells) {
        Map<String, List<Integer>> levels = new HashMap<>();
        cells.forEach(c -> levels.computeIfAbsent(c.areaCode(), a -> new ArrayList<>()).add(c.level().number()));
        Map<String, Double> medians = new HashMap<>();
        levels.forEach((area, values) -> medians.put(area, median(values)));
        return medians;
    }

    static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
