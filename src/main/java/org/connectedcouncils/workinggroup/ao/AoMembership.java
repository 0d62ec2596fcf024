package org.connectedcouncils.workinggroup.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A council's membership of a group. {@code PAIR_KEY} ("id:code") is unique: one row per group and council. */
@Table("GROUP_MEMBER")
public interface AoMembership extends Entity {

    String GROUP_ID = "GROUP_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String MEMBER_ROLE = "MEMBER_ROLE";
    String ROLE_RANK = "ROLE_RANK";
    String JOINED_AT = "JOINED_AT";
    String ADDED_BY = "ADDED_BY";

    @Indexed
    int getGroupId();
    void setGroupId(int id);

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @NotNull
    @Unique
    String getPairKey();
    void setPairKey(String key);

    @Indexed
    @NotNull
    String getMemberRole();
    void setMemberRole(String role);

    /** Lead 0, member 1, observer 2: the order member lists use. */
    int getRoleRank();
    void setRoleRank(int rank);

    @NotNull
    Date getJoinedAt();
    void setJoinedAt(Date at);

    String getAddedBy();
    void setAddedBy(String userKey);
}
