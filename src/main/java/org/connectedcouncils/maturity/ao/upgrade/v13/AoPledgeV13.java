package org.connectedcouncils.maturity.ao.upgrade.v13;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Frozen copy of {@code AoPledge} as model version 13 created it. */
@Table("MAT_COMMIT")
public interface AoPledgeV13 extends Entity {

    String COUNCIL_CODE = "COUNCIL_CODE";
    String KIND = "KIND";
    String TITLE = "TITLE";
    String STATUS = "STATUS";
    String MADE_ON = "MADE_ON";
    String DUE_BY = "DUE_BY";
    String MET_ON = "MET_ON";
    String GROUP_NO = "GROUP_NO";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @Indexed
    @NotNull
    String getKind();
    void setKind(String kind);

    String getTitle();
    void setTitle(String title);

    @Indexed
    @NotNull
    String getStatus();
    void setStatus(String status);

    @Indexed
    Date getMadeOn();
    void setMadeOn(Date on);

    Date getDueBy();
    void setDueBy(Date by);

    Date getMetOn();
    void setMetOn(Date on);

    Long getGroupNo();
    void setGroupNo(Long number);

    String getAuthor();
    void setAuthor(String userKey);

    @Indexed
    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);
}
