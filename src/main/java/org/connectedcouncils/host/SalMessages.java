package org.connectedcouncils.host;

import java.io.Serializable;

import com.atlassian.sal.api.message.I18nResolver;

import org.connectedcouncils.common.i18n.Messages;

/** {@link Messages} in the current user's language, through Confluence's SAL {@link I18nResolver}. */
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
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            values[i] = a == null || a instanceof Serializable ? (Serializable) a : String.valueOf(a);
        }
        return resolver.getText(key, values);
    }
}
