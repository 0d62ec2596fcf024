package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import org.connectedcouncils.common.domain.CouncilCode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** The council lock is a named cluster lock, held for the work and released even when the work fails. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class ClusterCouncilLocksTest {

    @Mock
    private ClusterLockService lockService;
    @Mock
    private ClusterLock lock;

    private ClusterCouncilLocks target;

    @Before
    public void setUp() {
        target = new ClusterCouncilLocks(lockService);
        when(lockService.getLockForName(ClusterCouncilLocks.PREFIX + "E06000043")).thenReturn(lock);
    }

    @Test
    public void underLock_runsTheWorkWhileHoldingTheCouncilsLock() {
        String result = target.underLock(CouncilCode.of("E06000043"), () -> "done");

        assertThat(result).isEqualTo("done");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    public void underLock_releasesTheLockWhenTheWorkFails() {
        assertThatThrownBy(() -> target.underLock(CouncilCode.of("E06000043"), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }
}
