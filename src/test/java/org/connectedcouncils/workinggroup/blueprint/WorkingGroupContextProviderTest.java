package org.connectedcouncils.workinggroup.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

import org.connectedcouncils.testing.HostFake;
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
import org.mockito.junit.MockitoJUnitRunner;

/**
 * The blueprint's context provider fills the template from a stored group, or from the wizard fields. The service is
 * a Mockito mock; the context is a {@code HostFake} over a small map, as its stand-in's methods are bodiless (native).
 */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class WorkingGroupContextProviderTest {

    @Mock
    private WorkingGroups groups;

    /** What Confluence's BlueprintContext does for the provider: a map of values and a title. */
    private static final class MapContext {
        private final Map<String, Object> values = new HashMap<>();
        private String title;

        public Object get(String key) {
            return values.get(key);
        }

        public void put(String key, Object value) {
            values.put(key, value);
        }

        public void setTitle(String value) {
            title = value;
        }
    }

    private final MapContext context = new MapContext();
    private final BlueprintContext blueprintContext = HostFake.of(BlueprintContext.class, context);
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
        context.put("groupKey", "wg-12");
        when(groups.get(WorkingGroupKey.of(12))).thenReturn(group);

        target.updateBlueprintContext(blueprintContext);

        assertThat(context.values).containsEntry("groupKey", "WG-12")
                .containsEntry("leadCouncil", SolutionTestData.BRIGHTON.value())
                .containsEntry("aim", group.details().aim());
        assertThat(context.title).isEqualTo("Waste forum");
    }

    @Test
    public void updateBlueprintContext_withoutAGroupKeyUsesTheWizardFieldsAsPlainText() {
        context.put("name", " <b>Forms</b> group ");
        context.put("aim", "One form builder");
        context.put("serviceArea", "customer-services");

        target.updateBlueprintContext(blueprintContext);

        assertThat(context.values).containsEntry("groupKey", "").containsEntry("name", "<b>Forms</b> group")
                .containsEntry("serviceAreas", "customer-services").containsEntry("cadence", "");
        assertThat(context.title).isEqualTo("<b>Forms</b> group");
        verifyNoInteractions(groups);
    }
}
