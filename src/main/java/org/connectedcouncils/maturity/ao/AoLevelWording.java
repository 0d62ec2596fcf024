package org.connectedcouncils.maturity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An admin's wording of one level in one service area, in English and optionally Welsh; without a row the generic
 * description applies.
 */
@Table("MAT_LEVEL")
public interface AoLevelWording extends Entity {

    String PAIR_KEY = "PAIR_KEY";
    String AREA_CODE = "AREA_CODE";
    String LEVEL_NO = "LEVEL_NO";
    String WORDING = "WORDING";
    String WORDING_CY = "WORDING_CY";

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

    /** The same wording in Welsh (null: Welsh readers see the English wording). Model version 8. */
    @StringLength(300)
    String getWordingCy();
    void setWordingCy(String wording);
}
