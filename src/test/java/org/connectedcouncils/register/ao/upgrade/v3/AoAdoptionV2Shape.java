package org.connectedcouncils.register.ao.upgrade.v3;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The adoption table as it was before model version 3 (as of model version 2), for seeding the old shape. */
@Table("ADOPTION")
public interface AoAdoptionV2Shape extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String STATE = "STATE";
    String DECLARED_AT = "DECLARED_AT";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

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
    String getState();
    void setState(String state);

    Date getSince();
    void setSince(Date since);

    @StringLength(StringLength.MAX_LENGTH)
    String getEvidenceUrl();
    void setEvidenceUrl(String url);

    String getDeclaredBy();
    void setDeclaredBy(String userKey);

    @NotNull
    Date getDeclaredAt();
    void setDeclaredAt(Date at);

    String getConfirmedBy();
    void setConfirmedBy(String userKey);

    Date getConfirmedAt();
    void setConfirmedAt(Date at);
}
