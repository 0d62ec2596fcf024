package org.connectedcouncils.workinggroup.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One status report of a group or register entry. Rows are only inserted; the exception is the pair
 * {@code LATEST}/{@code CURRENT_KEY}: on the subject's newest report {@code LATEST} is true and {@code CURRENT_KEY}
 * holds the subject ("WG-3", "CC-7"); on the others it holds "old-&lt;uuid&gt;". Being unique (and, as AO makes
 * unique columns, NOT NULL), it lets the database keep at most one current report per subject; {@code LATEST} is
 * the indexed column lists filter on.
 */
@Table("STATUS_REPORT")
public interface AoStatusReport extends Entity {

    String SUBJECT = "SUBJECT";
    String SUBJECT_TYPE = "SUBJECT_TYPE";
    String SUBJECT_ID = "SUBJECT_ID";
    String CURRENT_KEY = "CURRENT_KEY";
    String LATEST = "LATEST";
    String REPORT_DATE = "REPORT_DATE";
    String RAG = "RAG";
    String RAG_RANK = "RAG_RANK";
    String SUMMARY = "SUMMARY";
    String CREATED_AT = "CREATED_AT";

    @Indexed
    @NotNull
    String getSubject();
    void setSubject(String subject);

    /** "group" or "solution". */
    @Indexed
    @NotNull
    String getSubjectType();
    void setSubjectType(String type);

    @Indexed
    int getSubjectId();
    void setSubjectId(int id);

    @NotNull
    @Unique
    String getCurrentKey();
    void setCurrentKey(String subject);

    @Indexed
    boolean isLatest();
    void setLatest(boolean latest);

    @Indexed
    @NotNull
    Date getReportDate();
    void setReportDate(Date date);

    @Indexed
    @NotNull
    String getRag();
    void setRag(String rag);

    @Indexed
    int getRagRank();
    void setRagRank(int rank);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();
    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getAchievements();
    void setAchievements(String text);

    @StringLength(StringLength.UNLIMITED)
    String getNextSteps();
    void setNextSteps(String text);

    @StringLength(StringLength.UNLIMITED)
    String getRisks();
    void setRisks(String text);

    String getAuthor();
    void setAuthor(String userKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);
}
