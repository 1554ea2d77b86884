package com.cartera.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's tags: everyone reads them; admin, marketing and management create, rename, recolour and
 * delete them. Names are unique ignoring case.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class TagService {

    private final TagRepository tags;
    private final EntityManager entityManager;
    private final Validator validator;
    private final AuditTrail auditTrail;

    TagService(TagRepository tags, EntityManager entityManager, Validator validator, AuditTrail auditTrail) {
        this.tags = tags;
        this.entityManager = entityManager;
        this.validator = validator;
        this.auditTrail = auditTrail;
    }

    /** Every tag, by name. */
    public List<Tag> all() {
        return tags.findAllByOrderByNameAsc();
    }

    /** Every tag by name, with how many live customers carry it. */
    public List<TagUsage> usage() {
        return entityManager.createQuery("select t, (select count(c) from Customer c join c.tags ct"
                        + " where ct = t and c.deletedAt is null) from Tag t order by t.name", Object[].class)
                .getResultStream()
                .map(row -> new TagUsage((Tag) row[0], (Long) row[1]))
                .toList();
    }

    /** The tags of each of the given customers (those without tags are absent), each list by name. */
    public Map<Long, List<Tag>> tagsOf(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        var byCustomer = new LinkedHashMap<Long, List<Tag>>();
        entityManager.createQuery("select c.id, t from Customer c join c.tags t where c.id in :ids"
                        + " order by t.name", Object[].class)
                .setParameter("ids", customerIds)
                .getResultStream()
                .forEach(row -> byCustomer.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((Tag) row[1]));
        return byCustomer;
    }

    /**
     * @throws FieldRejectedException naming {@code name} or {@code colour} when blank, too long, malformed or,
     *                                for the name, already used by another tag
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public Tag create(String name, String colour) {
        var tag = new Tag(clean(name), normalisedColour(colour));
        requireValid(tag);
        if (tags.existsByNameIgnoreCase(tag.getName())) {
            throw new FieldRejectedException("name", "tags.name.taken");
        }
        return saveUnique(tag);
    }

    /**
     * Renames and recolours a tag.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed or deleted it meanwhile
     * @throws FieldRejectedException                 as for {@link #create}
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public Tag update(long id, long expectedVersion, String name, String colour) {
        Tag tag = tags.findById(id).filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Tag.class, id));
        tag.setName(clean(name));
        tag.setColour(normalisedColour(colour));
        requireValid(tag);
        if (tags.existsByNameIgnoreCaseAndIdNot(tag.getName(), id)) {
            throw new FieldRejectedException("name", "tags.name.taken");
        }
        return saveUnique(tag);
    }

    /** Deletes a tag; the customers carrying it simply lose it. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public void delete(long id) {
        Tag tag = tags.findById(id).orElseThrow(() -> new ObjectOptimisticLockingFailureException(Tag.class, id));
        long carriers = entityManager.createQuery("select count(c) from Customer c join c.tags t where t.id = :id",
                Long.class).setParameter("id", id).getSingleResult();
        tags.delete(tag);
        tags.flush();
        auditTrail.record("TAG_DELETE", null, Map.of("tag", tag.getName(), "customers", carriers));
    }

    private Tag saveUnique(Tag tag) {
        try {
            return tags.saveAndFlush(tag);
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new FieldRejectedException("name", "tags.name.taken");
        }
    }

    private void requireValid(Tag tag) {
        validator.validate(tag).stream().findFirst().ifPresent(violation -> {
            String template = violation.getMessageTemplate();
            throw new FieldRejectedException(violation.getPropertyPath().toString(),
                    template.substring(1, template.length() - 1));
        });
    }

    private static String clean(String name) {
        return name == null ? null : name.strip();
    }

    private static String normalisedColour(String colour) {
        return colour == null ? null : colour.strip().toLowerCase(Locale.ROOT);
    }
}
