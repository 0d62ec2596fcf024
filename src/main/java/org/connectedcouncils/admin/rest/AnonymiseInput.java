package org.connectedcouncils.admin.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /admin/personal-data/anonymise}: the Confluence user key of the person to erase. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AnonymiseInput(String userKey) {
}
