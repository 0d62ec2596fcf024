package org.connectedcouncils.council.ao.upgrade.v5;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of the editor-request table as model version 5 created it; never change it (later versions copy it).
 * A person's request for editor rights for a council. {@code PENDING_KEY} ("user:council") is set while the request
 * is pending and cleared when it is decided, so one person has at most one pending request per council.
 */
@Table("EDITOR_REQUEST")
public interface AoEditorRequestV5 extends Entity {

    String USER_KEY = "USER_KEY";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String REQUEST_STATE = "REQUEST_STATE";
    String PENDING_KEY = "PENDING_KEY";
    String REASON = "REASON";
    String REQUESTED_AT = "REQUESTED_AT";
    String DECIDED_BY = "DECIDED_BY";
    String DECIDED_AT = "DECIDED_AT";

    @Indexed
    @NotNull
    String getUserKey();
    void setUserKey(String userKey);

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @Indexed
    @NotNull
    String getRequestState();
    void setRequestState(String state);

    @Unique
    String getPendingKey();
    void setPendingKey(String key);

    String getReason();
    void setReason(String reason);

    @Indexed
    @NotNull
    Date getRequestedAt();
    void setRequestedAt(Date at);

    String getDecidedBy();
    void setDecidedBy(String userKey);

    Date getDecidedAt();
    void setDecidedAt(Date at);
}
