// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.EditableLabelable;

public abstract class ContentEntityObject implements EditableLabelable {

    public native long getId();

    public native String getTitle();

    public native void setTitle(String title);

    public native void setBodyAsString(String content);
}
