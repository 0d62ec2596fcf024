package org.connectedcouncils.register.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * publiccode.yml data of one entry that the register has no column for. A side table rather than new AoSolution
 * columns: lists never read it, and a new table needs no upgrade task.
 */
@Table("PUBLICCODE_EXTRA")
public interface AoPubliccodeExtra extends Entity {

    String SOLUTION_ID = "SOLUTION_ID";
    String SOURCE_VERSION = "SOURCE_VERSION";
    String LANGUAGE = "LANGUAGE";
    String USED_BY = "USED_BY";
    String UNMAPPED_YAML = "UNMAPPED_YAML";

    @NotNull
    @Unique
    int getSolutionId();
    void setSolutionId(int id);

    /** The publiccodeYmlVersion the imported file declared. */
    String getSourceVersion();
    void setSourceVersion(String version);

    /** The description language mapped to the entry's summary and description. */
    String getLanguage();
    void setLanguage(String language);

    /** usedBy names, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getUsedBy();
    void setUsedBy(String names);

    @StringLength(StringLength.UNLIMITED)
    String getUnmappedYaml();
    void setUnmappedYaml(String yaml);
}
