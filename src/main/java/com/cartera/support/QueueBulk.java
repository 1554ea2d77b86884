package com.cartera.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Bulk assign and bulk close of a queue's selection, ticket by ticket through {@link TicketService}: each ticket
 * keeps its own rules, history and events, and each is changed in a transaction of its own, so that one refusal
 * does not undo the others. Tickets changed by someone else since the queue showed them are refused, not
 * overwritten. At most {@value #LIMIT} tickets at once.
 */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
public class QueueBulk {

    public static final int LIMIT = 500;

    /** One ticket as the queue showed it: its id and the version the change starts from. */
    public record Selected(long id, long version) {
    }

    /** A ticket left as it was, with the reason (an i18n key). */
    public record Refusal(long ticketId, String messageKey) {
    }

    /** How many tickets were changed and which were refused. */
    public record Outcome(int changed, List<Refusal> refused) {
    }

    private final TicketService tickets;

    QueueBulk(TicketService tickets) {
        this.tickets = tickets;
    }

    /**
     * Assigns every ticket to {@code assigneeId} (null: nobody), in {@code teamId}'s queue when one is given, else
     * in the team each ticket already has.
     */
    public Outcome assign(Collection<Selected> selection, UUID assigneeId, Long teamId) {
        return each(selection, ticket -> {
            Ticket current = tickets.find(ticket.id()).orElseThrow(
                    () -> new TicketRefusedException("ticket", "support.queue.bulk.gone"));
            return tickets.assign(ticket.id(), ticket.version(), assigneeId,
                    teamId != null ? teamId : current.getTeamId());
        });
    }

    /** Closes every ticket, as far as the workflow lets the person close it. */
    public Outcome close(Collection<Selected> selection) {
        return each(selection, ticket -> tickets.changeStatus(ticket.id(), ticket.version(), TicketStatus.CLOSED));
    }

    private Outcome each(Collection<Selected> selection, Function<Selected, Ticket> change) {
        if (selection.size() > LIMIT) {
            throw new TicketRefusedException("selection", "support.queue.bulk.too-many", LIMIT);
        }
        int changed = 0;
        List<Refusal> refused = new ArrayList<>();
        for (Selected ticket : selection) {
            try {
                change.apply(ticket);
                changed++;
            } catch (TicketRefusedException refusal) {
                refused.add(new Refusal(ticket.id(), refusal.messageKey()));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                refused.add(new Refusal(ticket.id(), "support.queue.bulk.changed"));
            } catch (AccessDeniedException notAllowed) {
                refused.add(new Refusal(ticket.id(), "support.queue.bulk.not-allowed"));
            }
        }
        return new Outcome(changed, List.copyOf(refused));
    }
}
