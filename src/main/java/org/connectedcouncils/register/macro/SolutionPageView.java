package org.connectedcouncils.register.macro;

/**
 * What an entry's own page shows: its title (the entry name, escaped by the template) and the card or message the
 * {@code cc-solution} macro rendered — already-escaped HTML from the card templates, hence the {@code Html} name.
 */
public record SolutionPageView(String title, String cardHtml) {
}
