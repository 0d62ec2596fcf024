package org.connectedcouncils.host;

import java.util.List;

import com.atlassian.confluence.spaces.Space;

/** The spaces a query lists, as a {@code ListBuilder} target for {@code HostFake}; remembers the page asked for. */
public final class ListedSpaces {

    private final List<Space> spaces;
    private int max = -1;

    ListedSpaces(List<Space> spaces) {
        this.spaces = spaces;
    }

    public List<Space> getPage(int offset, int maxResults) {
        max = maxResults;
        return spaces.subList(offset, Math.min(spaces.size(), offset + maxResults));
    }

    /** The most spaces asked for, -1 before any page. */
    int max() {
        return max;
    }
}
