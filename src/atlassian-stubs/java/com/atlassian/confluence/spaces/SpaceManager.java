// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ListBuilder;

public interface SpaceManager {

    Space getSpace(String spaceKey);

    /**
     * The spaces a query selects, to be read a page at a time. [verified-pre10: Confluence's
     * CreatePageOrBlogpostCondition and DefaultSpaceCollectionService, public decompiled copies]
     */
    ListBuilder<Space> getSpaces(SpacesQuery query);
}
