package org.connectedcouncils.workinggroup.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Which service areas a group works in: the join that filters groups and the portfolio by area. */
@Table("GROUP_AREA")
public interface AoGroupArea extends Entity {

    String GROUP_ID = "GROUP_ID";
    String AREA_CODE = "AREA_CODE";

    @Indexed
    int getGroupId();
    void setGroupId(int id);

    @Indexed
    @NotNull
    String getAreaCode();
    void setAreaCode(String code);
}
