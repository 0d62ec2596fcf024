package org.connectedcouncils.maturity.ao;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A peer council's verdict on an assessment; one per council and assessment ({@link #PAIR_KEY} is unique). */
@Table("MAT_REVIEW")
public interface AoMaturityReview extends Entity {

    String ASSESSMENT_ID = "ASSESSMENT_ID";
    String COUNCIL_CODE = "COUNCIL_CODE";
    String PAIR_KEY = "PAIR_KEY";
    String VERDICT = "VERDICT";
    String REVIEW_TEXT = "REVIEW_TEXT";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";

    @Indexed
    int getAssessmentId();
    void setAssessmentId(int id);

    @NotNull
    String getCouncilCode();
    void setCouncilCode(String code);

    @NotNull
    @Unique
    String getPairKey();
    void setPairKey(String key);

    @NotNull
    String getVerdict();
    void setVerdict(String verdict);

    @StringLength(StringLength.UNLIMITED)
    String getReviewText();
    void setReviewText(String text);

    String getAuthor();
    void setAuthor(String userKey);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date at);
}
