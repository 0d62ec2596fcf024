package org.connectedcouncils.i18n;

/**
 * The {@code $i18n} object templates get: fixed-arity lookups, so each is one entry in the velocity allowlist. Its
 * results are escaped like any other reference.
 */
public final class TemplateText {

    private final Messages messages;

    public TemplateText(Messages messages) {
        this.messages = messages;
    }

    public String text(String key) {
        return messages.text(key);
    }

    public String text(String key, Object arg) {
        return messages.text(key, arg);
    }

    public String text(String key, Object first, Object second) {
        return messages.text(key, first, second);
    }
}
