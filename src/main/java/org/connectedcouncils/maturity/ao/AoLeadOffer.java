package org.connectedcouncils.maturity.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A council's offer to lead in one service area. {@code PAIR_KEY} ("code:area") is unique: one offer a pair. */
@Table("MAT_LEAD")
public interface AoLeadOffer extends Entity {

    String COUNCIL_CODE = "COUNCIL_CODE";
    String AREA_CODE = "AREA_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String OFFERED_BY = "OFFERED_BY";
    String OFFERED_AT = "OFFERED_AT";

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @Indexed
    @NotNull
    String getAreaCode();
    void setAreaCode(String code);

    @NotNull
    @Unique
    String getPairKey();
    void setPairKey(String key);

    String getOfferedBy();
    void setOfferedBy(String userKey);

    @NotNull
    Date getOfferedAt();
    void setOfferedAt(Date at);
}
