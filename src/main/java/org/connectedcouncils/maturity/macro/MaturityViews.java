package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.maturity.domain.Nation;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.register.domain.ServiceArea;

/** Builds the maturity pictures' view models from the service's results; shared by the macros and the profile. */
public final class MaturityViews {

    public static final String BARS = "templates/maturity/bars.vm";
    public static final String MAP = "templates/maturity/heat-map.vm";
    /** The maturity pictures' styles (legend swatches, scrolling), required only by pages that show them. */
    public static final String WEB_RESOURCE = "org.connectedcouncils.connected-councils:maturity-macros";
    static final String MAP_TITLE = "connected-councils.maturity.map.title";
    static final String UNKNOWN_AREA = "connected-councils.maturity.macro.unknownArea";

    private MaturityViews() {
    }

    /** A council's profile: a bar per active area beside the median of its type, then each assessment in words. */
    public static MaturityBarsView profile(String id, CouncilMaturity profile, SolutionPages pages,
            DisplayText text) {
        return profile(id, profile, pages, text, false);
    }

    /** As above; with {@code sameNation} the subtitle says the median is of councils of its type in its nation. */
    public static MaturityBarsView profile(String id, CouncilMaturity profile, SolutionPages pages,
            DisplayText text, boolean sameNation) {
        List<MaturityBarsView.Item> items = new ArrayList<>();
        List<AssessmentView> details = new ArrayList<>();
        Comparator<CouncilMaturity.Bar> order = Comparator.comparing(CouncilMaturity.Bar::area,
                ServiceArea.byNameFor(text.welsh()));
        for (CouncilMaturity.Bar bar : profile.bars().stream().sorted(order).toList()) {
            MaturityLevel level = bar.current() == null ? null : bar.current().assessment().level();
            String area = bar.area().nameFor(text.welsh());
            items.add(new MaturityBarsView.Item(area, level, bar.typeMedian()));
            if (bar.current() != null) {
                details.add(AssessmentView.of(area, bar.current(), profile::nameOf, pages, text));
            }
        }
        String type = text.text("connected-councils.admin.councilType." + profile.council().type().code());
        return MaturityBarsView.of(id, text.text("connected-councils.maturity.profile.title",
                profile.council().name()), sameNation
                        ? text.text("connected-councils.maturity.profile.subtitle.nation", type, text.text(
                                Nation.ofStored(profile.council().place().nation()).nameKey()))
                        : text.text("connected-councils.maturity.profile.subtitle", type),
                text.text("connected-councils.maturity.area"), items, details, text);
    }

    /** One area across the councils of the map: a bar per council that assessed it. */
    public static MaturityBarsView area(String id, HeatMap map, String areaCode, DisplayText text) {
        ServiceArea area = map.areas().stream().filter(a -> a.code().equals(areaCode)).findFirst()
                .orElseThrow(() -> new InvalidParameter("area", UNKNOWN_AREA, areaCode));
        List<MaturityBarsView.Item> items = new ArrayList<>();
        for (HeatMap.Row row : map.rows()) {
            MaturityLevel level = row.levels().get(areaCode);
            if (level != null) {
                items.add(new MaturityBarsView.Item(row.council().name(), level, null));
            }
        }
        return MaturityBarsView.of(id, text.text("connected-councils.maturity.area.title", area.nameFor(text.welsh())),
                filterNote(map.filter(), text), text.text("connected-councils.maturity.council"), items, List.of(),
                text);
    }

    public static HeatMapView map(String id, HeatMap map, DisplayText text, boolean serverDrawn) {
        return map(id, map, text, serverDrawn, "");
    }

    /** The map's page; {@code onlineHref} is where an export says the whole map is ("" when unknown). */
    public static HeatMapView map(String id, HeatMap map, DisplayText text, boolean serverDrawn, String onlineHref) {
        return HeatMapView.of(id, map, text, filterNote(map.filter(), text), serverDrawn, onlineHref);
    }

    static String filterNote(HeatMapFilter filter, DisplayText text) {
        String type = filter.type() == null ? text.text("connected-councils.maturity.filter.anyType")
                : text.text("connected-councils.admin.councilType." + filter.type().code());
        String nation = filter.nation() == null ? text.text("connected-councils.maturity.filter.anyNation")
                : text.text(filter.nation().nameKey());
        return text.text("connected-councils.maturity.filter.note", type, nation);
    }
}
