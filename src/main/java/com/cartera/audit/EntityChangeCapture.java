package com.cartera.audit;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.Version;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

/**
 * Records every insert, update and delete of an {@link Audited} entity with each field's old and new value.
 * The entry is computed when Hibernate writes the change and inserted just before the transaction commits, on
 * the same connection: it commits or rolls back with the change, and a failed change leaves no entry.
 * A changed collection (a customer's tags, an opportunity's products) is one field whose values are the
 * elements, associated entities by id.
 */
class EntityChangeCapture implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener, PostCollectionRecreateEventListener {

    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";
    static final String DELETED = "DELETED";

    /** What the trail needs to know of an audited entity class. */
    private record Description(Audited audited, Set<String> leftOut) {
    }

    private final AuditRows rows;
    private final Map<Class<?>, Optional<Description>> descriptions = new ConcurrentHashMap<>();

    EntityChangeCapture(AuditRows rows) {
        this.rows = rows;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        describe(persister).ifPresent(description -> {
            boolean[] written = persister.getPropertyInsertability();
            List<FieldChange> changes = new ArrayList<>();
            forEachRecorded(persister, description, written, i -> {
                Object value = render(event.getState()[i], persister.getPropertyTypes()[i], event.getSession());
                if (value != null) {
                    changes.add(new FieldChange(persister.getPropertyNames()[i], null, value));
                }
            });
            schedule(event.getSession(), entry(CREATED, description, persister, event.getId(), event.getState(),
                    changes, event.getSession()));
        });
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        describe(persister).ifPresent(description -> {
            Object[] before = event.getOldState();
            Object[] after = event.getState();
            Type[] types = persister.getPropertyTypes();
            List<FieldChange> changes = new ArrayList<>();
            forEachRecorded(persister, description, persister.getPropertyUpdateability(), i -> {
                Object old = before == null ? null : before[i];
                if (before == null || !types[i].isEqual(old, after[i])) {
                    changes.add(new FieldChange(persister.getPropertyNames()[i],
                            render(old, types[i], event.getSession()), render(after[i], types[i], event.getSession())));
                }
            });
            if (!changes.isEmpty()) {
                schedule(event.getSession(), entry(UPDATED, description, persister, event.getId(), after, changes,
                        event.getSession()));
            }
        });
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityPersister persister = event.getPersister();
        describe(persister).ifPresent(description -> {
            Object[] state = event.getDeletedState();
            boolean[] stored = new boolean[state.length];
            boolean[] insertable = persister.getPropertyInsertability();
            boolean[] updatable = persister.getPropertyUpdateability();
            for (int i = 0; i < stored.length; i++) {
                stored[i] = insertable[i] || updatable[i];
            }
            // The whole content, so that a hard delete loses nothing the trail cannot show.
            List<FieldChange> changes = new ArrayList<>();
            forEachRecorded(persister, description, stored, i -> {
                Object value = render(state[i], persister.getPropertyTypes()[i], event.getSession());
                if (value != null) {
                    changes.add(new FieldChange(persister.getPropertyNames()[i], value, null));
                }
            });
            schedule(event.getSession(), entry(DELETED, description, persister, event.getId(), state, changes,
                    event.getSession()));
        });
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event, elements(event.getCollection().getStoredSnapshot(), event.getSession()));
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event, "");
    }

    private void collectionChanged(AbstractCollectionEvent event, String before) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return;
        }
        SharedSessionContractImplementor session = event.getSession();
        EntityPersister persister = session.getEntityPersister(event.getAffectedOwnerEntityName(), owner);
        describe(persister).ifPresent(description -> {
            String role = event.getCollection().getRole();
            String field = role.substring(role.lastIndexOf('.') + 1);
            String after = elements(event.getCollection(), session);
            if (description.leftOut().contains(field) || before.equals(after)) {
                return;
            }
            var change = new FieldChange(field, before.isEmpty() ? null : before, after.isEmpty() ? null : after);
            schedule(session, entry(UPDATED, description, persister, event.getAffectedOwnerIdOrNull(),
                    persister.getValues(owner), List.of(change), session));
        });
    }

    /** A collection's elements (a snapshot's, or the live ones) as sorted, comma-separated values. */
    private static String elements(Object collection, SharedSessionContractImplementor session) {
        Collection<?> elements = switch (collection) {
            case Map<?, ?> map -> map.values();
            case Collection<?> values -> values;
            case null, default -> List.of();
        };
        return elements.stream().map(element -> String.valueOf(element(element, session))).sorted()
                .collect(Collectors.joining(","));
    }

    private static Object element(Object element, SharedSessionContractImplementor session) {
        if (element == null) {
            return null;
        }
        var lazy = HibernateProxy.extractLazyInitializer(element);
        if (lazy != null) {
            return lazy.getIdentifier();
        }
        EntityPersister entity = session.getFactory().getMappingMetamodel().findEntityDescriptor(element.getClass());
        return entity != null ? entity.getIdentifier(element, session) : render(element, null, session);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void schedule(SharedSessionContractImplementor session, AuditEntry entry) {
        BeforeCompletionCallback write = completing -> completing.doWork(connection -> rows.insert(connection, entry));
        session.getTransactionCompletionCallbacks().registerCallback(write);
    }

    private AuditEntry entry(String action, Description description, EntityPersister persister, Object id,
                             Object[] state, List<FieldChange> changes, SharedSessionContractImplementor session) {
        Audited audited = description.audited();
        Object label = audited.label().isEmpty() ? null : valueAt(audited.label(), persister, id, state, session);
        Object customer = audited.customer().isEmpty() ? null
                : valueAt(audited.customer(), persister, id, state, session);
        return AuditEntry.of(action).entity(audited.value(), id)
                .customer(customer instanceof Number number ? number.longValue() : null)
                .summary(label == null ? null : label.toString())
                .changes(changes);
    }

    /** A property's rendered value, following a dotted path through associations. */
    private static Object valueAt(String path, EntityPersister persister, Object id, Object[] state,
                                  SharedSessionContractImplementor session) {
        String[] steps = path.split("\\.");
        if (steps.length == 1 && steps[0].equals("id")) {
            return id;
        }
        int index = indexOf(persister, steps[0]);
        Object value = state[index];
        Type type = persister.getPropertyTypes()[index];
        for (int step = 1; step < steps.length && value != null; step++) {
            Object target = unproxied(value);
            EntityPersister owner = session.getEntityPersister(null, target);
            int next = indexOf(owner, steps[step]);
            value = owner.getPropertyValue(target, next);
            type = owner.getPropertyTypes()[next];
        }
        return render(value, type, session);
    }

    private static int indexOf(EntityPersister persister, String property) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return i;
            }
        }
        throw new IllegalStateException(persister.getEntityName() + " has no property " + property);
    }

    private static void forEachRecorded(EntityPersister persister, Description description, boolean[] written,
                                        java.util.function.IntConsumer action) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (written[i] && !types[i].isCollectionType() && !description.leftOut().contains(names[i])) {
                action.accept(i);
            }
        }
    }

    /** Strings, numbers and booleans as JSON takes them; an associated entity by its id. */
    private static Object render(Object value, Type type, SharedSessionContractImplementor session) {
        if (value == null) {
            return null;
        }
        if (type != null && type.isEntityType()) {
            var lazy = HibernateProxy.extractLazyInitializer(value);
            return lazy != null ? lazy.getIdentifier() : session.getEntityPersister(null, value).getIdentifier(value, session);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static Object unproxied(Object value) {
        var lazy = HibernateProxy.extractLazyInitializer(value);
        return lazy == null ? value : lazy.getImplementation();
    }

    private Optional<Description> describe(EntityPersister persister) {
        return descriptions.computeIfAbsent(persister.getMappedClass(), EntityChangeCapture::description);
    }

    private static Optional<Description> description(Class<?> type) {
        Audited audited = type.getAnnotation(Audited.class);
        if (audited == null) {
            return Optional.empty();
        }
        Set<String> leftOut = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Version.class)) {
                    leftOut.add(field.getName());
                }
            }
        }
        return Optional.of(new Description(audited, Set.copyOf(leftOut)));
    }
}
