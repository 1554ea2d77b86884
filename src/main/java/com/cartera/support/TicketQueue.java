package com.cartera.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket queues: one page of the tickets matching a filter in a stable order, the count of matches up to a
 * limit, and every match in order for an export. Support, admin and management see every ticket; a salesperson
 * (who may see every live customer) sees the tickets of customers not in the bin.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class TicketQueue {

    /** What the queue counts to before it says "more than". */
    public static final int COUNT_LIMIT = 10_000;

    private static final String COLUMNS = """
            select t.id, t.version, t.subject, t.status, t.priority, t.type, t.customer_id, c.name as customer_name,
                   t.assignee_id, m.display_name as assignee_name, t.team_id, st.name as team_name, t.category_id,
                   tc.name as category_name, t.opened_at, t.updated_at
            """;
    // The names shown beside each ticket: the customer's and the assignee's are read, never written, here.
    private static final String JOINS = """
            join customer c on c.id = t.customer_id
            left join team_member m on m.user_id = t.assignee_id
            left join support_team st on st.id = t.team_id
            left join ticket_category tc on tc.id = t.category_id
            """;
    private static final RowMapper<TicketQueueRow> ROW = TicketQueue::row;

    private final TenantSql sql;
    private final CurrentUser currentUser;
    private final WorkspaceCalendar calendar;
    private final Clock clock;

    TicketQueue(TenantSql sql, CurrentUser currentUser, WorkspaceCalendar calendar, Clock clock) {
        this.clock = clock;
        this.sql = sql;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** The rows {@code offset} to {@code offset + limit} of the matches in {@code sort} order. */
    public List<TicketQueueRow> page(TicketFilter filter, TicketSort sort, long offset, int limit) {
        TicketQueueSql where = where(filter);
        // The page is chosen on the ticket table alone, from the index of its order; only then are names joined.
        return sql.client().sql(COLUMNS + " from (select * from ticket t" + where.where + " order by "
                        + sort.orderBy() + " limit :limit offset :offset) t " + JOINS + " order by " + sort.orderBy())
                .params(where.parameters)
                .param("limit", limit)
                .param("offset", offset)
                .query(ROW)
                .list();
    }

    /**
     * The number of matches counted up to {@code limit} and no further, so that it takes about as long for a
     * million matches as for {@code limit}: what the queue shows as "more than 10.000".
     */
    public QueueCount countUpTo(TicketFilter filter, int limit) {
        TicketQueueSql where = where(filter);
        long counted = sql.client().sql("select count(*) from (select 1 from ticket t" + where.where
                        + " limit :limit) matches")
                .params(where.parameters)
                .param("limit", limit + 1L)
                .query(Long.class)
                .single();
        return counted > limit ? new QueueCount(limit, true) : new QueueCount(counted, false);
    }

    /** Every match in {@code sort} order, read a batch at a time from the database (for an export). */
    public void forEach(TicketFilter filter, TicketSort sort, Consumer<TicketQueueRow> row) {
        TicketQueueSql where = where(filter);
        try (var rows = sql.client().sql(COLUMNS + " from ticket t " + JOINS + where.where + " order by "
                        + sort.orderBy())
                .withFetchSize(500)
                .params(where.parameters)
                .query(ROW)
                .stream()) {
            rows.forEach(row);
        }
    }

    /** The workspace's support teams and ticket categories not archived, by name: the filters' choices. */
    public List<Choice> teams() {
        return sql.client().sql("select id, name from support_team where not archived order by name")
                .query(Choice.class).list();
    }

    public List<Choice> categories() {
        return sql.client().sql("select id, name from ticket_category where not archived order by position, name")
                .query(Choice.class).list();
    }

    /** A team or category to choose in a filter. */
    public record Choice(long id, String name) {
    }

    private TicketQueueSql where(TicketFilter filter) {
        SignedInUser user = currentUser.require();
        return TicketQueueSql.of(filter, user.userId(), !seesEveryTicket(user), calendar.zone(), clock.instant());
    }

    /** Support, admin and management see every ticket; a salesperson only those of live customers. */
    static boolean seesEveryTicket(SignedInUser user) {
        return user.hasRole(Role.SUPPORT) || user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
    }

    private static TicketQueueRow row(ResultSet rs, int rowNum) throws SQLException {
        long teamId = rs.getLong("team_id");
        Long team = rs.wasNull() ? null : teamId;
        long categoryId = rs.getLong("category_id");
        Long category = rs.wasNull() ? null : categoryId;
        return new TicketQueueRow(rs.getLong("id"), rs.getLong("version"), rs.getString("subject"),
                TicketStatus.valueOf(rs.getString("status")), TicketPriority.valueOf(rs.getString("priority")),
                TicketType.valueOf(rs.getString("type")), rs.getLong("customer_id"), rs.getString("customer_name"),
                rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"), team,
                rs.getString("team_name"), category, rs.getString("category_name"),
                instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
