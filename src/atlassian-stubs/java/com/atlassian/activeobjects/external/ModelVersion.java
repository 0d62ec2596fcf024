// Stand-in mirroring com.atlassian.activeobjects:activeobjects-plugin (Confluence 10.2 / platform 8); signatures only.
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
    }

    public static native ModelVersion valueOf(String version);

    public native boolean isOlderThan(ModelVersion other);

    @Override
    public native int compareTo(ModelVersion other);
}
