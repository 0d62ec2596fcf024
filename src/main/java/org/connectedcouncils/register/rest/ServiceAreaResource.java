package org.connectedcouncils.register.rest;


import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * The service-area taxonomy, active and retired, ordered by the name the request's language reads (small, so sorted
 * and paged in memory).
 */
@Path("service-areas")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ServiceAreaResource {

    private final ServiceAreaCatalogue catalogue;
    private final Messages messages;

    @Inject
    public ServiceAreaResource(ServiceAreaCatalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PageJson<ServiceAreaJson> list(@Context UriInfo uri) {
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        boolean welsh = new DisplayText(messages).welsh();
        Page<ServiceArea> page = Page.of(ServiceArea.inOrderFor(catalogue.all(), welsh), request);
        return PageJson.of(page, a -> ServiceAreaJson.of(a, welsh), uri);
    }
}
