// Stand-in mirroring com.atlassian.plugins:atlassian-plugins-webresource-api (platform 8); signatures only.
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {

    RequiredResources resources();
}
