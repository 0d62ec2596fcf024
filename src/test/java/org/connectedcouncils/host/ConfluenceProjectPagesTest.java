package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import com.atlassian.confluence.core.ListBuilder;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpacesQuery;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.HostFake;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.WorkingGroupTestData;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.SpaceChoice;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/**
 * The Confluence adapter of project pages, against mocks of the host services. Page and Space are values whose
 * stand-ins have bodiless (native) methods, which inline mocks cannot intercept; the test fakes them with
 * {@link HostFake} over small recorders instead (Mockito's subclass mock maker, mixed with inline mocks in one JVM,
 * trips over its own assertions).
 */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class ConfluenceProjectPagesTest {

    @Mock
    private PageManager pageManager;
    @Mock
    private LabelManager labelManager;
    @Mock
    private SpaceManager spaceManager;
    @Mock
    private PermissionManager permissionManager;
    @Mock
    private I18nResolver i18n;
    @Mock
    private ConfluenceObjects confluence;
    @Mock
    private ConfluenceUser user;

    /** What the adapter set on the page, which has the id Confluence would give it on save. */
    private static final class RecordedPage {
        private String title;
        private Space space;
        private String body;

        public long getId() {
            return 4242L;
        }

        public void setTitle(String value) {
            title = value;
        }

        public void setSpace(Space value) {
            space = value;
        }

        public void setBodyAsString(String value) {
            body = value;
        }
    }

    private final Space space = HostFake.of(Space.class, new Object());
    private final RecordedPage recorded = new RecordedPage();
    private final Page page = HostFake.of(Page.class, recorded);
    private final WorkingGroup group = new WorkingGroup(WorkingGroupKey.of(7),
            WorkingGroupTestData.aGroup().named("Waste & <recycling>").build().details(), SolutionTestData.BRIGHTON,
            GroupStatus.FORMING, 2, null, null, Instant.EPOCH, "user", Instant.EPOCH, 1);
    private ConfluenceProjectPages target;

    @Before
    public void setUp() {
        target = new ConfluenceProjectPages(pageManager, labelManager, spaceManager, permissionManager, i18n,
                confluence);
    }

    @Test
    public void create_savesThePageWithTheGroupMacroAndReturnsItsId() {
        when(spaceManager.getSpace("WASTE")).thenReturn(space);
        when(confluence.currentUser()).thenReturn(user);
        when(permissionManager.hasCreatePermission(user, space, Page.class)).thenReturn(true);
        when(confluence.newPage()).thenReturn(page);
        when(i18n.getText(anyString())).thenReturn("Heading");
        Label indexLabel = new Label("cc-working-group");
        when(confluence.label("cc-working-group")).thenReturn(indexLabel);

        long id = target.create("WASTE", group);

        assertThat(id).isEqualTo(4242L);
        InOrder saveThenLabel = inOrder(pageManager, labelManager);
        saveThenLabel.verify(pageManager).saveContentEntity(same(page), any());
        saveThenLabel.verify(labelManager).addLabel(same(page), same(indexLabel));
        assertThat(recorded.title).isEqualTo("Waste & <recycling>");
        assertThat(recorded.space).isSameAs(space);
        assertThat(recorded.body)
                .contains("<ac:structured-macro ac:name=\"cc-working-group\"><ac:parameter ac:name=\"key\">WG-7"
                        + "</ac:parameter></ac:structured-macro>")
                .contains("<h2>Heading</h2>")
                .doesNotContain("at:var", "at:i18n");
    }

    /** A space as Confluence lists it: key and name. */
    public record NamedSpace(String getKey, String getName) {
    }

    @Test
    @SuppressWarnings("unchecked")
    public void creatableSpaces_askConfluenceForTheSpacesTheUserMayAddPagesTo_sortedByName_atMostTheLimit() {
        SpacesQuery query = mock(SpacesQuery.class);
        when(confluence.currentUser()).thenReturn(user);
        when(confluence.spacesWith(user, "EDITSPACE")).thenReturn(query);
        ListedSpaces listed = new ListedSpaces(List.of(
                HostFake.of(Space.class, new NamedSpace("WASTE", "waste and recycling")),
                HostFake.of(Space.class, new NamedSpace("COLLAB", "Collaboration")),
                HostFake.of(Space.class, new NamedSpace("HR", "HR"))));
        when(spaceManager.getSpaces(query)).thenReturn(HostFake.of(ListBuilder.class, listed));

        List<SpaceChoice> spaces = target.creatableSpaces(2);

        assertThat(listed.max()).isEqualTo(2);
        assertThat(spaces).containsExactly(new SpaceChoice("COLLAB", "Collaboration"),
                new SpaceChoice("WASTE", "waste and recycling"));
    }

    @Test
    public void creatableSpaces_areNoneForAnAnonymousReader() {
        when(confluence.currentUser()).thenReturn(null);

        assertThat(target.creatableSpaces(100)).isEmpty();
        verify(spaceManager, never()).getSpaces(any());
    }

    @Test
    public void indexLabel_isTheBlueprintsIndexKey() throws Exception {
        String descriptor;
        try (var in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        java.util.regex.Matcher blueprint = java.util.regex.Pattern
                .compile("<blueprint key=\"cc-working-group-blueprint\" index-key=\"([^\"]+)\"").matcher(descriptor);

        assertThat(blueprint.find()).as("the blueprint in atlassian-plugin.xml").isTrue();
        assertThat(ConfluenceProjectPages.INDEX_LABEL).isEqualTo(blueprint.group(1));
    }

    @Test
    public void create_inASpaceTheUserMayNotCreateInIsRefusedAndSavesNothing() {
        when(spaceManager.getSpace("WASTE")).thenReturn(space);
        when(confluence.currentUser()).thenReturn(user);
        when(permissionManager.hasCreatePermission(user, space, Page.class)).thenReturn(false);

        assertThatThrownBy(() -> target.create("WASTE", group))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.denied.noCreatePermission"));
        verify(pageManager, never()).saveContentEntity(any(), any());
        verify(labelManager, never()).addLabel(any(), any());
    }

    @Test
    public void create_forAnonymousIsRefused() {
        when(spaceManager.getSpace("WASTE")).thenReturn(space);

        assertThatThrownBy(() -> target.create("WASTE", group)).isInstanceOf(Refusal.NotAllowed.class);
        verify(pageManager, never()).saveContentEntity(any(), any());
    }

    @Test
    public void create_inAnUnknownSpaceNamesTheSpaceKeyField() {
        assertThatThrownBy(() -> target.create("NOPE", group))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("spaceKey", "connected-councils.workinggroup.error.space", "NOPE")));
    }

    @Test
    public void create_whenTheTitleIsTakenNamesTheNameField() {
        Page existing = new Page();
        when(spaceManager.getSpace("WASTE")).thenReturn(space);
        when(confluence.currentUser()).thenReturn(user);
        when(permissionManager.hasCreatePermission(user, space, Page.class)).thenReturn(true);
        when(pageManager.getPage("WASTE", "Waste & <recycling>")).thenReturn(existing);

        assertThatThrownBy(() -> target.create("WASTE", group))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("name", "connected-councils.workinggroup.error.pageTitleTaken",
                                "Waste & <recycling>")));
        verify(pageManager, never()).saveContentEntity(any(), any());
    }
}
