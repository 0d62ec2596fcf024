package org.connectedcouncils.council.ao.upgrade.v12;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of {@code AoEditorRequest} as model version 12 created it (table EDITOR_REQUEST). */
@Table("EDITOR_REQUEST")
public interface AoEditorRequestV12 extends Entity {

    String COUNCIL_CODE = "COUNCIL_CODE";
    String REQUESTER = "REQUESTER";
    String PENDING_KEY = "PENDING_KEY";
    String REQUEST_STATE = "REQUEST_STATE";
    String REQUESTED_AT = "REQUESTED_AT";

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @Indexed
    @NotNull
    String getRequester();
    void setRequester(String userKey);

    @NotNull
    @Unique
    String getPendingKey();
    void setPendingKey(String key);

    @Indexed
    @NotNull
    String getRequestState();
    void setRequestState(String state);

    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);

    @NotNull
    Date getRequestedAt();
    void setRequestedAt(Date at);

    String getDecidedBy();
    void setDecidedBy(String userKey);

    Date getDecidedAt();
    void setDecidedAt(Date at);

    @StringLength(StringLength.UNLIMITED)
    String getRefusal();
    void setRefusal(String reason);
}
