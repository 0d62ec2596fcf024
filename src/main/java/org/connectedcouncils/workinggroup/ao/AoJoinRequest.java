package org.connectedcouncils.workinggroup.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A council's request to join a group. {@code PENDING_KEY} holds "id:code" while the request is pending and
 * "decided-&lt;ID&gt;" once decided; being unique (AO makes unique columns NOT NULL, hence no null), it lets the
 * database refuse a second pending request from the same council.
 */
@Table("JOIN_REQUEST")
public interface AoJoinRequest extends Entity {

    String GROUP_ID = "GROUP_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PENDING_KEY = "PENDING_KEY";
    String REQUEST_STATE = "REQUEST_STATE";
    String MEMBER_ROLE = "MEMBER_ROLE";
    String REQUESTED_AT = "REQUESTED_AT";

    @Indexed
    int getGroupId();
    void setGroupId(int id);

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @NotNull
    @Unique
    String getPendingKey();
    void setPendingKey(String key);

    @Indexed
    @NotNull
    String getRequestState();
    void setRequestState(String state);

    @NotNull
    String getMemberRole();
    void setMemberRole(String role);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();
    void setMessage(String message);

    String getRequestedBy();
    void setRequestedBy(String userKey);

    @NotNull
    Date getRequestedAt();
    void setRequestedAt(Date at);

    String getDecidedBy();
    void setDecidedBy(String userKey);

    Date getDecidedAt();
    void setDecidedAt(Date at);

    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);
}
