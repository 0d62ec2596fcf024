package org.connectedcouncils.maturity.ao.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy as model version 6 created it; never change it (later versions copy it).
 *
 * An admin's wording of one level in one service area; without a row the generic description applies. */
@Table("MAT_LEVEL")
public interface AoLevelWordingV6 extends Entity {

    String PAIR_KEY = "PAIR_KEY";
    String AREA_CODE = "AREA_CODE";
    String LEVEL_NO = "LEVEL_NO";
    String WORDING = "WORDING";

    @NotNull
    @Unique
    String getPairKey();
    void setPairKey(String key);

    @Indexed
    @NotNull
    String getAreaCode();
    void setAreaCode(String code);

    int getLevelNo();
    void setLevelNo(int level);

    @StringLength(300)
    String getWording();
    void setWording(String wording);
}
