package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.confluence.core.ListBuilder;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpacesQuery;
import com.atlassian.confluence.user.ConfluenceUser;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.testing.HostFake;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/**
 * Councils' space home pages from Confluence, against mocks of the host services (Space and Page through
 * {@link HostFake}, as their stand-ins' methods are native): one query for the councils' keys, as the reader may view
 * them; a space with no home page, or one that is not a council's, is left out.
 */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class ConfluenceCouncilHomePagesTest {

    private static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    private static final CouncilCode HACKNEY = CouncilCode.of("E09000012");
    private static final CouncilCode LEEDS = CouncilCode.of("E08000035");

    @Mock
    private SpaceManager spaceManager;
    @Mock
    private ConfluenceObjects confluence;
    @Mock
    private ConfluenceUser user;

    private ConfluenceCouncilHomePages target;

    /** A space as the test needs it: its key and its home page (null for none). */
    public static final class CouncilSpace {
        private final String key;
        private final Page home;

        CouncilSpace(String key, Long homeId) {
            this.key = key;
            this.home = homeId == null ? null : HostFake.of(Page.class, new HomePage(homeId));
        }

        public String getKey() {
            return key;
        }

        public Page getHomePage() {
            return home;
        }
    }

    /** A page with an id. */
    public static final class HomePage {
        private final long id;

        HomePage(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }
    }

    @Before
    public void setUp() {
        target = new ConfluenceCouncilHomePages(spaceManager, confluence);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void oneQueryForTheCouncilsKeys_asTheReaderMayView_givesEachSpacesHomePage() {
        SpacesQuery query = mock(SpacesQuery.class);
        when(confluence.currentUser()).thenReturn(user);
        when(confluence.spacesNamed(any(), any(), any())).thenReturn(query);
        ListedSpaces listed = new ListedSpaces(List.of(space("E06000043", 77L), space("E09000012", null)));
        when(spaceManager.getSpaces(query)).thenReturn(HostFake.of(ListBuilder.class, listed));

        Map<CouncilCode, Long> homes = target.of(Set.of(BRIGHTON, HACKNEY, LEEDS));

        assertThat(homes).containsExactly(Map.entry(BRIGHTON, 77L));
        assertThat(listed.max()).isEqualTo(3);
        verify(confluence).spacesNamed(same(user), argThat(keys -> Set.copyOf(keys)
                .equals(Set.of("E06000043", "E09000012", "E08000035"))), eq("VIEWSPACE"));
    }

    @Test
    public void anAnonymousReader_orNoCouncil_asksConfluenceNothing() {
        when(confluence.currentUser()).thenReturn(null);

        assertThat(target.of(Set.of(BRIGHTON))).isEmpty();
        assertThat(target.of(Set.of())).isEmpty();
        verify(spaceManager, never()).getSpaces(any());
    }

    private static Space space(String key, Long homeId) {
        return HostFake.of(Space.class, new CouncilSpace(key, homeId));
    }
}
