package org.connectedcouncils.register.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The publiccode.yml sync of one entry: its URL, when it was last tried (epoch until then, so the nightly batch
 * reads the never-tried first by an indexed, non-null column), the result and its problems (one per line).
 */
@Table("PUBLICCODE_SYNC")
public interface AoPubliccodeSync extends Entity {

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
