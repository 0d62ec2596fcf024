package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.BRIGHTON_EDITOR;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.LocalProjectPages.StoredPage;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.ao.AoGroupArea;
import org.connectedcouncils.workinggroup.ao.AoMembership;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.junit.Before;
import org.junit.Test;

import net.java.ao.Query;

/** The blueprint path: a group and its project page are made together and linked both ways, or not at all. */
public class ProjectPageCreationDbTest {

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.groups;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
    }

    private int rows(Class<? extends net.java.ao.RawEntity<Integer>> type) {
        return fixture.register.db.ao().count(type, Query.select());
    }

    @Test
    public void createWithProjectPage_linksGroupAndPageBothWays() {
        WorkingGroup created = target.createWithProjectPage(aGroup().named("Waste <digital> forum").build(),
                WorkingGroupFixture.SPACE);

        WorkingGroup read = target.get(created.key());
        StoredPage page = fixture.pages.pages().get(read.projectPageId());
        assertThat(read.spaceKey()).isEqualTo(WorkingGroupFixture.SPACE);
        assertThat(page.spaceKey()).isEqualTo(WorkingGroupFixture.SPACE);
        assertThat(page.title()).isEqualTo("Waste <digital> forum");
        assertThat(page.body()).contains("<ac:structured-macro ac:name=\"cc-working-group\"><ac:parameter "
                + "ac:name=\"key\">" + created.key() + "</ac:parameter></ac:structured-macro>");
        WorkingGroupQuery inSpace = new WorkingGroupQuery(null, null, null, null, WorkingGroupFixture.SPACE, null,
                null);
        assertThat(target.list(inSpace).items()).extracting(WorkingGroup::key).containsExactly(created.key());
    }

    @Test
    public void createWithProjectPage_leavesNoGroupWhenThePageCannotBeMade() {
        fixture.pages.failNextWith(new IllegalStateException("Confluence refused the page"));

        assertThatThrownBy(() -> target.createWithProjectPage(aGroup().build(), WorkingGroupFixture.SPACE))
                .hasMessage("Confluence refused the page");

        assertThat(rows(AoWorkingGroup.class)).isZero();
        assertThat(rows(AoMembership.class)).isZero();
        assertThat(rows(AoGroupArea.class)).isZero();
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createWithProjectPage_inAnUnknownSpaceReportsTheFieldAndLeavesNothing() {
        assertThatThrownBy(() -> target.createWithProjectPage(aGroup().build(), "NOPE"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("spaceKey", "connected-councils.workinggroup.error.space", "NOPE")));

        assertThat(rows(AoWorkingGroup.class)).isZero();
    }

    @Test
    public void createWithProjectPage_withoutSpaceKeyIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> target.createWithProjectPage(aGroup().build(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("spaceKey", "connected-councils.error.required")));
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createWithProjectPage_appliesTheGroupRulesBeforeMakingAPage() {
        fixture.maxFundingBidLeads = 0;

        assertThatThrownBy(() -> target.createWithProjectPage(aGroup().fundingBid().build(),
                WorkingGroupFixture.SPACE)).isInstanceOf(ValidationException.class);
        assertThat(fixture.pages.pages()).isEmpty();
    }

    @Test
    public void createWithProjectPage_whenThePagePortRefusesPermissionNothingIsStored() {
        fixture.pages.failNextWith(new Refusal.NotAllowed(
                "connected-councils.workinggroup.denied.noCreatePermission"));

        assertThatThrownBy(() -> target.createWithProjectPage(aGroup().build(), WorkingGroupFixture.SPACE))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThat(rows(AoWorkingGroup.class)).isZero();
    }
}
