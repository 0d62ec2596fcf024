package org.connectedcouncils.admin.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The hosts the publiccode.yml sync may reach on an internal address: names or IP literals, one each. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SyncHostsJson(List<String> hosts) {
}
