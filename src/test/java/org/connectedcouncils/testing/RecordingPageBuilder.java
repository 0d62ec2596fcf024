package org.connectedcouncils.testing;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** A page builder that notes the web resources and contexts required while a macro renders. */
public final class RecordingPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {

    private final List<String> webResources = new ArrayList<>();
    private final List<String> contexts = new ArrayList<>();

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        webResources.add(moduleCompleteKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        contexts.add(context);
        return this;
    }

    public List<String> webResources() {
        return List.copyOf(webResources);
    }

    public List<String> contexts() {
        return List.copyOf(contexts);
    }
}
