package org.connectedcouncils.workinggroup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.SolutionTestData;
import org.junit.Test;

/** Keys, subjects, sorts and the permission rules of working groups. */
public class WorkingGroupDomainTest {

    @Test
    public void workingGroupKey_parsesAnyCaseAndRejectsOtherShapes() {
        assertThat(WorkingGroupKey.parse(" wg-12 ")).contains(WorkingGroupKey.of(12));
        assertThat(WorkingGroupKey.parse("WG-0")).isEmpty();
        assertThat(WorkingGroupKey.parse("CC-12")).isEmpty();
        assertThat(WorkingGroupKey.of(5).toString()).isEqualTo("WG-5");
    }

    @Test
    public void reportSubject_parsesGroupsAndRegisterEntries() {
        assertThat(ReportSubject.parse("WG-3")).contains(ReportSubject.of(WorkingGroupKey.of(3)));
        assertThat(ReportSubject.parse("cc-7")).contains(ReportSubject.of(SolutionKey.of(7)));
        assertThat(ReportSubject.parse("XX-7")).isEmpty();
        assertThat(ReportSubject.of(SolutionKey.of(7)).toString()).isEqualTo("CC-7");
    }

    @Test
    public void portfolioSort_parsesFieldAndDirection() {
        assertThat(Sort.parse("-reported", PortfolioSortField.DEFAULT)).contains(PortfolioSortField.DEFAULT);
        assertThat(Sort.parse("rag", PortfolioSortField.DEFAULT)).contains(new Sort<>(PortfolioSortField.RAG, false));
        assertThat(Sort.parse("size", PortfolioSortField.DEFAULT)).isEmpty();
        assertThat(Sort.parse("-updated", GroupSortField.DEFAULT)).contains(new Sort<>(GroupSortField.UPDATED, true));
    }

    @Test
    public void collaborationModel_codesAreStable() {
        assertThat(List.of(CollaborationModel.values())).extracting(CollaborationModel::code).containsExactly(
                "community-of-practice", "joint-discovery", "co-development", "shared-service", "joint-procurement",
                "funding-bid-consortium");
    }

    @Test
    public void policy_partnerEditorsReportButObserversDoNot() {
        WorkingGroupKey key = WorkingGroupKey.of(1);
        Actor hackney = Actor.editor("h", SolutionTestData.HACKNEY);
        Membership member = new Membership(key, SolutionTestData.HACKNEY, MemberRole.MEMBER, null, null);
        Membership observer = new Membership(key, SolutionTestData.HACKNEY, MemberRole.OBSERVER, null, null);

        assertThat(WorkingGroupPolicy.canReport(hackney, Set.of(member))).isTrue();
        assertThat(WorkingGroupPolicy.canReport(hackney, Set.of(observer))).isFalse();
        assertThat(WorkingGroupPolicy.canReport(Actor.anonymous(), Set.of(member))).isFalse();
        assertThat(WorkingGroupPolicy.canReport(Actor.administrator("a"), Set.of())).isTrue();
    }

    @Test
    public void portfolio_reportsZeroForRatingsWithoutSubjects() {
        Portfolio portfolio = new Portfolio(new org.connectedcouncils.common.domain.Page<>(List.of(), 0, 25, 0),
                java.util.Map.of(Rag.RED, 2L));

        assertThat(portfolio.ragCounts()).containsEntry(Rag.RED, 2L).containsEntry(Rag.AMBER, 0L)
                .containsEntry(Rag.GREEN, 0L);
    }
}
