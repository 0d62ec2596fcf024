package org.connectedcouncils.i18n;

/** The app's user-visible text by i18n key, in the current user's language; implemented by the host and the preview. */
public interface Messages {

    /** The text of {@code key} with {@code args} filled into its {0}, {1}… placeholders. */
    String text(String key, Object... args);
}
