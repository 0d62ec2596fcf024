package org.connectedcouncils.workinggroup.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One status report of a group or register entry. Rows are only inserted; the one exception is
 * {@code CURRENT_KEY}, which holds the subject ("WG-3", "CC-7") on the subject's newest report and null on the
 * others. Being unique, it lets the database keep exactly one current report per subject.
 */
@Table("STATUS_REPORT")
public interface AoStatusReport extends Entity {

    String SUBJECT = "SUBJECT";
    String SUBJECT_TYPE = "SUBJECT_TYPE";
    String SUBJECT_ID = "SUBJECT_ID";
    String CURRENT_KEY = "CURRENT_KEY";
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

    @Unique
    String getCurrentKey();
    void setCurrentKey(String subject);

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
