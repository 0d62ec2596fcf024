package org.connectedcouncils.testing;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.webresource.api.assembler.PageBuilderService;

/** A page builder that notes the web resources and contexts required while a macro renders. */
public final class RecordingPageBuilder {

    private final List<String> webResources = new ArrayList<>();
    private final List<String> contexts = new ArrayList<>();

    /** This page builder as the host's {@link PageBuilderService}. */
    public PageBuilderService pageBuilderService() {
        return HostFake.of(PageBuilderService.class, this);
    }

    public RecordingPageBuilder assembler() {
        return this;
    }

    public RecordingPageBuilder resources() {
        return this;
    }

    public RecordingPageBuilder requireWebResource(String moduleCompleteKey) {
        webResources.add(moduleCompleteKey);
        return this;
    }

    public RecordingPageBuilder requireContext(String context) {
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
