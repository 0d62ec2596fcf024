// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

public interface AuditService {

    void audit(AuditEvent event);
}
