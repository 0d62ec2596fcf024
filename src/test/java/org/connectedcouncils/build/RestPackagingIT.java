package org.connectedcouncils.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.jar.JarFile;

import org.junit.Test;

/** The REST API's description and resources ship in the built jar. */
public class RestPackagingIT {

    private final File jar = new File(System.getProperty("cc.jar", "target/connected-councils.jar"));

    @Test
    public void jar_containsTheOpenApiDescriptionAndTheResources() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            assertThat(file.getEntry("openapi/connected-councils.yaml")).isNotNull();
            assertThat(file.getEntry("org/connectedcouncils/register/rest/SolutionResource.class")).isNotNull();
            assertThat(file.getEntry("org/connectedcouncils/council/rest/CouncilResource.class")).isNotNull();
        }
    }
}
