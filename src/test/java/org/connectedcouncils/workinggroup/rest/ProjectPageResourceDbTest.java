package org.connectedcouncils.workinggroup.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.wizard;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.with;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.LocalProjectPages.StoredPage;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code POST /working-groups/project-pages}, the blueprint wizard's submit, over real HTTP with local project
 * pages: the group and its page are made together and linked both ways, or neither is left behind.
 */
public class ProjectPageResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void createWithProjectPage_answers201WithTheGroupLinkedToItsPage() {
        Result result = target.post(BRIGHTON_EDITOR, "working-groups/project-pages", HttpCalls.json(wizard()));

        assertThat(result.status()).as(result.body()).isEqualTo(201);
        JsonNode group = result.json();
        String key = group.path("key").asText();
        long pageId = group.path("projectPageId").asLong();
        StoredPage page = fixture.pages.pages().get(pageId);
        assertThat(group.path("spaceKey").asText()).isEqualTo(WorkingGroupFixture.SPACE);
        assertThat(group.path("model").asText()).isEqualTo("joint-discovery");
        assertThat(page).isNotNull();
        assertThat(page.spaceKey()).isEqualTo(WorkingGroupFixture.SPACE);
        assertThat(page.title()).isEqualTo("Waste digital forum");
        assertThat(page.body()).contains("<ac:parameter ac:name=\"key\">" + key + "</ac:parameter>");
        JsonNode read = target.get(HACKNEY_EDITOR, "working-groups/" + key).json().path("group");
        assertThat(read.path("projectPageId").asLong()).isEqualTo(pageId);
        JsonNode inSpace = target.get(HACKNEY_EDITOR, "working-groups?spaceKey=WASTE").json();
        assertThat(inSpace.path("total").asLong()).isEqualTo(1);
    }

    @Test
    public void createWithProjectPage_answers400NamingTheWizardsFields() {
        Result result = target.post(BRIGHTON_EDITOR, "working-groups/project-pages",
                HttpCalls.json(with(with(with(wizard(), "spaceKey", null), "aim", null), "model", "club")));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).contains("model");
        Result noSpace = target.post(BRIGHTON_EDITOR, "working-groups/project-pages",
                HttpCalls.json(with(with(wizard(), "spaceKey", null), "aim", null)));
        assertThat(noSpace.errorFields()).contains("spaceKey");
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createWithProjectPage_leavesNoGroupWhenTheSpaceIsUnknown() {
        Result result = target.post(BRIGHTON_EDITOR, "working-groups/project-pages",
                HttpCalls.json(with(wizard(), "spaceKey", "NOPE")));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("spaceKey");
        assertThat(groupCount()).isZero();
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createWithProjectPage_leavesNoGroupWhenThePageCannotBeMade() {
        fixture.pages.failNextWith(ValidationException.of(FieldError.of("name",
                WorkingGroupValidator.PAGE_TITLE_TAKEN, "Waste digital forum")));
        Result taken = target.post(BRIGHTON_EDITOR, "working-groups/project-pages", HttpCalls.json(wizard()));
        fixture.pages.failNextWith(new Refusal.NotAllowed("connected-councils.denied.notCouncilEditor"));
        Result noPermission = target.post(BRIGHTON_EDITOR, "working-groups/project-pages",
                HttpCalls.json(wizard()));

        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.errorFields()).containsExactly("name");
        assertThat(noPermission.status()).isEqualTo(403);
        assertThat(groupCount()).isZero();
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createWithProjectPage_answers403ToAnEditorOfAnotherCouncil() {
        Result result = target.post(HACKNEY_EDITOR, "working-groups/project-pages", HttpCalls.json(wizard()));

        assertThat(result.status()).isEqualTo(403);
        assertThat(groupCount()).isZero();
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createProjectPage_givesARestCreatedGroupItsPageOnceAndOnlyForTheLead() {
        String key = target.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(WorkingGroupBodies.group()))
                .json().path("key").asText();
        String path = "working-groups/" + key + "/project-page";

        assertThat(target.post(HACKNEY_EDITOR, path, "{\"spaceKey\":\"WASTE\"}").status()).isEqualTo(403);
        assertThat(target.post(BRIGHTON_EDITOR, path, "{\"spaceKey\":\" \"}").errorFields())
                .containsExactly("spaceKey");
        assertThat(target.post(BRIGHTON_EDITOR, path, "{\"spaceKey\":\"NOPE\"}").errorFields())
                .containsExactly("spaceKey");
        assertThat(fixture.pages.pages()).isEmpty();
        Result made = target.post(BRIGHTON_EDITOR, path, "{\"spaceKey\":\"WASTE\"}");

        assertThat(made.status()).as(made.body()).isEqualTo(200);
        long pageId = made.json().path("projectPageId").asLong();
        StoredPage page = fixture.pages.pages().get(pageId);
        assertThat(page.spaceKey()).isEqualTo(WorkingGroupFixture.SPACE);
        assertThat(page.body()).contains("<ac:parameter ac:name=\"key\">" + key + "</ac:parameter>");
        assertThat(target.get(HACKNEY_EDITOR, "working-groups/" + key).json().path("group").path("projectPageId")
                .asLong()).isEqualTo(pageId);
        Result again = target.post(BRIGHTON_EDITOR, path, "{\"spaceKey\":\"WASTE\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already has a project page");
        assertThat(fixture.pages.pages()).hasSize(1);
    }

    private static long groupCount() {
        return target.get(ADMIN, "working-groups").json().path("total").asLong();
    }
}
