package org.connectedcouncils.register.ao.upgrade.v11;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Frozen copy of the word-and-area index as model version 11 adds it; never change it (later versions copy it). */
@Table("SOL_WORD_AREA")
@Indexes(@Index(name = "word_area", methodNames = {"getWord", "getAreaCode"}))
public interface AoWordAreaV11 extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String WORD = "WORD";
    String AREA_CODE = "AREA_CODE";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @NotNull
    String getWord();
    void setWord(String word);

    @NotNull
    String getAreaCode();
    void setAreaCode(String code);
}
