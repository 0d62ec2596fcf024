package org.connectedcouncils.register.ao.upgrade.v14;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of {@code AoPubliccodeSync} as model version 14 created it. */
@Table("PUBLICCODE_SYNC")
public interface AoPubliccodeSyncV14 extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String SOURCE_URL = "SOURCE_URL";
    String TRIED_AT = "TRIED_AT";
    String RESULT = "RESULT";
    String PROBLEMS = "PROBLEMS";

    @NotNull
    @Unique
    int getSolutionId();
    void setSolutionId(int id);

    @NotNull
    String getSourceUrl();
    void setSourceUrl(String url);

    @NotNull
    @Indexed
    Date getTriedAt();
    void setTriedAt(Date at);

    String getResult();
    void setResult(String result);

    @StringLength(StringLength.UNLIMITED)
    String getProblems();
    void setProblems(String problems);
}
