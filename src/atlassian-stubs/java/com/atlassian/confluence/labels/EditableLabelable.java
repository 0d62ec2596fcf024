// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.labels;

public interface EditableLabelable extends Labelable {
}
