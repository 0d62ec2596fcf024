package org.connectedcouncils.workinggroup.ao.upgrade.v7;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of the table as model version 7 created it; never change it (later versions copy it). */
@Table("WG_COMMITMENT")
public interface AoCommitmentV7 extends Entity {

    String GROUP_ID = "GROUP_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String PEOPLE_DAYS = "PEOPLE_DAYS";
    String MONEY = "MONEY";
    String COMMIT_ROLE = "COMMIT_ROLE";
    String AGREED_ON = "AGREED_ON";
    String PROGRESS = "PROGRESS";
    String UPDATED_AT = "UPDATED_AT";
    String UPDATED_BY = "UPDATED_BY";

    @Indexed
    int getGroupId();
    void setGroupId(int id);

    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    /** {@code groupId:councilCode}: the database keeps one commitment per council and group. */
    @NotNull
    @Unique
    String getPairKey();
    void setPairKey(String key);

    /** People-days a month, in tenths (15 = 1.5 days). */
    int getPeopleDays();
    void setPeopleDays(int tenths);

    /** Money committed, whole pounds a year. */
    long getMoney();
    void setMoney(long pounds);

    String getCommitRole();
    void setCommitRole(String role);

    Date getAgreedOn();
    void setAgreedOn(Date on);

    /** Met / at risk, as the lead last marked it (null until marked). */
    String getProgress();
    void setProgress(String progress);

    @NotNull
    Date getUpdatedAt();
    void setUpdatedAt(Date at);

    String getUpdatedBy();
    void setUpdatedBy(String userKey);
}
