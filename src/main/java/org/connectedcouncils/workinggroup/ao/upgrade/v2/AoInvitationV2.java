package org.connectedcouncils.workinggroup.ao.upgrade.v2;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen copy of the invitation table as model version 2 created it; never change it (later versions copy it).
 */
@Table("INVITATION")
public interface AoInvitationV2 extends Entity {

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
