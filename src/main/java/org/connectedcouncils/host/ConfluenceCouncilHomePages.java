package org.connectedcouncils.host;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.notify.service.CouncilHomePages;

/** {@link CouncilHomePages} in Confluence: one space query for the councils' keys, as the reader may view them. */
public final class ConfluenceCouncilHomePages implements CouncilHomePages {

    /** Confluence's space permission to view: {@code SpacePermission.VIEWSPACE_PERMISSION}. */
    static final String VIEW = "VIEWSPACE";

    private final SpaceManager spaceManager;
    private final ConfluenceObjects confluence;

    public ConfluenceCouncilHomePages(SpaceManager spaceManager, ConfluenceObjects confluence) {
        this.spaceManager = spaceManager;
        this.confluence = confluence;
    }

    @Override
    public Map<CouncilCode, Long> of(Collection<CouncilCode> councils) {
        ConfluenceUser user = confluence.currentUser();
        if (user == null || councils.isEmpty()) {
            return Map.of();
        }
        List<String> keys = councils.stream().map(CouncilCode::value).distinct().toList();
        Map<CouncilCode, Long> homes = new HashMap<>();
        for (Space space : spaceManager.getSpaces(confluence.spacesNamed(user, keys, VIEW)).getPage(0, keys.size())) {
            Page home = space.getHomePage();
            if (home != null) {
                CouncilCode.parse(space.getKey()).filter(councils::contains)
                        .ifPresent(code -> homes.put(code, home.getId()));
            }
        }
        return homes;
    }
}
