// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
// Checked: docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/core/DefaultSaveContext.html
// (public static final), still listed in .../atlassian-confluence/1000.107.0/...; 10.x javadoc not public.
package com.atlassian.confluence.core;

public class DefaultSaveContext implements SaveContext {

    public static final SaveContext DEFAULT = null;
}
