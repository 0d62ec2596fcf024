package org.connectedcouncils.profile.macro;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.NameOrder;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.view.LevelWords;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * The service areas a council offers to lead, on its profile (fragment {@code templates/profile/council-leads.vm});
 * for its own editors on screen, also the form to offer to lead in another active area and to withdraw an offer.
 */
public record CouncilLeads(String id, String council, List<Offer> offers, List<String> notes, List<Choice> choices,
        boolean editable) {

    static final String PREFIX = "connected-councils.council.leads.";

    /** An area the council offers to lead in, its current maturity level there in words, the withdraw button's name. */
    public record Offer(String code, String area, String level, String withdrawLabel) {
    }

    /** An active area the council does not offer to lead in yet, for the form's list. */
    public record Choice(String code, String name) {
    }

    /** Whether the form to offer to lead shows: for editors, while an active area is left to offer. */
    public boolean mayOffer() {
        return editable && !choices.isEmpty();
    }

    /** The offers of {@code maturity}'s council among {@code leaders}; the form only when {@code editable}. */
    public static CouncilLeads of(String id, CouncilMaturity maturity, List<Leader> leaders, boolean editable,
            DisplayText text) {
        List<Offer> offers = leaders.stream().filter(l -> l.council().equals(maturity.council().code()))
                .map(l -> new Offer(l.areaCode(), l.areaNameFor(text.welsh()), LevelWords.of(l.level(), text),
                        text.text(PREFIX + "withdrawArea", l.areaNameFor(text.welsh()))))
                .sorted(Comparator.comparing(Offer::area, NameOrder.of(text.welsh())))
                .toList();
        Set<String> offered = new HashSet<>();
        offers.forEach(o -> offered.add(o.code()));
        List<Choice> choices = editable ? maturity.bars().stream().map(CouncilMaturity.Bar::area)
                .filter(a -> !a.retired() && !offered.contains(a.code()))
                .sorted(ServiceArea.byNameFor(text.welsh()))
                .map(a -> new Choice(a.code(), a.nameFor(text.welsh()))).toList() : List.of();
        return new CouncilLeads(id, maturity.council().code().value(), offers,
                offers.isEmpty() ? List.of(text.text(PREFIX + "none")) : List.of(), choices, editable);
    }
}
