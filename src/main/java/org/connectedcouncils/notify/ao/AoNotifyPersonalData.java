package org.connectedcouncils.notify.ao;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.ao.UserKeyColumns;
import org.connectedcouncils.common.service.PersonalData;

/**
 * Notify's user keys: the person's watches and mail choices are deleted (an anonymous marker watches nothing and
 * chooses nothing); their notifications, the actors named in others' notifications and their sent-mail claims
 * take the marker.
 */
public final class AoNotifyPersonalData implements PersonalData {

    private final ActiveObjects ao;

    public AoNotifyPersonalData(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Integer> anonymise(String userKey, String marker) {
        int watches = ao.deleteWithSQL(AoWatch.class, AoWatch.USER_KEY + " = ?", userKey);
        int choices = ao.deleteWithSQL(AoMailChoice.class, AoMailChoice.USER_KEY + " = ?", userKey);
        return new UserKeyColumns(ao, userKey, marker)
                .count("WATCH.USER_KEY", watches)
                .count("MAIL_CHOICE.USER_KEY", choices)
                .rewrite(AoNotification.class, "NOTIFICATION", AoNotification.RECIPIENT, AoNotification::setRecipient)
                .rewrite(AoNotification.class, "NOTIFICATION", AoNotification.ACTOR_KEY, AoNotification::setActorKey)
                .rewrite(AoSentMail.class, "SENT_MAIL", AoSentMail.RECIPIENT, AoSentMail::setRecipient)
                .counts();
    }
}
