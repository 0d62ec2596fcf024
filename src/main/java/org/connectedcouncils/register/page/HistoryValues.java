package org.connectedcouncils.register.page;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.register.macro.RegisterText;

/**
 * A History value in the reader's words: the History stores codes (phase {@code alpha}, areas {@code waste, housing},
 * an adoption state {@code using}), and each reads as its label in the reader's language, a service area by the name
 * the reader reads; a value that is no code of its vocabulary (free text, a renamed code) reads as stored.
 */
final class HistoryValues {

    private final RegisterText text;
    private final Function<String, String> areaNames;

    /** {@code areaNames} answers an area's name for the reader, or null for a code it does not know. */
    HistoryValues(RegisterText text, Function<String, String> areaNames) {
        this.text = text;
        this.areaNames = areaNames;
    }

    /** {@code value} of {@code field} (an adoption's field when {@code adoption}) in the reader's words. */
    String shown(boolean adoption, String field, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (adoption) {
            return "state".equals(field) ? one(AdoptionState.class, text::adoption, value) : value;
        }
        return switch (field) {
            case "phase" -> one(Phase.class, text::phase, value);
            case "kind" -> one(SolutionKind.class, text::kind, value);
            case "offers" -> each(value, v -> one(CollaborationOffer.class, text::offer, v));
            case "reuse.support" -> one(SupportLevel.class, text::support, value);
            case "reuse.procurementRoute" -> one(ProcurementRoute.class, text::procurement, value);
            case "reuse.hostingOptions" -> each(value, v -> one(Hosting.class, text::hosting, v));
            case "serviceAreas" -> each(value, v -> {
                String name = areaNames.apply(v);
                return name == null ? v : name;
            });
            default -> value;
        };
    }

    private static <E extends Enum<E> & Coded> String one(Class<E> type, Function<E, String> label, String code) {
        return Coded.fromCode(type, code).map(label).orElse(code);
    }

    /** A list stored as {@code a, b}: each item in words. */
    private static String each(String value, Function<String, String> words) {
        return Arrays.stream(value.split(", ")).map(words).collect(Collectors.joining(", "));
    }
}
