package org.connectedcouncils.register.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One word of an entry's name or summary: the index behind free-text search, rewritten on every save. */
@Table("SOL_TOKEN")
public interface AoSearchToken extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String TOKEN = "TOKEN";

    @Indexed
    int getSolutionId();
    void setSolutionId(int id);

    @Indexed
    @NotNull
    String getToken();
    void setToken(String token);
}
