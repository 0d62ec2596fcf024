package org.connectedcouncils.register.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.UkOutline;
import org.connectedcouncils.register.domain.AdoptionState;

/**
 * A server-rendered SVG map of councils (the same markup for display and export, no script): the UK outline, one
 * mark per council placed by its point, a distinct shape per role (owner, using, evaluating, stopped) with a legend,
 * and beside it a table of every council shown and a list of those the map cannot place (no point, beyond the UK).
 */
public record AdoptionMapView(String id, String title, int width, int height, String outline, List<Mark> marks,
        List<Legend> legend, List<Row> rows, List<String> unplaced) {

    static final String PREFIX = "connected-councils.map.";

    /** One council on the map: where, in which shape and colours, and its name with its role as the tooltip. */
    public record Mark(String x, String y, String shape, String fill, String stroke, String label) {
    }

    /** A legend item: the shape and colours of one role, and its name. */
    public record Legend(String shape, String fill, String stroke, String label) {
    }

    /** A row of the table beside the map. */
    public record Row(String council, String role) {
    }

    /** A role on the map: its shape (an SVG path about the origin) and colours; shape tells them apart, not colour. */
    enum Role {
        OWNER("M0 -7L2 -2.2L7 -2.2L3 1L4.5 6L0 3L-4.5 6L-3 1L-7 -2.2L-2 -2.2Z", "#172b4d", "#ffffff"),
        USING("M-4.5 0A4.5 4.5 0 1 0 4.5 0A4.5 4.5 0 1 0 -4.5 0Z", "#006644", "#ffffff"),
        EVALUATING("M-4 -4H4V4H-4Z", "#ffffff", "#0052cc"),
        STOPPED("M-4 -4L4 4M4 -4L-4 4", "none", "#bf2600");

        final String shape;
        final String fill;
        final String stroke;

        Role(String shape, String fill, String stroke) {
            this.shape = shape;
            this.fill = fill;
            this.stroke = stroke;
        }

        static Role of(AdoptionState state) {
            return switch (state) {
                case USING -> USING;
                case EVALUATING -> EVALUATING;
                case STOPPED -> STOPPED;
            };
        }

        String label(RegisterText text) {
            return this == OWNER ? text.text(PREFIX + "owner") : text.adoption(AdoptionState.valueOf(name()));
        }
    }

    /** One council to show and its role. */
    record Shown(CouncilCode code, Role role) {
    }

    /** The map of {@code shown} councils (owner first), named and placed from {@code councils}. */
    static AdoptionMapView of(String id, String title, List<Shown> shown, Map<CouncilCode, Council> councils,
            List<Role> legendRoles, RegisterText text) {
        UkOutline uk = UkOutline.bundled();
        List<Mark> marks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Shown s : shown) {
            Council council = councils.get(s.code());
            String name = council == null ? s.code().value() : council.name();
            String role = s.role().label(text);
            rows.add(new Row(name, role));
            Optional<double[]> at = council == null ? Optional.empty() : uk.locate(council.place());
            if (at.isPresent()) {
                marks.add(new Mark(number(at.get()[0]), number(at.get()[1]), s.role().shape, s.role().fill,
                        s.role().stroke, text.text(PREFIX + "mark", name, role)));
            } else {
                unplaced.add(text.text(PREFIX + "unplacedItem", name, role));
            }
        }
        // the owner is drawn last, on top of any mark at the same place
        marks.sort((a, b) -> Boolean.compare(a.shape().equals(Role.OWNER.shape), b.shape().equals(Role.OWNER.shape)));
        List<Legend> legend = legendRoles.stream()
                .map(r -> new Legend(r.shape, r.fill, r.stroke, r.label(text))).toList();
        return new AdoptionMapView(id, title, uk.width(), uk.height(), uk.path(), marks, legend, rows, unplaced);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
