package org.connectedcouncils.workinggroup.blueprint;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.time.Instant;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.WorkingGroupTestData;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroups;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.MockMakers;
import org.mockito.junit.MockitoJUnitRunner;

/**
 * The blueprint's context provider fills the template from a stored group, or from the wizard fields. Mocks use the
 * subclass mock maker: the BlueprintContext stand-in has bodiless (native) methods.
 */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class WorkingGroupContextProviderTest {

    @Mock(mockMaker = MockMakers.SUBCLASS)
    private WorkingGroups groups;

    private final BlueprintContext context = mock(BlueprintContext.class,
            withSettings().mockMaker(MockMakers.SUBCLASS));
    private WorkingGroupContextProvider target;

    @Before
    public void setUp() {
        target = new WorkingGroupContextProvider(groups);
    }

    @Test
    public void updateBlueprintContext_withAGroupKeyUsesTheStoredGroup() {
        WorkingGroup group = new WorkingGroup(WorkingGroupKey.of(12), WorkingGroupTestData.aGroup()
                .named("Waste forum").build().details(), SolutionTestData.BRIGHTON, GroupStatus.ACTIVE, 2, "WASTE",
                99L, Instant.EPOCH, "user", Instant.EPOCH, 3);
        when(context.get("groupKey")).thenReturn("wg-12");
        when(groups.get(WorkingGroupKey.of(12))).thenReturn(group);

        target.updateBlueprintContext(context);

        verify(context).put("groupKey", "WG-12");
        verify(context).put("leadCouncil", SolutionTestData.BRIGHTON.value());
        verify(context).put("aim", group.details().aim());
        verify(context).setTitle("Waste forum");
    }

    @Test
    public void updateBlueprintContext_withoutAGroupKeyUsesTheWizardFieldsAsPlainText() {
        when(context.get("name")).thenReturn(" <b>Forms</b> group ");
        when(context.get("aim")).thenReturn("One form builder");
        when(context.get("serviceArea")).thenReturn("customer-services");

        target.updateBlueprintContext(context);

        verify(context).put("groupKey", "");
        verify(context).put("name", "<b>Forms</b> group");
        verify(context).put("serviceAreas", "customer-services");
        verify(context).put("cadence", "");
        verify(context).setTitle("<b>Forms</b> group");
        verifyNoInteractions(groups);
    }
}
