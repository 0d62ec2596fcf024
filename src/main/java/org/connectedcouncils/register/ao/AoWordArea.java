package org.connectedcouncils.register.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One word of an entry's name or summary paired with one of its service areas: the index behind a word search
 * narrowed to an area, so one range of the (word, area) index finds the matches instead of the database intersecting
 * the word's and the area's lists (BENCHMARKS.md finding 2). Rewritten with the token and area rows on every save.
 */
@Table("SOL_WORD_AREA")
@Indexes(@Index(name = "word_area", methodNames = {"getWord", "getAreaCode"}))
public interface AoWordArea extends Entity {

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
