package org.connectedcouncils.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.Invitations;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/**
 * For tests about something other than invitations: {@link WorkingGroups} where every invited council agrees at
 * once. The councils named at creation accept their invitations, and a lead editor's direct add or hand-over becomes
 * an invitation that the council accepts (each acceptance acting as an admin on the calling thread only, so threads
 * calling at once keep their own actors).
 * InvitationsDbTest tests the invitations themselves on the unwrapped service.
 */
public final class CouncilsAgree {

    private static final Actor ACCEPTOR = Actor.administrator("user-invited-council");

    private CouncilsAgree() {
    }

    public static WorkingGroups over(WorkingGroups groups, Invitations invitations, SwitchableActor actor) {
        InvocationHandler handler = (proxy, method, args) -> {
            Actor caller = actor.current();
            String name = method.getName();
            if (!caller.admin() && name.equals("addMember")) {
                Invitation invitation = invitations.invite((WorkingGroupKey) args[0], (CouncilCode) args[1],
                        (MemberRole) args[2]);
                accept(invitations, actor, invitation);
                return groups.members((WorkingGroupKey) args[0], PageRequest.of(0, 100)).items().stream()
                        .filter(m -> m.council().equals(args[1])).findFirst().orElseThrow();
            }
            if (!caller.admin() && name.equals("handOverLead") && args[1] != null) {
                accept(invitations, actor, invitations.invite((WorkingGroupKey) args[0], (CouncilCode) args[1],
                        MemberRole.LEAD));
                return groups.get((WorkingGroupKey) args[0]);
            }
            Object result = invoke(method, groups, args);
            if (result instanceof WorkingGroup created && name.startsWith("create")) {
                return actor.actingAs(ACCEPTOR, () -> {
                    for (Invitation invitation : invitations.invitations(created.key(), InvitationState.PENDING,
                            PageRequest.of(0, 100)).items()) {
                        invitations.accept(created.key(), invitation.id());
                    }
                    return groups.get(created.key());
                });
            }
            return result;
        };
        return (WorkingGroups) Proxy.newProxyInstance(WorkingGroups.class.getClassLoader(),
                new Class<?>[] {WorkingGroups.class}, handler);
    }

    private static void accept(Invitations invitations, SwitchableActor actor, Invitation invitation) {
        actor.actingAs(ACCEPTOR, () -> invitations.accept(invitation.group(), invitation.id()));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
