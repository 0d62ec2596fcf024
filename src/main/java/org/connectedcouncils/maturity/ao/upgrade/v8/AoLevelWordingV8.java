package org.connectedcouncils.maturity.ao.upgrade.v8;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy as model version 8 left it; never change it (later versions copy it).
 *
 * An admin's wording of one level in one service area, in English and optionally Welsh; without a row the generic
 * description applies.
 */
@Table("MAT_LEVEL")
public interface AoLevelWordingV8 extends Entity {

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
