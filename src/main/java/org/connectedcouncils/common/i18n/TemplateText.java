package org.connectedcouncils.common.i18n;

/**
 * The {@code $i18n} object templates get, for fixed text by key (texts with values are resolved into the view
 * models). One method, so one entry in the velocity allowlist; its results are escaped like any other reference.
 */
public final class TemplateText {

    private final Messages messages;

    public TemplateText(Messages messages) {
        this.messages = messages;
    }

    public String text(String key) {
        return messages.text(key);
    }
}
