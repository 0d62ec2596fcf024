package org.connectedcouncils.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import org.connectedcouncils.common.macro.SiteAddress;
import org.connectedcouncils.notify.service.AppAddress;

/** The site's address from Confluence's configured base URL (SAL); read on every call, as an admin may change it. */
public final class ConfluenceSiteAddress implements SiteAddress, AppAddress {

    private final ApplicationProperties applicationProperties;

    public ConfluenceSiteAddress(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.ABSOLUTE);
        return base == null ? "" : base;
    }
}
