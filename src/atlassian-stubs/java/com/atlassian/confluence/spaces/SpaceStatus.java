// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
// Source: Confluence's CreatePageOrBlogpostCondition (public decompiled copy) passes SpaceStatus.CURRENT to
// SpacesQuery.Builder#withSpaceStatus. [verified-pre10; ARCHIVED exists in Confluence but is not used here]
package com.atlassian.confluence.spaces;

public enum SpaceStatus {
    CURRENT, ARCHIVED
}
