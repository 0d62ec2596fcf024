package org.connectedcouncils.register.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.view.CouncilMap;
import org.connectedcouncils.council.view.CouncilMap.Symbol;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;

/** The register's maps of councils: an entry's owner and adopters, and the adopters of a filter's entries. */
final class AdoptionMaps {

    /** The legend's order: from the furthest state to the one given up. */
    private static final List<AdoptionState> LEGEND_ORDER = List.of(AdoptionState.USING, AdoptionState.EVALUATING,
            AdoptionState.STOPPED);

    private AdoptionMaps() {
    }

    /** The symbol of each adoption state; the owner is a star. */
    static Symbol symbol(AdoptionState state) {
        return switch (state) {
            case USING -> Symbol.DISC;
            case EVALUATING -> Symbol.SQUARE;
            case STOPPED -> Symbol.CROSS;
        };
    }

    /** The entry's map: its owner and the councils that declared they use, evaluate or stopped using it. */
    static CouncilMap entry(String id, SolutionCard card, RegisterText text, boolean outlineInline) {
        List<CouncilMap.Shown> shown = new ArrayList<>();
        shown.add(new CouncilMap.Shown(card.solution().content().ownerCouncil(), Symbol.STAR,
                text.text(CouncilMap.PREFIX + "owner")));
        card.adoptions().items().forEach(a -> shown.add(new CouncilMap.Shown(a.council(), symbol(a.state()),
                text.adoption(a.state()))));
        List<CouncilMap.Legend> legend = new ArrayList<>();
        legend.add(Symbol.STAR.legend(text.text(CouncilMap.PREFIX + "owner")));
        legend.addAll(statesLegend(text));
        return CouncilMap.of(id + "-map", text.text(CouncilMap.PREFIX + "entry.title",
                card.solution().content().name()), shown, card.councils(), legend, text.display(), outlineInline);
    }

    /**
     * The councils that declared an adoption of any entry the figures count, each marked by its furthest state
     * (using, else evaluating, else stopped) and its counts in words.
     */
    static CouncilMap figures(String id, Map<CouncilCode, AdoptionCounts> adopters,
            Map<CouncilCode, Council> councils, RegisterText text) {
        List<CouncilMap.Shown> shown = adopters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        (a, b) -> name(a, councils).compareToIgnoreCase(name(b, councils))))
                .map(e -> new CouncilMap.Shown(e.getKey(), symbol(furthest(e.getValue())),
                        text.text(CouncilMap.PREFIX + "figures.role", e.getValue().using(),
                                e.getValue().evaluating(), e.getValue().stopped())))
                .toList();
        return CouncilMap.of(id + "-map", text.text(CouncilMap.PREFIX + "figures.title"), shown, councils,
                statesLegend(text), text.display());
    }

    private static List<CouncilMap.Legend> statesLegend(RegisterText text) {
        return LEGEND_ORDER.stream().map(s -> symbol(s).legend(text.adoption(s))).toList();
    }

    private static AdoptionState furthest(AdoptionCounts counts) {
        return counts.using() > 0 ? AdoptionState.USING
                : counts.evaluating() > 0 ? AdoptionState.EVALUATING : AdoptionState.STOPPED;
    }

    private static String name(CouncilCode code, Map<CouncilCode, Council> councils) {
        Council council = councils.get(code);
        return council == null ? code.value() : council.name();
    }
}
