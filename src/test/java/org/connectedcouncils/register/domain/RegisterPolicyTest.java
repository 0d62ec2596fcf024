package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Instant;
import java.util.Set;

import org.junit.Test;

public class RegisterPolicyTest {

    private static final Solution DRAFT = solution(EntryState.DRAFT);
    private static final Solution PUBLISHED = solution(EntryState.PUBLISHED);

    @Test
    public void anonymous_mayDoNothing() {
        Actor anonymous = Actor.anonymous();

        assertThat(RegisterPolicy.canSee(anonymous, PUBLISHED)).isFalse();
        assertThat(RegisterPolicy.canEdit(anonymous, PUBLISHED)).isFalse();
        assertThat(RegisterPolicy.canCreateFor(anonymous, BRIGHTON)).isFalse();
        assertThat(RegisterPolicy.canDeclareFor(anonymous, HACKNEY)).isFalse();
    }

    @Test
    public void viewer_seesPublishedOnly() {
        Actor viewer = Actor.viewer("v");

        assertThat(RegisterPolicy.canSee(viewer, PUBLISHED)).isTrue();
        assertThat(RegisterPolicy.canSee(viewer, DRAFT)).isFalse();
        assertThat(RegisterPolicy.canEdit(viewer, PUBLISHED)).isFalse();
    }

    @Test
    public void ownerEditor_editsConfirmsAndCreatesForOwnCouncilOnly() {
        Actor editor = Actor.editor("e", BRIGHTON);

        assertThat(RegisterPolicy.canSee(editor, DRAFT)).isTrue();
        assertThat(RegisterPolicy.canEdit(editor, DRAFT)).isTrue();
        assertThat(RegisterPolicy.canConfirmAdoptionsOf(editor, PUBLISHED)).isTrue();
        assertThat(RegisterPolicy.canCreateFor(editor, BRIGHTON)).isTrue();
        assertThat(RegisterPolicy.canCreateFor(editor, HACKNEY)).isFalse();
    }

    @Test
    public void otherCouncilEditor_declaresForOwnCouncilButCannotEditOrConfirm() {
        Actor other = Actor.editor("h", HACKNEY);

        assertThat(RegisterPolicy.canDeclareFor(other, HACKNEY)).isTrue();
        assertThat(RegisterPolicy.canDeclareFor(other, BRIGHTON)).isFalse();
        assertThat(RegisterPolicy.canEdit(other, PUBLISHED)).isFalse();
        assertThat(RegisterPolicy.canConfirmAdoptionsOf(other, PUBLISHED)).isFalse();
    }

    @Test
    public void editorWithoutCreateRight_cannotCreate() {
        Actor restricted = new Actor("r", false, Set.of(BRIGHTON), false);

        assertThat(RegisterPolicy.canCreateFor(restricted, BRIGHTON)).isFalse();
        assertThat(RegisterPolicy.canEdit(restricted, DRAFT)).isTrue();
    }

    @Test
    public void admin_mayDoEverything() {
        Actor admin = Actor.administrator("a");

        assertThat(RegisterPolicy.canSee(admin, DRAFT)).isTrue();
        assertThat(RegisterPolicy.canEdit(admin, DRAFT)).isTrue();
        assertThat(RegisterPolicy.canCreateFor(admin, HACKNEY)).isTrue();
        assertThat(RegisterPolicy.canDeclareFor(admin, HACKNEY)).isTrue();
        assertThat(RegisterPolicy.canConfirmAdoptionsOf(admin, PUBLISHED)).isTrue();
    }

    private static Solution solution(EntryState state) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Solution(SolutionKey.of(1), aSolution().ownedBy(BRIGHTON).withKeyContact("contact").build(), state,
                AdoptionCounts.NONE, t, "c", t, null, 1);
    }
}
