package org.connectedcouncils.maturity.ao.upgrade.v10;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of {@code AoLeadOffer} as model version 10 created it. */
@Table("MAT_LEAD")
public interface AoLeadOfferV10 extends Entity {

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
