package org.connectedcouncils.workinggroup.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A group's invitation to a council (model version 2). {@code PENDING_KEY} holds "id:code" while pending and
 * "decided-&lt;ID&gt;" once decided; being unique, it lets the database refuse a second pending invitation.
 */
@Table("INVITATION")
public interface AoInvitation extends Entity {

    String GROUP_ID = "GROUP_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PENDING_KEY = "PENDING_KEY";
    String INVITE_STATE = "INVITE_STATE";
    String MEMBER_ROLE = "MEMBER_ROLE";
    String INVITED_AT = "INVITED_AT";

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
    String getInviteState();
    void setInviteState(String state);

    @NotNull
    String getMemberRole();
    void setMemberRole(String role);

    String getInvitedBy();
    void setInvitedBy(String userKey);

    @NotNull
    Date getInvitedAt();
    void setInvitedAt(Date at);

    String getDecidedBy();
    void setDecidedBy(String userKey);

    Date getDecidedAt();
    void setDecidedAt(Date at);

    @StringLength(StringLength.UNLIMITED)
    String getReason();
    void setReason(String reason);
}
