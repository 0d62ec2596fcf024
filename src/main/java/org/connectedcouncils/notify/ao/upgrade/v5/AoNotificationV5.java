package org.connectedcouncils.notify.ao.upgrade.v5;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Frozen copy of the notification table as model version 5 created it; never change it (later versions copy it).
 */
@Table("NOTIFICATION")
public interface AoNotificationV5 extends Entity {

    String RECIPIENT = "RECIPIENT";
    String KIND = "KIND";
    String EVENT_CODE = "EVENT_CODE";
    String SUBJECT_TYPE = "SUBJECT_TYPE";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String TITLE = "TITLE";
    String ACTOR_KEY = "ACTOR_KEY";
    String DETAIL = "DETAIL";
    String LINK_PATH = "LINK_PATH";
    String CREATED = "CREATED";
    String READ_FLAG = "READ_FLAG";
    String READ_AT = "READ_AT";
    String DELIVERY = "DELIVERY";
    String MAIL_STATE = "MAIL_STATE";

    @Indexed
    @NotNull
    String getRecipient();
    void setRecipient(String value);

    @NotNull
    String getKind();
    void setKind(String value);

    @NotNull
    String getEventCode();
    void setEventCode(String value);

    @NotNull
    String getSubjectType();
    void setSubjectType(String value);

    @NotNull
    String getSubjectKey();
    void setSubjectKey(String value);

    String getTitle();
    void setTitle(String value);

    String getActorKey();
    void setActorKey(String value);

    String getDetail();
    void setDetail(String value);

    String getLinkPath();
    void setLinkPath(String value);

    @Indexed
    @NotNull
    Date getCreated();
    void setCreated(Date value);

    @Indexed
    boolean isReadFlag();
    void setReadFlag(boolean value);

    Date getReadAt();
    void setReadAt(Date value);

    @Indexed
    @NotNull
    String getDelivery();
    void setDelivery(String value);

    @Indexed
    @NotNull
    String getMailState();
    void setMailState(String value);
}
