package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.workinggroup.domain.GroupStatus;

/** Body of {@code POST /working-groups/{key}/status}: the status to move to. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record StatusInput(String status) {

    GroupStatus toStatus() {
        return WgJson.code("status", status, GroupStatus.class);
    }
}
