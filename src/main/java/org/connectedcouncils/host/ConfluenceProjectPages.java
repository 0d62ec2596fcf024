package org.connectedcouncils.host;

import java.util.Comparator;
import java.util.List;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.workinggroup.blueprint.ProjectPageTemplate;
import org.connectedcouncils.workinggroup.domain.SpaceChoice;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;
import org.connectedcouncils.workinggroup.service.ProjectPages;

/**
 * {@link ProjectPages} in Confluence: checks the space exists, that the current user may create pages in it and that
 * the title is free, then saves a page whose body is the project-page template filled for the group, labelled so
 * the blueprint's index page lists it; lists the spaces the user may create pages in, as Confluence's own "Create"
 * button decides whether to show (SpacesQuery with the EDITSPACE permission).
 */
public final class ConfluenceProjectPages implements ProjectPages {

    static final String NO_CREATE_PERMISSION = "connected-councils.workinggroup.denied.noCreatePermission";

    /**
     * The label Confluence's blueprint index page lists pages by: the {@code index-key} of the
     * {@code cc-working-group-blueprint} in atlassian-plugin.xml. Pages the create dialog makes get it from the
     * blueprint; pages this adapter makes get it here.
     */
    static final String INDEX_LABEL = "cc-working-group";

    /** Confluence's space permission to add pages: {@code SpacePermission.CREATEEDIT_PAGE_PERMISSION}. */
    static final String CREATE_PAGES = "EDITSPACE";

    private final PageManager pageManager;
    private final LabelManager labelManager;
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final I18nResolver i18n;
    private final ConfluenceObjects confluence;
    private final ProjectPageTemplate template = ProjectPageTemplate.load();

    public ConfluenceProjectPages(PageManager pageManager, LabelManager labelManager, SpaceManager spaceManager,
            PermissionManager permissionManager, I18nResolver i18n, ConfluenceObjects confluence) {
        this.pageManager = pageManager;
        this.labelManager = labelManager;
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.i18n = i18n;
        this.confluence = confluence;
    }

    @Override
    public List<SpaceChoice> creatableSpaces(int limit) {
        ConfluenceUser user = confluence.currentUser();
        if (user == null || limit <= 0) {
            return List.of();
        }
        return spaceManager.getSpaces(confluence.spacesWith(user, CREATE_PAGES)).getPage(0, limit).stream()
                .map(s -> new SpaceChoice(s.getKey(), s.getName() == null ? s.getKey() : s.getName()))
                .sorted(Comparator.comparing(SpaceChoice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public long create(String spaceKey, WorkingGroup group) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            throw ValidationException.of(FieldError.of("spaceKey", WorkingGroupValidator.UNKNOWN_SPACE, spaceKey));
        }
        ConfluenceUser user = confluence.currentUser();
        if (user == null || !permissionManager.hasCreatePermission(user, space, Page.class)) {
            throw new Refusal.NotAllowed(NO_CREATE_PERMISSION);
        }
        String title = group.details().name();
        if (pageManager.getPage(spaceKey, title) != null) {
            throw ValidationException.of(FieldError.of("name", WorkingGroupValidator.PAGE_TITLE_TAKEN, title));
        }
        Page page = confluence.newPage();
        page.setTitle(title);
        page.setSpace(space);
        page.setBodyAsString(template.render(ProjectPageTemplate.variables(group), i18n::getText));
        pageManager.saveContentEntity(page, DefaultSaveContext.DEFAULT);
        labelManager.addLabel(page, confluence.label(INDEX_LABEL));
        return page.getId();
    }
}
