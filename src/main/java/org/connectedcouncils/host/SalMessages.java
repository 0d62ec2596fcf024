package org.connectedcouncils.host;

import java.io.Serializable;
import java.util.Locale;

import com.atlassian.sal.api.message.I18nResolver;

import org.connectedcouncils.common.i18n.Messages;

/**
 * {@link Messages} in the current user's language, through Confluence's SAL {@link I18nResolver}; {@link #in} in a
 * given one (an e-mail in its recipient's language).
 */
public final class SalMessages implements Messages {

    private final I18nResolver resolver;

    public SalMessages(I18nResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String text(String key, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return resolver.getText(key);
        }
        return resolver.getText(key, values(arguments));
    }

    @Override
    public Messages in(Locale locale) {
        if (locale == null) {
            return this;
        }
        return (key, arguments) -> resolver.getText(locale, key,
                arguments == null ? new Serializable[0] : values(arguments));
    }

    private static Serializable[] values(Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            values[i] = a == null || a instanceof Serializable ? (Serializable) a : String.valueOf(a);
        }
        return values;
    }
}
