package org.connectedcouncils.common.macro;

import java.util.List;

/** Small value types the register templates are written against; every method here is in the velocity allowlist. */
public final class Views {

    private Views() {
    }

    /** A piece of text with the CSS classes it is shown with (AUI classes or the app's own). */
    public record Span(String text, String cssClass) {
    }

    /** A label and its value, shown as a definition-list row. */
    public record Fact(String label, String value) {
    }

    /** A link whose address has been checked to be http or https, or was built by the app for its own pages. */
    public record Link(String label, String href) {
    }

    /** A value of a select: what is sent and what is shown. */
    public record Option(String value, String label) {
    }

    /** A select in a filter form: the query parameter it sets, its label, its choices and its current value. */
    public record Filter(String name, String label, String anyLabel, List<Option> options, String value) {
    }

    /** An AUI message box: type is info, warning or error. */
    public record Message(String type, String title, String body) {
    }
}
