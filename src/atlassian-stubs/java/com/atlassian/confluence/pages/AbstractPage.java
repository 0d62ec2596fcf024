// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

public abstract class AbstractPage extends SpaceContentEntityObject {
}
