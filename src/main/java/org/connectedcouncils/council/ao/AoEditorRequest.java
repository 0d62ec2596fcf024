package org.connectedcouncils.council.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's request for editor rights for a council. {@code PENDING_KEY} holds "council:user" while the request is
 * pending and "decided-&lt;ID&gt;" once decided; being unique, it lets the database refuse a second pending request of
 * the same person for the same council (model version 12).
 */
@Table("EDITOR_REQUEST")
public interface AoEditorRequest extends Entity {

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
