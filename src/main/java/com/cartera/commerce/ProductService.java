package com.cartera.commerce;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's product catalogue. Everyone reads it (to record purchases, to see cross-sell hints);
 * admin, management and finance maintain it. Products are deactivated, never deleted: purchases keep
 * pointing at them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class ProductService {

    private final ProductRepository products;
    private final CurrentUser currentUser;
    private final Validator validator;

    ProductService(ProductRepository products, CurrentUser currentUser, Validator validator) {
        this.products = products;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /**
     * One page of the products whose name, SKU or category contains {@code text} (ignoring case); the id
     * breaks ties so that paging is stable.
     */
    public List<Product> page(String text, boolean includeInactive, Pageable pageable) {
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : Sort.by("name", "id"));
        return products.search(pattern(text), includeInactive, stable);
    }

    public long count(String text, boolean includeInactive) {
        return products.countMatching(pattern(text), includeInactive);
    }

    public Optional<Product> find(long id) {
        return products.findById(id);
    }

    /** Whether the signed-in person maintains the catalogue. */
    public boolean canEditCatalogue() {
        var user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT) || user.hasRole(Role.FINANCE);
    }

    /**
     * Creates or updates a product. A blank SKU is stored as none.
     *
     * @throws ConstraintViolationException naming the fields with wrong values
     * @throws FieldRejectedException on field {@code sku} when another product has the same SKU, ignoring case
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE})
    public Product save(Product product) {
        if (product.getSku() != null) {
            product.setSku(product.getSku().isBlank() ? null : product.getSku().strip());
        }
        var violations = validator.validate(product);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (product.getId() != null) {
            requireVersion(product.getId(), product.getVersion());
        }
        if (product.getSku() != null && products.skuTaken(product.getSku(), product.getId())) {
            throw new FieldRejectedException("sku", "product.sku.taken");
        }
        try {
            return products.saveAndFlush(product);
        } catch (DataIntegrityViolationException race) {
            // Someone took the SKU between the check and the insert: the unique index on lower(sku) said no.
            throw new FieldRejectedException("sku", "product.sku.taken");
        }
    }

    /**
     * Takes a product off the catalogue (it can no longer be put on new purchases) or puts it back.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE})
    public Product setActive(long id, long expectedVersion, boolean active) {
        Product product = requireVersion(id, expectedVersion);
        product.setActive(active);
        return products.saveAndFlush(product);
    }

    private Product requireVersion(long id, long expectedVersion) {
        return products.findById(id)
                .filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Product.class, id));
    }

    /** A LIKE pattern for text typed by the user: its own {@code %}, {@code _} and {@code \} are literal. */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
