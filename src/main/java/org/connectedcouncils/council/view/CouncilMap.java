package org.connectedcouncils.council.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.UkOutline;

/**
 * A server-rendered SVG map of councils, shared by every macro that draws one (entry page, adoption figures, council
 * profile) through the one fragment {@code templates/common/council-map.vm}: the UK outline, one mark per council
 * placed by its point, a distinct shape per role with a legend, a table of every council shown beside it and a list
 * of those the map cannot place (no point, beyond the UK). No script. The outline (an 11 KB path) is written into
 * the markup only when {@code outlineInline} (export and mail, where nothing else can be loaded); otherwise the page's
 * styles draw it behind the marks from the static {@code web/register/uk-outline.svg}, so a screen render does not
 * escape and send it every time (issue 19's review of the card's benchmark row).
 */
public record CouncilMap(String id, String title, int width, int height, boolean outlineInline, String outline,
        List<Mark> marks, List<Legend> legend, List<Row> rows, List<String> unplaced) {

    public static final String PREFIX = "connected-councils.map.";

    /** One council on the map: where, in which shape and colours, and its name with its role as the tooltip. */
    public record Mark(String x, String y, String shape, String fill, String stroke, String label) {
    }

    /** A legend item: the shape and colours of one role, and its name. */
    public record Legend(String shape, String fill, String stroke, String label) {
    }

    /** A row of the table beside the map. */
    public record Row(String council, String role) {
    }

    /** A mark's shape (an SVG path about the origin) and colours; the shape tells roles apart, never colour alone. */
    public enum Symbol {
        STAR("M0 -7L2 -2.2L7 -2.2L3 1L4.5 6L0 3L-4.5 6L-3 1L-7 -2.2L-2 -2.2Z", "#172b4d", "#ffffff"),
        DISC("M-4.5 0A4.5 4.5 0 1 0 4.5 0A4.5 4.5 0 1 0 -4.5 0Z", "#006644", "#ffffff"),
        SQUARE("M-4 -4H4V4H-4Z", "#ffffff", "#0052cc"),
        CROSS("M-4 -4L4 4M4 -4L-4 4", "none", "#bf2600"),
        DIAMOND("M0 -6L6 0L0 6L-6 0Z", "#ffab00", "#172b4d");

        final String shape;
        final String fill;
        final String stroke;

        Symbol(String shape, String fill, String stroke) {
            this.shape = shape;
            this.fill = fill;
            this.stroke = stroke;
        }

        /** This symbol's legend item, named {@code label}. */
        public Legend legend(String label) {
            return new Legend(shape, fill, stroke, label);
        }
    }

    /** One council to show: its code, its symbol (drawing order follows the enum) and its role in words. */
    public record Shown(CouncilCode code, Symbol symbol, String role) {
    }

    /** The map of {@code shown} councils, named and placed from {@code councils}, its outline in the markup. */
    public static CouncilMap of(String id, String title, List<Shown> shown, Map<CouncilCode, Council> councils,
            List<Legend> legend, DisplayText text) {
        return of(id, title, shown, councils, legend, text, true);
    }

    /** The same; {@code outlineInline} false leaves the outline to the page's styles (interactive output only). */
    public static CouncilMap of(String id, String title, List<Shown> shown, Map<CouncilCode, Council> councils,
            List<Legend> legend, DisplayText text, boolean outlineInline) {
        UkOutline uk = UkOutline.bundled();
        List<Shown> drawn = new ArrayList<>(shown);
        // later symbols first, so the owner's star (and this council's diamond) lie on top of any mark at its place
        drawn.sort(Comparator.comparing((Shown s) -> s.symbol() == Symbol.STAR || s.symbol() == Symbol.DIAMOND));
        List<Mark> marks = new ArrayList<>();
        for (Shown s : drawn) {
            Council council = councils.get(s.code());
            Optional<double[]> at = council == null ? Optional.empty() : uk.locate(council.place());
            at.ifPresent(p -> marks.add(new Mark(number(p[0]), number(p[1]), s.symbol().shape, s.symbol().fill,
                    s.symbol().stroke, text.text(PREFIX + "mark", name(s.code(), councils), s.role()))));
        }
        List<Row> rows = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Shown s : shown) {
            String name = name(s.code(), councils);
            rows.add(new Row(name, s.role()));
            Council council = councils.get(s.code());
            if (council == null || uk.locate(council.place()).isEmpty()) {
                unplaced.add(text.text(PREFIX + "unplacedItem", name, s.role()));
            }
        }
        return new CouncilMap(id, title, uk.width(), uk.height(), outlineInline, outlineInline ? uk.path() : "", marks,
                legend, rows, unplaced);
    }

    private static String name(CouncilCode code, Map<CouncilCode, Council> councils) {
        Council council = councils.get(code);
        return council == null ? code.value() : council.name();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
