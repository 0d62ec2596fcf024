package org.connectedcouncils.workinggroup.ao.upgrade.v7;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen copy of the table as model version 7 created it; never change it (later versions copy it). */
@Table("WG_HISTORY")
public interface AoGroupHistoryV7 extends Entity {

    String GROUP_ID = "GROUP_ID";
    String HAPPENED_AT = "HAPPENED_AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String WHAT = "WHAT";
    String DETAIL = "DETAIL";

    @Indexed
    int getGroupId();
    void setGroupId(int id);

    @Indexed
    @NotNull
    Date getHappenedAt();
    void setHappenedAt(Date at);

    String getActorKey();
    void setActorKey(String userKey);

    String getCouncilCode();
    void setCouncilCode(String code);

    @NotNull
    String getWhat();
    void setWhat(String what);

    @StringLength(StringLength.MAX_LENGTH)
    String getDetail();
    void setDetail(String detail);
}
