package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class ConfluenceSiteAddressTest {

    @Mock
    private ApplicationProperties applicationProperties;

    @Test
    public void baseUrl_isConfluencesAbsoluteBaseUrl() {
        when(applicationProperties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://wiki.example.org/confluence");
        ConfluenceSiteAddress target = new ConfluenceSiteAddress(applicationProperties);

        String base = target.baseUrl();

        assertThat(base).isEqualTo("https://wiki.example.org/confluence");
    }

    @Test
    public void baseUrl_isEmptyWhenConfluenceHasNone() {
        ConfluenceSiteAddress target = new ConfluenceSiteAddress(applicationProperties);

        String base = target.baseUrl();

        assertThat(base).isEmpty();
    }
}
