package org.connectedcouncils.maturity.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A council's self-assessment of one service area. The current one of a council and area holds {@code council:area}
 * in the unique {@link #CURRENT_KEY}, so two writes racing to become current clash in the database.
 */
@Table("MAT_ASSESSMENT")
public interface AoAssessment extends Entity {

    String COUNCIL_CODE = "COUNCIL_CODE";
    String AREA_CODE = "AREA_CODE";
    String LEVEL_NO = "LEVEL_NO";
    String ASSESSED_ON = "ASSESSED_ON";
    String JUSTIFICATION = "JUSTIFICATION";
    String EVIDENCE_ENTRIES = "EVIDENCE_ENTRIES";
    String EVIDENCE_LINKS = "EVIDENCE_LINKS";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";
    String CURRENT_KEY = "CURRENT_KEY";
    String LATEST = "LATEST";

    @Indexed
    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @Indexed
    @NotNull
    String getAreaCode();
    void setAreaCode(String code);

    int getLevelNo();
    void setLevelNo(int level);

    @NotNull
    Date getAssessedOn();
    void setAssessedOn(Date on);

    @StringLength(StringLength.UNLIMITED)
    String getJustification();
    void setJustification(String text);

    /** Comma-separated entry keys, at most ten. */
    String getEvidenceEntries();
    void setEvidenceEntries(String keys);

    /** Newline-separated links, at most five. */
    @StringLength(StringLength.UNLIMITED)
    String getEvidenceLinks();
    void setEvidenceLinks(String links);

    String getAuthor();
    void setAuthor(String userKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);

    @NotNull
    @Unique
    String getCurrentKey();
    void setCurrentKey(String key);

    @Indexed
    boolean isLatest();
    void setLatest(boolean latest);
}
