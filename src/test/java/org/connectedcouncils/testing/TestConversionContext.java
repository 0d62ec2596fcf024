package org.connectedcouncils.testing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** Conversion contexts with a fixed output type and space key, as {@link HostFake} proxies. */
public final class TestConversionContext {

    private final String outputType;
    private final String spaceKey;

    private TestConversionContext(String outputType, String spaceKey) {
        this.outputType = outputType;
        this.spaceKey = spaceKey;
    }

    public static ConversionContext of(String outputType, String spaceKey) {
        return HostFake.of(ConversionContext.class, new TestConversionContext(outputType, spaceKey));
    }

    public static ConversionContext display() {
        return of("display", null);
    }

    public static ConversionContext pdf() {
        return of("pdf", null);
    }

    public String getOutputType() {
        return outputType;
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    /** No page: the tests and the preview render macros outside any content. */
    public com.atlassian.confluence.core.ContentEntityObject getEntity() {
        return null;
    }

    @Override
    public String toString() {
        return "TestConversionContext[outputType=" + outputType + ", spaceKey=" + spaceKey + "]";
    }
}
