package org.connectedcouncils.host;

import java.io.Serializable;

import com.atlassian.sal.api.message.I18nResolver;

import org.connectedcouncils.i18n.Messages;

/** {@link Messages} on Confluence's i18n (the plugin's properties file, in the current user's locale). */
public final class I18nResolverMessages implements Messages {

    private final I18nResolver i18n;

    public I18nResolverMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Object... args) {
        Serializable[] values = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Serializable s ? s : String.valueOf(args[i]);
        }
        return i18n.getText(key, values);
    }
}
