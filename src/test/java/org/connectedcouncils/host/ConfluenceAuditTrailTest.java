package org.connectedcouncils.host;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;

import org.connectedcouncils.common.audit.AuditRecord;
import org.junit.Test;
import org.mockito.MockedStatic;

/** Our records become Confluence audit events with the right category, object and changed values. */
public class ConfluenceAuditTrailTest {

    private final AuditService auditService = mock(AuditService.class);
    private final ConfluenceAuditTrail target = new ConfluenceAuditTrail(auditService);

    @Test
    public void record_registerChangeIsEndUserActivityWithOneValuePerField() {
        AuditEvent.Builder event = mock(AuditEvent.Builder.class, RETURNS_SELF);
        AuditEvent built = mock(AuditEvent.class);
        when(event.build()).thenReturn(built);
        AuditResource.Builder resource = mock(AuditResource.Builder.class, RETURNS_SELF);
        AuditResource resourceBuilt = mock(AuditResource.class);
        when(resource.build()).thenReturn(resourceBuilt);
        ChangedValue.Builder value = mock(ChangedValue.Builder.class, RETURNS_SELF);
        try (MockedStatic<AuditEvent> events = mockStatic(AuditEvent.class);
                MockedStatic<AuditResource> resources = mockStatic(AuditResource.class);
                MockedStatic<ChangedValue> values = mockStatic(ChangedValue.class)) {
            events.when(() -> AuditEvent.fromI18nKeys(any(), any(), any(), any())).thenReturn(event);
            resources.when(() -> AuditResource.builder("Bin day finder", "solution")).thenReturn(resource);
            values.when(() -> ChangedValue.fromI18nKeys(any())).thenReturn(value);

            target.record(new AuditRecord("connected-councils.audit.solution.updated", "solution", "CC-3",
                    "Bin day finder", "u", List.of(new AuditRecord.Change("name", "Bin finder", "Bin day finder"),
                            new AuditRecord.Change("phase", "beta", "live"))));

            events.verify(() -> AuditEvent.fromI18nKeys("connected-councils.audit.category",
                    "connected-councils.audit.solution.updated", CoverageLevel.BASE, CoverageArea.END_USER_ACTIVITY));
            values.verify(() -> ChangedValue.fromI18nKeys("connected-councils.field.name"));
            values.verify(() -> ChangedValue.fromI18nKeys("connected-councils.field.phase"));
        }
        verify(resource).id("CC-3");
        verify(value).from("beta");
        verify(value).to("live");
        verify(event).affectedObject(resourceBuilt);
        verify(auditService).audit(built);
    }
}
