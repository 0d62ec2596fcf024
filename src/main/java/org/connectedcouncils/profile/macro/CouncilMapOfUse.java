package org.connectedcouncils.profile.macro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.view.CouncilMap;
import org.connectedcouncils.council.view.CouncilMap.Symbol;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.service.RegisterQueries.CouncilProfile;

/** The profile's map: the council itself, and the owners of the entries it uses, each naming what it owns. */
final class CouncilMapOfUse {

    private CouncilMapOfUse() {
    }

    static CouncilMap of(String id, CouncilProfile profile, DisplayText text) {
        String p = CouncilMap.PREFIX + "profile.";
        Map<CouncilCode, List<String>> owned = new LinkedHashMap<>();
        profile.adopted().items().stream().filter(a -> a.adoption().state() == AdoptionState.USING)
                .forEach(a -> owned.computeIfAbsent(a.solution().content().ownerCouncil(), c -> new ArrayList<>())
                        .add(a.solution().content().name()));
        Council self = profile.council();
        Map<CouncilCode, Council> councils = new HashMap<>(profile.owners());
        councils.put(self.code(), self);
        List<CouncilMap.Shown> shown = new ArrayList<>();
        shown.add(new CouncilMap.Shown(self.code(), Symbol.DIAMOND, text.text(p + "self")));
        owned.forEach((code, names) -> shown.add(new CouncilMap.Shown(code, Symbol.STAR, text.text(p + "owner",
                String.join(", ", names)))));
        return CouncilMap.of(id + "-map", text.text(p + "title", self.name()), shown, councils,
                List.of(Symbol.DIAMOND.legend(text.text(p + "self")),
                        Symbol.STAR.legend(text.text(p + "ownerKey"))), text);
    }
}
