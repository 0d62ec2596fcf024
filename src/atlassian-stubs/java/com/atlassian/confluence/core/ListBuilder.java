// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
// Source: SpaceManager#getSpaces(SpacesQuery) returns it; Confluence's CreatePageOrBlogpostCondition and
// DefaultSpaceCollectionService (public decompiled copies) call getPage(int offset, int maxResults) on it.
// [verified-pre10]
package com.atlassian.confluence.core;

import java.util.List;

public interface ListBuilder<T> {

    List<T> getPage(int offset, int maxResults);
}
